#include "gpucounters.h"

#include "textconv.h"

#include <windows.h>

#include <pdh.h>
#include <pdhmsg.h>

#include <cstdio>

namespace ogs::win {

namespace {

bool is(PDH_STATUS status, DWORD code)
{
    return static_cast<DWORD>(status) == code;
}

/// PDH's own codes: FormatMessage finds their text only in pdh.dll's message table.
const char *pdhStatusName(unsigned long status)
{
    switch (status) {
    case PDH_CSTATUS_NO_MACHINE:
        return "PDH_CSTATUS_NO_MACHINE";
    case PDH_CSTATUS_NO_INSTANCE:
        return "PDH_CSTATUS_NO_INSTANCE";
    case PDH_MORE_DATA:
        return "PDH_MORE_DATA";
    case PDH_CSTATUS_NO_OBJECT:
        return "PDH_CSTATUS_NO_OBJECT: this Windows has no such counter set";
    case PDH_CSTATUS_NO_COUNTER:
        return "PDH_CSTATUS_NO_COUNTER";
    case PDH_CSTATUS_INVALID_DATA:
        return "PDH_CSTATUS_INVALID_DATA";
    case PDH_INVALID_HANDLE:
        return "PDH_INVALID_HANDLE";
    case PDH_INVALID_ARGUMENT:
        return "PDH_INVALID_ARGUMENT";
    case PDH_NO_DATA:
        return "PDH_NO_DATA";
    case PDH_CSTATUS_BAD_COUNTERNAME:
        return "PDH_CSTATUS_BAD_COUNTERNAME";
    case PDH_INVALID_DATA:
        return "PDH_INVALID_DATA";
    case PDH_NOT_IMPLEMENTED:
        return "PDH_NOT_IMPLEMENTED";
    default:
        return nullptr;
    }
}

std::string pdhMessage(DWORD status)
{
    HMODULE pdh = GetModuleHandleW(L"pdh.dll");
    wchar_t buffer[512] = {};
    const DWORD flags
        = FORMAT_MESSAGE_IGNORE_INSERTS | (pdh ? FORMAT_MESSAGE_FROM_HMODULE : FORMAT_MESSAGE_FROM_SYSTEM);
    const DWORD length
        = FormatMessageW(flags, pdh, status, 0, buffer, DWORD(sizeof buffer / sizeof buffer[0]), nullptr);
    std::string text = toUtf8(buffer, length);
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r' || text.back() == ' '))
        text.pop_back();
    return text;
}

/// Every instance of one wildcard counter, formatted as `format` (PDH_FMT_DOUBLE or _LARGE).
/// Instances whose value is not (yet) valid, such as a process that appeared since the last
/// collection, are skipped: they have no rate yet.
bool readArray(PDH_HCOUNTER counter, DWORD format, std::vector<CounterValue> &out, std::string *error)
{
    out.clear();
    DWORD bytes = 0;
    DWORD count = 0;
    PDH_STATUS status = PdhGetFormattedCounterArrayW(counter, format, &bytes, &count, nullptr);
    if (is(status, PDH_CSTATUS_NO_INSTANCE) || is(status, PDH_NO_DATA) || (status == ERROR_SUCCESS && count == 0))
        return true; // no process uses a GPU engine right now
    if (!is(status, PDH_MORE_DATA)) {
        *error = "PdhGetFormattedCounterArrayW: " + pdhStatusText(static_cast<long>(status));
        return false;
    }
    // Items first, then the names they point at, in one buffer; sized in whole items for alignment.
    std::vector<PDH_FMT_COUNTERVALUE_ITEM_W> buffer(bytes / sizeof(PDH_FMT_COUNTERVALUE_ITEM_W) + 1);
    bytes = static_cast<DWORD>(buffer.size() * sizeof(PDH_FMT_COUNTERVALUE_ITEM_W));
    status = PdhGetFormattedCounterArrayW(counter, format, &bytes, &count, buffer.data());
    if (status != ERROR_SUCCESS) {
        *error = "PdhGetFormattedCounterArrayW: " + pdhStatusText(static_cast<long>(status));
        return false;
    }
    out.reserve(count);
    for (DWORD i = 0; i < count; ++i) {
        const PDH_FMT_COUNTERVALUE_ITEM_W &item = buffer[i];
        if (item.FmtValue.CStatus != PDH_CSTATUS_VALID_DATA && item.FmtValue.CStatus != PDH_CSTATUS_NEW_DATA)
            continue;
        CounterValue v;
        v.instance = item.szName ? toUtf8(std::wstring(item.szName)) : std::string();
        v.value = format == PDH_FMT_LARGE ? static_cast<double>(item.FmtValue.largeValue) : item.FmtValue.doubleValue;
        out.push_back(std::move(v));
    }
    return true;
}

} // namespace

std::string pdhStatusText(long status)
{
    char code[16];
    std::snprintf(code, sizeof code, "0x%08lX", static_cast<unsigned long>(status));
    const char *name = pdhStatusName(static_cast<unsigned long>(status));
    const std::string message = pdhMessage(static_cast<DWORD>(status));
    std::string words = name ? name : "";
    if (!message.empty())
        words += words.empty() ? message : ": " + message;
    return words.empty() ? std::string(code) : std::string(code) + " (" + words + ")";
}

GpuCounterQuery::GpuCounterQuery(GpuCounterPaths paths)
    : m_paths(std::move(paths))
{
}

GpuCounterQuery::~GpuCounterQuery()
{
    close();
}

void GpuCounterQuery::close()
{
    if (m_query)
        PdhCloseQuery(static_cast<PDH_HQUERY>(m_query)); // also removes its counters
    m_query = m_engine = m_dedicated = m_shared = nullptr;
}

bool GpuCounterQuery::open(std::string *error)
{
    close();
    error->clear();
    PDH_HQUERY query = nullptr;
    PDH_STATUS status = PdhOpenQueryW(nullptr, 0, &query);
    if (status != ERROR_SUCCESS) {
        *error = "PdhOpenQueryW: " + pdhStatusText(static_cast<long>(status));
        return false;
    }
    m_query = query;
    const auto add = [&](const std::string &path, void *&counter) {
        PDH_HCOUNTER handle = nullptr;
        const PDH_STATUS rc = PdhAddEnglishCounterW(query, toWide(path).c_str(), 0, &handle);
        if (rc == ERROR_SUCCESS)
            counter = handle;
        return rc;
    };
    status = add(m_paths.engineUtilization, m_engine);
    if (status != ERROR_SUCCESS) {
        *error = "cannot read the GPU performance counters (Windows 10 1709 or newer has them): "
                 "PdhAddEnglishCounterW(\""
            + m_paths.engineUtilization + "\"): " + pdhStatusText(static_cast<long>(status));
        close();
        return false;
    }
    for (const auto &[path, counter] :
        { std::pair { &m_paths.dedicatedUsage, &m_dedicated }, std::pair { &m_paths.sharedUsage, &m_shared } }) {
        status = add(*path, *counter);
        if (status != ERROR_SUCCESS)
            *error += std::string(error->empty() ? "" : "; ") + "PdhAddEnglishCounterW(\"" + *path
                + "\"): " + pdhStatusText(static_cast<long>(status)) + "; that memory stays unknown";
    }
    status = PdhCollectQueryData(query); // the first of the two collections a rate needs
    if (status != ERROR_SUCCESS && !is(status, PDH_NO_DATA)) {
        *error = "PdhCollectQueryData: " + pdhStatusText(static_cast<long>(status));
        close();
        return false;
    }
    return true;
}

bool GpuCounterQuery::collect(
    std::vector<GpuAdapterCounters> &adapters, std::vector<std::string> *problems, std::string *error)
{
    adapters.clear();
    error->clear();
    if (!m_query) {
        *error = "the GPU counter query is not open";
        return false;
    }
    const PDH_STATUS status = PdhCollectQueryData(static_cast<PDH_HQUERY>(m_query));
    if (status != ERROR_SUCCESS && !is(status, PDH_NO_DATA)) {
        *error = "PdhCollectQueryData: " + pdhStatusText(static_cast<long>(status));
        return false;
    }
    GpuCounterReadings readings;
    std::string part;
    readings.enginesRead
        = readArray(static_cast<PDH_HCOUNTER>(m_engine), PDH_FMT_DOUBLE | PDH_FMT_NOCAP100, readings.engines, &part);
    if (!readings.enginesRead)
        *error = m_paths.engineUtilization + ": " + part;
    if (m_dedicated && !readArray(static_cast<PDH_HCOUNTER>(m_dedicated), PDH_FMT_LARGE, readings.dedicated, &part))
        *error += (error->empty() ? "" : "; ") + m_paths.dedicatedUsage + ": " + part;
    if (m_shared && !readArray(static_cast<PDH_HCOUNTER>(m_shared), PDH_FMT_LARGE, readings.shared, &part))
        *error += (error->empty() ? "" : "; ") + m_paths.sharedUsage + ": " + part;
    adapters = groupGpuCounters(readings, problems);
    return error->empty();
}

} // namespace ogs::win
