<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ogs::BudgetText</name>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation>%1 在 %2 秒内没有响应</translation>
    </message>
    <message>
        <source>cannot reach Ollama at %1: %2</source>
        <translation>无法连接到 %1 上的 Ollama：%2</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2%3</source>
        <translation>%1 返回了 HTTP %2%3</translation>
    </message>
    <message>
        <source>Ollama&apos;s /api/show answer for %1 is not JSON</source>
        <translation>Ollama 对 %1 的 /api/show 响应不是 JSON</translation>
    </message>
    <message>
        <source>%1 (%2, %3) is the largest variant whose minimum VRAM (%4) this card meets and that fits fully on the GPU at %5 tokens of context.</source>
        <translation>%1（%2，%3）是此显卡满足其最低 VRAM 要求（%4），并且在上下文长度为 %5 个 token 时能完全装入 GPU 的最大版本。</translation>
    </message>
    <message>
        <source>Even the smallest variant, %1 (%2), does not fit fully at %3 tokens of context; it will run partly on the CPU. A shorter context helps.</source>
        <translation>即使是最小的版本 %1（%2），在上下文长度为 %3 个 token 时也无法完全装入；它将有一部分在 CPU 上运行。缩短上下文会有帮助。</translation>
    </message>
    <message>
        <source>Without the model&apos;s architecture the KV cache and compute buffer are left out, so this is a lower bound: pass --model or --arch-file for the full figure.</source>
        <translation>缺少模型的架构信息，因此未计入 KV 缓存和计算缓冲区，这只是下限：传入 --model 或 --arch-file 可获得完整数值。</translation>
    </message>
    <message>
        <source>The vocabulary size is unknown, so the compute buffer leaves out the output logits; it may be a few hundred MB low.</source>
        <translation>词表大小未知，因此计算缓冲区未计入输出 logits，结果可能偏低几百 MB。</translation>
    </message>
    <message>
        <source>A %1 KV cache needs flash attention: set OLLAMA_FLASH_ATTENTION=1 and OLLAMA_KV_CACHE_TYPE=%1, or Ollama falls back to f16.</source>
        <translation>%1 KV 缓存需要 flash attention：请设置 OLLAMA_FLASH_ATTENTION=1 和 OLLAMA_KV_CACHE_TYPE=%1，否则 Ollama 会回退到 f16。</translation>
    </message>
    <message>
        <source>Good for most tasks</source>
        <translation>适合大多数任务</translation>
    </message>
    <message>
        <source>Better accuracy (default)</source>
        <translation>精度更高（默认）</translation>
    </message>
    <message>
        <source>Full precision</source>
        <translation>全精度</translation>
    </message>
    <message>
        <source>Ollama at %1 does not have the model %2 (%3): download it with `ollama pull %2`, or give its file size with --model-size</source>
        <translation>%1 上的 Ollama 没有模型 %2（%3）：请用 `ollama pull %2` 下载，或用 --model-size 给出其文件大小</translation>
    </message>
    <message>
        <source>%1 (%2, %3) is the largest choice from Ollama&apos;s library that fits fully on this card&apos;s GPU at %4 tokens of context.</source>
        <translation>%1（%2，%3）是 Ollama 库中在 %4 个令牌上下文下能完全放入此显卡 GPU 的最大选择。</translation>
    </message>
</context>
<context>
    <name>ogs::DetectText</name>
    <message>
        <source>%1: DXGI reports %2 MiB of dedicated memory, which some drivers cap at 4 GiB, and the driver&apos;s registry size could not be read (%3)</source>
        <translation>%1：DXGI 报告的专用显存为 %2 MiB，某些驱动会将该值限制为 4 GiB，而且无法读取驱动在注册表中记录的显存大小（%3）</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>未给出原因</translation>
    </message>
    <message>
        <source>the built-in AMD PCI id table could not be loaded; gfx targets may be missing</source>
        <translation>无法加载内置的 AMD PCI ID 表；可能缺少 gfx 目标</translation>
    </message>
    <message>
        <source>Unknown vendor</source>
        <translation>未知厂商</translation>
    </message>
    <message>
        <source>%1 exists but cannot be loaded: %2</source>
        <translation>%1 存在，但无法加载：%2</translation>
    </message>
    <message>
        <source>NVML does not exist on this platform</source>
        <translation>此平台上不存在 NVML</translation>
    </message>
    <message>
        <source>no NVIDIA driver (NVML not found: %1)</source>
        <translation>没有 NVIDIA 驱动（未找到 NVML：%1）</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>%1 (NVML error %2)</source>
        <translation>%1（NVML 错误 %2）</translation>
    </message>
    <message>
        <source>%1: NVML bus id &quot;%2&quot; is not domain:bus:device.function; %3</source>
        <translation>%1：NVML 总线 ID &quot;%2&quot; 不是 domain:bus:device.function 格式；%3</translation>
    </message>
    <message>
        <source>its PCI address is unknown</source>
        <translation>其 PCI 地址未知</translation>
    </message>
    <message>
        <source>using %1 from its fields</source>
        <translation>改用根据各字段得出的 %1</translation>
    </message>
    <message>
        <source>%1: implausible CUDA compute capability %2.%3</source>
        <translation>%1：CUDA 计算能力 %2.%3 不合理</translation>
    </message>
    <message>
        <source>%1 lacks %2: the NVIDIA driver is too old or this is not NVML; update the driver</source>
        <translation>%1 缺少 %2：NVIDIA 驱动过旧，或者这不是 NVML；请更新驱动</translation>
    </message>
    <message>
        <source>%1 lacks %2; those fields stay empty</source>
        <translation>%1 缺少 %2；这些字段将保持为空</translation>
    </message>
    <message>
        <source>nvmlInit_v2 failed: %1</source>
        <translation>nvmlInit_v2 失败：%1</translation>
    </message>
    <message>
        <source>; the NVIDIA kernel module is not loaded (reboot after installing the driver, or check Secure Boot module signing)</source>
        <translation>；NVIDIA 内核模块未加载（请在安装驱动后重启，或检查 Secure Boot 的模块签名）</translation>
    </message>
    <message>
        <source>nvmlDeviceGetCount_v2 failed: %1</source>
        <translation>nvmlDeviceGetCount_v2 失败：%1</translation>
    </message>
    <message>
        <source>NVML reports %1 GPUs; reading only the first %2</source>
        <translation>NVML 报告了 %1 个 GPU；仅读取前 %2 个</translation>
    </message>
    <message>
        <source>GPU %1: nvmlDeviceGetHandleByIndex_v2 failed: %2</source>
        <translation>GPU %1：nvmlDeviceGetHandleByIndex_v2 失败：%2</translation>
    </message>
    <message>
        <source>nvmlShutdown failed: %1</source>
        <translation>nvmlShutdown 失败：%1</translation>
    </message>
    <message>
        <source>This looks like WSL 1 (kernel %1, no /dev/dxg): WSL 1 has no GPU access; use WSL 2 or run Ollama on Windows</source>
        <translation>这看起来是 WSL 1（内核 %1，没有 /dev/dxg）：WSL 1 无法访问 GPU；请使用 WSL 2，或在 Windows 上运行 Ollama</translation>
    </message>
    <message>
        <source>WSL 2 without /dev/dxg (kernel %1): the Windows GPU driver is not shared with Linux; run &apos;wsl --update&apos; in Windows and install a current GPU driver there</source>
        <translation>WSL 2 中没有 /dev/dxg（内核 %1）：Windows GPU 驱动未共享给 Linux；请在 Windows 中运行 &apos;wsl --update&apos;，并在 Windows 上安装最新的 GPU 驱动</translation>
    </message>
    <message>
        <source>%1 exists but this user cannot open it for reading and writing: add the user to the &apos;render&apos; (and &apos;video&apos;) group and log in again</source>
        <translation>%1 存在，但此用户无法以读写方式打开它：请将该用户加入 &apos;render&apos;（以及 &apos;video&apos;）组，然后重新登录</translation>
    </message>
    <message>
        <source>%1: cannot read the primary group (%2)</source>
        <translation>%1：无法读取主组（%2）</translation>
    </message>
    <message>
        <source>%1: cannot read group memberships (%2)</source>
        <translation>%1：无法读取所属的组（%2）</translation>
    </message>
    <message>
        <source>%1: not a number: &quot;%2&quot;</source>
        <translation>%1：不是数字：&quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1/class does not exist; no sysfs to read</source>
        <translation>%1/class 不存在；没有可读取的 sysfs</translation>
    </message>
    <message>
        <source>%1: no readable PCI vendor/device id (vendor, device, uevent PCI_ID); card skipped</source>
        <translation>%1：没有可读取的 PCI 厂商/设备 ID（vendor、device、uevent PCI_ID）；已跳过该显卡</translation>
    </message>
    <message>
        <source>%1/revision: not a revision: &quot;%2&quot;</source>
        <translation>%1/revision：不是有效的修订号：&quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: garbled line &quot;%2&quot;</source>
        <translation>%1：无法解析的行 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: no gfx_target_version</source>
        <translation>%1：没有 gfx_target_version</translation>
    </message>
    <message>
        <source>%1: gfx_target_version %2 is not a valid target</source>
        <translation>%1：gfx_target_version %2 不是有效的目标</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <source>the Vulkan loader does not provide vkCreateInstance; detection continues without Vulkan</source>
        <translation>Vulkan 加载器未提供 vkCreateInstance；将在不使用 Vulkan 的情况下继续检测</translation>
    </message>
    <message>
        <source>vkCreateInstance failed with %1: no working Vulkan driver (ICD) was found or a driver is broken; detection continues without Vulkan</source>
        <translation>vkCreateInstance 失败，返回 %1：未找到可用的 Vulkan 驱动（ICD），或某个驱动已损坏；将在不使用 Vulkan 的情况下继续检测</translation>
    </message>
    <message>
        <source>the Vulkan loader lacks vkEnumeratePhysicalDevices or vkGetPhysicalDeviceProperties; no Vulkan devices listed</source>
        <translation>Vulkan 加载器缺少 vkEnumeratePhysicalDevices 或 vkGetPhysicalDeviceProperties；不列出 Vulkan 设备</translation>
    </message>
    <message>
        <source>vkEnumeratePhysicalDevices failed with %1; no Vulkan devices listed</source>
        <translation>vkEnumeratePhysicalDevices 失败，返回 %1；不列出 Vulkan 设备</translation>
    </message>
    <message>
        <source>the Vulkan loader found no devices (no driver installed for this GPU?)</source>
        <translation>Vulkan 加载器没有找到任何设备（此 GPU 没有安装驱动？）</translation>
    </message>
    <message>
        <source>the Vulkan loader &apos;%1&apos; could not be loaded (%2); detection continues without Vulkan</source>
        <translation>无法加载 Vulkan 加载器 &apos;%1&apos;（%2）；将在不使用 Vulkan 的情况下继续检测</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not export vkGetInstanceProcAddr, so it is not a Vulkan loader; detection continues without Vulkan</source>
        <translation>&apos;%1&apos; 没有导出 vkGetInstanceProcAddr，因此它不是 Vulkan 加载器；将在不使用 Vulkan 的情况下继续检测</translation>
    </message>
</context>
<context>
    <name>ogs::DiagnoseText</name>
    <message>
        <source>Ollama found the GPU (%1) but its ROCm folder offers no GPU targets at all (supported types:[]): the rocBLAS kernel files are missing or were replaced by an incompatible set.</source>
        <translation>Ollama 找到了 GPU（%1），但其 ROCm 文件夹没有提供任何 GPU 目标（supported types:[]）：rocBLAS 内核文件缺失，或被替换成了不兼容的版本。</translation>
    </message>
    <message>
        <source>Ollama&apos;s ROCm build has no kernels for %1%2, so it dropped the GPU.</source>
        <translation>Ollama 的 ROCm 构建没有 %1 的内核%2，因此放弃了该 GPU。</translation>
    </message>
    <message>
        <source> (it supports %1)</source>
        <translation> （它支持 %1）</translation>
    </message>
    <message>
        <source>HSA_OVERRIDE_GFX_VERSION has no effect on Windows. Use the Vulkan backend (OLLAMA_VULKAN=1, on by default since Ollama 0.30) or the ollama-for-amd build, which ships kernels for %1.</source>
        <translation>HSA_OVERRIDE_GFX_VERSION 在 Windows 上不起作用。请使用 Vulkan 后端（OLLAMA_VULKAN=1，自 Ollama 0.30 起默认开启），或使用附带 %1 内核的 ollama-for-amd 构建版。</translation>
    </message>
    <message>
        <source>Set HSA_OVERRIDE_GFX_VERSION=%1 for the Ollama service (systemd drop-in) and restart it, or use the Vulkan backend (OLLAMA_VULKAN=1).</source>
        <translation>请为 Ollama 服务设置 HSA_OVERRIDE_GFX_VERSION=%1（systemd drop-in）并重启服务，或使用 Vulkan 后端（OLLAMA_VULKAN=1）。</translation>
    </message>
    <message>
        <source>No ROCm override fits %1; use the Vulkan backend (OLLAMA_VULKAN=1).</source>
        <translation>没有适合 %1 的 ROCm 覆盖值；请使用 Vulkan 后端（OLLAMA_VULKAN=1）。</translation>
    </message>
    <message>
        <source>Ollama saw the %1 device at %2 but it did not initialise, so Ollama dropped it. Usually the GPU driver is older than the bundled %1 runtime needs, or the gfx target is not in this build.</source>
        <translation>Ollama 在 %2 发现了 %1 设备，但该设备未能初始化，因此 Ollama 放弃了它。通常是 GPU 驱动比内置的 %1 运行时所需的版本旧，或者此构建不包含该 gfx 目标。</translation>
    </message>
    <message>
        <source>Update the AMD Adrenalin driver and restart Ollama; if it still fails, use the Vulkan backend (OLLAMA_VULKAN=1).</source>
        <translation>请更新 AMD Adrenalin 驱动并重启 Ollama；如果仍然失败，请使用 Vulkan 后端（OLLAMA_VULKAN=1）。</translation>
    </message>
    <message>
        <source>Update the amdgpu/ROCm driver and restart Ollama; if it still fails, use the Vulkan backend (OLLAMA_VULKAN=1).</source>
        <translation>请更新 amdgpu/ROCm 驱动并重启 Ollama；如果仍然失败，请使用 Vulkan 后端（OLLAMA_VULKAN=1）。</translation>
    </message>
    <message>
        <source>HSA_OVERRIDE_GFX_VERSION=%1 was recognised but Ollama ended with total_vram=&quot;0 B&quot;: the override only changes the reported architecture; the HIP runtime still cannot reach the GPU.</source>
        <translation>HSA_OVERRIDE_GFX_VERSION=%1 已被识别，但 Ollama 最终显示 total_vram=&quot;0 B&quot;：覆盖值只改变报告的架构，HIP 运行时仍然无法访问 GPU。</translation>
    </message>
    <message>
        <source>Install the AMD HIP SDK, or (simpler) remove the override and use the Vulkan backend (OLLAMA_VULKAN=1).</source>
        <translation>请安装 AMD HIP SDK，或者（更简单）移除覆盖值并使用 Vulkan 后端（OLLAMA_VULKAN=1）。</translation>
    </message>
    <message>
        <source>Remove the override and use the Vulkan backend (OLLAMA_VULKAN=1), or install a ROCm runtime that supports this GPU.</source>
        <translation>请移除覆盖值并使用 Vulkan 后端（OLLAMA_VULKAN=1），或安装支持此 GPU 的 ROCm 运行时。</translation>
    </message>
    <message>
        <source>HSA_OVERRIDE_GFX_VERSION=%1 is set, but Windows does not go through HSA: the variable does nothing there.</source>
        <translation>已设置 HSA_OVERRIDE_GFX_VERSION=%1，但 Windows 不经过 HSA：该变量在那里不起任何作用。</translation>
    </message>
    <message>
        <source>Delete HSA_OVERRIDE_GFX_VERSION from the user and system environment variables and restart Ollama. For an unsupported GPU use Vulkan (OLLAMA_VULKAN=1) or the ollama-for-amd build.</source>
        <translation>请从用户和系统环境变量中删除 HSA_OVERRIDE_GFX_VERSION 并重启 Ollama。对于不受支持的 GPU，请使用 Vulkan（OLLAMA_VULKAN=1）或 ollama-for-amd 构建版。</translation>
    </message>
    <message>
        <source>HSA_OVERRIDE_GFX_VERSION=%1 is left over from a ROCm attempt, but Ollama now uses Vulkan. If ROCm loads again the override can make it crash or pick the wrong kernels.</source>
        <translation>HSA_OVERRIDE_GFX_VERSION=%1 是之前尝试 ROCm 时遗留下来的，但 Ollama 现在使用 Vulkan。如果 ROCm 再次加载，该覆盖值可能导致其崩溃或选错内核。</translation>
    </message>
    <message>
        <source>Remove HSA_OVERRIDE_GFX_VERSION from the Ollama service environment and restart it.</source>
        <translation>请从 Ollama 服务的环境中移除 HSA_OVERRIDE_GFX_VERSION 并重启服务。</translation>
    </message>
    <message>
        <source>Vulkan was requested, but Ollama prefers ROCm over Vulkan when both see the same GPU, so it still runs on ROCm.</source>
        <translation>已请求使用 Vulkan，但当 ROCm 和 Vulkan 都能看到同一个 GPU 时，Ollama 会优先使用 ROCm，因此它仍在 ROCm 上运行。</translation>
    </message>
    <message>
        <source>Set OLLAMA_LLM_LIBRARY=vulkan and hide the ROCm devices (%1), then restart Ollama.</source>
        <translation>请设置 OLLAMA_LLM_LIBRARY=vulkan 并隐藏 ROCm 设备（%1），然后重启 Ollama。</translation>
    </message>
    <message>
        <source>(detection: the user is not in the render group)</source>
        <translation>（检测结果：该用户不在 render 组中）</translation>
    </message>
    <message>
        <source>The account Ollama runs as cannot open /dev/kfd and /dev/dri/renderD*: it is not in the render group.</source>
        <translation>运行 Ollama 的账户无法打开 /dev/kfd 和 /dev/dri/renderD*：它不在 render 组中。</translation>
    </message>
    <message>
        <source>sudo usermod -aG render,video ollama (for the service; use your own user name for `ollama serve`), then restart Ollama or log in again.</source>
        <translation>sudo usermod -aG render,video ollama（针对服务；对于 `ollama serve`，请使用你自己的用户名），然后重启 Ollama 或重新登录。</translation>
    </message>
    <message>
        <source>Only %1 of %2 layers fit in GPU memory; the rest run on the CPU, which is several times slower.</source>
        <translation>%2 层中只有 %1 层能装入 GPU 显存；其余在 CPU 上运行，速度要慢好几倍。</translation>
    </message>
    <message>
        <source>Use a smaller quantisation (Q4_K_M instead of Q8_0/F16), a smaller context (OLLAMA_CONTEXT_LENGTH=4096) or close other programs that use GPU memory.</source>
        <translation>请使用更小的量化（用 Q4_K_M 代替 Q8_0/F16）、更短的上下文（OLLAMA_CONTEXT_LENGTH=4096），或关闭其他占用 GPU 显存的程序。</translation>
    </message>
    <message>
        <source>Ollama found a GPU but offloaded 0 of %1 layers: the model did not fit at all, or num_gpu=0 was requested.</source>
        <translation>Ollama 找到了 GPU，但 %1 层中有 0 层被放到 GPU 上：模型完全装不下，或者请求了 num_gpu=0。</translation>
    </message>
    <message>
        <source>Use a smaller model or quantisation, reduce the context, and check that no Modelfile/options set num_gpu 0.</source>
        <translation>请使用更小的模型或量化，缩短上下文，并检查没有 Modelfile 或选项设置了 num_gpu 0。</translation>
    </message>
    <message>
        <source>%1 does not fit in GPU memory; the CPU part slows every token.</source>
        <translation>%1 无法装入 GPU 显存；在 CPU 上运行的部分会拖慢每一个 token。</translation>
    </message>
    <message>
        <source>Use a smaller quantisation or context (OLLAMA_CONTEXT_LENGTH), or close other GPU programs.</source>
        <translation>请使用更小的量化或更短的上下文（OLLAMA_CONTEXT_LENGTH），或关闭其他占用 GPU 的程序。</translation>
    </message>
    <message>
        <source>%1 is loaded entirely in system memory.</source>
        <translation>%1 完全加载在系统内存中。</translation>
    </message>
    <message>
        <source>See the other findings for why Ollama has no usable GPU.</source>
        <translation>关于 Ollama 为何没有可用的 GPU，请参阅其他诊断结果。</translation>
    </message>
    <message>
        <source>%1=%2 (server saw &quot;%3&quot;)</source>
        <translation>%1=%2（服务器看到的是 &quot;%3&quot;）</translation>
    </message>
    <message>
        <source>(no &quot;server config&quot; line in the log: the server has not restarted since logging began)</source>
        <translation>（日志中没有 &quot;server config&quot; 行：自开始记录日志以来服务器尚未重启）</translation>
    </message>
    <message>
        <source>The running Ollama server did not receive: %1. It was not restarted after the change, or the setting went to a place the server does not read%2.</source>
        <translation>正在运行的 Ollama 服务器没有收到：%1。更改后没有重启服务器，或者设置被写到了服务器不会读取的位置%2。</translation>
    </message>
    <message>
        <source> (the Windows app overwrites OLLAMA_HOST, OLLAMA_MODELS, OLLAMA_CONTEXT_LENGTH, OLLAMA_ORIGINS from its own settings)</source>
        <translation> （Windows 应用会用其自身设置覆盖 OLLAMA_HOST、OLLAMA_MODELS、OLLAMA_CONTEXT_LENGTH、OLLAMA_ORIGINS）</translation>
    </message>
    <message>
        <source> (the systemd service ignores ~/.bashrc; use a drop-in)</source>
        <translation> （systemd 服务会忽略 ~/.bashrc；请使用 drop-in）</translation>
    </message>
    <message>
        <source>Quit Ollama from the tray icon and start it again, then re-run diagnose.</source>
        <translation>请从托盘图标退出 Ollama 并重新启动，然后重新运行 diagnose。</translation>
    </message>
    <message>
        <source>sudo systemctl daemon-reload &amp;&amp; sudo systemctl restart ollama, then re-run diagnose.</source>
        <translation>sudo systemctl daemon-reload &amp;&amp; sudo systemctl restart ollama，然后重新运行 diagnose。</translation>
    </message>
    <message>
        <source>This Ollama has a Vulkan backend, but it is switched off.</source>
        <translation>此 Ollama 带有 Vulkan 后端，但它已被关闭。</translation>
    </message>
    <message>
        <source>Set OLLAMA_VULKAN=1 for the Ollama server and restart it.</source>
        <translation>请为 Ollama 服务器设置 OLLAMA_VULKAN=1 并重启它。</translation>
    </message>
    <message>
        <source>Ollama could not confirm a recent AMD driver.</source>
        <translation>Ollama 无法确认是否安装了较新的 AMD 驱动。</translation>
    </message>
    <message>
        <source>Install the current AMD Adrenalin driver.</source>
        <translation>请安装最新的 AMD Adrenalin 驱动。</translation>
    </message>
    <message>
        <source>Usually harmless with the in-kernel amdgpu driver; update the kernel/firmware if the GPU is not found.</source>
        <translation>使用内核自带的 amdgpu 驱动时通常无害；如果找不到 GPU，请更新内核/固件。</translation>
    </message>
    <message>
        <source>Ollama skips Radeon integrated GPUs (id %1, %2 reported) by default.</source>
        <translation>Ollama 默认会跳过 Radeon 集成 GPU（id %1，报告为 %2）。</translation>
    </message>
    <message>
        <source>Nothing to do if another GPU is used. To use the iGPU, set OLLAMA_IGPU_ENABLE=1 (Ollama 0.30+) or use the Vulkan backend.</source>
        <translation>如果使用的是另一个 GPU，则无需任何操作。若要使用集成 GPU，请设置 OLLAMA_IGPU_ENABLE=1（Ollama 0.30+）或使用 Vulkan 后端。</translation>
    </message>
    <message>
        <source>Ollama found no usable GPU and runs on the CPU only.</source>
        <translation>Ollama 没有找到可用的 GPU，仅在 CPU 上运行。</translation>
    </message>
    <message>
        <source>Check that the GPU driver is installed, then try the Vulkan backend (OLLAMA_VULKAN=1). Start Ollama with OLLAMA_DEBUG=1 to see why each GPU was rejected.</source>
        <translation>请检查 GPU 驱动是否已安装，然后尝试 Vulkan 后端（OLLAMA_VULKAN=1）。使用 OLLAMA_DEBUG=1 启动 Ollama，可查看每个 GPU 被拒绝的原因。</translation>
    </message>
