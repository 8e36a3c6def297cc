#include "processcontrol.h"

#include "registrytext.h"

#include <windows.h>
#include <tlhelp32.h>
#include <userenv.h>

#include <algorithm>
#include <cwctype>

namespace ogs::win {

namespace {

std::wstring lower(std::wstring s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](wchar_t c) { return static_cast<wchar_t>(std::towlower(c)); });
    return s;
}

/// One argument quoted the way CommandLineToArgvW reads it back.
std::wstring quoteArgument(const std::wstring &arg)
{
    if (!arg.empty() && arg.find_first_of(L" \t\"") == std::wstring::npos)
        return arg;
    std::wstring out = L"\"";
    size_t backslashes = 0;
    for (wchar_t c : arg) {
        if (c == L'\\') {
            ++backslashes;
            continue;
        }
        if (c == L'"')
            out.append(backslashes * 2 + 1, L'\\');
        else
            out.append(backslashes, L'\\');
        backslashes = 0;
        out += c;
    }
    out.append(backslashes * 2, L'\\');
    out += L'"';
    return out;
}

} // namespace

std::vector<RunningProcess> findProcesses(const std::vector<std::string> &exeNames, std::string *error)
{
    error->clear();
    std::vector<std::wstring> wanted;
    for (const std::string &n : exeNames)
        wanted.push_back(lower(wideText(n)));
    std::vector<RunningProcess> found;
    HANDLE snapshot = CreateToolhelp32Snapshot(TH32CS_SNAPPROCESS, 0);
    if (snapshot == INVALID_HANDLE_VALUE) {
        *error = "cannot list processes: " + errorText(GetLastError());
        return found;
    }
    PROCESSENTRY32W entry{};
    entry.dwSize = sizeof entry;
    for (BOOL more = Process32FirstW(snapshot, &entry); more; more = Process32NextW(snapshot, &entry)) {
        const std::wstring name = lower(entry.szExeFile);
        if (std::find(wanted.begin(), wanted.end(), name) != wanted.end())
            found.push_back({entry.th32ProcessID, utf8Text(entry.szExeFile)});
    }
    CloseHandle(snapshot);
    return found;
}

int stopProcesses(const std::vector<std::string> &exeNames, unsigned timeoutMs, std::string *error)
{
    std::string listError;
    const std::vector<RunningProcess> running = findProcesses(exeNames, &listError);
    *error = listError;
    int stopped = 0;
    for (const RunningProcess &p : running) {
        HANDLE process = OpenProcess(PROCESS_TERMINATE | SYNCHRONIZE, FALSE, p.pid);
        if (!process) {
            *error += (error->empty() ? "" : "; ") + std::string("cannot stop ") + p.exeName + " (pid " +
                      std::to_string(p.pid) + "): " + errorText(GetLastError());
            continue;
        }
        if (!TerminateProcess(process, 1) && WaitForSingleObject(process, 0) != WAIT_OBJECT_0) {
            *error += (error->empty() ? "" : "; ") + std::string("cannot stop ") + p.exeName + " (pid " +
                      std::to_string(p.pid) + "): " + errorText(GetLastError());
        } else if (WaitForSingleObject(process, timeoutMs) != WAIT_OBJECT_0) {
            *error += (error->empty() ? "" : "; ") + p.exeName + " (pid " + std::to_string(p.pid) + ") did not exit within " +
                      std::to_string(timeoutMs) + " ms";
        } else {
            ++stopped;
        }
        CloseHandle(process);
    }
    return stopped;
}

std::optional<unsigned long> startDetached(const std::string &exePath, const std::vector<std::string> &arguments,
                                           std::string *error, StartEnvironment environment)
{
    error->clear();
    const std::wstring exe = wideText(exePath);
    std::wstring commandLine = quoteArgument(exe);
    for (const std::string &a : arguments)
        commandLine += L" " + quoteArgument(wideText(a));
    void *block = nullptr;
    if (environment == StartEnvironment::User) {
        HANDLE token = nullptr;
        if (!OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY | TOKEN_DUPLICATE, &token) ||
            !CreateEnvironmentBlock(&block, token, FALSE)) {
            *error = "cannot read the user environment to start " + exePath + ": " + errorText(GetLastError());
            if (token)
                CloseHandle(token);
            return std::nullopt;
        }
        CloseHandle(token);
    }
    // Its own folder as the working directory, as a shortcut starts it (not ours).
    const size_t slash = exe.find_last_of(L"\\/");
    const std::wstring folder = slash == std::wstring::npos ? std::wstring() : exe.substr(0, slash);
    STARTUPINFOW startup{};
    startup.cb = sizeof startup;
    PROCESS_INFORMATION info{};
    const DWORD flags = DETACHED_PROCESS | CREATE_NEW_PROCESS_GROUP | (block ? CREATE_UNICODE_ENVIRONMENT : 0);
    const BOOL started = CreateProcessW(exe.c_str(), commandLine.data(), nullptr, nullptr, FALSE, flags, block,
                                        folder.empty() ? nullptr : folder.c_str(), &startup, &info);
    const DWORD startError = GetLastError();
    if (block)
        DestroyEnvironmentBlock(block);
    if (!started) {
        *error = "cannot start " + exePath + ": " + errorText(startError);
        return std::nullopt;
    }
    CloseHandle(info.hThread);
    CloseHandle(info.hProcess);
    return info.dwProcessId;
}

} // namespace ogs::win
