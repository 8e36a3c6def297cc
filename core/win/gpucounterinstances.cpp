#include "gpucounterinstances.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

namespace ogs::win {

namespace {

/// A small cursor over an instance name; every read advances only on success.
class Scanner final {
public:
    explicit Scanner(const std::string &text)
        : m_text(text)
    {
    }
    bool literal(const char *word)
    {
        const std::string w(word);
        if (m_text.compare(m_pos, w.size(), w) != 0)
            return false;
        m_pos += w.size();
        return true;
    }
    /// 1 to maxDigits digits in `base`.
    bool number(int base, std::size_t maxDigits, std::uint64_t &out)
    {
        std::uint64_t value = 0;
        std::size_t n = 0;
        while (m_pos + n < m_text.size() && n < maxDigits) {
            const char c = m_text[m_pos + n];
            int digit = -1;
            if (c >= '0' && c <= '9')
                digit = c - '0';
            else if (base == 16 && c >= 'a' && c <= 'f')
                digit = c - 'a' + 10;
            else if (base == 16 && c >= 'A' && c <= 'F')
                digit = c - 'A' + 10;
            if (digit < 0)
                break;
            value = value * static_cast<std::uint64_t>(base) + static_cast<std::uint64_t>(digit);
            ++n;
        }
        if (n == 0)
            return false;
        m_pos += n;
        out = value;
        return true;
    }
    bool uint32(std::uint32_t &out)
    {
        std::uint64_t v = 0;
        if (!number(10, 10, v) || v > 0xffffffffull)
            return false;
        out = static_cast<std::uint32_t>(v);
        return true;
    }
    /// "luid_0x<hi>_0x<lo>_phys_<n>"
    bool luidAndPhys(std::uint64_t &luid, std::uint32_t &phys)
    {
        std::uint64_t hi = 0;
        std::uint64_t lo = 0;
        if (!literal("luid_0x") || !number(16, 8, hi) || !literal("_0x") || !number(16, 8, lo) || !literal("_phys_")
            || !uint32(phys))
            return false;
        luid = hi << 32 | lo;
        return true;
    }
    std::string rest() const { return m_text.substr(m_pos); }
    bool atEnd() const { return m_pos == m_text.size(); }

private:
    const std::string &m_text;
    std::size_t m_pos = 0;
};

std::string quoted(const std::string &text)
{
    return "'" + text + "'";
}

} // namespace

std::optional<GpuEngineInstance> parseGpuEngineInstance(const std::string &name)
{
    GpuEngineInstance e;
    Scanner s(name);
    if (!s.literal("pid_") || !s.uint32(e.pid) || !s.literal("_") || !s.luidAndPhys(e.luid, e.phys)
        || !s.literal("_eng_") || !s.uint32(e.engine) || !s.literal("_engtype_"))
        return std::nullopt;
    e.engineType = s.rest(); // may be empty: some drivers leave engines unnamed
    return e;
}

std::optional<GpuAdapterInstance> parseGpuAdapterInstance(const std::string &name)
{
    GpuAdapterInstance a;
    Scanner s(name);
    if (!s.luidAndPhys(a.luid, a.phys) || !s.atEnd())
        return std::nullopt;
    return a;
}

std::vector<GpuAdapterCounters> groupGpuCounters(const GpuCounterReadings &readings, std::vector<std::string> *problems)
{
    const auto problem = [&](const std::string &text) {
        if (problems)
            problems->push_back(text);
    };
    std::map<std::uint64_t, GpuAdapterCounters> adapters;
    const auto adapter = [&](std::uint64_t luid) -> GpuAdapterCounters & {
        GpuAdapterCounters &a = adapters[luid];
        a.luid = luid;
        return a;
    };

    // (luid, phys, engine) -> sum over processes, and the engine's type for the label.
    std::map<std::tuple<std::uint64_t, std::uint32_t, std::uint32_t>, std::pair<double, std::string>> engines;
    for (const CounterValue &v : readings.engines) {
        const auto e = parseGpuEngineInstance(v.instance);
        if (!e) {
            problem(
                "\\GPU Engine instance " + quoted(v.instance) + " is not pid_N_luid_0xH_0xL_phys_N_eng_N_engtype_T");
            continue;
        }
        if (!std::isfinite(v.value) || v.value < 0) {
            problem("\\GPU Engine(" + v.instance + ") reads " + std::to_string(v.value) + ", not a percentage");
            continue;
        }
        auto &slot = engines[std::make_tuple(e->luid, e->phys, e->engine)];
        slot.first += v.value;
        slot.second = e->engineType;
    }
    for (const auto &[key, sum] : engines) {
        GpuAdapterCounters &a = adapter(std::get<0>(key));
        // Processes' shares of one engine can add up to a little over 100 through sampling skew.
        const double percent = std::min(sum.first, 100.0);
        if (!a.utilPercent || percent > *a.utilPercent) {
            a.utilPercent = percent;
            a.busiestEngine = percent > 0 ? sum.second + " #" + std::to_string(std::get<2>(key)) : std::string();
        }
    }

    const auto addMemory = [&](const std::vector<CounterValue> &values, const char *counter,
                               std::optional<std::uint64_t> GpuAdapterCounters::*field) {
        for (const CounterValue &v : values) {
            const auto a = parseGpuAdapterInstance(v.instance);
            if (!a) {
                problem(
                    std::string("\\GPU Adapter Memory instance ") + quoted(v.instance) + " is not luid_0xH_0xL_phys_N");
                continue;
            }
            if (!std::isfinite(v.value) || v.value < 0 || v.value > 1.8e19) {
                problem(std::string("\\GPU Adapter Memory(") + v.instance + ")\\" + counter + " reads "
                    + std::to_string(v.value) + ", not a byte count");
                continue;
            }
            auto &target = adapter(a->luid).*field;
            target = target.value_or(0) + static_cast<std::uint64_t>(v.value);
        }
    };
    addMemory(readings.dedicated, "Dedicated Usage", &GpuAdapterCounters::dedicatedBytes);
    addMemory(readings.shared, "Shared Usage", &GpuAdapterCounters::sharedBytes);

    std::vector<GpuAdapterCounters> out;
    out.reserve(adapters.size());
    for (auto &[luid, a] : adapters) {
        if (!a.utilPercent && readings.enginesRead)
            a.utilPercent = 0.0; // no process has an engine instance on it: idle, as Task Manager shows
        out.push_back(std::move(a));
    }
    return out;
}

} // namespace ogs::win