</context>
<context>
    <name>ogs::EnvText</name>
    <message>
        <source>cannot write %1: the file is read-only (no write permission for anyone); make it writable first if it should change</source>
        <translation>无法写入 %1：该文件为只读（任何人都没有写权限）；如果需要更改，请先将其设为可写</translation>
    </message>
    <message>
        <source>cannot write %1: permission denied (the file is read-only for this user)</source>
        <translation>无法写入 %1：权限被拒绝（该文件对此用户为只读）</translation>
    </message>
    <message>
        <source>cannot create the folder %1 (permission denied?)</source>
        <translation>无法创建文件夹 %1（权限被拒绝？）</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>cannot set the permissions of %1: %2</source>
        <translation>无法设置 %1 的权限：%2</translation>
    </message>
    <message>
        <source>cannot keep the owner of %1 (uid %2, gid %3): %4</source>
        <translation>无法保留 %1 的所有者（uid %2，gid %3）：%4</translation>
    </message>
    <message>
        <source>cannot remove %1: %2</source>
        <translation>无法删除 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 不是普通文件</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>cannot read the journal entry %1: %2</source>
        <translation>无法读取日志条目 %1：%2</translation>
    </message>
    <message>
        <source>the journal entry %1 is damaged: %2</source>
        <translation>日志条目 %1 已损坏：%2</translation>
    </message>
    <message>
        <source>the saved copy %1 is missing or damaged; %2 was not touched</source>
        <translation>保存的副本 %1 缺失或已损坏；%2 未被改动</translation>
    </message>
    <message>
        <source>Nothing to change: %1 already has these values.</source>
        <translation>无需更改：%1 中已经是这些值。</translation>
    </message>
    <message>
        <source>; nothing was changed</source>
        <translation>；未做任何更改</translation>
    </message>
    <message>
        <source>%1 changed since the plan was made; nothing was changed (make the plan again)</source>
        <translation>生成计划后 %1 已发生变化；未做任何更改（请重新生成计划）</translation>
    </message>
    <message>
        <source>no registry on this platform; nothing was changed</source>
        <translation>此平台没有注册表；未做任何更改</translation>
    </message>
    <message>
        <source>%1\%2 changed since the plan was made; nothing was changed (make the plan again)</source>
        <translation>生成计划后 %1\%2 已发生变化；未做任何更改（请重新生成计划）</translation>
    </message>
    <message>
        <source>cannot create the journal folder %1; nothing was changed</source>
        <translation>无法创建更改日志文件夹 %1；未做任何更改</translation>
    </message>
    <message>
        <source>cannot save the backup: %1</source>
        <translation>无法保存备份：%1</translation>
    </message>
    <message>
        <source>cannot write the journal: %1</source>
        <translation>无法写入更改日志：%1</translation>
    </message>
    <message>
        <source>%1; restoring the files already written failed too (%2); `env undo` can finish it from %3</source>
        <translation>%1；恢复已写入的文件也失败了（%2）；`env undo` 可以根据 %3 完成恢复</translation>
    </message>
    <message>
        <source> (previous content saved in %1/%2)</source>
        <translation> （原内容已保存到 %1/%2）</translation>
    </message>
    <message>
        <source>%1; restoring failed too (%2)</source>
        <translation>%1；恢复也失败了（%2）</translation>
    </message>
    <message>
        <source>Warning: the change is made but the journal could not be updated (%1); `env undo` still works from the pending entry</source>
        <translation>警告：更改已完成，但无法更新更改日志（%1）；`env undo` 仍可根据待处理的条目进行撤销</translation>
    </message>
    <message>
        <source>Warning: programs were not told about the change (%1); they see it after a restart</source>
        <translation>警告：未能通知其他程序此项更改（%1）；它们重启后才会看到</translation>
    </message>
    <message>
        <source>; nothing was undone</source>
        <translation>；未撤销任何内容</translation>
    </message>
    <message>
        <source>nothing to undo: no applied change in %1</source>
        <translation>没有可撤销的内容：%1 中没有已应用的更改</translation>
    </message>
    <message>
        <source>%1 changed after ollama-gpu-setup wrote it (%2)</source>
        <translation>%1 在 ollama-gpu-setup 写入之后被改动过（%2）</translation>
    </message>
    <message>
        <source>the entry changed the Windows registry, which is not available here</source>
        <translation>该条目更改过 Windows 注册表，而这里无法访问注册表</translation>
    </message>
    <message>
        <source>%1 changed after ollama-gpu-setup set it (%2)</source>
        <translation>%1 在 ollama-gpu-setup 设置之后被改动过（%2）</translation>
    </message>
    <message>
        <source>cannot write %1: permission denied</source>
        <translation>无法写入 %1：权限被拒绝</translation>
    </message>
    <message>
        <source>; nothing was undone (the saved copies are in %1)</source>
        <translation>；未撤销任何内容（保存的副本位于 %1）</translation>
    </message>
    <message>
        <source>Entry %1 was already undone on disk</source>
        <translation>条目 %1 在磁盘上已被撤销</translation>
    </message>
    <message>
        <source>Warning: the files are restored but the journal could not be updated (%1)</source>
        <translation>警告：文件已恢复，但无法更新更改日志（%1）</translation>
    </message>
    <message>
        <source>Warning: programs were not told about the change (%1)</source>
        <translation>警告：未能通知其他程序此项更改（%1）</translation>
    </message>
    <message>
        <source>%1 is a symbolic link that points nowhere usable (a loop or a chain of broken links)</source>
        <translation>%1 是一个指向无效位置的符号链接（循环链接或一串失效的链接）</translation>
    </message>
    <message>
        <source>%1 is larger than 16 MiB; not editing it</source>
        <translation>%1 大于 16 MiB；不编辑该文件</translation>
    </message>
    <message>
        <source>OLLAMA_HOST=%1 makes Ollama listen on every network interface, and its API has no authentication: anyone who can reach this machine can run, pull and delete models. If only WSL2 needs to reach Ollama on Windows, bind to the WSL virtual adapter&apos;s address instead (the IPv4 address of &apos;vEthernet (WSL)&apos; in ipconfig, e.g. OLLAMA_HOST=172.28.160.1:11434), or keep 0.0.0.0 behind a firewall rule that only allows the WSL subnet. To expose it anyway, add --allow-network-exposure</source>
        <translation>OLLAMA_HOST=%1 会让 Ollama 在所有网络接口上监听，而其 API 没有任何身份验证：任何能访问这台计算机的人都可以运行、拉取和删除模型。如果只是需要让 WSL2 访问 Windows 上的 Ollama，请改为绑定到 WSL 虚拟网卡的地址（ipconfig 中 &apos;vEthernet (WSL)&apos; 的 IPv4 地址，例如 OLLAMA_HOST=172.28.160.1:11434），或者保留 0.0.0.0，但用防火墙规则只允许 WSL 子网访问。如果仍要公开，请添加 --allow-network-exposure</translation>
    </message>
    <message>
        <source>%1 is set twice</source>
        <translation>%1 被设置了两次</translation>
    </message>
    <message>
        <source>%1 is both set and unset</source>
        <translation>%1 既被设置又被取消设置</translation>
    </message>
    <message>
        <source>%1 is not a variable ollama-gpu-setup manages (see `env --help` for the list)</source>
        <translation>%1 不是 ollama-gpu-setup 管理的变量（列表请参阅 `env --help`）</translation>
    </message>
    <message>
        <source>%1 has no effect on Windows (ROCm on Windows does not go through HSA)</source>
        <translation>%1 在 Windows 上不起作用（Windows 上的 ROCm 不经过 HSA）</translation>
    </message>
    <message>
        <source>HSA_ENABLE_DXG_DETECTION only matters inside WSL2</source>
        <translation>HSA_ENABLE_DXG_DETECTION 仅在 WSL2 中有意义</translation>
    </message>
    <message>
        <source>%1 exists, so bash login shells read it instead of %2; make sure it sources %2, or use the bashrc target</source>
        <translation>%1 已存在，因此 bash 登录 shell 会读取它而不是 %2；请确保它会 source %2，或者使用 bashrc 目标</translation>
    </message>
    <message>
        <source>%1 line %2 also sets %3 after our block, so that line wins; remove it by hand</source>
        <translation>%1 第 %2 行在我们的块之后也设置了 %3，因此以该行为准；请手动删除它</translation>
    </message>
    <message>
        <source>%1 line %2 also sets %3; our block comes later and wins</source>
        <translation>%1 第 %2 行也设置了 %3；我们的块位于其后，以我们的块为准</translation>
    </message>
    <message>
        <source>%1 line %2 still sets %3; ollama-gpu-setup did not write that line and does not edit it; remove it by hand</source>
        <translation>%1 第 %2 行仍然设置了 %3；该行不是 ollama-gpu-setup 写入的，本程序也不会编辑它；请手动删除它</translation>
    </message>
    <message>
        <source>the %1 target is only available on Windows</source>
        <translation>%1 目标仅在 Windows 上可用</translation>
    </message>
    <message>
        <source>%1 in %2 is REG_EXPAND_SZ, where &apos;%&apos; would expand other variables; the value cannot contain &apos;%&apos;</source>
        <translation>%2 中的 %1 为 REG_EXPAND_SZ 类型，其中的 &apos;%&apos; 会展开其他变量；值中不能包含 &apos;%&apos;</translation>
    </message>
    <message>
        <source>Could not check the Ollama app&apos;s own settings: %1</source>
        <translation>无法检查 Ollama 应用自身的设置：%1</translation>
    </message>
    <message>
        <source>The Ollama app sets %1=%2 itself when it starts the server, from its setting %3 in %4, so the value here does not reach the server: change that setting in Ollama&apos;s Settings window instead</source>
        <translation>Ollama 应用在启动服务器时会根据 %4 中的设置 %3 自行设置 %1=%2，因此这里的值不会传到服务器：请改为在 Ollama 的设置窗口中更改该设置</translation>
    </message>
    <message>
        <source>What the running Ollama sees is unknown (no &quot;server config&quot; log line found%1)</source>
        <translation>无法得知正在运行的 Ollama 看到了什么（未找到 &quot;server config&quot; 日志行%1）</translation>
    </message>
    <message>
        <source>; pass --log FILE to read a server.log</source>
        <translation>；请传入 --log FILE 以读取 server.log</translation>
    </message>
    <message>
        <source>%1=%2 is set in %3, but the running Ollama has %4: restart Ollama</source>
        <translation>%1=%2 已在 %3 中设置，但正在运行的 Ollama 中为 %4：请重启 Ollama</translation>
    </message>
    <message>
        <source>it unset</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>The Ollama app starts the server with %1=%2 from its setting %3, whatever the environment says</source>
        <translation>无论环境变量如何，Ollama 应用都会根据其设置 %3 以 %1=%2 启动服务器</translation>
    </message>
    <message>
        <source>a line break or control character cannot be written safely</source>
        <translation>换行符或控制字符无法安全写入</translation>
    </message>
    <message>
        <source>open a new terminal (or source the file), then restart `ollama serve`</source>
        <translation>请打开一个新终端（或 source 该文件），然后重启 `ollama serve`</translation>
    </message>
    <message>
        <source>log out and back in, then restart `ollama serve`</source>
        <translation>请注销并重新登录，然后重启 `ollama serve`</translation>
    </message>
    <message>
        <source>open a new fish shell, then restart `ollama serve`</source>
        <translation>请打开一个新的 fish shell，然后重启 `ollama serve`</translation>
    </message>
    <message>
        <source>log out and back in (pam_env reads it at login), then restart Ollama</source>
        <translation>请注销并重新登录（pam_env 在登录时读取它），然后重启 Ollama</translation>
    </message>
    <message>
        <source>quit Ollama from the tray (or stop &apos;ollama app.exe&apos; and &apos;ollama.exe&apos;) and start it again</source>
        <translation>请从托盘退出 Ollama（或结束 &apos;ollama app.exe&apos; 和 &apos;ollama.exe&apos;），然后重新启动它</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid variable name</source>
        <translation>&apos;%1&apos; 不是有效的变量名</translation>
    </message>
    <message>
        <source>%1 for etc-environment: the character %2 cannot be written safely (pam_env has no escapes); use another target</source>
        <translation>%1 用于 etc-environment：字符 %2 无法安全写入（pam_env 不支持转义）；请使用其他目标</translation>
    </message>
    <message>
        <source>unknown target</source>
        <translation>未知目标</translation>
    </message>
    <message>
        <source>%1: a second ollama-gpu-setup block starts at line %2 (the first at line %3); remove one by hand</source>
        <translation>%1：第 %2 行开始了第二个 ollama-gpu-setup 块（第一个在第 %3 行）；请手动删除其中一个</translation>
    </message>
    <message>
        <source>%1: line %2 ends an ollama-gpu-setup block that was never started; fix the markers by hand</source>
        <translation>%1：第 %2 行结束了一个从未开始的 ollama-gpu-setup 块；请手动修正标记</translation>
    </message>
    <message>
        <source>%1: the ollama-gpu-setup block starting at line %2 has no end marker (%3); fix it by hand</source>
        <translation>%1：从第 %2 行开始的 ollama-gpu-setup 块没有结束标记（%3）；请手动修正</translation>
    </message>
    <message>
        <source>%1: line %2 inside the ollama-gpu-setup block was edited by hand and is not understood: %3</source>
        <translation>%1：ollama-gpu-setup 块中的第 %2 行被手动编辑过，无法识别：%3</translation>
    </message>
    <message>
        <source>cannot read %1: Qt&apos;s SQLite driver is not installed</source>
        <translation>无法读取 %1：未安装 Qt 的 SQLite 驱动</translation>
    </message>
    <message>
        <source>cannot read %1 (copying it failed)</source>
        <translation>无法读取 %1（复制失败）</translation>
    </message>
    <message>
        <source>%1 has no settings table (not an Ollama app database?)</source>
        <translation>%1 没有 settings 表（不是 Ollama 应用的数据库？）</translation>
    </message>
    <message>
        <source>cannot read the settings in %1: %2</source>
        <translation>无法读取 %1 中的设置：%2</translation>
    </message>
    <message>
        <source>Ran systemctl %1</source>
        <translation>已运行 systemctl %1</translation>
    </message>
    <message>
        <source>Warning: systemctl %1 failed; run: %2</source>
        <translation>警告：systemctl %1 失败；请运行：%2</translation>
    </message>
    <message>
        <source>Ollama on Windows runs as the tray app, which reads the user&apos;s environment variables when it starts</source>
        <translation>Windows 上的 Ollama 以托盘应用的形式运行，它在启动时读取用户的环境变量</translation>
    </message>
    <message>
        <source>the ollama systemd service is active; a service does not read ~/.bashrc, so the variables go into a drop-in for the unit</source>
        <translation>ollama systemd 服务处于活动状态；服务不会读取 ~/.bashrc，因此变量会写入该单元的 drop-in</translation>
    </message>
    <message>
        <source>`ollama serve` runs by hand (pid %1, user %2); it takes its variables from the shell that starts it, so they go into %3</source>
        <translation>`ollama serve` 是手动运行的（pid %1，用户 %2）；它从启动它的 shell 获取变量，因此变量会写入 %3</translation>
    </message>
    <message>
        <source>Ollama is installed as a systemd service (%1), though it is not running now</source>
        <translation>Ollama 已作为 systemd 服务安装（%1），但目前没有运行</translation>
    </message>
    <message>
        <source>no Ollama service or running `ollama serve` was found; the variables go where your shell (%1) reads them, for a manual `ollama serve`</source>
        <translation>未找到 Ollama 服务或正在运行的 `ollama serve`；变量会写入你的 shell（%1）读取的位置，供手动运行 `ollama serve` 时使用</translation>
    </message>
    <message>
        <source>unknown, assuming bash</source>
        <translation>未知，按 bash 处理</translation>
    </message>
    <message>
        <source>. This is WSL2: if Ollama runs on Windows instead, its variables belong in the Windows user environment (run ollama-gpu-setup.exe env there, target windows-user), and only OLLAMA_HOST belongs here</source>
        <translation>。这是 WSL2：如果 Ollama 实际运行在 Windows 上，它的变量应写入 Windows 用户环境（在那里运行 ollama-gpu-setup.exe env，目标为 windows-user），这里只需设置 OLLAMA_HOST</translation>
    </message>
    <message>
        <source>Ollama did not stop</source>
        <translation>Ollama 未停止</translation>
    </message>
    <message>
        <source>cannot start %1</source>
        <translation>无法启动 %1</translation>
    </message>
    <message>
        <source>Restarted Ollama: stopped %1, started %2</source>
        <translation>已重启 Ollama：已停止 %1，已启动 %2</translation>
    </message>
    <message>
        <source>Ollama was not running; started %1</source>
        <translation>Ollama 未在运行；已启动 %1</translation>
    </message>
    <message>
        <source>Warning: %1, so Ollama was not restarted; %2</source>
        <translation>警告：%1，因此未重启 Ollama；%2</translation>
    </message>
    <message>
        <source>Ollama is not running and its app is not at %1; start Ollama when it is installed: it reads the new variables when it starts</source>
        <translation>Ollama 未在运行，且其应用不在 %1；安装后请启动 Ollama：它会在启动时读取新的变量</translation>
    </message>
    <message>
        <source>Warning: Ollama&apos;s app is not at %1, so Ollama was not restarted (nothing was stopped); %2</source>
        <translation>警告：Ollama 应用不在 %1，因此未重启 Ollama（未停止任何进程）；%2</translation>
    </message>
    <message>
        <source>Warning: %1; nothing was started; %2</source>
        <translation>警告：%1；未启动任何程序；%2</translation>
    </message>
    <message>
        <source>Warning: stopped %1, but %2; start Ollama from the Start menu</source>
        <translation>警告：已停止 %1，但 %2；请从开始菜单启动 Ollama</translation>
    </message>
    <message>
        <source>refusing to trust %1: %2; it must be owned by uid %3 and writable by nobody else (remove it or fix its owner and mode); nothing was changed</source>
        <translation>拒绝信任 %1：%2；它必须归 uid %3 所有，且其他任何人都不可写（请删除它或修正其所有者和权限）；未做任何更改</translation>
    </message>
    <message>
        <source>it is a symbolic link</source>
        <translation>它是一个符号链接</translation>
    </message>
    <message>
        <source>owner uid %1, mode %2</source>
        <translation>所有者 uid %1，模式 %2</translation>
    </message>
    <message>
        <source>the journal names %1, which is not a file this helper manages; refused, nothing was undone</source>
        <translation>日志记录指向 %1，它不是此助手管理的文件；已拒绝，未撤销任何内容</translation>
    </message>
    <message>
        <source>%1 changed since the plan was made (SHA-256 now %2, expected %3); nothing was changed (make the plan again)</source>
        <translation>%1 在制定计划后已更改（SHA-256 现为 %2，预期 %3）；未做任何更改（请重新制定计划）</translation>
    </message>
    <message>
        <source>another env apply or undo is running (it holds %1); nothing was changed, try again when it has finished</source>
        <translation>另一个 env apply 或 undo 正在运行（它持有 %1）；未做任何更改，请在它完成后重试</translation>
    </message>
    <message>
        <source>cannot create the folder %1; nothing was changed</source>
        <translation>无法创建文件夹 %1；未做任何更改</translation>
    </message>
    <message>
        <source>%1, process %2</source>
        <translation>%1，进程 %2</translation>
    </message>
    <message>
        <source>cannot create the lock file %1 (disk full or read-only?); nothing was changed</source>
        <translation>无法创建锁文件 %1（磁盘已满或只读？）；未做任何更改</translation>
    </message>
    <message>
        <source>cannot open the folder %1 to lock it</source>
        <translation>无法打开文件夹 %1 以加锁</translation>
    </message>
    <message>
        <source>a lock on the folder %1</source>
        <translation>文件夹 %1 上的锁</translation>
    </message>
    <message>
        <source>%1 for etc-environment: the line would be %2 bytes, and pam_env drops a line over %3 bytes (and every line after it); use a shorter value or another target</source>
        <translation>etc-environment 的 %1：该行将有 %2 字节，而 pam_env 会丢弃超过 %3 字节的行（以及其后的每一行）；请使用更短的值或其他目标</translation>
    </message>
