// Tests for the Qt-free Windows layer (core/win). Plain C++: it runs on Windows and, cross-built
// with MinGW-w64, under Wine (scripts/test-windows-layer.sh). Prints "N passed, N failed" and
// exits non-zero when anything failed.

#include "win/adaptermemory.h"
#include "win/adapterregistry.h"
#include "win/dxgiadapters.h"
#include "win/errortext.h"
#include "win/gpucounters.h"
#include "win/registry.h"
#include "win/textconv.h"

#include "gpucountercases.h"

#include <windows.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

using namespace ogs::win;

namespace {

int g_passed = 0;
int g_failed = 0;
std::string g_test;

void check(bool ok, const char *what, int line, const std::string &detail = std::string())
{
    if (ok) {
        ++g_passed;
        return;
    }
    ++g_failed;
    std::printf("FAIL: %s line %d: %s%s%s\n", g_test.c_str(), line, what, detail.empty() ? "" : " -- ", detail.c_str());
}

#define CHECK(cond) check((cond), #cond, __LINE__)
#define CHECK_EQ(a, b)                                                                                                 \
    check((a) == (b), #a " == " #b, __LINE__, "got '" + toText(a) + "', expected '" + toText(b) + "'")
#define CHECK_CONTAINS(text, part)                                                                                     \
    check(std::string(text).find(part) != std::string::npos, #text " contains " #part, __LINE__,                       \
        "got '" + std::string(text) + "'")

template <typename T> std::string toText(const T &v)
{
    return std::to_string(v);
}
std::string toText(const std::string &s)
{
    return s;
}

constexpr std::uint64_t kGiB = 1024ull * 1024 * 1024;

// ---- a throw-away registry tree under HKCU, laid out like the display adapter class key ----

/// HKCU\Software\ogs-test\<pid>: removed again by the destructor.
class TestRegistry final {
public:
    TestRegistry()
        : m_base("Software\\ogs-test\\" + std::to_string(GetCurrentProcessId()))
    {
        RegDeleteTreeW(HKEY_CURRENT_USER, toWide(m_base).c_str());
    }
    ~TestRegistry()
    {
        RegDeleteTreeW(HKEY_CURRENT_USER, toWide(m_base).c_str());
        RegDeleteKeyW(HKEY_CURRENT_USER, L"Software\\ogs-test"); // only succeeds when empty
    }
    TestRegistry(const TestRegistry &) = delete;
    TestRegistry &operator=(const TestRegistry &) = delete;

    std::string classPath() const { return m_base + "\\{4d36e968-e325-11ce-bfc1-08002be10318}"; }

    /// Creates classPath\subkey; returns false when Windows refused.
    bool createKey(const std::string &subkey)
    {
        HKEY key = nullptr;
        const std::wstring path = toWide(classPath() + "\\" + subkey);
        const LONG rc
            = RegCreateKeyExW(HKEY_CURRENT_USER, path.c_str(), 0, nullptr, 0, KEY_WRITE, nullptr, &key, nullptr);
        if (rc != ERROR_SUCCESS)
            return false;
        RegCloseKey(key);
        return true;
    }
    bool setString(const std::string &subkey, const std::string &name, const std::string &value)
    {
        const std::wstring wide = toWide(value);
        return set(subkey, name, REG_SZ, wide.c_str(), (wide.size() + 1) * sizeof(wchar_t));
    }
    bool setDword(const std::string &subkey, const std::string &name, std::uint32_t value)
    {
        const DWORD v = value;
        return set(subkey, name, REG_DWORD, &v, sizeof v);
    }
    bool setQword(const std::string &subkey, const std::string &name, std::uint64_t value)
    {
        const ULONGLONG v = value;
        return set(subkey, name, REG_QWORD, &v, sizeof v);
    }
    bool setBinary(const std::string &subkey, const std::string &name, std::uint64_t value, std::size_t bytes)
    {
        std::vector<BYTE> data(bytes);
        for (std::size_t i = 0; i < bytes; ++i)
            data[i] = BYTE((value >> (8 * i)) & 0xff);
        return set(subkey, name, REG_BINARY, data.data(), data.size());
    }

private:
    bool set(const std::string &subkey, const std::string &name, DWORD type, const void *data, std::size_t size)
    {
        HKEY key = nullptr;
        const std::wstring path = toWide(classPath() + "\\" + subkey);
        if (RegCreateKeyExW(HKEY_CURRENT_USER, path.c_str(), 0, nullptr, 0, KEY_WRITE, nullptr, &key, nullptr)
            != ERROR_SUCCESS)
            return false;
        const LONG rc
            = RegSetValueExW(key, toWide(name).c_str(), 0, type, static_cast<const BYTE *>(data), DWORD(size));
        RegCloseKey(key);
        return rc == ERROR_SUCCESS;
    }

    std::string m_base;
};

const AdapterRegistryEntry *findEntry(const std::vector<AdapterRegistryEntry> &entries, const std::string &subkey)
{
    for (const AdapterRegistryEntry &e : entries) {
        if (e.subkey == subkey)
            return &e;
    }
    return nullptr;
}

DxgiAdapter hardware(std::uint32_t vendor, std::uint32_t device, const std::string &name, std::uint64_t dedicated,
    std::uint32_t subsys = 0)
{
    DxgiAdapter a;
    a.vendorId = vendor;
    a.deviceId = device;
    a.description = name;
    a.dedicatedVideoMemory = dedicated;
    a.subSysId = subsys;
    return a;
}

AdapterRegistryEntry entry(const std::string &subkey, const std::string &matching, const std::string &desc,
    std::optional<std::uint64_t> size, const std::string &problem = std::string())
{
    AdapterRegistryEntry e;
    e.subkey = subkey;
    e.matchingDeviceId = matching;
    e.driverDesc = desc;
    e.memorySize = size;
    e.problem = problem;
    return e;
}

// ---- tests ----

void testTextConversion()
{
    CHECK_EQ(toUtf8(std::wstring(L"AMD Radeon\u2122 RX 7900 XTX")), std::string("AMD Radeon\xE2\x84\xA2 RX 7900 XTX"));
    CHECK(toWide("Radeon\xE2\x84\xA2") == std::wstring(L"Radeon\u2122"));
    CHECK_EQ(toUtf8(std::wstring()), std::string());
    CHECK(toWide(std::string()).empty());
    const wchar_t fixed[8] = { L'a', L'b', 0, 0, 0, 0, 0, 0 };
    CHECK_EQ(toUtf8(fixed, 2), std::string("ab"));
}

void testErrorText()
{
    const std::string notFound = hresultText(static_cast<long>(0x887A0002UL)); // DXGI_ERROR_NOT_FOUND
    CHECK_EQ(notFound, std::string("0x887A0002 (DXGI_ERROR_NOT_FOUND)"));
    CHECK_CONTAINS(hresultText(static_cast<long>(0x887A0004UL)), "DXGI_ERROR_UNSUPPORTED");
    const std::string accessDenied = hresultText(static_cast<long>(0x80070005UL)); // E_ACCESSDENIED
    CHECK_EQ(accessDenied.substr(0, 10), std::string("0x80070005"));
    const std::string missing = win32ErrorText(ERROR_FILE_NOT_FOUND);
    CHECK_EQ(missing.substr(0, 7), std::string("error 2"));
    CHECK_CONTAINS(missing, "(");
    CHECK_EQ(win32ErrorText(0xDEAD1234UL).substr(0, 16), std::string("error 3735884340"));
}

void testParsePciHardwareId()
{
    const auto plain = parsePciHardwareId("PCI\\VEN_10DE&DEV_2684");
    CHECK(plain.has_value());
    if (plain) {
        CHECK_EQ(plain->vendorId, 0x10deu);
        CHECK_EQ(plain->deviceId, 0x2684u);
        CHECK(!plain->subsysId.has_value());
        CHECK(!plain->revision.has_value());
    }
    const auto full = parsePciHardwareId("pci\\ven_1002&dev_73bf&subsys_0e3a1002&rev_c1");
    CHECK(full.has_value());
    if (full) {
        CHECK_EQ(full->vendorId, 0x1002u);
        CHECK_EQ(full->deviceId, 0x73bfu);
        CHECK(full->subsysId == std::optional<std::uint32_t>(0x0e3a1002u));
        CHECK(full->revision == std::optional<std::uint32_t>(0xc1u));
    }
    CHECK(!parsePciHardwareId("ACPI\\VEN_INT&DEV_33A0").has_value());
    CHECK(!parsePciHardwareId("pci\\ven_10de").has_value());
    CHECK(!parsePciHardwareId("pci\\ven_zz12&dev_2684").has_value());
    CHECK(!parsePciHardwareId("pci\\ven_10de&dev_26").has_value());
    CHECK(!parsePciHardwareId("").has_value());
}

void testRegistryReader()
{
    TestRegistry reg;
    // 0000: a current driver, 64-bit size as REG_QWORD.
    CHECK(reg.setString("0000", "MatchingDeviceId", "PCI\\VEN_10DE&DEV_2684"));
    CHECK(reg.setString("0000", "DriverDesc", "NVIDIA GeForce RTX 4090"));
    CHECK(reg.setQword("0000", "HardwareInformation.qwMemorySize", 24 * kGiB));
    // 0001: an old driver with only the 32-bit REG_DWORD size.
    CHECK(reg.setString("0001", "MatchingDeviceId", "pci\\ven_1002&dev_6798"));
    CHECK(reg.setString("0001", "DriverDesc", "AMD Radeon HD 7900 Series"));
    CHECK(reg.setDword("0001", "HardwareInformation.MemorySize", 0xC0000000u));
    // 0002: sizes as REG_BINARY (AMD writes them so); the 64-bit one wins over the capped 32-bit one.
    CHECK(reg.setString("0002", "MatchingDeviceId", "pci\\ven_1002&dev_73bf&subsys_0e3a1002"));
    CHECK(reg.setString("0002", "DriverDesc", "AMD Radeon RX 6800 XT"));
    CHECK(reg.setBinary("0002", "HardwareInformation.qwMemorySize", 16 * kGiB, 8));
    CHECK(reg.setBinary("0002", "HardwareInformation.MemorySize", 0xFFF00000u, 4));
    // 0003: a value of the wrong type.
    CHECK(reg.setString("0003", "MatchingDeviceId", "pci\\ven_8086&dev_46a6"));
    CHECK(reg.setString("0003", "DriverDesc", "Intel(R) Iris(R) Xe Graphics"));
    CHECK(reg.setString("0003", "HardwareInformation.qwMemorySize", "lots"));
    // 0004: no size at all.
    CHECK(reg.setString("0004", "MatchingDeviceId", "pci\\ven_10de&dev_1eb8"));
    CHECK(reg.setString("0004", "DriverDesc", "NVIDIA Tesla T4"));
    // Not driver keys: skipped.
    CHECK(reg.setString("Properties", "DriverDesc", "not an adapter"));
    CHECK(reg.createKey("Configuration"));

    std::string error;
    const std::vector<AdapterRegistryEntry> entries
        = readAdapterRegistry(RegistryRoot::CurrentUser, reg.classPath(), &error);
    CHECK_EQ(error, std::string());
    CHECK_EQ(entries.size(), std::size_t(5));

    const AdapterRegistryEntry *e0 = findEntry(entries, "0000");
    CHECK(e0 != nullptr);
    if (e0) {
        CHECK_EQ(e0->matchingDeviceId, std::string("pci\\ven_10de&dev_2684"));
        CHECK_EQ(e0->driverDesc, std::string("NVIDIA GeForce RTX 4090"));
        CHECK(e0->memorySize == std::optional<std::uint64_t>(24 * kGiB));
        CHECK_EQ(e0->problem, std::string());
    }
    const AdapterRegistryEntry *e1 = findEntry(entries, "0001");
    CHECK(e1 != nullptr);
    if (e1)
        CHECK(e1->memorySize == std::optional<std::uint64_t>(0xC0000000u));
    const AdapterRegistryEntry *e2 = findEntry(entries, "0002");
    CHECK(e2 != nullptr);
    if (e2)
        CHECK(e2->memorySize == std::optional<std::uint64_t>(16 * kGiB));
    const AdapterRegistryEntry *e3 = findEntry(entries, "0003");
    CHECK(e3 != nullptr);
    if (e3) {
        CHECK(!e3->memorySize.has_value());
        CHECK_CONTAINS(
            e3->problem, "HardwareInformation.qwMemorySize: expected a DWORD, QWORD or up to 8 binary bytes");
        CHECK_CONTAINS(e3->problem, "HKCU\\Software\\ogs-test\\");
    }
    const AdapterRegistryEntry *e4 = findEntry(entries, "0004");
    CHECK(e4 != nullptr);
    if (e4) {
        CHECK(!e4->memorySize.has_value());
        CHECK_CONTAINS(e4->problem, "no HardwareInformation.qwMemorySize or MemorySize value");
    }
    CHECK(findEntry(entries, "Properties") == nullptr);

    // The reader through RegistryKey directly: missing values are quiet, wrong types are not.
    std::string keyError;
    const RegistryKey key = RegistryKey::open(RegistryRoot::CurrentUser, reg.classPath() + "\\0000", &keyError);
    CHECK(key.isOpen());
    std::string valueError;
    CHECK(!key.readString("NoSuchValue", &valueError).has_value());
    CHECK_EQ(valueError, std::string());
    CHECK(!key.readString("HardwareInformation.qwMemorySize", &valueError).has_value());
    CHECK_CONTAINS(valueError, "expected a string value");

    // A class key that is not there.
    std::string missingError;
    const auto none = readAdapterRegistry(RegistryRoot::CurrentUser, reg.classPath() + "-missing", &missingError);
    CHECK(none.empty());
    CHECK_CONTAINS(missingError, "HKCU\\Software\\ogs-test\\");
    CHECK_CONTAINS(missingError, "error 2");
}

void testApplyRegistryMemory()
{
    const std::vector<AdapterRegistryEntry> entries = {
        entry("0000", "pci\\ven_10de&dev_2684", "NVIDIA GeForce RTX 4090", 24 * kGiB),
        entry("0001", "pci\\ven_1002&dev_73bf", "AMD Radeon RX 6800 XT", 16 * kGiB),
        entry("0002", "pci\\ven_1002&dev_73bf", "AMD Radeon RX 6800 XT", 16 * kGiB),
        entry("0003", "pci\\ven_1002&dev_744c", "AMD Radeon RX 7900 XTX", 24 * kGiB),
        entry("0004", "pci\\ven_1002&dev_744c", "AMD Radeon RX 7900 XT", 20 * kGiB),
        entry("0005", "pci\\ven_1002&dev_7480&subsys_12345678", "AMD Radeon RX 7600", 8 * kGiB),
        entry("0006", "pci\\ven_10de&dev_1eb8", "NVIDIA Tesla T4", std::nullopt, "HKLM\\...\\0006: access denied"),
        entry("0007", "pci\\ven_10de&dev_2204", "NVIDIA GeForce RTX 3090", 2 * kGiB),
    };
    std::vector<DxgiAdapter> adapters = {
        hardware(0x10de, 0x2684, "NVIDIA GeForce RTX 4090", 0xFFF00000ull), // capped by the driver
        hardware(0x1002, 0x73bf, "AMD Radeon RX 6800 XT", 16 * kGiB), // two identical cards
        hardware(0x1002, 0x73bf, "AMD Radeon RX 6800 XT", 16 * kGiB),
        hardware(0x1002, 0x744c, "AMD Radeon RX 7900 XT", 20 * kGiB), // told apart by DriverDesc
        hardware(0x1002, 0x744c, "AMD Radeon RX 7900 GRE", 16 * kGiB), // same id, no name match
        hardware(0x1002, 0x7480, "AMD Radeon RX 7600", 8 * kGiB, 0x0e3a1002), // subsystem differs
        hardware(0x8086, 0x46a6, "Intel(R) Iris(R) Xe Graphics", 128 * 1024 * 1024),
        hardware(0x10de, 0x1eb8, "NVIDIA Tesla T4", 15 * kGiB),
        hardware(0x10de, 0x2204, "NVIDIA GeForce RTX 3090", 24 * kGiB), // registry smaller: DXGI stays
    };
    DxgiAdapter basic = hardware(0x1414, 0x008c, "Microsoft Basic Render Driver", 0);
    basic.software = true;
    adapters.push_back(basic);

    applyRegistryMemory(adapters, entries);

    CHECK(adapters[0].registryMemorySize == std::optional<std::uint64_t>(24 * kGiB));
    CHECK_EQ(adapters[0].bestDedicatedMemory(), 24 * kGiB);
    CHECK_EQ(adapters[0].registryProblem, std::string());
    CHECK(adapters[1].registryMemorySize == std::optional<std::uint64_t>(16 * kGiB));
    CHECK(adapters[2].registryMemorySize == std::optional<std::uint64_t>(16 * kGiB));
    CHECK(adapters[3].registryMemorySize == std::optional<std::uint64_t>(20 * kGiB));
    CHECK(!adapters[4].registryMemorySize.has_value());
    CHECK_CONTAINS(
        adapters[4].registryProblem, "2 registry entries for pci\\ven_1002&dev_744c state different memory sizes");
    CHECK_EQ(adapters[4].bestDedicatedMemory(), 16 * kGiB);
    CHECK(!adapters[5].registryMemorySize.has_value());
    CHECK_EQ(
        adapters[5].registryProblem, std::string("no display driver registry entry matches pci\\ven_1002&dev_7480"));
    CHECK_EQ(
        adapters[6].registryProblem, std::string("no display driver registry entry matches pci\\ven_8086&dev_46a6"));
    CHECK_EQ(adapters[7].registryProblem, std::string("HKLM\\...\\0006: access denied"));
    CHECK(adapters[8].registryMemorySize == std::optional<std::uint64_t>(2 * kGiB));
    CHECK_EQ(adapters[8].bestDedicatedMemory(), 24 * kGiB);
    CHECK(!adapters[9].registryMemorySize.has_value());
    CHECK_EQ(adapters[9].registryProblem, std::string());
}

std::string describe(const DxgiAdapter &a)
{
    char text[512];
    std::snprintf(text, sizeof text,
        "'%s' ven %04x dev %04x subsys %08x rev %02x dedicated %llu MiB shared %llu MiB luid %016llx%s%s "
        "registry %s",
        a.description.c_str(), unsigned(a.vendorId), unsigned(a.deviceId), unsigned(a.subSysId), unsigned(a.revision),
        static_cast<unsigned long long>(a.dedicatedVideoMemory >> 20),
        static_cast<unsigned long long>(a.sharedSystemMemory >> 20), static_cast<unsigned long long>(a.luid),
        a.software ? " software" : "", a.remote ? " remote" : "",
        a.registryMemorySize ? (std::to_string(*a.registryMemorySize >> 20) + " MiB").c_str()
                             : ("none (" + a.registryProblem + ")").c_str());
    return text;
}

/// What DXGI lists depends on the machine (and under Wine on its GPU emulation), so this checks that
/// each adapter is sane, or that failure came with a clear message.
void checkEnumeration(const std::vector<DxgiAdapter> &adapters, const std::string &error)
{
    std::printf("  %zu adapter(s)%s%s\n", adapters.size(), error.empty() ? "" : ", error: ", error.c_str());
    if (adapters.empty()) {
        // No adapter at all must be explained; DXGI always lists at least the basic render driver.
        CHECK(!error.empty());
        return;
    }
    std::vector<std::uint64_t> luids;
    for (const DxgiAdapter &a : adapters) {
        std::printf("  %s\n", describe(a).c_str());
        CHECK(!a.description.empty());
        CHECK(a.luid != 0);
        luids.push_back(a.luid);
        if (a.software) {
            CHECK(!a.registryMemorySize.has_value());
            CHECK_EQ(a.registryProblem, std::string());
        } else {
            CHECK(a.vendorId != 0 && a.vendorId <= 0xffff);
            CHECK(a.deviceId <= 0xffff);
            CHECK(a.revision <= 0xff);
            CHECK(a.dedicatedVideoMemory + a.dedicatedSystemMemory + a.sharedSystemMemory > 0);
            // Every hardware adapter gets a registry size or the reason it has none.
            CHECK(a.registryMemorySize.has_value() != !a.registryProblem.empty());
        }
    }
    std::sort(luids.begin(), luids.end());
    CHECK(std::adjacent_find(luids.begin(), luids.end()) == luids.end());
}

void testEnumerateSystem()
{
    std::string error;
    const std::vector<DxgiAdapter> adapters = enumerateDxgiAdapters(&error);
    checkEnumeration(adapters, error);
}

void testEnumerateWithTestRegistry()
{
    // Give every adapter DXGI lists a registry entry of its own under HKCU, then check the size
    // arrives through enumerateDxgiAdapters: the whole path with the hive as a parameter.
    std::string error;
    const std::vector<DxgiAdapter> first = enumerateDxgiAdapters(&error);
    TestRegistry reg;
    int n = 0;
    for (const DxgiAdapter &a : first) {
        if (a.software)
            continue;
        char subkey[8];
        char id[40];
        std::snprintf(subkey, sizeof subkey, "%04d", n++);
        std::snprintf(id, sizeof id, "PCI\\VEN_%04X&DEV_%04X", unsigned(a.vendorId), unsigned(a.deviceId));
        CHECK(reg.setString(subkey, "MatchingDeviceId", id));
        CHECK(reg.setString(subkey, "DriverDesc", a.description));
        CHECK(reg.setQword(subkey, "HardwareInformation.qwMemorySize", 48 * kGiB + std::uint64_t(n)));
    }
    std::string secondError;
    const std::vector<DxgiAdapter> second
        = enumerateDxgiAdapters(&secondError, RegistryRoot::CurrentUser, reg.classPath());
    checkEnumeration(second, secondError);
    CHECK_EQ(second.size(), first.size());
    for (const DxgiAdapter &a : second) {
        if (a.software)
            continue;
        CHECK(a.registryMemorySize.has_value());
        if (a.registryMemorySize) {
            CHECK(*a.registryMemorySize > 48 * kGiB);
            CHECK_EQ(a.bestDedicatedMemory(), *a.registryMemorySize);
        }
    }
    if (n == 0)
        std::printf("  (no hardware adapter listed: the registry path was exercised without matches)\n");
}

void testGpuCounterInstances()
{
    for (const cases::EngineNameCase &c : cases::engineNameCases()) {
        const auto e = parseGpuEngineInstance(c.name);
        check(e.has_value() == c.parses, "engine name parses as expected", __LINE__, c.tag);
        if (e && c.parses) {
            check(e->pid == c.pid && e->luid == c.luid && e->phys == c.phys && e->engine == c.engine
                    && e->engineType == c.type,
                "engine name fields", __LINE__, c.tag);
        }
    }
    for (const cases::AdapterNameCase &c : cases::adapterNameCases()) {
        const auto a = parseGpuAdapterInstance(c.name);
        check(a.has_value() == c.parses, "adapter name parses as expected", __LINE__, c.tag);
        if (a && c.parses)
            check(a->luid == c.luid && a->phys == c.phys, "adapter name fields", __LINE__, c.tag);
    }
    std::vector<std::string> problems;
    const std::vector<GpuAdapterCounters> got = groupGpuCounters(cases::groupingReadings(), &problems);
    const std::vector<GpuAdapterCounters> want = cases::groupingExpected();
    CHECK_EQ(got.size(), want.size());
    for (std::size_t i = 0; i < got.size() && i < want.size(); ++i) {
        CHECK_EQ(got[i].luid, want[i].luid);
        CHECK(got[i].utilPercent == want[i].utilPercent);
        CHECK_EQ(got[i].busiestEngine, want[i].busiestEngine);
        CHECK(got[i].dedicatedBytes == want[i].dedicatedBytes);
        CHECK(got[i].sharedBytes == want[i].sharedBytes);
    }
    const std::vector<std::string> wantProblems = cases::groupingProblems();
    CHECK_EQ(problems.size(), wantProblems.size());
    for (std::size_t i = 0; i < problems.size() && i < wantProblems.size(); ++i)
        CHECK_CONTAINS(problems[i], wantProblems[i]);
}

/// The real counters: on Windows 10 1709+ they read; under Wine (which has no GPU counter sets)
/// open() must fail with an error that names the counter and PDH's status, never crash.
void testGpuCounterQuery()
{
    GpuCounterQuery query;
    std::string error;
    const bool opened = query.open(&error);
    std::printf("  open: %s%s%s\n", opened ? "ok" : "failed", error.empty() ? "" : ": ", error.c_str());
    CHECK_EQ(query.isOpen(), opened);
    std::vector<GpuAdapterCounters> adapters;
    std::vector<std::string> problems;
    std::string collectError;
    if (!opened) {
        CHECK_CONTAINS(error, "\\GPU Engine(*)\\Utilization Percentage");
        CHECK_CONTAINS(error, "0x");
        CHECK(!query.collect(adapters, &problems, &collectError));
        CHECK_EQ(collectError, std::string("the GPU counter query is not open"));
        return;
    }
    for (int round = 0; round < 2; ++round) {
        const bool ok = query.collect(adapters, &problems, &collectError);
        std::printf("  collect %d: %s, %zu adapter(s)%s%s\n", round, ok ? "ok" : "failed", adapters.size(),
            collectError.empty() ? "" : ": ", collectError.c_str());
        CHECK(ok || !collectError.empty());
        for (const GpuAdapterCounters &a : adapters) {
            CHECK(a.luid != 0);
            if (a.utilPercent)
                CHECK(*a.utilPercent >= 0 && *a.utilPercent <= 100);
        }
    }
    for (const std::string &p : problems)
        std::printf("  problem: %s\n", p.c_str());
}

void testGpuCounterMissing()
{
    GpuCounterPaths paths;
    paths.engineUtilization = "\\No Such GPU Object(*)\\Utilization Percentage";
    GpuCounterQuery query(paths);
    std::string error;
    CHECK(!query.open(&error));
    CHECK(!query.isOpen());
    CHECK_CONTAINS(error, "PdhAddEnglishCounterW(\"\\No Such GPU Object(*)\\Utilization Percentage\")");
    CHECK_CONTAINS(error, "0x");
    std::printf("  %s\n", error.c_str());
    // PDH's own codes get their names even where pdh.dll has no message text.
    CHECK_CONTAINS(pdhStatusText(static_cast<long>(0xC0000BB8UL)), "PDH_CSTATUS_NO_OBJECT");
    CHECK_EQ(pdhStatusText(static_cast<long>(0xC0000BB8UL)).substr(0, 10), std::string("0xC0000BB8"));
}

void run(const char *name, const std::function<void()> &test)
{
    g_test = name;
    const int failedBefore = g_failed;
    std::printf("%s\n", name);
    test();
    std::printf("  %s\n", g_failed == failedBefore ? "ok" : "FAILED");
}

} // namespace

int main()
{
    run("textConversion", testTextConversion);
    run("errorText", testErrorText);
    run("parsePciHardwareId", testParsePciHardwareId);
    run("registryReader", testRegistryReader);
    run("applyRegistryMemory", testApplyRegistryMemory);
    run("enumerateSystem", testEnumerateSystem);
    run("enumerateWithTestRegistry", testEnumerateWithTestRegistry);
    run("gpuCounterInstances", testGpuCounterInstances);
    run("gpuCounterQuery", testGpuCounterQuery);
    run("gpuCounterMissing", testGpuCounterMissing);
    std::printf("%d passed, %d failed\n", g_passed, g_failed);
    return g_failed == 0 ? 0 : 1;
}
