// Tests for the environment part of the Qt-free Windows layer: registry values with their
// types, delete, undo, unrelated values untouched, the WM_SETTINGCHANGE broadcast returning
// within its timeout, and stopping/starting a process by name. Runs on Windows and, cross-built
// with MinGW-w64, under Wine (scripts/test-windows-env.sh). Prints "N passed, N failed" and
// exits non-zero when anything failed.

#include "win/broadcastenv.h"
#include "win/processcontrol.h"
#include "win/registryenv.h"
#include "win/registrytext.h"

#include <windows.h>

#include <atomic>
#include <cstdio>
#include <string>
#include <thread>

using namespace ogs::win;

namespace {

int g_passed = 0;
int g_failed = 0;
const char *g_test = "";

void check(bool ok, const char *what, int line, const std::string &detail = std::string())
{
    if (ok) {
        ++g_passed;
        return;
    }
    ++g_failed;
    std::printf("FAIL: %s line %d: %s%s%s\n", g_test, line, what, detail.empty() ? "" : " -- ", detail.c_str());
}

#define CHECK(cond) check((cond), #cond, __LINE__)
#define CHECK_MSG(cond, detail) check((cond), #cond, __LINE__, (detail))

std::string show(const std::optional<EnvRegistryValue> &v)
{
    if (!v)
        return "(absent)";
    return std::string(v->expandable ? "REG_EXPAND_SZ:" : "REG_SZ:") + v->data;
}

/// HKCU\Software\ogs-env-test\<pid>\Environment, deleted again at the end.
struct ScratchKey {
    std::string parent = "Software\\ogs-env-test\\" + std::to_string(GetCurrentProcessId());
    EnvKeyLocation location{false, parent + "\\Environment"};
    ~ScratchKey() { RegDeleteTreeW(HKEY_CURRENT_USER, wideText(parent).c_str()); }
};

/// Writes a raw value of any type, as another program would.
void writeRaw(const EnvKeyLocation &loc, const std::string &name, DWORD type, const void *data, DWORD size)
{
    HKEY key = nullptr;
    RegCreateKeyExW(HKEY_CURRENT_USER, wideText(loc.path).c_str(), 0, nullptr, 0, KEY_SET_VALUE, nullptr, &key, nullptr);
    RegSetValueExW(key, wideText(name).c_str(), 0, type, static_cast<const BYTE *>(data), size);
    RegCloseKey(key);
}

void roundTripKeepsType()
{
    g_test = "roundTripKeepsType";
    ScratchKey scratch;
    std::string error;
    CHECK(!readEnvValue(scratch.location, "OLLAMA_VULKAN", &error) && error.empty()); // key absent: not an error
    const EnvRegistryValue plain{"1", false};
    CHECK_MSG(writeEnvValue(scratch.location, "OLLAMA_VULKAN", plain, &error), error);
    CHECK_MSG(readEnvValue(scratch.location, "OLLAMA_VULKAN", &error) == plain, show(readEnvValue(scratch.location, "OLLAMA_VULKAN", &error)));
    const EnvRegistryValue expand{"%USERPROFILE%\\.ollama\\models", true};
    CHECK_MSG(writeEnvValue(scratch.location, "OLLAMA_MODELS", expand, &error), error);
    const auto back = readEnvValue(scratch.location, "OLLAMA_MODELS", &error);
    CHECK_MSG(back == expand, show(back)); // not expanded, still REG_EXPAND_SZ
    const EnvRegistryValue unicode{"D:\\Mod\xc3\xa8les \xe2\x9c\x93", false};
    CHECK_MSG(writeEnvValue(scratch.location, "OLLAMA_MODELS", unicode, &error), error);
    CHECK_MSG(readEnvValue(scratch.location, "OLLAMA_MODELS", &error) == unicode, show(readEnvValue(scratch.location, "OLLAMA_MODELS", &error)));
    CHECK(!writeEnvValue(scratch.location, "BAD", {std::string("a\0b", 3), false}, &error));
    CHECK(error.find("NUL") != std::string::npos);
}

void unrelatedValuesUntouched()
{
    g_test = "unrelatedValuesUntouched";
    ScratchKey scratch;
    std::string error;
    const EnvRegistryValue path{"%USERPROFILE%\\bin;C:\\Tools", true};
    writeEnvValue(scratch.location, "Path", path, &error);
    const DWORD number = 42;
    writeRaw(scratch.location, "SomeDword", REG_DWORD, &number, sizeof number);
    writeEnvValue(scratch.location, "TEMP", {"%USERPROFILE%\\AppData\\Local\\Temp", true}, &error);

    CHECK(writeEnvValue(scratch.location, "OLLAMA_VULKAN", {"1", false}, &error));
    CHECK(writeEnvValue(scratch.location, "HIP_VISIBLE_DEVICES", {"-1", false}, &error));
    CHECK(deleteEnvValue(scratch.location, "HIP_VISIBLE_DEVICES", &error));

    CHECK_MSG(readEnvValue(scratch.location, "Path", &error) == path, show(readEnvValue(scratch.location, "Path", &error)));
    CHECK(readEnvValue(scratch.location, "TEMP", &error)->expandable);
    // A value of another type is reported, never read as text or overwritten by accident.
    CHECK(!readEnvValue(scratch.location, "SomeDword", &error));
    CHECK_MSG(error.find("not a string value") != std::string::npos, error);
    HKEY key = nullptr;
    DWORD type = 0, value = 0, size = sizeof value;
    RegOpenKeyExW(HKEY_CURRENT_USER, wideText(scratch.location.path).c_str(), 0, KEY_QUERY_VALUE, &key);
    RegQueryValueExW(key, L"SomeDword", nullptr, &type, reinterpret_cast<BYTE *>(&value), &size);
    RegCloseKey(key);
    CHECK(type == REG_DWORD && value == 42);
}

void deleteAndUndo()
{
    g_test = "deleteAndUndo";
    ScratchKey scratch;
    std::string error;
    CHECK_MSG(deleteEnvValue(scratch.location, "NOT_THERE", &error), error); // key absent
    writeEnvValue(scratch.location, "HSA_OVERRIDE_GFX_VERSION", {"10.3.0", true}, &error);
    CHECK_MSG(deleteEnvValue(scratch.location, "NOT_THERE", &error), error); // value absent
    // Undo as the journal does it: remember before, change, put before back (or delete).
    const auto before = readEnvValue(scratch.location, "HSA_OVERRIDE_GFX_VERSION", &error);
    const auto beforeVulkan = readEnvValue(scratch.location, "OLLAMA_VULKAN", &error);
    CHECK(deleteEnvValue(scratch.location, "HSA_OVERRIDE_GFX_VERSION", &error));
    CHECK(writeEnvValue(scratch.location, "OLLAMA_VULKAN", {"1", false}, &error));
    CHECK(!readEnvValue(scratch.location, "HSA_OVERRIDE_GFX_VERSION", &error) && error.empty());
    CHECK(writeEnvValue(scratch.location, "HSA_OVERRIDE_GFX_VERSION", *before, &error));
    CHECK(!beforeVulkan && deleteEnvValue(scratch.location, "OLLAMA_VULKAN", &error));
    CHECK_MSG(readEnvValue(scratch.location, "HSA_OVERRIDE_GFX_VERSION", &error) == before,
              show(readEnvValue(scratch.location, "HSA_OVERRIDE_GFX_VERSION", &error)));
    CHECK(!readEnvValue(scratch.location, "OLLAMA_VULKAN", &error));
}

void realUserEnvironment()
{
    g_test = "realUserEnvironment";
    // HKCU\Environment itself (a throw-away Wine prefix, or a test machine on Windows).
    std::string error;
    const std::string name = "OGS_ENV_TEST_" + std::to_string(GetCurrentProcessId());
    CHECK(envKeyName(envKeyLocation(EnvScope::User)) == "HKCU\\Environment");
    CHECK(envKeyName(envKeyLocation(EnvScope::Machine)) ==
          "HKLM\\SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Environment");
    CHECK_MSG(writeEnvValue(EnvScope::User, name, {"1", false}, &error), error);
    CHECK(readEnvValue(EnvScope::User, name, &error) == (EnvRegistryValue{"1", false}));
    CHECK(deleteEnvValue(EnvScope::User, name, &error));
    CHECK(!readEnvValue(EnvScope::User, name, &error) && error.empty());
    // The machine Path is there on every Windows (and Wine) and is a string.
    const auto path = readEnvValue(EnvScope::Machine, "Path", &error);
    CHECK_MSG(path && !path->data.empty(), error);
}

void broadcastReturnsWithinTimeout()
{
    g_test = "broadcastReturnsWithinTimeout";
    std::string error;
    const ULONGLONG start = GetTickCount64();
    const bool ok = broadcastEnvironmentChange(3000, &error);
    const ULONGLONG elapsed = GetTickCount64() - start;
    CHECK_MSG(elapsed <= 3000 + 1000, std::to_string(elapsed) + " ms");
    CHECK_MSG(ok || error.find("timed out") != std::string::npos, error);

    // A window whose thread never pumps messages: the call still comes back in time.
    std::atomic<bool> ready{false};
    std::atomic<bool> release{false};
    std::thread hung([&] {
        HWND window = CreateWindowExW(0, L"STATIC", L"ogs hung window", WS_OVERLAPPED, 0, 0, 10, 10, nullptr, nullptr,
                                      GetModuleHandleW(nullptr), nullptr);
        ready = true;
        while (!release)
            Sleep(20); // no message loop
        if (window)
            DestroyWindow(window);
    });
    while (!ready)
        Sleep(5);
    const ULONGLONG start2 = GetTickCount64();
    const bool ok2 = broadcastEnvironmentChange(500, &error);
    const ULONGLONG elapsed2 = GetTickCount64() - start2;
    CHECK_MSG(elapsed2 <= 500 + 1000, std::to_string(elapsed2) + " ms");
    CHECK_MSG(ok2 || error.find("timed out") != std::string::npos, error);
    release = true;
    hung.join();
}

void stopAndStartByName()
{
    g_test = "stopAndStartByName";
    // A copy of this test under a name no other process has, started with --sleep.
    wchar_t self[MAX_PATH] = {};
    GetModuleFileNameW(nullptr, self, MAX_PATH);
    wchar_t temp[MAX_PATH] = {};
    GetTempPathW(MAX_PATH, temp);
    const std::string exeName = "ogs sleeper " + std::to_string(GetCurrentProcessId()) + ".exe"; // a space, like "ollama app.exe"
    const std::string copy = utf8Text(temp) + exeName;
    CHECK(CopyFileW(self, wideText(copy).c_str(), FALSE));
    std::string error;
    CHECK(findProcesses({exeName}, &error).empty());
    const auto pid = startDetached(copy, {"--sleep", "30000"}, &error);
    CHECK_MSG(pid.has_value(), error);
    std::vector<RunningProcess> running;
    for (int i = 0; i < 100 && running.empty(); ++i) {
        running = findProcesses({"OGS SLEEPER " + std::to_string(GetCurrentProcessId()) + ".EXE"}, &error); // case-insensitive
        if (running.empty())
            Sleep(50);
    }
    CHECK_MSG(running.size() == 1 && pid && running.front().pid == *pid, error);
    CHECK(stopProcesses({exeName, "not-running-anywhere.exe"}, 5000, &error) == 1);
    CHECK_MSG(error.empty(), error);
    CHECK(findProcesses({exeName}, &error).empty());
    CHECK(stopProcesses({exeName}, 1000, &error) == 0); // nothing left: not an error
    CHECK(!startDetached(utf8Text(temp) + "does-not-exist.exe", {}, &error));
    CHECK_MSG(error.find("cannot start") != std::string::npos, error);
    for (int i = 0; i < 50 && !DeleteFileW(wideText(copy).c_str()); ++i)
        Sleep(50);
    CHECK(ollamaProcessNames().front() == "ollama app.exe");
}

/// What a copy of this test started with `environment` sees of `name` ("<unset>" when nothing).
std::string childSees(const std::string &copy, const std::string &name, StartEnvironment environment)
{
    wchar_t temp[MAX_PATH] = {};
    GetTempPathW(MAX_PATH, temp);
    const std::string out = utf8Text(temp) + "ogs-env-seen-" + std::to_string(GetCurrentProcessId()) + ".txt";
    DeleteFileW(wideText(out).c_str());
    std::string error;
    if (!startDetached(copy, {"--env-to", name, out}, &error, environment))
        return "not started: " + error;
    for (int i = 0; i < 200; ++i) {
        HANDLE f = CreateFileW(wideText(out).c_str(), GENERIC_READ, 0, nullptr, OPEN_EXISTING, 0, nullptr);
        if (f != INVALID_HANDLE_VALUE) {
            char buffer[256] = {};
            DWORD read = 0;
            ReadFile(f, buffer, sizeof buffer - 1, &read, nullptr);
            CloseHandle(f);
            std::string seen(buffer, read);
            if (seen.size() >= 2 && seen.compare(seen.size() - 2, 2, "\r\n") == 0) { // the child wrote all of it
                DeleteFileW(wideText(out).c_str());
                return seen.substr(0, seen.size() - 2);
            }
        }
        Sleep(50);
    }
    return "no answer";
}

void startsWithTheUserEnvironment()
{
    g_test = "startsWithTheUserEnvironment";
    // Written to HKCU\Environment after this process started (as `env apply` does), so only a
    // fresh environment block has it: the one the tray app must get to hand it to the server.
    wchar_t self[MAX_PATH] = {};
    GetModuleFileNameW(nullptr, self, MAX_PATH);
    wchar_t temp[MAX_PATH] = {};
    GetTempPathW(MAX_PATH, temp);
    const std::string copy = utf8Text(temp) + "ogs env child " + std::to_string(GetCurrentProcessId()) + ".exe";
    CHECK(CopyFileW(self, wideText(copy).c_str(), FALSE));
    const std::string name = "OGS_FRESH_ENV_" + std::to_string(GetCurrentProcessId());
    std::string error;
    CHECK_MSG(writeEnvValue(EnvScope::User, name, {"fresh \xe2\x9c\x93", false}, &error), error);
    CHECK(GetEnvironmentVariableW(wideText(name).c_str(), nullptr, 0) == 0); // not in ours
    const std::string fresh = childSees(copy, name, StartEnvironment::User);
    CHECK_MSG(fresh == "fresh \xe2\x9c\x93", fresh);
    const std::string inherited = childSees(copy, name, StartEnvironment::Inherited);
    CHECK_MSG(inherited == "<unset>", inherited);
    CHECK(deleteEnvValue(EnvScope::User, name, &error));
    for (int i = 0; i < 50 && !DeleteFileW(wideText(copy).c_str()); ++i)
        Sleep(50);
}

} // namespace