</context>
<context>
    <name>ogs::InstallText</name>
    <message>
        <source>no data for %1 s</source>
        <translation>%1 秒内没有收到数据</translation>
    </message>
    <message>
        <source>not an http(s) address</source>
        <translation>不是 http(s) 地址</translation>
    </message>
    <message>
        <source>cannot create the download folder %1</source>
        <translation>无法创建下载文件夹 %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>redirected from https to %1; refused</source>
        <translation>从 https 被重定向到 %1；已拒绝</translation>
    </message>
    <message>
        <source>redirected to another host (%1); refused</source>
        <translation>被重定向到其他主机（%1）；已拒绝</translation>
    </message>
    <message>
        <source>larger than %1 bytes; refused</source>
        <translation>大于 %1 字节；已拒绝</translation>
    </message>
    <message>
        <source>TLS certificate problem: %1</source>
        <translation>TLS 证书问题：%1</translation>
    </message>
    <message>
        <source>the connection broke after %1 bytes (%2)</source>
        <translation>接收 %1 字节后连接中断（%2）</translation>
    </message>
    <message>
        <source>truncated: %1 of %2 bytes arrived</source>
        <translation>数据不完整：只收到了 %2 字节中的 %1 字节</translation>
    </message>
    <message>
        <source>SHA-256 mismatch: got %1, the release publishes %2</source>
        <translation>SHA-256 不匹配：得到的是 %1，发布中公布的是 %2</translation>
    </message>
    <message>
        <source>cannot replace %1</source>
        <translation>无法替换 %1</translation>
    </message>
    <message>
        <source>cannot rename %1 to %2: %3</source>
        <translation>无法将 %1 重命名为 %2：%3</translation>
    </message>
    <message>
        <source>The ollama-for-amd path needs the ollama-for-amd build, not the official one.</source>
        <translation>ollama-for-amd 方案需要 ollama-for-amd 构建版，而不是官方构建版。</translation>
    </message>
    <message>
        <source>ollama-for-amd is built for Windows only; on Linux the official build runs these GPUs (with HSA_OVERRIDE_GFX_VERSION or Vulkan).</source>
        <translation>ollama-for-amd 仅为 Windows 构建；在 Linux 上，官方构建版即可运行这些 GPU（配合 HSA_OVERRIDE_GFX_VERSION 或 Vulkan）。</translation>
    </message>
    <message>
        <source>Ollama runs on the Windows host for this path; nothing is installed inside WSL.</source>
        <translation>此方案中 Ollama 运行在 Windows 主机上；不会在 WSL 中安装任何内容。</translation>
    </message>
    <message>
        <source>Ollama %1 has no Vulkan backend; %2 or newer does.</source>
        <translation>Ollama %1 没有 Vulkan 后端；%2 或更新版本才有。</translation>
    </message>
    <message>
        <source>the newest Ollama</source>
        <translation>最新版 Ollama</translation>
    </message>
    <message>
        <source>Ollama is not installed; %1 (%2) will be.</source>
        <translation>未安装 Ollama；将安装 %1（%2）。</translation>
    </message>
    <message>
        <source>Ollama is installed but its version is unknown (`ollama --version` said nothing); nothing is changed.</source>
        <translation>Ollama 已安装，但版本未知（`ollama --version` 没有输出任何内容）；不做任何更改。</translation>
    </message>
    <message>
        <source>Run `ollama --version`; the %1 path needs %2 or newer.</source>
        <translation>请运行 `ollama --version`；%1 方案需要 %2 或更新版本。</translation>
    </message>
    <message>
        <source>Ollama %1 is installed; you asked for %2.</source>
        <translation>已安装 Ollama %1；你要求的是 %2。</translation>
    </message>
    <message>
        <source>Ollama %1 is installed; %2 is the newest release.</source>
        <translation>已安装 Ollama %1；最新发布版本为 %2。</translation>
    </message>
    <message>
        <source>Ollama %1 (%2) is installed%3; nothing to change.</source>
        <translation>已安装 Ollama %1（%2）%3；无需更改。</translation>
    </message>
    <message>
        <source> and fits the %1 path</source>
        <translation> 并且适合 %1 方案</translation>
    </message>
    <message>
        <source>The newest release is unknown (the release feed was not read).</source>
        <translation>最新发布版本未知（未读取发布信息源）。</translation>
    </message>
    <message>
        <source>Vulkan is opt-in before Ollama 0.30: set OLLAMA_VULKAN=1 (`ollama-gpu-setup env plan --path vulkan` does).</source>
        <translation>在 Ollama 0.30 之前，Vulkan 需要手动启用：请设置 OLLAMA_VULKAN=1（`ollama-gpu-setup env plan --path vulkan` 会这样做）。</translation>
    </message>
    <message>
        <source>HSA_OVERRIDE_GFX_VERSION only made sense for ollama-for-amd; it is cleared.</source>
        <translation>HSA_OVERRIDE_GFX_VERSION 只对 ollama-for-amd 有意义；已将其清除。</translation>
    </message>
    <message>
        <source>download failed, nothing was run: %1</source>
        <translation>下载失败，未运行任何内容：%1</translation>
    </message>
    <message>
        <source>Ollama did not answer at %1 within %2 s after the install: %3</source>
        <translation>安装后 Ollama 在 %2 秒内没有在 %1 上响应：%3</translation>
    </message>
    <message>
        <source>cannot read %1 to check it</source>
        <translation>无法读取 %1 以进行检查</translation>
    </message>
    <message>
        <source>%1 has SHA-256 %2, not the published %3; it was deleted and not run</source>
        <translation>%1 的 SHA-256 为 %2，而不是公布的 %3；已将其删除，未运行</translation>
    </message>
    <message>
        <source>cannot read %1 to show it</source>
        <translation>无法读取 %1 以进行显示</translation>
    </message>
    <message>
        <source>stopped after showing %1; nothing was run</source>
        <translation>显示 %1 后已停止；未运行任何内容</translation>
    </message>
    <message>
        <source>refusing to run %1: it was not verified</source>
        <translation>拒绝运行 %1：它未经校验</translation>
    </message>
    <message>
        <source>refusing to run %1: it changed after it was verified (SHA-256 %2, verified %3)</source>
        <translation>拒绝运行 %1：它在校验后被改动过（SHA-256 %2，校验时为 %3）</translation>
    </message>
    <message>
        <source>no process runner</source>
        <translation>没有进程运行器</translation>
    </message>
    <message>
        <source>could not start %1</source>
        <translation>无法启动 %1</translation>
    </message>
    <message>
        <source>%1 exited with code %2%3</source>
        <translation>%1 退出，代码为 %2%3</translation>
    </message>
    <message>
        <source>Ollama is installed, but %1 could not be removed: %2</source>
        <translation>Ollama 已安装，但无法删除 %1：%2</translation>
    </message>
    <message>
        <source>no way to change the environment here</source>
        <translation>这里无法更改环境</translation>
    </message>
    <message>
        <source>Wait up to %1 s for Ollama to answer at %2</source>
        <translation>最多等待 %1 秒，直到 %2 上的 Ollama 响应</translation>
    </message>
    <message>
        <source>no release was read, so there is no installer to download</source>
        <translation>未读取任何发布版本，因此没有可下载的安装程序</translation>
    </message>
    <message>
        <source>release %1 publishes no SHA-256 for %2 (no digest, no sha256sum.txt entry, no %2.sha256); refusing to run it unverified</source>
        <translation>发布版本 %1 没有公布 %2 的 SHA-256（没有 digest，sha256sum.txt 中没有条目，也没有 %2.sha256）；拒绝在未校验的情况下运行它</translation>
    </message>
    <message>
        <source>%1 from release %2 of %3, run silently.</source>
        <translation>%3 的发布版本 %2 中的 %1，以静默方式运行。</translation>
    </message>
    <message>
        <source>Download %1 to %2 (kept as .part until its SHA-256 matches)</source>
        <translation>将 %1 下载到 %2（在 SHA-256 匹配之前保存为 .part）</translation>
    </message>
    <message>
        <source>Check its SHA-256 is %1 (published in %2)</source>
        <translation>检查其 SHA-256 是否为 %1（公布于 %2）</translation>
    </message>
    <message>
        <source>Run the installer silently</source>
        <translation>以静默方式运行安装程序</translation>
    </message>
    <message>
        <source>The new build is installed over the old one; the old uninstaller is not run, so downloaded models stay.</source>
        <translation>新构建版会覆盖安装在旧版本之上；不会运行旧的卸载程序，因此已下载的模型会保留。</translation>
    </message>
    <message>
        <source>Install the %1 package</source>
        <translation>安装 %1 软件包</translation>
    </message>
    <message>
        <source>Start the ollama service</source>
        <translation>启动 ollama 服务</translation>
    </message>
    <message>
        <source>Install the %1 package and start the ollama service, as root through pkexec (the helper runs: pacman -S --needed --noconfirm %1; systemctl enable --now ollama.service)</source>
        <translation>通过 pkexec 以 root 身份安装 %1 软件包并启动 ollama 服务（辅助程序会运行：pacman -S --needed --noconfirm %1; systemctl enable --now ollama.service）</translation>
    </message>
    <message>
        <source>Download the official install script %1 to %2</source>
        <translation>将官方安装脚本 %1 下载到 %2</translation>
    </message>
    <message>
        <source>Show the script in full with its SHA-256; it runs only after you have seen it, and only if its SHA-256 is still the one shown</source>
        <translation>完整显示脚本及其 SHA-256；只有在你看过之后，并且其 SHA-256 仍与显示的一致时，才会运行它</translation>
    </message>
    <message>
        <source>Run the script as root</source>
        <translation>以 root 身份运行脚本</translation>
    </message>
    <message>
        <source>Run the script as root through pkexec (the helper checks its SHA-256 again and runs its own copy with sh)</source>
        <translation>通过 pkexec 以 root 身份运行脚本（辅助程序会再次检查其 SHA-256，并用 sh 运行它自己的副本）</translation>
    </message>
    <message>
        <source>installing Ollama on %1 is not supported; use the installer from ollama.com</source>
        <translation>不支持在 %1 上安装 Ollama；请使用 ollama.com 提供的安装程序</translation>
    </message>
    <message>
        <source>Remove HSA_OVERRIDE_GFX_VERSION (it only made sense for ollama-for-amd)</source>
        <translation>移除 HSA_OVERRIDE_GFX_VERSION（它只对 ollama-for-amd 有意义）</translation>
    </message>
    <message>
        <source>`%1 env apply --unset %2` failed</source>
        <translation>`%1 env apply --unset %2` 失败</translation>
    </message>
    <message>
        <source>this system</source>
        <translation>此系统</translation>
    </message>
    <message>
        <source>%1 has no Ollama package; the official install script is used.</source>
        <translation>%1 没有 Ollama 软件包；将使用官方安装脚本。</translation>
    </message>
    <message>
        <source>pacman installs the repository&apos;s version, not %1; the official install script is used.</source>
        <translation>pacman 安装的是软件仓库中的版本，而不是 %1；将使用官方安装脚本。</translation>
    </message>
    <message>
        <source>%1 packages Ollama; %2 is the package for the %3 path.</source>
        <translation>%1 提供了 Ollama 软件包；%2 是适用于 %3 方案的软件包。</translation>
    </message>
    <message>
        <source>the official build</source>
        <translation>官方构建版</translation>
    </message>
    <message>
        <source>the ollama-for-amd build</source>
        <translation>ollama-for-amd 构建版</translation>
    </message>
    <message>
        <source>the release feed is not JSON (%1 at byte %2)</source>
        <translation>发布信息源不是 JSON（%1，位于第 %2 字节）</translation>
    </message>
    <message>
        <source>the release feed is not a JSON object</source>
        <translation>发布信息源不是 JSON 对象</translation>
    </message>
    <message>
        <source>the release feed has no tag_name</source>
        <translation>发布信息源中没有 tag_name</translation>
    </message>
    <message>
        <source>the release feed has no assets list</source>
        <translation>发布信息源中没有 assets 列表</translation>
    </message>
    <message>
        <source>the release feed has an asset without a name or a download address</source>
        <translation>发布信息源中有一个资源缺少名称或下载地址</translation>
    </message>
    <message>
        <source>cannot read the release feed: %1</source>
        <translation>无法读取发布信息源：%1</translation>
    </message>
    <message>
        <source>release %1 has no Windows installer (OllamaSetup.exe)</source>
        <translation>发布版本 %1 没有 Windows 安装程序（OllamaSetup.exe）</translation>
    </message>
    <message>
        <source>the feed&apos;s digest</source>
        <translation>信息源中的 digest</translation>
    </message>
    <message>
        <source>release %1 publishes two different SHA-256 values for %2 (%3: %4, %5: %6); refused</source>
        <translation>发布版本 %1 为 %2 公布了两个不同的 SHA-256 值（%3：%4，%5：%6）；已拒绝</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The installed Ollama%1 is %2; you asked for %3.</source>
        <translation>已安装的 Ollama%1 是 %2；你要求的是 %3。</translation>
    </message>
    <message>
        <source>The installed Ollama%1 is %2; the %3 path needs %4.</source>
        <translation>已安装的 Ollama%1 是 %2；%3 方案需要 %4。</translation>
    </message>
    <message>
        <source>too many redirects (a loop, or more than %1)</source>
        <translation>重定向次数过多（循环，或超过 %1 次）</translation>
    </message>
