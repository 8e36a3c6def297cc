#include "broadcastenv.h"

#include "registrytext.h"

#include <windows.h>

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

namespace ogs::win {

namespace {

/// Shared between the caller and the worker, which may outlive the call.
struct BroadcastState {
    std::mutex mutex;
    std::condition_variable done;
    bool finished = false;
    bool ok = false;
    unsigned long errorCode = 0;
};

} // namespace

bool broadcastEnvironmentChange(unsigned timeoutMs, std::string *error)
{
    error->clear();
    auto state = std::make_shared<BroadcastState>();
    std::thread worker([state, timeoutMs] {
        DWORD_PTR result = 0;
        // SMTO_ABORTIFHUNG skips windows Windows already knows are hung; the per-window
        // timeout bounds the others, and the caller's wait bounds the total.
        const LRESULT sent = SendMessageTimeoutW(HWND_BROADCAST, WM_SETTINGCHANGE, 0,
                                                 reinterpret_cast<LPARAM>(L"Environment"),
                                                 SMTO_ABORTIFHUNG | SMTO_BLOCK, timeoutMs, &result);
        const unsigned long code = sent ? 0 : GetLastError();
        std::lock_guard<std::mutex> lock(state->mutex);
        state->finished = true;
        state->ok = sent != 0;
        state->errorCode = code;
        state->done.notify_all();
    });
    std::unique_lock<std::mutex> lock(state->mutex);
    const bool finished = state->done.wait_for(lock, std::chrono::milliseconds(timeoutMs),
                                               [&] { return state->finished; });
    if (!finished) {
        lock.unlock();
        worker.detach(); // it ends on its own once the slow window answers or times out
        *error = "WM_SETTINGCHANGE timed out after " + std::to_string(timeoutMs) +
                 " ms: a window did not answer; programs started from now on still see the change";
        return false;
    }
    const bool ok = state->ok;
    const unsigned long code = state->errorCode;
    lock.unlock();
    worker.join();
    if (!ok) {
        *error = code == ERROR_TIMEOUT ? "WM_SETTINGCHANGE timed out: a window did not answer"
                                       : "WM_SETTINGCHANGE failed: " + errorText(code);
        return false;
    }
    return true;
}

} // namespace ogs::win
