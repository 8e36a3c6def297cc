// Stand-in for the GUI executable inside the installer test (Qt for Windows is not available
// on the build machine). It answers --version like the real program and records that the
// uninstaller asked it to undo the environment, so the test can check both.
#include <windows.h>

#include <cstdio>
#include <cwchar>
#include <string>

int wmain(int argc, wchar_t **argv)
{
    if (argc >= 2 && std::wcscmp(argv[1], L"--version") == 0) {
        std::printf("ollama-gpu-setup %s\n", OGS_VERSION);
        return 0;
    }
    if (argc >= 4 && std::wcscmp(argv[1], L"env") == 0 && std::wcscmp(argv[2], L"undo") == 0
        && std::wcscmp(argv[3], L"--all") == 0) {
        wchar_t local[MAX_PATH];
        if (GetEnvironmentVariableW(L"LOCALAPPDATA", local, MAX_PATH) == 0)
            return 1;
        const std::wstring dir = std::wstring(local) + L"\\ollama-gpu-setup";
        CreateDirectoryW(dir.c_str(), nullptr);
        const HANDLE f = CreateFileW((dir + L"\\env-undo-ran").c_str(), GENERIC_WRITE, 0, nullptr, CREATE_ALWAYS,
                                     FILE_ATTRIBUTE_NORMAL, nullptr);
        if (f == INVALID_HANDLE_VALUE)
            return 1;
        CloseHandle(f);
        return 0;
    }
    std::fprintf(stderr, "ollama-gpu-setup (installer stand-in): unknown arguments\n");
    return 2;
}