</context>
<context>
    <name>ogs::OllamaText</name>
    <message>
        <source>The test prompt failed: %1</source>
        <translation>测试提示词运行失败：%1</translation>
    </message>
    <message>
        <source>The model ran entirely on the CPU (%1). GPU acceleration is not working; run `ollama-gpu-setup diagnose`.</source>
        <translation>模型完全在 CPU 上运行（%1）。GPU 加速没有生效；请运行 `ollama-gpu-setup diagnose`。</translation>
    </message>
    <message>
        <source>Generation ran at %1, below the %2 expected for this GPU. %3</source>
        <translation>生成速度为 %1，低于此 GPU 的预期值 %2。%3</translation>
    </message>
    <message>
        <source>Part of the model is on the CPU (%1): use a smaller quantisation or context.</source>
        <translation>模型有一部分在 CPU 上（%1）：请使用更小的量化或更短的上下文。</translation>
    </message>
    <message>
        <source>Check for a partial offload or a slower backend with `ollama-gpu-setup diagnose`.</source>
        <translation>请用 `ollama-gpu-setup diagnose` 检查是否只有部分层放到了 GPU 上，或者使用了较慢的后端。</translation>
    </message>
    <message>
        <source>Generation ran at %1, faster than the %2 expected. Acceleration works.</source>
        <translation>生成速度为 %1，快于预期的 %2。加速正常工作。</translation>
    </message>
    <message>
        <source>Generation ran at %1, within the %2 expected. Acceleration works.</source>
        <translation>生成速度为 %1，在预期的 %2 范围内。加速正常工作。</translation>
    </message>
    <message>
        <source>Generation ran at %1 on %2; no expected range is known for this GPU.</source>
        <translation>在 %2 上的生成速度为 %1；此 GPU 没有已知的预期范围。</translation>
    </message>
    <message>
        <source>an unknown processor</source>
        <translation>未知处理器</translation>
    </message>
    <message>
        <source>Contacting Ollama</source>
        <translation>正在联系 Ollama</translation>
    </message>
    <message>
        <source>Loading %1 on the %2</source>
        <translation>正在将 %1 加载到 %2</translation>
    </message>
    <message>
        <source>Generating %1 tokens on the %2</source>
        <translation>正在 %2 上生成 %1 个 token</translation>
    </message>
    <message>
        <source>Ollama is not running at %1: the connection was still refused after %2 s. To start it, %3.</source>
        <translation>%1 上的 Ollama 没有运行：%2 秒后连接仍被拒绝。要启动它，请%3。</translation>
    </message>
    <message>
        <source>Ollama is not running at %1 (connection refused). To start it, %2.</source>
        <translation>%1 上的 Ollama 没有运行（连接被拒绝）。要启动它，请%2。</translation>
    </message>
    <message>
        <source>The host of %1 does not resolve. Check OLLAMA_HOST or --host.</source>
        <translation>无法解析 %1 的主机名。请检查 OLLAMA_HOST 或 --host。</translation>
    </message>
    <message>
        <source>No connection to Ollama at %1 within %2 s. Check the address, the firewall, and that Ollama listens on that interface (OLLAMA_HOST=0.0.0.0 when connecting from WSL2).</source>
        <translation>%2 秒内无法连接到 %1 上的 Ollama。请检查地址、防火墙，以及 Ollama 是否在该接口上监听（从 WSL2 连接时需要 OLLAMA_HOST=0.0.0.0）。</translation>
    </message>
    <message>
        <source>Ollama stopped sending in the middle of the answer to %1: nothing for %2 s. The model runner may have hung or crashed; look at its server log.</source>
        <translation>Ollama 在回复 %1 的中途停止发送：%2 秒内没有任何数据。模型运行器可能已挂起或崩溃；请查看其服务器日志。</translation>
    </message>
    <message>
        <source>The request %1 did not finish within %2 s and was cancelled.</source>
        <translation>请求 %1 未在 %2 秒内完成，已被取消。</translation>
    </message>
    <message>
        <source>Ollama answered HTTP %1 to %2: %3</source>
        <translation>Ollama 对 %2 返回了 HTTP %1：%3</translation>
    </message>
    <message>
        <source>(no message)</source>
        <translation>（无消息）</translation>
    </message>
    <message>
        <source>Ollama reported an error while answering %1: %2</source>
        <translation>Ollama 在回复 %1 时报告了错误：%2</translation>
    </message>
    <message>
        <source>The answer to %1 from %2 is not valid JSON (it starts with &quot;%3&quot;). Is this address really Ollama?</source>
        <translation>%2 对 %1 的回复不是有效的 JSON（开头为 &quot;%3&quot;）。这个地址真的是 Ollama 吗？</translation>
    </message>
    <message>
        <source>Ollama sent more than %1 KiB without a line break in the answer to %2; the answer was abandoned.</source>
        <translation>Ollama 在对 %2 的回复中发送了超过 %1 KiB 的数据而没有换行；已放弃该回复。</translation>
    </message>
    <message>
        <source>The connection to Ollama closed before the answer to %1 was complete (after %2 objects). Ollama may have crashed or restarted; look at its server log.</source>
        <translation>对 %1 的回复尚未完成，与 Ollama 的连接就已关闭（已收到 %2 个对象）。Ollama 可能已崩溃或重启；请查看其服务器日志。</translation>
    </message>
    <message>
        <source>The request %1 was cancelled.</source>
        <translation>请求 %1 已被取消。</translation>
    </message>
    <message>
        <source>Could not talk to Ollama at %1: %2</source>
        <translation>无法与 %1 上的 Ollama 通信：%2</translation>
    </message>
    <message>
        <source>start the Ollama app from the Start menu, or run `ollama serve` in a terminal</source>
        <translation>从“开始”菜单启动 Ollama 应用，或在终端中运行 `ollama serve`</translation>
    </message>
    <message>
        <source>open the Ollama app, or run `ollama serve` in a terminal</source>
        <translation>打开 Ollama 应用，或在终端中运行 `ollama serve`</translation>
    </message>
    <message>
        <source>run `sudo systemctl start ollama` if it is installed as a service, otherwise `ollama serve` in a terminal</source>
        <translation>运行 `sudo systemctl start ollama`（如果已将其安装为服务），否则在终端中运行 `ollama serve`</translation>
    </message>
    <message>
        <source> Note: %1.</source>
        <translation> 提示：%1。</translation>
    </message>
    <message>
        <source>Generation ran at %1 with the GPU and %2 on the processor alone (%3x): the GPU is not speeding it up. Run `ollama-gpu-setup diagnose`.</source>
        <translation>使用 GPU 时生成速度为 %1，仅用处理器时为 %2（%3x）：GPU 没有起到加速作用。请运行 `ollama-gpu-setup diagnose`。</translation>
    </message>
    <message>
        <source>Generation ran at %1, but only part of the model is on the GPU (%2): the rest runs on the processor. Use a smaller quantisation or context so that all of it fits.</source>
        <translation>生成速度为 %1，但只有部分模型在 GPU 上（%2）：其余在处理器上运行。请使用更小的量化或上下文，使其全部装下。</translation>
    </message>
    <message>
        <source>Ollama at %1 accepted the request %2 but sent nothing for %3 s: it may be stuck loading the model; look at its server log, or restart it.</source>
        <translation>%1 上的 Ollama 接受了请求 %2，但 %3 秒内没有发送任何内容：它可能卡在加载模型；请查看其服务器日志，或重启它。</translation>
    </message>
    <message>
        <source>Ollama at %1 accepted the connection but sent nothing for %3 s in answer to %2: Ollama may be stuck; restart it.</source>
        <translation>%1 上的 Ollama 接受了连接，但在回应 %2 时 %3 秒内没有发送任何内容：Ollama 可能卡住了；请重启它。</translation>
    </message>
    <message>
        <source>The model &apos;%1&apos; is not installed in Ollama (%2). Install it first: %3</source>
        <translation>模型“%1”未安装在 Ollama 中（%2）。请先安装：%3</translation>
    </message>
    <message>
        <source>%1 at %2 answered with too many redirects (a loop, or more than %3); not followed. Is this address really Ollama?</source>
        <translation>%2 上的 %1 返回了过多的重定向（循环，或超过 %3 次）；未跟随。这个地址真的是 Ollama 吗？</translation>
    </message>
    <message>
        <source>%1 at %2 redirected to another address (%3); not followed, so no answer from another server is taken for Ollama&apos;s. Check OLLAMA_HOST or --host.</source>
        <translation>%2 上的 %1 重定向到了另一个地址（%3）；未跟随，以免把另一台服务器的回答当作 Ollama 的。请检查 OLLAMA_HOST 或 --host。</translation>
    </message>