int main(int argc, char **argv)
{
    if (argc == 3 && std::string(argv[1]) == "--sleep") {
        Sleep(static_cast<DWORD>(std::stoul(argv[2])));
        return 0;
    }
    if (argc == 4 && std::string(argv[1]) == "--env-to") { // writes what it sees of NAME to FILE
        wchar_t value[256] = {};
        const DWORD n = GetEnvironmentVariableW(wideText(argv[2]).c_str(), value, 256);
        const std::string seen = (n == 0 ? std::string("<unset>") : utf8Text(std::wstring(value, n))) + "\r\n";
        HANDLE f = CreateFileW(wideText(argv[3]).c_str(), GENERIC_WRITE, 0, nullptr, CREATE_ALWAYS, 0, nullptr);
        DWORD written = 0;
        WriteFile(f, seen.data(), static_cast<DWORD>(seen.size()), &written, nullptr);
        CloseHandle(f);
        return 0;
    }
    roundTripKeepsType();
    unrelatedValuesUntouched();
    deleteAndUndo();
    realUserEnvironment();
    broadcastReturnsWithinTimeout();
    stopAndStartByName();
    startsWithTheUserEnvironment();
    std::printf("%d passed, %d failed\n", g_passed, g_failed);
    return g_failed == 0 ? 0 : 1;
}