</context>
<context>
    <name>ogs::RecommendText</name>
    <message>
        <source>no expected speed: the %1 path is not offered for %2</source>
        <translation>没有预期速度：%1 方案不适用于 %2</translation>
    </message>
    <message>
        <source>no expected speed: the speed table has no row for %1</source>
        <translation>没有预期速度：速度表中没有 %1 的数据行</translation>
    </message>
    <message>
        <source>the expected speed was measured with %1; %2 may be faster or slower</source>
        <translation>预期速度是用 %1 测得的；%2 可能更快或更慢</translation>
    </message>
    <message>
        <source>%1 GPUs were found; this advice is for %2. Use --gpu to choose another.</source>
        <translation>找到了 %1 个 GPU；此建议针对 %2。使用 --gpu 可选择其他 GPU。</translation>
    </message>
    <message>
        <source>This machine also has an integrated GPU. If Vulkan uses it or it is unstable, keep Vulkan on and set GGML_VK_VISIBLE_DEVICES to the discrete GPU&apos;s Vulkan index (Ollama docs/gpu.mdx).</source>
        <translation>这台计算机还有一个集成 GPU。如果 Vulkan 使用了它或运行不稳定，请保持 Vulkan 开启，并将 GGML_VK_VISIBLE_DEVICES 设置为独立 GPU 的 Vulkan 索引（Ollama docs/gpu.mdx）。</translation>
    </message>
    <message>
        <source>Uninstall the official Ollama first: ollama-for-amd replaces it and the two cannot run side by side</source>
        <translation>请先卸载官方 Ollama：ollama-for-amd 会替换它，两者不能同时运行</translation>
    </message>
    <message>
        <source>Install the latest OllamaSetup.exe from https://github.com/likelovewant/ollama-for-amd/releases</source>
        <translation>从 https://github.com/likelovewant/ollama-for-amd/releases 安装最新的 OllamaSetup.exe</translation>
    </message>
    <message>
        <source>NVIDIA driver 550 or newer (570 or newer for compute capability 5.0 to 6.2)</source>
        <translation>NVIDIA 驱动 550 或更新版本（计算能力 5.0 至 6.2 需要 570 或更新版本）</translation>
    </message>
    <message>
        <source>Ollama installed and running on Windows</source>
        <translation>已在 Windows 上安装并运行 Ollama</translation>
    </message>
    <message>
        <source>On Windows, OLLAMA_HOST=0.0.0.0 for the Ollama server (a user environment variable), then restart Ollama</source>
        <translation>在 Windows 上为 Ollama 服务器设置 OLLAMA_HOST=0.0.0.0（用户环境变量），然后重启 Ollama</translation>
    </message>
    <message>
        <source>Windows Firewall allowing inbound TCP port 11434</source>
        <translation>Windows 防火墙允许入站 TCP 端口 11434</translation>
    </message>
    <message>
        <source>On RDNA 4 with ROCm, Qwen 3 and Qwen 3.5 models leave the GPU stuck at 100% busy and full clock after they unload, until a reboot; Vulkan (RADV) does not have this bug and runs these models about as fast.</source>
        <translation>在 RDNA 4 上使用 ROCm 时，Qwen 3 和 Qwen 3.5 模型在卸载后会让 GPU 一直处于 100% 繁忙和满频状态，直到重启；Vulkan（RADV）没有这个问题，运行这些模型的速度也差不多。</translation>
    </message>
    <message>
        <source>OLLAMA_LLM_LIBRARY=vulkan alone is not enough: Ollama still starts its ROCm runner next to the Vulkan one and prefers ROCm for the same card, so ROCm must also be kept from seeing the GPU (ROCR_VISIBLE_DEVICES=NOT_A_DEVICE, HIP_VISIBLE_DEVICES=-1).</source>
        <translation>仅设置 OLLAMA_LLM_LIBRARY=vulkan 是不够的：Ollama 仍会在 Vulkan 运行器旁边启动 ROCm 运行器，并且对于同一张显卡优先使用 ROCm，因此还必须让 ROCm 看不到该 GPU（ROCR_VISIBLE_DEVICES=NOT_A_DEVICE，HIP_VISIBLE_DEVICES=-1）。</translation>
    </message>
    <message>
        <source>With a Qwen 3 / Qwen 3.5 model this GPU stays stuck at 100% busy after the model unloads (ROCm bug on RDNA 4); only a reboot or reloading the amdgpu driver clears it.</source>
        <translation>使用 Qwen 3 / Qwen 3.5 模型时，此 GPU 在模型卸载后会一直处于 100% 繁忙状态（RDNA 4 上的 ROCm 缺陷）；只有重启或重新加载 amdgpu 驱动才能解除。</translation>
    </message>
    <message>
        <source>If the GPU stays at 100% busy and high power after Ollama goes idle, set GPU_MAX_HW_QUEUES=1 and update linux-firmware (AMD traces it to the MES firmware).</source>
        <translation>如果 Ollama 空闲后 GPU 仍处于 100% 繁忙和高功耗状态，请设置 GPU_MAX_HW_QUEUES=1 并更新 linux-firmware（AMD 将其归因于 MES 固件）。</translation>
    </message>
    <message>
        <source>On this APU the GPU stays busy (about 25 W more) while two or more Ollama models are loaded; OLLAMA_MAX_LOADED_MODELS=1 avoids it.</source>
        <translation>在此 APU 上，当加载了两个或更多 Ollama 模型时，GPU 会一直处于繁忙状态（功耗多出约 25 W）；设置 OLLAMA_MAX_LOADED_MODELS=1 可避免此问题。</translation>
    </message>
    <message>
        <source>An integrated GPU shares system memory: large models compete with the rest of the system for RAM.</source>
        <translation>集成 GPU 共享系统内存：大型模型会与系统的其他部分争用 RAM。</translation>
    </message>
    <message>
        <source>The AMD ROCm 7 driver (install it with amdgpu-install from AMD&apos;s ROCm documentation), then reboot</source>
        <translation>AMD ROCm 7 驱动（按照 AMD 的 ROCm 文档使用 amdgpu-install 安装），然后重启</translation>
    </message>
    <message>
        <source>With an older AMD driver, GPU discovery hangs for 30 s (&apos;failed to finish discovery before timeout&apos;) and Ollama falls back to the CPU.</source>
        <translation>使用较旧的 AMD 驱动时，GPU 发现过程会挂起 30 秒（&apos;failed to finish discovery before timeout&apos;），然后 Ollama 回退到 CPU。</translation>
    </message>
    <message>
        <source>An AMD Adrenalin driver recent enough to ship HIP 7 (amdhip64_7.dll)</source>
        <translation>足够新、附带 HIP 7（amdhip64_7.dll）的 AMD Adrenalin 驱动</translation>
    </message>
    <message>
        <source>If Ollama&apos;s log says &apos;AMD driver is too old&apos;, the driver only has amdhip64_6.dll: update the AMD driver.</source>
        <translation>如果 Ollama 的日志显示 &apos;AMD driver is too old&apos;，说明驱动只有 amdhip64_6.dll：请更新 AMD 驱动。</translation>
    </message>
    <message>
        <source>The ollama service user may need to be in the &apos;render&apos; group to reach the GPU through Vulkan.</source>
        <translation>ollama 服务用户可能需要加入 &apos;render&apos; 组，才能通过 Vulkan 访问 GPU。</translation>
    </message>
    <message>
        <source>Vulkan reports free VRAM to Ollama only when it runs as root or after `sudo setcap cap_perfmon+ep /usr/local/bin/ollama`; otherwise Ollama schedules from approximate model sizes.</source>
        <translation>只有当 Ollama 以 root 身份运行，或执行了 `sudo setcap cap_perfmon+ep /usr/local/bin/ollama` 之后，Vulkan 才会向 Ollama 报告可用 VRAM；否则 Ollama 会根据大致的模型大小进行调度。</translation>
    </message>
    <message>
        <source>The RX Vega 56 needs HSA_ENABLE_SDMA=0.</source>
        <translation>RX Vega 56 需要 HSA_ENABLE_SDMA=0。</translation>
    </message>
    <message>
        <source>Posing the 780M/760M (gfx1103) as a discrete RDNA 3 target is unreliable with ROCm 7.2: the iGPU lacks some instructions those kernels use. Vulkan is the safer choice.</source>
        <translation>在 ROCm 7.2 下，将 780M/760M（gfx1103）伪装成独立的 RDNA 3 目标并不可靠：该集成 GPU 缺少这些内核使用的部分指令。Vulkan 是更稳妥的选择。</translation>
    </message>
    <message>
        <source>WSL2 has no /dev/kfd: ROCm inside WSL2 needs AMD&apos;s WSL driver and HSA_ENABLE_DXG_DETECTION=1, and Ollama&apos;s installer does not detect it. Running Ollama on Windows avoids all of that.</source>
        <translation>WSL2 中没有 /dev/kfd：在 WSL2 中使用 ROCm 需要 AMD 的 WSL 驱动和 HSA_ENABLE_DXG_DETECTION=1，而且 Ollama 的安装程序检测不到它。在 Windows 上运行 Ollama 可以避免这些问题。</translation>
    </message>
    <message>
        <source>Ollama&apos;s version is unknown; this advice assumes %1, the newest release known to this program.</source>
        <translation>Ollama 的版本未知；此建议假定为 %1，即本程序已知的最新发布版本。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a software renderer on the CPU; it never accelerates Ollama.</source>
        <translation>&quot;%1&quot; 是在 CPU 上运行的软件渲染器；它永远无法为 Ollama 加速。</translation>
    </message>
    <message>
        <source>On macOS Ollama uses Apple GPUs through Metal by itself; there is nothing to set up.</source>
        <translation>在 macOS 上，Ollama 会自行通过 Metal 使用 Apple GPU；无需任何设置。</translation>
    </message>
    <message>
        <source>Without Apple silicon, Ollama runs on the CPU.</source>
        <translation>没有 Apple 芯片时，Ollama 在 CPU 上运行。</translation>
    </message>
    <message>
        <source>No GPU was found, so Ollama runs on the CPU.</source>
        <translation>未找到 GPU，因此 Ollama 在 CPU 上运行。</translation>
    </message>
    <message>
        <source>Vulkan is Ollama&apos;s backend for %1 GPUs such as %2.</source>
        <translation>Vulkan 是 Ollama 用于 %1 GPU（例如 %2）的后端。</translation>
    </message>
    <message>
        <source>non-AMD, non-NVIDIA</source>
        <translation>非 AMD、非 NVIDIA</translation>
    </message>
    <message>
        <source>ROCm is for AMD GPUs only.</source>
        <translation>ROCm 仅适用于 AMD GPU。</translation>
    </message>
    <message>
        <source>CUDA is for NVIDIA GPUs only.</source>
        <translation>CUDA 仅适用于 NVIDIA GPU。</translation>
    </message>
    <message>
        <source>The fallback when the GPU cannot be used.</source>
        <translation>无法使用 GPU 时的后备方案。</translation>
    </message>
    <message>
        <source>measured on %1</source>
        <translation>在 %1 上测得</translation>
    </message>
    <message>
        <source>scaled from %1 by relative speed</source>
        <translation>根据相对速度从 %1 推算</translation>
    </message>
    <message>
        <source>%1 is an AMD GPU this program does not know (gfx target: %2); it is treated as an unknown AMD GPU, and Vulkan, which works with any GPU that has a Vulkan driver, is the path to try.</source>
        <translation>%1 是本程序不认识的 AMD GPU（gfx 目标：%2）；它会被视为未知的 AMD GPU，建议尝试 Vulkan 方案，它适用于任何具有 Vulkan 驱动的 GPU。</translation>
    </message>
    <message>
        <source>Your Ollama install ships ROCm kernels for %1%2 (rocBLAS files in %3/%4), so Ollama uses this GPU by itself at full speed.</source>
        <translation>你安装的 Ollama 附带了 %1%2 的 ROCm 内核（rocBLAS 文件位于 %3/%4），因此 Ollama 会自行以全速使用此 GPU。</translation>
    </message>
    <message>
        <source>Ollama %1 for %2 ships ROCm kernels for %3%4, so Ollama uses this GPU by itself at full speed.</source>
        <translation>适用于 %2 的 Ollama %1 附带了 %3%4 的 ROCm 内核，因此 Ollama 会自行以全速使用此 GPU。</translation>
    </message>
    <message>
        <source>The GPU&apos;s gfx target is unknown, so ROCm support cannot be confirmed.</source>
        <translation>GPU 的 gfx 目标未知，因此无法确认是否支持 ROCm。</translation>
    </message>
    <message>
        <source>Your Ollama install has no ROCm kernels for %1%2 (no rocBLAS files in %3/%4), so its ROCm backend skips this GPU.</source>
        <translation>你安装的 Ollama 没有 %1%2 的 ROCm 内核（%3/%4 中没有 rocBLAS 文件），因此其 ROCm 后端会跳过此 GPU。</translation>
    </message>
    <message>
        <source>Ollama %1 for %2 ships no ROCm kernels for %3%4, so its ROCm backend skips this GPU.</source>
        <translation>适用于 %2 的 Ollama %1 没有附带 %3%4 的 ROCm 内核，因此其 ROCm 后端会跳过此 GPU。</translation>
    </message>
    <message>
        <source>Ollama&apos;s ROCm libraries: %1 has no rocm folder; reinstall Ollama (on Linux the installer adds them when it sees an AMD GPU)</source>
        <translation>Ollama 的 ROCm 库：%1 中没有 rocm 文件夹；请重新安装 Ollama（在 Linux 上，安装程序检测到 AMD GPU 时会添加这些库）</translation>
    </message>
    <message>
        <source>Vulkan works with %1 without ROCm, using the normal graphics driver.</source>
        <translation>Vulkan 无需 ROCm 即可配合 %1 使用，它使用普通的显卡驱动。</translation>
    </message>
    <message>
        <source>%1 is the nearest target Ollama ships in the same family (%2); HSA_OVERRIDE_GFX_VERSION=%3 makes ROCm treat %4 as %1. Not official: if answers come out garbled or Ollama crashes, remove it and use Vulkan.</source>
        <translation>%1 是 Ollama 在同一系列（%2）中提供的最接近的目标；HSA_OVERRIDE_GFX_VERSION=%3 会让 ROCm 将 %4 当作 %1。非官方做法：如果回答出现乱码或 Ollama 崩溃，请移除该设置并使用 Vulkan。</translation>
    </message>
    <message>
        <source>No target of the same family (%1) is in Ollama %2&apos;s ROCm build, so there is nothing close enough to pose as.</source>
        <translation>Ollama %2 的 ROCm 构建中没有同一系列（%1）的目标，因此没有足够接近、可以伪装成的目标。</translation>
    </message>
    <message>
        <source>The GPU&apos;s gfx target is unknown to this program, so there is no known target of the same family to pose as.</source>
        <translation>本程序不认识该 GPU 的 gfx 目标，因此没有已知的同系列目标可供伪装。</translation>
    </message>
    <message>
        <source>HSA_OVERRIDE_GFX_VERSION does nothing on Windows: ROCm on Windows does not go through HSA (ROCm/TheRock#1719, ollama#3107), and with the override Ollama reports 0 B of VRAM.</source>
        <translation>HSA_OVERRIDE_GFX_VERSION 在 Windows 上不起任何作用：Windows 上的 ROCm 不经过 HSA（ROCm/TheRock#1719，ollama#3107），而且设置该覆盖值后 Ollama 会报告 0 B VRAM。</translation>
    </message>
    <message>
        <source> Having the AMD HIP SDK installed does not change this.</source>
        <translation> 即使安装了 AMD HIP SDK，情况也不会改变。</translation>
    </message>
    <message>
        <source>The community build ollama-for-amd compiles ROCm kernels for %1, so it runs this GPU at ROCm speed.</source>
        <translation>社区构建版 ollama-for-amd 为 %1 编译了 ROCm 内核，因此能以 ROCm 的速度运行此 GPU。</translation>
    </message>
    <message>
        <source>ollama-for-amd has no kernels for %1 either.</source>
        <translation>ollama-for-amd 同样没有 %1 的内核。</translation>
    </message>
    <message>
        <source>an unknown gfx target</source>
        <translation>未知的 gfx 目标</translation>
    </message>
    <message>
        <source>ollama-for-amd is built for Windows only.</source>
        <translation>ollama-for-amd 仅为 Windows 构建。</translation>
    </message>
    <message>
        <source>Ollama %1 or newer: Ollama %2 has no Vulkan backend</source>
        <translation>Ollama %1 或更新版本：Ollama %2 没有 Vulkan 后端</translation>
    </message>
    <message>
        <source>Ollama %1 ships Vulkan switched off; OLLAMA_VULKAN=1 switches it on.</source>
        <translation>Ollama %1 附带的 Vulkan 默认处于关闭状态；设置 OLLAMA_VULKAN=1 即可开启。</translation>
    </message>
    <message>
        <source>Vulkan is on by default since Ollama %1; a leftover OLLAMA_VULKAN=0 would switch it off.</source>
        <translation>自 Ollama %1 起 Vulkan 默认开启；遗留的 OLLAMA_VULKAN=0 会将其关闭。</translation>
    </message>
    <message>
        <source>CUDA also drives this GPU and Ollama prefers CUDA over Vulkan for the same card, so CUDA is hidden.</source>
        <translation>CUDA 也能驱动此 GPU，而且对于同一张显卡 Ollama 优先使用 CUDA 而不是 Vulkan，因此会隐藏 CUDA。</translation>
    </message>
    <message>
        <source>ROCm also supports this GPU and Ollama prefers ROCm over Vulkan for the same card, so ROCm is kept from seeing it.</source>
        <translation>ROCm 也支持此 GPU，而且对于同一张显卡 Ollama 优先使用 ROCm 而不是 Vulkan，因此会让 ROCm 看不到它。</translation>
    </message>
    <message>
        <source>Vulkan needs no extra install: it ships with Ollama and uses the normal graphics driver.</source>
        <translation>Vulkan 无需额外安装：它随 Ollama 一起提供，并使用普通的显卡驱动。</translation>
    </message>
    <message>
        <source>%1 has CUDA compute capability %2 (Ollama needs 5.0 or newer); Ollama uses it by itself.</source>
        <translation>%1 的 CUDA 计算能力为 %2（Ollama 需要 5.0 或更高）；Ollama 会自行使用它。</translation>
    </message>
    <message>
        <source>NVIDIA GPUs run on Ollama&apos;s CUDA backend by themselves.</source>
        <translation>NVIDIA GPU 会自行在 Ollama 的 CUDA 后端上运行。</translation>
    </message>
    <message>
        <source>The compute capability is unknown: Ollama&apos;s CUDA backend needs 5.0 or newer (GTX 750 and later).</source>
        <translation>计算能力未知：Ollama 的 CUDA 后端需要 5.0 或更高（GTX 750 及更新型号）。</translation>
    </message>
    <message>
        <source>Compute capability %1 is below the 5.0 that Ollama&apos;s CUDA backend needs.</source>
        <translation>计算能力 %1 低于 Ollama 的 CUDA 后端所需的 5.0。</translation>
    </message>
    <message>
        <source>Vulkan can still use this GPU where CUDA cannot.</source>
        <translation>在 CUDA 无法使用的情况下，Vulkan 仍然可以使用此 GPU。</translation>
    </message>
    <message>
        <source>Ollama on Windows uses the GPU with the full Windows driver, and WSL2 programs reach it over the network.</source>
        <translation>Windows 上的 Ollama 通过完整的 Windows 驱动使用 GPU，WSL2 中的程序通过网络访问它。</translation>
    </message>
    <message>
        <source>WSL2 gives Linux no direct access to AMD or Intel GPU compute; Ollama on Windows has the GPU, and WSL2 programs reach it over the network.</source>
        <translation>WSL2 无法让 Linux 直接使用 AMD 或 Intel GPU 进行计算；Windows 上的 Ollama 可以使用 GPU，WSL2 中的程序通过网络访问它。</translation>
    </message>
    <message>
        <source>Replace WINDOWS_HOST_IP with the Windows address: `ip route show default | awk &apos;{print $3}&apos;`.</source>
        <translation>请将 WINDOWS_HOST_IP 替换为 Windows 的地址：`ip route show default | awk &apos;{print $3}&apos;`。</translation>
    </message>
    <message>
        <source>On Windows, the &apos;%1&apos; path for this GPU (run `ollama-gpu-setup recommend` there)</source>
        <translation>在 Windows 上，使用此 GPU 的 &apos;%1&apos; 方案（在那里运行 `ollama-gpu-setup recommend`）</translation>
    </message>
    <message>
        <source>CUDA also works inside WSL2 through the Windows NVIDIA driver, if you prefer Ollama inside Linux.</source>
        <translation>如果你更希望在 Linux 中运行 Ollama，CUDA 也可以通过 Windows NVIDIA 驱动在 WSL2 中工作。</translation>
    </message>
    <message>
        <source>Inside WSL2 there is no /dev/kfd, so Ollama&apos;s ROCm backend cannot reach the GPU.</source>
        <translation>WSL2 中没有 /dev/kfd，因此 Ollama 的 ROCm 后端无法访问 GPU。</translation>
    </message>
    <message>
        <source>Inside WSL2 Vulkan only reaches the GPU through a translation layer that Ollama does not support well; use Vulkan on the Windows side instead.</source>
        <translation>在 WSL2 中，Vulkan 只能通过一个 Ollama 支持不佳的转换层访问 GPU；请改为在 Windows 端使用 Vulkan。</translation>
    </message>
    <message>
        <source>Ollama inside WSL2 without a GPU runs on the CPU.</source>
        <translation>WSL2 中没有 GPU 的 Ollama 会在 CPU 上运行。</translation>
    </message>
    <message>
        <source>A fallback if ROCm misbehaves; usually 60-80% of ROCm&apos;s speed.</source>
        <translation>ROCm 工作异常时的后备方案；速度通常为 ROCm 的 60-80%。</translation>
    </message>
    <message>
        <source>A fallback if CUDA misbehaves.</source>
        <translation>CUDA 工作异常时的后备方案。</translation>
    </message>
    <message>
        <source>this AMD GPU (%1)</source>
        <translation>此 AMD GPU（%1）</translation>
    </message>
    <message>
        <source>this GPU</source>
        <translation>此 GPU</translation>
    </message>
    <message>
        <source>Your Ollama install (%1) ships ROCm kernels for %2, but the table for Ollama %3 on %4 says it should not; the install is what counts.</source>
        <translation>你安装的 Ollama（%1）附带了 %2 的 ROCm 内核，但 %4 上 Ollama %3 的数据表显示不应附带；以实际安装为准。</translation>
    </message>
    <message>
        <source>Your Ollama install (%1) does not ship ROCm kernels for %2, but the table for Ollama %3 on %4 says it should; the install is what counts.</source>
        <translation>你安装的 Ollama（%1）没有附带 %2 的 ROCm 内核，但 %4 上 Ollama %3 的数据表显示应当附带；以实际安装为准。</translation>
    </message>
    <message>
        <source>Ollama&apos;s version is unknown (no server answered and `ollama --version` gave none here), so this advice assumes the newest release known to this program, %1. Pass --ollama-version to be exact.</source>
        <translation>Ollama 的版本未知（没有服务器应答，`ollama --version` 在此也没有给出版本），因此本建议假定为本程序已知的最新版本 %1。传入 --ollama-version 可指定确切版本。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an Ollama version (it looks like 0.12.11), so this advice assumes %2, the newest release this program knows. Give the version `ollama --version` prints to be exact.</source>
        <translation>&apos;%1&apos; 不是 Ollama 版本号（形如 0.12.11），因此此建议假定为 %2，即本程序所知的最新版本。若要准确，请提供 `ollama --version` 输出的版本。</translation>
    </message>
    <message>
        <source>%1 is a file where a folder should be, so Ollama finds no ROCm kernels there; reinstall Ollama.</source>
        <translation>%1 是一个文件，但此处应为文件夹，因此 Ollama 在那里找不到 ROCm 内核；请重新安装 Ollama。</translation>
    </message>
    <message>
        <source>%1 is missing, so Ollama finds no ROCm kernels there; reinstall Ollama.</source>
        <translation>缺少 %1，因此 Ollama 在那里找不到 ROCm 内核；请重新安装 Ollama。</translation>
    </message>
    <message>
        <source>%1 holds no TensileLibrary_lazy_gfx*.dat file, so Ollama&apos;s ROCm backend runs on no GPU; the ROCm part of this install looks incomplete: reinstall Ollama.</source>
        <translation>%1 中没有 TensileLibrary_lazy_gfx*.dat 文件，因此 Ollama 的 ROCm 后端无法在任何 GPU 上运行；此安装的 ROCm 部分似乎不完整：请重新安装 Ollama。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not exist</source>
        <translation>&apos;%1&apos; 不存在</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a file, not a folder</source>
        <translation>&apos;%1&apos; 是文件，不是文件夹</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be read (no permission)</source>
        <translation>&apos;%1&apos; 无法读取（没有权限）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a file where Ollama&apos;s library folder should be</source>
        <translation>&apos;%1&apos; 是一个文件，但此处应为 Ollama 的库文件夹</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is empty</source>
        <translation>&apos;%1&apos; 为空</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds no Ollama install (no lib/ollama with backend folders)</source>
        <translation>&apos;%1&apos; 中没有 Ollama 安装（没有带后端文件夹的 lib/ollama）</translation>
    </message>
    <message>
        <source>Ollama %1 is newer than the newest version this program has facts for (%2). This advice is based on Ollama&apos;s behaviour up to %2 and assumes %1 behaves the same.</source>
        <translation>Ollama %1 比本程序掌握资料的最新版本（%2）更新。此建议基于 Ollama 截至 %2 的行为，并假定 %1 的行为相同。</translation>
    </message>
    <message>
        <source>Ollama %1 and newer use %2 through ROCm without OLLAMA_IGPU_ENABLE: it is the one integrated GPU they admit by default.</source>
        <translation>Ollama %1 及更新版本无需 OLLAMA_IGPU_ENABLE 即可通过 ROCm 使用 %2：这是它们默认接受的唯一集成显卡。</translation>
    </message>
    <message>
        <source>The GPU driver&apos;s Vulkan loader, %SystemRoot%\System32\vulkan-1.dll: reinstall or update the graphics driver, which installs it</source>
        <translation>显卡驱动的 Vulkan 加载器 %SystemRoot%\System32\vulkan-1.dll：请重新安装或更新会安装它的显卡驱动</translation>
    </message>
    <message>
        <source>%SystemRoot%\System32\vulkan-1.dll is missing. Since %1 Ollama for Windows no longer ships its own Vulkan loader and uses the driver&apos;s, so without it Vulkan finds no GPU.</source>
        <translation>缺少 %SystemRoot%\System32\vulkan-1.dll。自 %1 起，Windows 版 Ollama 不再自带 Vulkan 加载器而使用驱动的加载器；没有它，Vulkan 找不到任何 GPU。</translation>
    </message>
    <message>
        <source>Your Ollama install: %1</source>
        <translation>您的 Ollama 安装：%1</translation>
    </message>
    <message>
        <source>%1 is not a gfx target this program knows, so ROCm support cannot be confirmed; none of the Ollama builds it knows ships ROCm kernels for it.</source>
        <translation>%1 不是本程序已知的 gfx 目标，因此无法确认 ROCm 支持；本程序所知的 Ollama 版本均不为其提供 ROCm 内核。</translation>
    </message>
    <message>
        <source>Ollama %1 for Windows ships no ROCm kernels for %2%3: its ROCm backend uses the rocBLAS of AMD&apos;s HIP SDK, which has none for this GPU, so ROCm skips it.</source>
        <translation>Windows 版 Ollama %1 不提供 %2%3 的 ROCm 内核：其 ROCm 后端使用 AMD HIP SDK 的 rocBLAS，而其中没有此 GPU 的内核，因此 ROCm 会跳过它。</translation>
    </message>
    <message>
        <source>Community-maintained: it replaces the official Ollama, and its newest known release (%1) lags behind official Ollama, so official fixes reach it late.</source>
        <translation>社区维护：它会替换官方 Ollama，其已知最新版本（%1）落后于官方 Ollama，因此官方修复到达较晚。</translation>
    </message>
    <message>
        <source>Ollama %1 and newer drop integrated GPUs unless OLLAMA_IGPU_ENABLE=1 is set (the log says &quot;dropping integrated GPU&quot;); only %2 through ROCm is admitted by default (since %3), so without the variable Ollama runs on the CPU.</source>
        <translation>Ollama %1 及更新版本会丢弃集成显卡，除非设置 OLLAMA_IGPU_ENABLE=1（日志显示 &quot;dropping integrated GPU&quot;）；默认只接受通过 ROCm 的 %2（自 %3 起），因此没有该变量时 Ollama 在 CPU 上运行。</translation>
    </message>
</context>
<context>
    <name>ogs::TelemetryText</name>
    <message>
        <source>busy %1 % for %2 s while Ollama has no model loaded or no runner process</source>
        <translation>Ollama 没有加载模型或没有运行器进程时，GPU 持续 %2 秒处于 %1 % 繁忙状态</translation>
    </message>
    <message>
        <source>core clock %1 MHz, its top level%2</source>
        <translation>核心频率 %1 MHz，即其最高档位%2</translation>
    </message>
    <message>
        <source>power %1 W against %2 W when idle</source>
        <translation>功耗 %1 W，而空闲时为 %2 W</translation>
    </message>
    <message>
        <source>power %1 W (no idle baseline seen yet)</source>
        <translation>功耗 %1 W（尚未测得空闲基准值）</translation>
    </message>
    <message>
        <source>With the ROCm/HIP backend some GPUs (RDNA4 with Qwen 3 models, and other RDNA3/RDNA4 cases) keep running orphaned compute queues after the model is unloaded: the GPU stays at 100 % busy and maximum clock, drawing power, until the amdgpu driver is reloaded or the computer restarts. Restarting Ollama does not clear it.</source>
        <translation>使用 ROCm/HIP 后端时，部分 GPU（RDNA4 配合 Qwen 3 模型，以及其他一些 RDNA3/RDNA4 情况）在模型卸载后仍会继续运行孤立的计算队列：GPU 一直处于 100 % 繁忙和最高频率状态并持续耗电，直到重新加载 amdgpu 驱动或重启计算机。重启 Ollama 无法解除此状态。</translation>
    </message>
    <message>
        <source>Run Ollama on Vulkan with ROCm devices hidden: OLLAMA_LLM_LIBRARY=vulkan, ROCR_VISIBLE_DEVICES=NOT_A_DEVICE, HIP_VISIBLE_DEVICES=-1 (one click in the wizard)</source>
        <translation>在 Vulkan 上运行 Ollama 并隐藏 ROCm 设备：OLLAMA_LLM_LIBRARY=vulkan，ROCR_VISIBLE_DEVICES=NOT_A_DEVICE，HIP_VISIBLE_DEVICES=-1（在向导中一键完成）</translation>
    </message>
    <message>
        <source>Or keep ROCm with GPU_MAX_HW_QUEUES=1</source>
        <translation>或者保留 ROCm，并设置 GPU_MAX_HW_QUEUES=1</translation>
    </message>
    <message>
        <source>Set OLLAMA_MAX_LOADED_MODELS=1 so only one runner holds the GPU</source>
        <translation>设置 OLLAMA_MAX_LOADED_MODELS=1，使只有一个运行器占用 GPU</translation>
    </message>
    <message>
        <source>Update the GPU firmware (linux-firmware, for the MES fix)</source>
        <translation>更新 GPU 固件（linux-firmware，用于 MES 修复）</translation>
    </message>
    <message>
        <source>Last resort: reload the amdgpu driver or restart the computer</source>
        <translation>最后手段：重新加载 amdgpu 驱动或重启计算机</translation>
    </message>
    <message>
        <source>no clock levels in &quot;%1&quot;</source>
        <translation>&quot;%1&quot; 中没有频率档位</translation>
    </message>
    <message>
        <source>no amdgpu card under %1/class/drm</source>
        <translation>%1/class/drm 下没有 amdgpu 显卡</translation>
    </message>
    <message>
        <source>reading NVIDIA GPUs from %1 instead</source>
        <translation>改为从 %1 读取 NVIDIA GPU</translation>
    </message>
    <message>
        <source>%1 is not an executable file</source>
        <translation>%1 不是可执行文件</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>无法启动 %1：%2</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>未启动</translation>
    </message>
    <message>
        <source>exited with code %1</source>
        <translation>已退出，代码为 %1</translation>
    </message>
    <message>
        <source>%1 fields, expected %2</source>
        <translation>有 %1 个字段，应为 %2 个</translation>
    </message>
    <message>
        <source>index &quot;%1&quot; is not a number</source>
        <translation>索引 &quot;%1&quot; 不是数字</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a number</source>
        <translation>%1 &quot;%2&quot; 不是数字</translation>
    </message>
    <message>
        <source>; no NVIDIA telemetry</source>
        <translation>；没有 NVIDIA 遥测数据</translation>
    </message>
    <message>
        <source>%1 printed &quot;%2&quot;: %3; such lines are skipped</source>
        <translation>%1 输出了 &quot;%2&quot;：%3；将跳过此类行</translation>
    </message>
    <message>
        <source>%1 %2; it is not restarted, NVIDIA values are no longer read</source>
        <translation>%1 %2；不会重新启动它，不再读取 NVIDIA 数值</translation>
    </message>
    <message>
        <source>%1 lacks %2: the NVIDIA driver is too old or this is not NVML; no NVIDIA telemetry (update the driver)</source>
        <translation>%1 缺少 %2：NVIDIA 驱动过旧，或者这不是 NVML；没有 NVIDIA 遥测数据（请更新驱动）</translation>
    </message>
    <message>
        <source>%1 lacks %2; those values stay null</source>
        <translation>%1 缺少 %2；这些值将保持为 null</translation>
    </message>
    <message>
        <source>nvmlInit_v2 failed: %1; no NVIDIA telemetry</source>
        <translation>nvmlInit_v2 失败：%1；没有 NVIDIA 遥测数据</translation>
    </message>
    <message>
        <source> (the NVIDIA kernel module is not loaded)</source>
        <translation> （NVIDIA 内核模块未加载）</translation>
    </message>
    <message>
        <source>nvmlDeviceGetCount_v2 failed: %1; no NVIDIA telemetry</source>
        <translation>nvmlDeviceGetCount_v2 失败：%1；没有 NVIDIA 遥测数据</translation>
    </message>
    <message>
        <source>NVML reports %1 GPUs; sampling only the first %2</source>
        <translation>NVML 报告了 %1 个 GPU；仅采样前 %2 个</translation>
    </message>
    <message>
        <source>NVIDIA GPU %1: nvmlDeviceGetHandleByIndex_v2 failed: %2; not sampled</source>
        <translation>NVIDIA GPU %1：nvmlDeviceGetHandleByIndex_v2 失败：%2；不进行采样</translation>
    </message>
    <message>
        <source>NVIDIA GPU %1: nvmlDeviceGetName failed: %2</source>
        <translation>NVIDIA GPU %1：nvmlDeviceGetName 失败：%2</translation>
    </message>
    <message>
        <source>NVIDIA GPU %1</source>
        <translation>NVIDIA GPU %1</translation>
    </message>
    <message>
        <source>%1: nvmlDeviceGetPciInfo_v3 failed: %2</source>
        <translation>%1：nvmlDeviceGetPciInfo_v3 失败：%2</translation>
    </message>
    <message>
        <source>%1: NVML bus id &quot;%2&quot; is not domain:bus:device.function</source>
        <translation>%1：NVML 总线 ID &quot;%2&quot; 不是 domain:bus:device.function 格式</translation>
    </message>
    <message>
        <source>%1 (%2): %3 failed: %4; the GPU has fallen off the bus, so all its values are null until it is reset (reload the NVIDIA driver or reboot)</source>
        <translation>%1（%2）：%3 失败：%4；该 GPU 已从总线上掉线，因此在重置之前其所有值均为 null（请重新加载 NVIDIA 驱动或重启）</translation>
    </message>
    <message>
        <source>%1 (%2): %3 failed: %4; %5 is null%6</source>
        <translation>%1（%2）：%3 失败：%4；%5 为 null%6</translation>
    </message>
    <message>
        <source> (this GPU cannot report it)</source>
        <translation> （此 GPU 无法报告该值）</translation>
    </message>
    <message>
        <source> until it reads again</source>
        <translation> （直到再次成功读取）</translation>
    </message>
    <message>
        <source>%1 (%2): %3 gave %4 % busy, %5 % memory busy, outside 0-100; util_percent is null</source>
        <translation>%1（%2）：%3 给出的值为 %4 % 繁忙、%5 % 显存繁忙，超出 0-100 范围；util_percent 为 null</translation>
    </message>
    <message>
        <source>DXGI: %1; adapters are named by LUID</source>
        <translation>DXGI：%1；适配器以 LUID 命名</translation>
    </message>
    <message>
        <source>; no utilisation or memory use from Windows</source>
        <translation>；无法从 Windows 获取利用率和显存使用量</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <source>cannot seek: </source>
        <translation>无法定位文件读取位置： </translation>
    </message>
    <message>
        <source>read failed: </source>
        <translation>读取失败： </translation>
    </message>
    <message>
        <source>not a number: &quot;%1&quot;</source>
        <translation>不是数字：&quot;%1&quot;</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>已崩溃</translation>
    </message>
</context>
<context>
    <name>ogs::ui::AboutBox</name>
    <message>
        <source>&lt;h3&gt;Ollama GPU Setup %1&lt;/h3&gt;&lt;p&gt;Finds out why Ollama runs on the processor and makes it use your graphics card: detection, the fastest acceleration path, the VRAM budget, the environment where it takes effect (with undo), a test prompt and a live GPU monitor.&lt;/p&gt;&lt;p&gt;Built with Qt %2. Every step is also a command: &lt;code&gt;ollama-gpu-setup --help&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ollama GPU Setup %1&lt;/h3&gt;&lt;p&gt;找出 Ollama 在处理器上运行的原因，并让它使用你的显卡：检测硬件，选出最快的加速方案，计算 VRAM 预算，写入使设置生效的环境（可撤销），运行测试提示词，并提供实时 GPU 监视器。&lt;/p&gt;&lt;p&gt;基于 Qt %2 构建。每个步骤也都可以用命令完成：&lt;code&gt;ollama-gpu-setup --help&lt;/code&gt;。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Ollama GPU Setup</source>
        <translation>关于 Ollama GPU Setup</translation>
    </message>
</context>
<context>
    <name>ogs::ui::ApplyPage</name>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Apply the settings</source>
        <translation>应用设置</translation>
    </message>
    <message>
        <source>These are the exact changes. Nothing is written until you press Apply, and Undo restores the previous bytes.</source>
        <translation>以下就是将要进行的全部更改。点击“应用”之前不会写入任何内容，“撤销”会恢复原来的字节。</translation>
    </message>
    <message>
        <source>Where to write the settings</source>
        <translation>设置的写入位置</translation>
    </message>
    <message>
        <source>Applying</source>
        <translation>正在应用</translation>
    </message>
    <message>
        <source>Apply the changes</source>
        <translation>应用更改</translation>
    </message>
    <message>
        <source>Undo the last apply</source>
        <translation>撤销上一次应用</translation>
    </message>
    <message>
        <source>&amp;Write to:</source>
        <translation>写入到(&amp;W)：</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
    <message>
        <source>Suggested: &lt;b&gt;%1&lt;/b&gt;, because %2.</source>
        <translation>建议：&lt;b&gt;%1&lt;/b&gt;，因为%2。</translation>
    </message>
    <message>
        <source>⚠ This plan cannot be made: %1</source>
        <translation>⚠ 无法生成此计划：%1</translation>
    </message>
    <message>
        <source>This target needs administrator rights. Run in a terminal: &lt;code&gt;sudo ollama-gpu-setup env apply --target %1 --path %2 --yes&lt;/code&gt;</source>
        <translation>此目标需要管理员权限。请在终端中运行：&lt;code&gt;sudo ollama-gpu-setup env apply --target %1 --path %2 --yes&lt;/code&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Failed:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;失败：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>&amp;Stop waiting</source>
        <translation>停止等待(&amp;S)</translation>
    </message>
    <message>
        <source>Stop waiting for Ollama to restart</source>
        <translation>停止等待 Ollama 重启</translation>
    </message>
</context>
<context>
    <name>ogs::ui::BenchMetrics</name>
    <message>
        <source>%1 tok/s</source>
        <translation>%1 tok/s</translation>
    </message>
    <message>
        <source>Time to first token</source>
        <translation>首个 token 用时</translation>
    </message>
    <message>
        <source>Generation speed</source>
        <translation>生成速度</translation>
    </message>
    <message>
        <source>Prompt processing speed</source>
        <translation>提示词处理速度</translation>
    </message>
    <message>
        <source>Where the model runs</source>
        <translation>模型的运行位置</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>Prompt processing</source>
        <translation>提示词处理</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>处理器</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
</context>
<context>
    <name>ogs::ui::BudgetBar</name>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>Video memory budget</source>
        <translation>显存预算</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV 缓存</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <source>Overhead</source>
        <translation>额外开销</translation>
    </message>
    <message>
        <source>%1 of %2 available</source>
        <translation>%1，可用总量 %2</translation>
    </message>
    <message>
        <source>| available %1</source>
        <translation>| 可用 %1</translation>
    </message>
</context>
<context>
    <name>ogs::ui::ConnectionTester</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>&amp;Cancel test</source>
        <translation>取消测试(&amp;C)</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>No answer from %1: %2</source>
        <translation>%1 没有响应：%2</translation>
    </message>
    <message>
        <source>%1 answered, but not like Ollama does.</source>
        <translation>%1 有响应，但响应方式与 Ollama 不符。</translation>
    </message>
    <message>
        <source>Connected: Ollama %1 at %2.</source>
        <translation>已连接：%2 上的 Ollama %1。</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>测试已取消。</translation>
    </message>
</context>
<context>
    <name>ogs::ui::DiffView</name>
    <message>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <source>Changes that will be made</source>
        <translation>将要进行的更改</translation>
    </message>
    <message>
        <source>Nothing to change: every value is already in place.</source>
        <translation>无需更改：所有值均已就位。</translation>
    </message>
</context>
<context>
    <name>ogs::ui::FindingsList</name>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>The server log shows nothing that explains this.</source>
        <translation>服务器日志中没有能解释此情况的内容。</translation>
    </message>
    <message>
        <source>&lt;b style=&quot;color:%1&quot;&gt;%2:&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Fix:&lt;/b&gt; %4&lt;br&gt;&lt;small&gt;&lt;code&gt;%5&lt;/code&gt;&lt;/small&gt;</source>
        <translation>&lt;b style=&quot;color:%1&quot;&gt;%2：&lt;/b&gt;%3&lt;br&gt;&lt;b&gt;解决方法：&lt;/b&gt;%4&lt;br&gt;&lt;small&gt;&lt;code&gt;%5&lt;/code&gt;&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Apply this &amp;fix</source>
        <translation>应用此修复(&amp;F)</translation>
    </message>
    <message>
        <source>Apply the fix: %1</source>
        <translation>应用修复：%1</translation>
    </message>
    <message>
        <source>Shows what it writes (%1) before anything changes</source>
        <translation>在做出任何更改之前，先显示将要写入的内容（%1）</translation>
    </message>
</context>
<context>
    <name>ogs::ui::GpuMonitorPanel</name>
    <message>
        <source>Utilisation</source>
        <translation>利用率</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>显存</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>GiB</translation>
    </message>
    <message>
        <source>Core clock</source>
        <translation>核心频率</translation>
    </message>
    <message>
        <source>MHz</source>
        <translation>MHz</translation>
    </message>
    <message>
        <source>Power and temperature</source>
        <translation>功耗与温度</translation>
    </message>
    <message>
        <source>W / °C</source>
        <translation>W / °C</translation>
    </message>
    <message>
        <source>GPU %1</source>
        <translation>GPU %1</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>繁忙</translation>
    </message>
    <message>
        <source>VRAM used</source>
        <translation>已用 VRAM</translation>
    </message>
    <message>
        <source>GTT used</source>
        <translation>已用 GTT</translation>
    </message>
    <message>
        <source>core clock</source>
        <translation>核心频率</translation>
    </message>
    <message>
        <source>power (W)</source>
        <translation>功耗 (W)</translation>
    </message>
    <message>
        <source>temperature (°C)</source>
        <translation>温度 (°C)</translation>
    </message>
</context>
<context>
    <name>ogs::ui::HomeView</name>
    <message>
        <source>Check &amp;again</source>
        <translation>再次检查(&amp;A)</translation>
    </message>
    <message>
        <source>Check again whether Ollama runs on the GPU</source>
        <translation>再次检查 Ollama 是否在 GPU 上运行</translation>
    </message>
    <message>
        <source>&amp;Load the model and check</source>
        <translation>加载模型并检查(&amp;L)</translation>
    </message>
    <message>
        <source>Load the model and check where it runs</source>
        <translation>加载模型并检查它在哪里运行</translation>
    </message>
    <message>
        <source>Ollama GPU Setup</source>
        <translation>Ollama GPU Setup</translation>
    </message>
    <message>
        <source>The applied setup</source>
        <translation>已应用的设置</translation>
    </message>
    <message>
        <source>Whether Ollama runs on the GPU</source>
        <translation>Ollama 是否在 GPU 上运行</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Ollama GPU Setup&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Ollama GPU Setup&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Applied setup</source>
        <translation>已应用的设置</translation>
    </message>
    <message>
        <source>Does Ollama run on the GPU?</source>
        <translation>Ollama 是否在 GPU 上运行？</translation>
    </message>
    <message>
        <source>Open the GPU &amp;monitor</source>
        <translation>打开 GPU 监视器(&amp;M)</translation>
    </message>
    <message>
        <source>Open the GPU monitor</source>
        <translation>打开 GPU 监视器</translation>
    </message>
    <message>
        <source>&amp;Run setup again</source>
        <translation>重新运行设置向导(&amp;R)</translation>
    </message>
    <message>
        <source>Run the setup again from the first page</source>
        <translation>从第一页重新运行设置向导</translation>
    </message>
    <message>
        <source>Abou&amp;t</source>
        <translation>关于(&amp;T)</translation>
    </message>
    <message>
        <source>About Ollama GPU Setup</source>
        <translation>关于 Ollama GPU Setup</translation>
    </message>
    <message>
        <source>Acceleration path: &lt;b&gt;%1&lt;/b&gt;.&lt;br&gt;</source>
        <translation>加速方案：&lt;b&gt;%1&lt;/b&gt;。&lt;br&gt;</translation>
    </message>
    <message>
        <source>Model: &lt;b&gt;%1&lt;/b&gt; with %2 tokens of context.&lt;br&gt;</source>
        <translation>模型：&lt;b&gt;%1&lt;/b&gt;，上下文长度 %2 个 token。&lt;br&gt;</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; holds no settings of ours (undone, or edited by hand).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 中没有本程序写入的设置（已撤销，或已被手动编辑）。</translation>
    </message>
    <message>
        <source>Settings in &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 中的设置：</translation>
    </message>
    <message>
        <source>Undo with &lt;code&gt;ollama-gpu-setup env undo&lt;/code&gt; (latest change %1, %2).</source>
        <translation>可用 &lt;code&gt;ollama-gpu-setup env undo&lt;/code&gt; 撤销（最近一次更改：%1，%2）。</translation>
    </message>
    <message>
        <source>Nothing was written to this computer&apos;s environment.</source>
        <translation>未向这台计算机的环境写入任何内容。</translation>
    </message>
    <message>
        <source>Asking Ollama at %1…</source>
        <translation>正在查询 %1 上的 Ollama…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ollama does not answer at %1.&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;%1 上的 Ollama 没有响应。&lt;/b&gt;%2</translation>
    </message>
    <message>
        <source>Ollama runs at %1, but no model is loaded, so where it computes cannot be seen right now. Load the model to check, or look at Ollama&apos;s log below.</source>
        <translation>Ollama 正在 %1 上运行，但尚未加载任何模型，因此目前无法看出它在哪里进行计算。请加载模型进行检查，或查看下方的 Ollama 日志。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Yes: Ollama runs on the GPU.&lt;/b&gt;</source>
        <translation>&lt;b&gt;是的：Ollama 在 GPU 上运行。&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not entirely: part of the model runs on the processor.&lt;/b&gt; A smaller variant or a shorter context would fit; run the setup again to choose.</source>
        <translation>&lt;b&gt;不完全是：模型有一部分在处理器上运行。&lt;/b&gt;换用更小的版本或更短的上下文即可装下；请重新运行设置向导进行选择。</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Could not load %1:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;无法加载 %1：&lt;/b&gt;%2</translation>
    </message>
    <message>
        <source>No Ollama log was found.</source>
        <translation>未找到 Ollama 日志。</translation>
    </message>
    <message>
        <source>Ollama&apos;s log (%1) says it computes on: &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>Ollama 日志（%1）显示它的计算设备为：&lt;b&gt;%2&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ollama&apos;s log (%1) says it found no usable GPU and computes on the processor.&lt;/b&gt; Run the setup again.</source>
        <translation>&lt;b&gt;Ollama 日志（%1）显示它没有找到可用的 GPU，正在处理器上进行计算。&lt;/b&gt;请重新运行设置向导。</translation>
    </message>
    <message>
        <source>Ollama&apos;s log (%1) does not say which device it uses.</source>
        <translation>Ollama 日志（%1）没有说明它使用哪个设备。</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>已应用</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>未完成</translation>
    </message>
</context>
<context>
    <name>ogs::ui::LoadedModelsPanel</name>
    <message>
        <source>Models Ollama has loaded</source>
        <translation>Ollama 已加载的模型</translation>
    </message>
    <message>
        <source>Asking Ollama…</source>
        <translation>正在查询 Ollama…</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>处理器</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>上下文</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>保留至</translation>
    </message>
    <message>
        <source>Ollama does not answer at %1: %2</source>
        <translation>%1 上的 Ollama 没有响应：%2</translation>
    </message>
    <message>
        <source>No model is loaded at %1.</source>
        <translation>%1 上没有已加载的模型。</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) loaded at %1:</source>
        <translation>
            <numerusform>%1 上已加载 %n 个模型：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ogs::ui::ModelDownloader</name>
    <message>
        <source>&amp;Download</source>
        <translation>下载(&amp;D)</translation>
    </message>
    <message>
        <source>Cancel do&amp;wnload</source>
        <translation>取消下载(&amp;W)</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>下载进度</translation>
    </message>
    <message>
        <source>Download the model</source>
        <translation>下载模型</translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation>取消下载</translation>
    </message>
    <message>
        <source>Asking Ollama whether %1 is installed…</source>
        <translation>正在向 Ollama 查询 %1 是否已安装…</translation>
    </message>
    <message>
        <source>Could not ask Ollama which models are installed: %1</source>
        <translation>无法向 Ollama 查询已安装的模型：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is installed in Ollama.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 已安装到 Ollama 中。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is not installed in Ollama yet. Download it here or later with &lt;code&gt;ollama pull %1&lt;/code&gt;.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 尚未安装到 Ollama 中。可以在这里下载，也可以稍后用 &lt;code&gt;ollama pull %1&lt;/code&gt; 下载。</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>正在下载 %1…</translation>
    </message>
    <message>
        <source>%1 of %2 MB</source>
        <translation>%1 / %2 MB</translation>
    </message>
    <message>
        <source>Downloading %1: %2</source>
        <translation>正在下载 %1：%2</translation>
    </message>
    <message>
        <source>Download of %1 cancelled. Nothing was installed; download it again at any time.</source>
        <translation>已取消下载 %1。未安装任何内容；可以随时重新下载。</translation>
    </message>
    <message>
        <source>&lt;b&gt;The download of %1 failed:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;下载 %1 失败：&lt;/b&gt;%2</translation>
    </message>
    <message>
        <source>&amp;Try the download again</source>
        <translation>重新尝试下载(&amp;T)</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>正在开始…</translation>
    </message>
</context>
<context>
    <name>ogs::ui::ModelPage</name>
    <message>
        <source>&amp;Use the suggested variant</source>
        <translation>使用建议的版本(&amp;U)</translation>
    </message>
    <message>
        <source>Model and memory</source>
        <translation>模型与显存</translation>
    </message>
    <message>
        <source>Whether the model fits in video memory. What does not fit runs on the processor, much more slowly.</source>
        <translation>模型能否装入显存。装不下的部分会在处理器上运行，速度要慢得多。</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>上下文长度</translation>
    </message>
    <message>
        <source>Use the suggested variant</source>
        <translation>使用建议的版本</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Context length:</source>
        <translation>上下文长度(&amp;C)：</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 个 token</translation>
    </message>
    <message>
        <source>No GPU memory was detected: the model will run on the processor.</source>
        <translation>未检测到 GPU 显存：模型将在处理器上运行。</translation>
    </message>
    <message>
        <source>Predicted &lt;code&gt;ollama ps&lt;/code&gt;: &lt;b&gt;%1&lt;/b&gt; — the whole model runs on the GPU.</source>
        <translation>预计 &lt;code&gt;ollama ps&lt;/code&gt; 显示：&lt;b&gt;%1&lt;/b&gt; — 整个模型都在 GPU 上运行。</translation>
    </message>
    <message>
        <source>Predicted &lt;code&gt;ollama ps&lt;/code&gt;: &lt;b&gt;%1&lt;/b&gt; — %2 of %3 layers on the GPU; the rest runs on the processor.</source>
        <translation>预计 &lt;code&gt;ollama ps&lt;/code&gt; 显示：&lt;b&gt;%1&lt;/b&gt; — %3 层中有 %2 层在 GPU 上，其余在处理器上运行。</translation>
    </message>
    <message>
        <source>Asking Ollama about %1…</source>
        <translation>正在向 Ollama 查询 %1 的信息…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot size %1:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;无法计算 %1 的大小：&lt;/b&gt;%2</translation>
    </message>
    <message>
        <source>%1 — installed in Ollama</source>
        <translation>%1 — 已安装到 Ollama</translation>
    </message>
    <message>
        <source>%1 — installed</source>
        <translation>%1 — 已安装</translation>
    </message>
    <message>
        <source>%1 (%2, %3 GB)</source>
        <translation>%1（%2，%3 GB）</translation>
    </message>
    <message>
        <source>%1 (%2, %3 GB; built locally with %4)</source>
        <translation>%1（%2，%3 GB；用 %4 在本地构建）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Suggested for this card:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;建议此显卡使用：&lt;/b&gt;%1</translation>
    </message>
</context>
<context>
    <name>ogs::ui::MonitorSession</name>
    <message>
        <source>No GPU to sample: %1</source>
        <translation>没有可采样的 GPU：%1</translation>
    </message>
</context>
<context>
    <name>ogs::ui::MonitorWindow</name>
    <message>
        <source>GPU Monitor — Ollama GPU Setup</source>
        <translation>GPU 监视器 — Ollama GPU Setup</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>监视器</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>Freeze the charts; samples are still recorded</source>
        <translation>冻结图表；样本仍会继续记录</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <source>Export P&amp;NG…</source>
        <translation>导出 PNG(&amp;N)…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>导出 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>GPU stuck alert</source>
        <translation>GPU 卡死警报</translation>
    </message>
    <message>
        <source>Processes using the GPUs</source>
        <translation>正在使用 GPU 的进程</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>进程</translation>
    </message>
    <message>
        <source>VRAM</source>
        <translation>VRAM</translation>
    </message>
    <message>
        <source>Engine busy</source>
        <translation>引擎占用</translation>
    </message>
    <message>
        <source>Processes using the GPUs:</source>
        <translation>正在使用 GPU 的进程：</translation>
    </message>
    <message>
        <source>Waiting for the first sample…</source>
        <translation>正在等待第一个样本…</translation>
    </message>
    <message>
        <source>No GPU with live readings found.</source>
        <translation>未找到可实时读数的 GPU。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 is stuck busy&lt;/b&gt; (%2).&lt;br&gt;%3&lt;br&gt;&lt;b&gt;Fix:&lt;/b&gt; %4</source>
        <translation>&lt;b&gt;%1 一直处于繁忙状态&lt;/b&gt;（%2）。&lt;br&gt;%3&lt;br&gt;&lt;b&gt;解决方法：&lt;/b&gt;%4</translation>
    </message>
    <message>
        <source>Export samples as CSV</source>
        <translation>将样本导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Export charts as PNG</source>
        <translation>将图表导出为 PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Ollama GPU Setup</source>
        <translation>关于 Ollama GPU Setup(&amp;A)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>GPU count, samples kept</comment>
        <translation>%1，%2</translation>
    </message>
    <message numerus="yes">
        <source>%n GPU(s)</source>
        <translation>
            <numerusform>%n 个 GPU</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s) kept</source>
        <translation>
            <numerusform>保留 %n 个样本</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ogs::ui::OllamaInstallPanel</name>
    <message>
        <source>Ollama</source>
        <translation>Ollama</translation>
    </message>
    <message>
        <source>&amp;Install Ollama…</source>
        <translation>安装 Ollama(&amp;I)…</translation>
    </message>
    <message>
        <source>Cance&amp;l</source>
        <translation>取消(&amp;L)</translation>
    </message>
    <message>
        <source>Ollama download progress</source>
        <translation>Ollama 下载进度</translation>
    </message>
    <message>
        <source>Install or update Ollama</source>
        <translation>安装或更新 Ollama</translation>
    </message>
    <message>
        <source>Cancel the Ollama install</source>
        <translation>取消 Ollama 安装</translation>
    </message>
    <message>
        <source>Looking for Ollama…</source>
        <translation>正在查找 Ollama…</translation>
    </message>
    <message>
        <source>Ollama is not installed.</source>
        <translation>未安装 Ollama。</translation>
    </message>
    <message>
        <source>Ollama %1 (%2) at %3.</source>
        <translation>Ollama %1（%2），位于 %3。</translation>
    </message>
    <message>
        <source>of unknown version</source>
        <translation>未知版本</translation>
    </message>
    <message>
        <source>unknown build</source>
        <translation>未知构建</translation>
    </message>
    <message>
        <source>The server answers.</source>
        <translation>服务器有响应。</translation>
    </message>
    <message>
        <source>The server does not answer.</source>
        <translation>服务器没有响应。</translation>
    </message>
    <message>
        <source>&amp;Update Ollama…</source>
        <translation>更新 Ollama(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Switch to %1…</source>
        <translation>切换到 %1(&amp;S)…</translation>
    </message>
    <message>
        <source>Reading the release and planning…</source>
        <translation>正在读取发布信息并制定计划…</translation>
    </message>
    <message>
        <source>Install Ollama</source>
        <translation>安装 Ollama</translation>
    </message>
    <message>
        <source>Not confirmed; nothing was changed.</source>
        <translation>未确认，未做任何更改。</translation>
    </message>
    <message>
        <source>Run this script as root?</source>
        <translation>以 root 身份运行此脚本？</translation>
    </message>
    <message>
        <source>%1 (SHA-256 %2) will run as root:</source>
        <translation>%1（SHA-256 %2）将以 root 身份运行：</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>完成：%1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>ogs::ui::PathComparisonTable</name>
    <message>
        <source>Comparison of the three AMD acceleration paths</source>
        <translation>三种 AMD 加速方案的比较</translation>
    </message>
    <message>
        <source>ROCm</source>
        <translation>ROCm</translation>
    </message>
    <message>
        <source>Vulkan</source>
        <translation>Vulkan</translation>
    </message>
    <message>
        <source>ollama-for-amd</source>
        <translation>ollama-for-amd</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>配置难度</translation>
    </message>
    <message>
        <source>GPU requirement</source>
        <translation>GPU 要求</translation>
    </message>
    <message>
        <source>Stability</source>
        <translation>稳定性</translation>
    </message>
    <message>
        <source>Extra install</source>
        <translation>额外安装</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>最佳</translation>
    </message>
    <message>
        <source>Good (about 60–80 % of ROCm)</source>
        <translation>良好（约为 ROCm 的 60–80%）</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>中等</translation>
    </message>
    <message>
        <source>Trivial (one variable)</source>
        <translation>非常简单（一个变量）</translation>
    </message>
    <message>
        <source>Official list only</source>
        <translation>仅限官方列表</translation>
    </message>
    <message>
        <source>Any GPU with Vulkan</source>
        <translation>任何支持 Vulkan 的 GPU</translation>
    </message>
    <message>
        <source>Extended AMD list</source>
        <translation>扩展的 AMD 列表</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>生产级</translation>
    </message>
    <message>
        <source>Experimental</source>
        <translation>实验性</translation>
    </message>
    <message>
        <source>Community-maintained</source>
        <translation>社区维护</translation>
    </message>
    <message>
        <source>HIP SDK on Windows</source>
        <translation>Windows 上需要 HIP SDK</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Replaces Ollama</source>
        <translation>替换 Ollama</translation>
    </message>
    <message>
        <source>Windows and Linux</source>
        <translation>Windows 和 Linux</translation>
    </message>
    <message>
        <source>Windows only</source>
        <translation>仅 Windows</translation>
    </message>
</context>
<context>
    <name>ogs::ui::PathDetailsView</name>
    <message>
        <source>Details of the selected path</source>
        <translation>所选方案的详细信息</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Expected speed:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;预期速度：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stability:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;稳定性：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;On this card:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;在此显卡上：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>It is slower: %1 instead of %2.</source>
        <translation>速度较慢：%1，而首选为 %2。</translation>
    </message>
    <message>
        <source>It is %1, the first choice is %2.</source>
        <translation>它的稳定性为“%1”，而首选方案为“%2”。</translation>
    </message>
    <message>
        <source>It needs more to be installed or replaced.</source>
        <translation>需要安装或替换更多组件。</translation>
    </message>
    <message>
        <source>More known problems apply to it on this machine.</source>
        <translation>在这台计算机上，它受更多已知问题的影响。</translation>
    </message>
    <message>
        <source>The rules put %1 first for this GPU and Ollama version.</source>
        <translation>对于此 GPU 和此 Ollama 版本，规则将 %1 排在首位。</translation>
    </message>
    <message>
        <source>Why it ranks below %1:</source>
        <translation>排在 %1 之后的原因：</translation>
    </message>
    <message>
        <source>remove %1</source>
        <translation>移除 %1</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>环境变量</translation>
    </message>
    <message>
        <source>No environment changes are needed.</source>
        <translation>无需更改环境变量。</translation>
    </message>
    <message>
        <source>Also needed</source>
        <translation>还需要</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
</context>
<context>
    <name>ogs::ui::PathPage</name>
    <message>
        <source>Acceleration path</source>
        <translation>加速方案</translation>
    </message>
    <message>
        <source>The ways Ollama can use this GPU, best first. The first is chosen; pick another to see why it ranks lower.</source>
        <translation>Ollama 使用此 GPU 的各种方式，按优劣排列。已选中第一项；选择其他项可查看其排名较低的原因。</translation>
    </message>
    <message>
        <source>Acceleration paths, best first</source>
        <translation>加速方案（按优劣排列）</translation>
    </message>
    <message>
        <source>&amp;Paths:</source>
        <translation>方案(&amp;P)：</translation>
    </message>
    <message>
        <source>Path details and comparison</source>
        <translation>方案详情与比较</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>详细信息(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Compare the AMD paths</source>
        <translation>比较 AMD 方案(&amp;C)</translation>
    </message>
    <message>
        <source>%1. %2 — %3</source>
        <translation>%1. %2 — %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：%2</translation>
    </message>
    <message>
        <source>Not possible here:</source>
        <translation>在此不可用：</translation>
    </message>
    <message>
        <source>&lt;p&gt;No acceleration path could be recommended.&lt;/p&gt;</source>
        <translation>&lt;p&gt;无法推荐任何加速方案。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ogs::ui::PathText</name>
    <message>
        <source>%1 % of native speed</source>
        <translation>原生速度的 %1%</translation>
    </message>
    <message>
        <source>%1–%2 % of native speed</source>
        <translation>原生速度的 %1–%2%</translation>
    </message>
    <message>
        <source>about %1–%2 tokens/s with %3</source>
        <translation>使用 %3 时约 %1–%2 token/s</translation>
    </message>
    <message>
        <source>ROCm (native)</source>
        <translation>ROCm（原生）</translation>
    </message>
    <message>
        <source>ROCm with a gfx override</source>
        <translation>ROCm（覆盖 gfx 目标）</translation>
    </message>
    <message>
        <source>Vulkan</source>
        <translation>Vulkan</translation>
    </message>
    <message>
        <source>ollama-for-amd (community build)</source>
        <translation>ollama-for-amd（社区构建版）</translation>
    </message>
    <message>
        <source>CUDA (NVIDIA)</source>
        <translation>CUDA（NVIDIA）</translation>
    </message>
    <message>
        <source>Processor only (no GPU)</source>
        <translation>仅处理器（不使用 GPU）</translation>
    </message>
    <message>
        <source>Ollama on the Windows host</source>
        <translation>Windows 主机上的 Ollama</translation>
    </message>
    <message>
        <source>production</source>
        <translation>生产级</translation>
    </message>
    <message>
        <source>experimental</source>
        <translation>实验性</translation>
    </message>
    <message>
        <source>community-maintained</source>
        <translation>社区维护</translation>
    </message>
</context>
<context>
    <name>ogs::ui::ScanPage</name>
    <message>
        <source>discrete</source>
        <translation>独立</translation>
    </message>
    <message>
        <source>integrated</source>
        <translation>集成</translation>
    </message>
    <message>
        <source>virtual</source>
        <translation>虚拟</translation>
    </message>
    <message>
        <source>software (CPU)</source>
        <translation>软件 (CPU)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <source>macOS</source>
        <translation>macOS</translation>
    </message>
    <message>
        <source>Linux inside WSL 2 (Windows Subsystem for Linux)</source>
        <translation>WSL 2 中的 Linux（适用于 Linux 的 Windows 子系统）</translation>
    </message>
    <message>
        <source>Linux</source>
        <translation>Linux</translation>
    </message>
    <message>
        <source>&amp;Scan again</source>
        <translation>重新扫描(&amp;S)</translation>
    </message>
    <message>
        <source>Your system</source>
        <translation>你的系统</translation>
    </message>
    <message>
        <source>The graphics cards in this computer and what Ollama needs to use them.</source>
        <translation>本机中的显卡，以及 Ollama 使用它们所需的条件。</translation>
    </message>
    <message>
        <source>Scanning</source>
        <translation>正在扫描</translation>
    </message>
    <message>
        <source>Detected GPUs</source>
        <translation>检测到的 GPU</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>gfx target</source>
        <translation>gfx 目标</translation>
    </message>
    <message>
        <source>VRAM</source>
        <translation>VRAM</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Vulkan driver</source>
        <translation>Vulkan 驱动</translation>
    </message>
    <message>
        <source>Seen by</source>
        <translation>检测来源</translation>
    </message>
    <message>
        <source>Scan again</source>
        <translation>重新扫描</translation>
    </message>
    <message>
        <source>Scanning for GPUs…</source>
        <translation>正在扫描 GPU…</translation>
    </message>
    <message>
        <source>Platform: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>平台：&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>ROCm compute device /dev/kfd: available.</source>
        <translation>ROCm 计算设备 /dev/kfd：可用。</translation>
    </message>
    <message>
        <source>ROCm compute device /dev/kfd: present but &lt;b&gt;not accessible&lt;/b&gt; to you.</source>
        <translation>ROCm 计算设备 /dev/kfd：存在，但你&lt;b&gt;无权访问&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>ROCm compute device /dev/kfd: not present.</source>
        <translation>ROCm 计算设备 /dev/kfd：不存在。</translation>
    </message>
    <message>
        <source>&lt;b&gt;No graphics card was found.&lt;/b&gt; Ollama will run on the processor.</source>
        <translation>&lt;b&gt;未找到显卡。&lt;/b&gt;Ollama 将在处理器上运行。</translation>
    </message>
    <message>
        <source>installed</source>
        <translation>已安装</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>未安装</translation>
    </message>
    <message>
        <source>Ollama &lt;b&gt;%1&lt;/b&gt; is installed and running at %2.</source>
        <translation>Ollama &lt;b&gt;%1&lt;/b&gt; 已安装，正在 %2 运行。</translation>
    </message>
    <message>
        <source>Ollama &lt;b&gt;%1&lt;/b&gt; is installed but not running (nothing answers at %2).</source>
        <translation>Ollama &lt;b&gt;%1&lt;/b&gt; 已安装但未运行（%2 无应答）。</translation>
    </message>
    <message>
        <source>Ollama &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Ollama &lt;b&gt;%1&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>Ollama was &lt;b&gt;not found&lt;/b&gt;: nothing answers at %1 and there is no &lt;code&gt;ollama&lt;/code&gt; command. The advice assumes Ollama %2, the newest release this program knows.</source>
        <translation>&lt;b&gt;未找到&lt;/b&gt; Ollama：%1 无应答，也没有 &lt;code&gt;ollama&lt;/code&gt; 命令。本建议假定为 Ollama %2，即本程序已知的最新版本。</translation>
    </message>
    <message>
        <source>Its install (%1) ships ROCm kernels for: %2.</source>
        <translation>其安装（%1）附带以下目标的 ROCm 内核：%2。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Its install (%1) has no ROCm runner.</source>
        <translation>其安装（%1）没有 ROCm 运行器。</translation>
    </message>
    <message>
        <source>AMD HIP SDK: %1.</source>
        <translation>AMD HIP SDK：%1。</translation>
    </message>
    <message>
        <source>ROCm runtime on the system: %1 (Ollama brings its own; this matters for the HSA override).</source>
        <translation>系统上的 ROCm 运行时：%1（Ollama 自带一份；这关系到 HSA 覆盖）。</translation>
    </message>
</context>
<context>
    <name>ogs::ui::ServerRestart</name>
    <message>
        <source>Restart the service in a terminal: sudo systemctl daemon-reload &amp;&amp; sudo systemctl restart ollama</source>
        <translation>请在终端中重启服务：sudo systemctl daemon-reload &amp;&amp; sudo systemctl restart ollama</translation>
    </message>
    <message>
        <source>Ollama reads %1 only when a new terminal starts it: stop the running `ollama serve` (Ctrl+C in its terminal), open a new terminal and run `ollama serve` again.</source>
        <translation>只有从新终端启动时，Ollama 才会读取 %1：请停止正在运行的 `ollama serve`（在其终端中按 Ctrl+C），然后打开一个新终端，再次运行 `ollama serve`。</translation>
    </message>
    <message>
        <source>%1 is read at login: log out and back in, then start `ollama serve` again.</source>
        <translation>%1 在登录时读取：请注销并重新登录，然后再次启动 `ollama serve`。</translation>
    </message>
    <message>
        <source>/etc/environment is read at login: log out and back in, then start Ollama again.</source>
        <translation>/etc/environment 在登录时读取：请注销并重新登录，然后再次启动 Ollama。</translation>
    </message>
    <message>
        <source>Quit Ollama from its icon in the notification area (right-click, Quit Ollama), then start Ollama again from the Start menu: it reads the new variables when it starts.</source>
        <translation>请通过通知区域中的 Ollama 图标退出 Ollama（右键单击，选择 Quit Ollama），然后从“开始”菜单重新启动 Ollama：它会在启动时读取新的变量。</translation>
    </message>
    <message>
        <source>Restarting the Ollama service (systemctl restart ollama)…</source>
        <translation>正在重启 Ollama 服务（systemctl restart ollama）…</translation>
    </message>
    <message>
        <source>stopped waiting</source>
        <translation>已停止等待</translation>
    </message>
    <message>
        <source>Waiting for Ollama to answer at %1…</source>
        <translation>正在等待 %1 上的 Ollama 响应…</translation>
    </message>
    <message>
        <source>Reading the server log to confirm the settings…</source>
        <translation>正在读取服务器日志以确认设置…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Restart Ollama yourself&lt;/b&gt; so it reads the new settings: %1 Then go on to check it.</source>
        <translation>&lt;b&gt;请自行重启 Ollama&lt;/b&gt;，使其读取新设置：%1 然后继续下一步进行检查。</translation>
    </message>
    <message>
        <source>⚠ Ollama was restarted but does not answer yet: %1</source>
        <translation>⚠ Ollama 已重启，但尚未响应：%1</translation>
    </message>
    <message>
        <source>✔ Restarted Ollama; it answers again (version %1).</source>
        <translation>✔ 已重启 Ollama，它已恢复响应（版本 %1）。</translation>
    </message>
    <message>
        <source>✔ Its log confirms the settings: %1.</source>
        <translation>✔ 其日志确认了以下设置：%1。</translation>
    </message>
    <message>
        <source>⚠ Its log shows it did not get: %1.</source>
        <translation>⚠ 其日志显示它没有获得以下设置：%1。</translation>
    </message>
    <message>
        <source>No server log was found to confirm the settings.</source>
        <translation>未找到可用于确认设置的服务器日志。</translation>
    </message>
    <message>
        <source>This Ollama does not list %1 in its log, so those cannot be confirmed.</source>
        <translation>此版本的 Ollama 不会在日志中列出 %1，因此无法确认这些设置。</translation>
    </message>
    <message>
        <source>Stopped Ollama (%1) and started %2.</source>
        <translation>已停止 Ollama（%1）并启动了 %2。</translation>
    </message>
    <message>
        <source>Ollama was not running; started %1.</source>
        <translation>Ollama 未在运行；已启动 %1。</translation>
    </message>
    <message>
        <source>⚠ Could not tell whether Ollama runs: %1. Nothing was stopped or started.</source>
        <translation>⚠ 无法确定 Ollama 是否在运行：%1。未停止或启动任何进程。</translation>
    </message>
    <message>
        <source>⚠ Ollama&apos;s app is not at %1, so it was not restarted; nothing was stopped.</source>
        <translation>⚠ Ollama 应用不在 %1，因此未重启它；未停止任何进程。</translation>
    </message>
    <message>
        <source>⚠ Could not stop Ollama: %1. Nothing was started.</source>
        <translation>⚠ 无法停止 Ollama：%1。未启动任何进程。</translation>
    </message>
    <message>
        <source>⚠ Stopped Ollama (%1), but it did not start again: %2.</source>
        <translation>⚠ 已停止 Ollama（%1），但它没有再次启动：%2。</translation>
    </message>
    <message>
        <source>After applying, Ollama is restarted so it reads the new variables: ollama app.exe and ollama.exe are stopped and %1 is started again (or started, if Ollama is not running).</source>
        <translation>应用后会重启 Ollama，使其读取新的变量：停止 ollama app.exe 和 ollama.exe，然后重新启动 %1（如果 Ollama 未在运行，则直接启动）。</translation>
    </message>
    <message>
        <source>After applying: Ollama&apos;s app is not at %1, so it cannot be restarted from here. %2</source>
        <translation>应用后：Ollama 应用不在 %1，因此无法从这里重启它。%2</translation>
    </message>
    <message>
        <source>After applying, the Ollama service is restarted (systemctl daemon-reload, systemctl restart ollama) and its log is read to confirm the settings.</source>
        <translation>应用后会重启 Ollama 服务（systemctl daemon-reload、systemctl restart ollama），并读取其日志以确认设置。</translation>
    </message>
    <message>
        <source>After applying: %1</source>
        <translation>应用后：%1</translation>
    </message>
    <message>
        <source>Restarting Ollama: stopping ollama app.exe and ollama.exe, then starting %1…</source>
        <translation>正在重启 Ollama：停止 ollama app.exe 和 ollama.exe，然后启动 %1…</translation>
    </message>
    <message>
        <source>Start Ollama from the Start menu: it reads the new variables when it starts.</source>
        <translation>请从“开始”菜单启动 Ollama：它会在启动时读取新的变量。</translation>
    </message>
    <message>
        <source>✔ Started Ollama; it answers (version %1).</source>
        <translation>✔ 已启动 Ollama，它正在响应（版本 %1）。</translation>
    </message>
</context>
<context>
    <name>ogs::ui::SetupSession</name>
    <message>
        <source>Nothing needed changing.</source>
        <translation>没有需要更改的内容。</translation>
    </message>
</context>
<context>
    <name>ogs::ui::SetupWizard</name>
    <message>
        <source>Ollama GPU Setup</source>
        <translation>Ollama GPU Setup</translation>
    </message>
    <message>
        <source>Abou&amp;t</source>
        <translation>关于(&amp;T)</translation>
    </message>
    <message>
        <source>About Ollama GPU Setup</source>
        <translation>关于 Ollama GPU Setup</translation>
    </message>
</context>
<context>
    <name>ogs::ui::SpeedupTable</name>
    <message>
        <source>CPU and GPU speed compared</source>
        <translation>CPU 与 GPU 速度比较</translation>
    </message>
    <message>
        <source>CPU only</source>
        <translation>仅 CPU</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Speedup</source>
        <translation>加速比</translation>
    </message>
    <message>
        <source>Prompt processing</source>
        <translation>提示词处理</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>Time to first token</source>
        <translation>首个 token 用时</translation>
    </message>
    <message>
        <source>tok/s</source>
        <translation>tok/s</translation>
    </message>
    <message>
        <source>s</source>
        <translation>秒</translation>
    </message>
</context>
<context>
    <name>ogs::ui::SummaryPage</name>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>What changed, and how to take it back.</source>
        <translation>更改了哪些内容，以及如何撤销。</translation>
    </message>
    <message>
        <source>Summary of the changes</source>
        <translation>更改摘要</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>保存报告(&amp;S)…</translation>
    </message>
    <message>
        <source>Save a report for a bug report</source>
        <translation>保存报告以便提交错误报告</translation>
    </message>
    <message>
        <source>Open the GPU &amp;monitor</source>
        <translation>打开 GPU 监视器(&amp;M)</translation>
    </message>
    <message>
        <source>Open the GPU monitor</source>
        <translation>打开 GPU 监视器</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>文本文件 (*.txt)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Acceleration path: &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;加速方案：&lt;b&gt;%1&lt;/b&gt;。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Model: &lt;b&gt;%1&lt;/b&gt; with %2 tokens of context.&lt;/p&gt;</source>
        <translation>&lt;p&gt;模型：&lt;b&gt;%1&lt;/b&gt;，上下文长度 %2 个 token。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Changes written (journal entry %1):&lt;/p&gt;</source>
        <translation>&lt;p&gt;已写入的更改（日志条目 %1）：&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Nothing was changed on this computer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;未对这台计算机做任何更改。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Test prompt with %1: &lt;b&gt;%2 tok/s&lt;/b&gt;, %3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;使用 %1 运行测试提示词：&lt;b&gt;%2 tok/s&lt;/b&gt;，%3。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>processor split unknown</source>
        <translation>CPU/GPU 分配情况未知</translation>
    </message>
    <message>
        <source>&lt;p&gt;To undo them, go back to the Apply page and press Undo, or run &lt;code&gt;ollama-gpu-setup env undo&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;如需撤销，请返回“应用设置”页面并点击“撤销”，或运行 &lt;code&gt;ollama-gpu-setup env undo&lt;/code&gt;。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>复制报告(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the report to the clipboard</source>
        <translation>将报告复制到剪贴板</translation>
    </message>
    <message>
        <source>&lt;p&gt;The test prompt ran; its results are in the report.&lt;/p&gt;</source>
        <translation>&lt;p&gt;测试提示词已运行，结果已包含在报告中。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Save report…&lt;/b&gt; or &lt;b&gt;Copy report&lt;/b&gt; gives you everything a bug report needs: detection, recommendation, the changes, the test prompt&apos;s results and Ollama&apos;s log lines.&lt;/p&gt;</source>
        <translation>&lt;p&gt;通过&lt;b&gt;保存报告…&lt;/b&gt;或&lt;b&gt;复制报告&lt;/b&gt;，即可获得提交错误报告所需的全部信息：检测结果、推荐方案、所做的更改、测试提示词的结果以及 Ollama 的日志行。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Save &amp;diagnostic bundle…</source>
        <translation>保存诊断包(&amp;D)…</translation>
    </message>
    <message>
        <source>Save a diagnostic bundle (zip file) for a bug report</source>
        <translation>保存用于错误报告的诊断包（zip 文件）</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Save diagnostic bundle…&lt;/b&gt; puts the same in one .zip file, each part also as JSON, to attach to a bug report.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;保存诊断包…&lt;/b&gt;会把相同的内容放进一个 .zip 文件（每部分也附有 JSON），可附加到错误报告中。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Save diagnostic bundle</source>
        <translation>保存诊断包</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>zip 压缩包 (*.zip)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Diagnostic bundle saved to &lt;b&gt;%1&lt;/b&gt;. Attach it to your bug report.&lt;/p&gt;</source>
        <translation>&lt;p&gt;诊断包已保存到 &lt;b&gt;%1&lt;/b&gt;。请将它附加到您的错误报告中。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Could not save the diagnostic bundle:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;无法保存诊断包：&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>&lt;p&gt;Report saved to &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;报告已保存到 &lt;b&gt;%1&lt;/b&gt;。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Could not save the report:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;无法保存报告：&lt;/b&gt;%1&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ogs::ui::VerifyPage</name>
    <message>
        <source>remove %1</source>
        <translation>移除 %1</translation>
    </message>
    <message>
        <source>Compare with the &amp;CPU</source>
        <translation>与 CPU 比较(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Run the test</source>
        <translation>运行测试(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Generation speed</source>
        <translation>生成速度</translation>
    </message>
    <message>
        <source>tokens/s</source>
        <translation>token/s</translation>
    </message>
    <message>
        <source>GPU busy</source>
        <translation>GPU 占用</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>问题出在哪里</translation>
    </message>
    <message>
        <source>&amp;Write this fix</source>
        <translation>写入此修复(&amp;W)</translation>
    </message>
    <message>
        <source>Check that it works</source>
        <translation>检查能否正常工作</translation>
    </message>
    <message>
        <source>A short test prompt shows where the model runs and how fast. It needs a model that is already installed.</source>
        <translation>用一段简短的测试提示词查看模型在哪里运行、速度有多快。需要一个已安装的模型。</translation>
    </message>
    <message>
        <source>Installed model to test</source>
        <translation>要测试的已安装模型</translation>
    </message>
    <message>
        <source>Installed models</source>
        <translation>已安装的模型</translation>
    </message>
    <message>
        <source>Also run the prompt on the CPU and compare</source>
        <translation>同时在 CPU 上运行提示词并进行比较</translation>
    </message>
    <message>
        <source>Runs the prompt a second time with num_gpu 0 to show the speedup</source>
        <translation>以 num_gpu 0 再运行一次提示词，以显示提速效果</translation>
    </message>
    <message>
        <source>Run the test prompt</source>
        <translation>运行测试提示词</translation>
    </message>
    <message>
        <source>Stop the test prompt</source>
        <translation>停止测试提示词</translation>
    </message>
    <message>
        <source>Test running</source>
        <translation>测试进行中</translation>
    </message>
    <message>
        <source>The text the model generates</source>
        <translation>模型生成的文本</translation>
    </message>
    <message>
        <source>The model&apos;s answer appears here as it is generated.</source>
        <translation>模型的回答会在生成过程中显示在这里。</translation>
    </message>
    <message>
        <source>GPU run</source>
        <translation>GPU 运行</translation>
    </message>
    <message>
        <source>CPU run</source>
        <translation>CPU 运行</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>What the fix writes</source>
        <translation>修复将写入的内容</translation>
    </message>
    <message>
        <source>Write the fix shown above and restart Ollama</source>
        <translation>写入上面显示的修复并重启 Ollama</translation>
    </message>
    <message>
        <source>Try the next-ranked &amp;path</source>
        <translation>尝试排名下一位的方案(&amp;P)</translation>
    </message>
    <message>
        <source>Go back and apply the next-ranked path</source>
        <translation>返回并应用排名下一位的方案</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <source>Reading the Ollama server log…</source>
        <translation>正在读取 Ollama 服务器日志…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Failed:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;失败：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>Asking Ollama at %1 which models are installed…</source>
        <translation>正在向 %1 上的 Ollama 查询已安装的模型…</translation>
    </message>
    <message>
        <source>Ready: press Run the test.</source>
        <translation>就绪：请点击“运行测试”。</translation>
    </message>
    <message>
        <source>
— on the CPU —
</source>
        <translation>
— 在 CPU 上 —
</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The test was cancelled; nothing was measured.</source>
        <translation>测试已取消，未进行任何测量。</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <source>The test failed.</source>
        <translation>测试失败。</translation>
    </message>
    <message>
        <source>✖ The test prompt failed: %1</source>
        <translation>✖ 测试提示词运行失败：%1</translation>
    </message>
    <message>
        <source>✔ Working on the processor, as chosen: %1 tok/s.</source>
        <translation>✔ 已按所选方式在处理器上正常运行：%1 tok/s。</translation>
    </message>
    <message>
        <source>✖ The model runs on the CPU (%1), not on the GPU.</source>
        <translation>✖ 模型在 CPU 上运行（%1），而不是在 GPU 上。</translation>
    </message>
    <message>
        <source>⚠ Slower than expected: %1 tok/s, where %2–%3 tok/s is expected.</source>
        <translation>⚠ 速度低于预期：%1 tok/s，预期为 %2–%3 tok/s。</translation>
    </message>
    <message>
        <source>✔ Working, and faster than expected: %1 tok/s (expected %2–%3 tok/s).</source>
        <translation>✔ 运行正常，且快于预期：%1 tok/s（预期 %2–%3 tok/s）。</translation>
    </message>
    <message>
        <source>✔ Working: %1 tok/s, within the %2–%3 tok/s expected for this GPU on this path.</source>
        <translation>✔ 运行正常：%1 tok/s，在此 GPU 使用此方案时的预期范围 %2–%3 tok/s 之内。</translation>
    </message>
    <message>
        <source>✔ Working: %1 tok/s. There is no expected speed to compare it with.</source>
        <translation>✔ 运行正常：%1 tok/s。没有可供比较的预期速度。</translation>
    </message>
    <message>
        <source>⚠ Part of the model runs on the CPU (%1): it does not fit in GPU memory.</source>
        <translation>⚠ 模型有一部分在 CPU 上运行（%1）：显存装不下整个模型。</translation>
    </message>
    <message>
        <source>Expected speed: %1.</source>
        <translation>预期速度：%1。</translation>
    </message>
    <message>
        <source>No Ollama server log was found, so the cause cannot be read from it.</source>
        <translation>未找到 Ollama 服务器日志，因此无法从中读出原因。</translation>
    </message>
    <message>
        <source>From the server log (%1):</source>
        <translation>服务器日志（%1）中的信息：</translation>
    </message>
    <message>
        <source>Try the next-ranked &amp;path: %1</source>
        <translation>尝试排名下一位的方案(&amp;P)：%1</translation>
    </message>
    <message>
        <source>Go back and apply the next-ranked path, %1</source>
        <translation>返回并应用排名下一位的方案：%1</translation>
    </message>
    <message>
        <source>⚠ This fix cannot be planned: %1</source>
        <translation>⚠ 无法为此修复生成计划：%1</translation>
    </message>
    <message>
        <source>%1 already holds this; restart Ollama if it is not in effect yet.</source>
        <translation>%1 中已有此设置；如果尚未生效，请重启 Ollama。</translation>
    </message>
    <message>
        <source>This target needs administrator rights. Run in a terminal: &lt;code&gt;sudo ollama-gpu-setup env apply --target %1 %2 --yes&lt;/code&gt;</source>
        <translation>此目标需要管理员权限。请在终端中运行：&lt;code&gt;sudo ollama-gpu-setup env apply --target %1 %2 --yes&lt;/code&gt;</translation>
    </message>
    <message>
        <source>These are the exact changes to %1. Nothing is written until you press Write this fix; Undo on the previous page takes it back.</source>
        <translation>以下就是对 %1 的全部更改。点击“写入此修复”之前不会写入任何内容；上一页的“撤销”可以将其还原。</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>正在写入…</translation>
    </message>
    <message>
        <source>Then run the test again.</source>
        <translation>然后再次运行测试。</translation>
    </message>
    <message>
        <source>%1 is not installed yet (install it with: %2); the test uses %3 instead.</source>
        <translation>%1 尚未安装（安装命令：%2）；测试改用 %3。</translation>
    </message>
    <message>
        <source>No model is installed. Install one first, for example: %1</source>
        <translation>尚未安装任何模型。请先安装一个，例如：%1</translation>
    </message>
    <message>
        <source>⚠ The GPU is not speeding it up: %1 tok/s, and %2 tok/s on the processor alone (%3×).</source>
        <translation>⚠ GPU 没有加速：%1 tok/s，仅处理器时为 %2 tok/s（%3×）。</translation>
    </message>
    <message>
        <source>⚠ Running, but only partly on the GPU: %1 tok/s.</source>
        <translation>⚠ 正在运行，但只有部分在 GPU 上：%1 tok/s。</translation>
    </message>
</context>
<context>
    <name>ogs::ui::VerifySession</name>
    <message>
        <source>Contacting Ollama…</source>
        <translation>正在联系 Ollama…</translation>
    </message>
    <message>
        <source>Loading %1 on the GPU…</source>
        <translation>正在将 %1 加载到 GPU…</translation>
    </message>
    <message>
        <source>Loading %1 on the CPU…</source>
        <translation>正在将 %1 加载到 CPU…</translation>
    </message>
    <message>
        <source>Generating %1 tokens on the GPU…</source>
        <translation>正在 GPU 上生成 %1 个 token…</translation>
    </message>
    <message>
        <source>Generating %1 tokens on the CPU…</source>
        <translation>正在 CPU 上生成 %1 个 token…</translation>
    </message>
    <message>
        <source>Unloading %1…</source>
        <translation>正在卸载 %1…</translation>
    </message>
</context>
<context>
    <name>ogs::ui::WelcomePage</name>
    <message>
        <source>Run Ollama on your GPU</source>
        <translation>在 GPU 上运行 Ollama</translation>
    </message>
    <message>
        <source>This assistant finds your graphics card, picks the fastest way for Ollama to use it, and proves the result with a live test.</source>
        <translation>本向导会找到你的显卡，为 Ollama 选出最快的使用方式，并通过实时测试验证结果。</translation>
    </message>
    <message>
        <source>&lt;p&gt;The steps:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Scan this computer&apos;s GPUs and your Ollama install.&lt;/li&gt;&lt;li&gt;Recommend an acceleration path (ROCm, Vulkan, CUDA, …) and explain why.&lt;/li&gt;&lt;li&gt;Check that your model fits in video memory.&lt;/li&gt;&lt;li&gt;Show every change before it is made, then apply it, with undo.&lt;/li&gt;&lt;li&gt;Run a test prompt and measure the speed-up.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;&lt;b&gt;Nothing is changed without showing it to you first.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;步骤：&lt;/p&gt;&lt;ol&gt;&lt;li&gt;扫描本机的 GPU 以及已安装的 Ollama。&lt;/li&gt;&lt;li&gt;推荐一种加速方案（ROCm、Vulkan、CUDA…）并说明原因。&lt;/li&gt;&lt;li&gt;检查你的模型能否装入显存。&lt;/li&gt;&lt;li&gt;每项更改都先展示给你，再予以应用，并且可以撤销。&lt;/li&gt;&lt;li&gt;运行测试提示词，测量提速效果。&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;&lt;b&gt;任何更改都会先向你展示，之后才会执行。&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ogs::ui::WslPage</name>
    <message>
        <source>&amp;Mirrored networking: Windows is localhost</source>
        <translation>镜像网络：Windows 即 localhost(&amp;M)</translation>
    </message>
    <message>
        <source>Ollama on Windows, this app in WSL 2</source>
        <translation>Ollama 在 Windows 上，本程序在 WSL 2 中</translation>
    </message>
    <message>
        <source>WSL 2 cannot reach an AMD GPU for compute (/dev/kfd is absent). Ollama runs on the Windows side with the GPU, and programs here talk to it over the network.</source>
        <translation>WSL 2 无法访问 AMD GPU 进行计算（/dev/kfd 不存在）。Ollama 在 Windows 端借助 GPU 运行，这里的程序通过网络与它通信。</translation>
    </message>
    <message>
        <source>WSL 2 (Linux): your programs ── OLLAMA_HOST ──► Windows: Ollama ──► GPU</source>
        <translation>WSL 2 (Linux)：你的程序 ── OLLAMA_HOST ──► Windows：Ollama ──► GPU</translation>
    </message>
    <message>
        <source>Ollama address on Windows</source>
        <translation>Windows 上的 Ollama 地址</translation>
    </message>
    <message>
        <source>Ollama &amp;address:</source>
        <translation>Ollama 地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;On Windows&lt;/b&gt;, let Ollama accept connections from WSL (PowerShell):&lt;/p&gt;&lt;pre&gt;[System.Environment]::SetEnvironmentVariable(&apos;OLLAMA_HOST&apos;, &apos;0.0.0.0&apos;, &apos;User&apos;)&lt;/pre&gt;&lt;p&gt;then quit and restart Ollama from the tray. If the test fails, allow port 11434 (PowerShell as administrator):&lt;/p&gt;&lt;pre&gt;New-NetFirewallRule -DisplayName &quot;Ollama&quot; -Direction Inbound -LocalPort 11434 -Protocol TCP -Action Allow&lt;/pre&gt;&lt;p&gt;⚠ &lt;b&gt;Security:&lt;/b&gt; 0.0.0.0 makes Ollama answer &lt;i&gt;every&lt;/i&gt; computer that can reach this PC, without a password. Only do this on a trusted network, or limit the firewall rule to the WSL subnet (-RemoteAddress 172.16.0.0/12).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;在 Windows 上&lt;/b&gt;，允许 Ollama 接受来自 WSL 的连接（PowerShell）：&lt;/p&gt;&lt;pre&gt;[System.Environment]::SetEnvironmentVariable(&apos;OLLAMA_HOST&apos;, &apos;0.0.0.0&apos;, &apos;User&apos;)&lt;/pre&gt;&lt;p&gt;然后从系统托盘退出并重新启动 Ollama。如果测试失败，请放行端口 11434（以管理员身份运行 PowerShell）：&lt;/p&gt;&lt;pre&gt;New-NetFirewallRule -DisplayName &quot;Ollama&quot; -Direction Inbound -LocalPort 11434 -Protocol TCP -Action Allow&lt;/pre&gt;&lt;p&gt;⚠ &lt;b&gt;安全提示：&lt;/b&gt;0.0.0.0 会让 Ollama 响应&lt;i&gt;任何&lt;/i&gt;能访问这台电脑的计算机，而且无需密码。请仅在受信任的网络中这样做，或将防火墙规则限制在 WSL 子网内（-RemoteAddress 172.16.0.0/12）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>NAT net&amp;working (the default): Windows is the default gateway</source>
        <translation>NAT 网络（默认）：Windows 为默认网关(&amp;W)</translation>
    </message>
    <message>
        <source>NAT net&amp;working: no default gateway found</source>
        <translation>NAT 网络：未找到默认网关(&amp;W)</translation>
    </message>
    <message>
        <source>NAT net&amp;working (the default): Windows is at %1</source>
        <translation>NAT 网络（默认）：Windows 位于 %1(&amp;W)</translation>
    </message>
</context>
</TS>
