<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>ogs::BudgetText</name>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation>%1 は %2 秒以内に応答しませんでした</translation>
    </message>
    <message>
        <source>cannot reach Ollama at %1: %2</source>
        <translation>%1 の Ollama に接続できません: %2</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2%3</source>
        <translation>%1 は HTTP %2%3 を返しました</translation>
    </message>
    <message>
        <source>Ollama&apos;s /api/show answer for %1 is not JSON</source>
        <translation>%1 に対する Ollama の /api/show の応答が JSON ではありません</translation>
    </message>
    <message>
        <source>%1 (%2, %3) is the largest variant whose minimum VRAM (%4) this card meets and that fits fully on the GPU at %5 tokens of context.</source>
        <translation>%1（%2、%3）は、このカードが最小 VRAM（%4）を満たし、コンテキスト %5 トークンで GPU に完全に収まるバリアントのうち最大のものです。</translation>
    </message>
    <message>
        <source>Even the smallest variant, %1 (%2), does not fit fully at %3 tokens of context; it will run partly on the CPU. A shorter context helps.</source>
        <translation>最小のバリアントである %1（%2）でも、コンテキスト %3 トークンでは完全には収まらず、一部が CPU で実行されます。コンテキストを短くすると改善します。</translation>
    </message>
    <message>
        <source>Without the model&apos;s architecture the KV cache and compute buffer are left out, so this is a lower bound: pass --model or --arch-file for the full figure.</source>
        <translation>モデルのアーキテクチャがわからないため KV キャッシュと計算バッファーを含めておらず、これは下限値です。完全な値を得るには --model または --arch-file を指定してください。</translation>
    </message>
    <message>
        <source>The vocabulary size is unknown, so the compute buffer leaves out the output logits; it may be a few hundred MB low.</source>
        <translation>語彙サイズが不明なため、計算バッファーに出力ロジットが含まれていません。数百 MB 少なく見積もられている可能性があります。</translation>
    </message>
    <message>
        <source>A %1 KV cache needs flash attention: set OLLAMA_FLASH_ATTENTION=1 and OLLAMA_KV_CACHE_TYPE=%1, or Ollama falls back to f16.</source>
        <translation>%1 の KV キャッシュには flash attention が必要です。OLLAMA_FLASH_ATTENTION=1 と OLLAMA_KV_CACHE_TYPE=%1 を設定してください。設定しないと Ollama は f16 にフォールバックします。</translation>
    </message>
    <message>
        <source>Good for most tasks</source>
        <translation>ほとんどの用途に十分</translation>
    </message>
    <message>
        <source>Better accuracy (default)</source>
        <translation>より高い精度（既定）</translation>
    </message>
    <message>
        <source>Full precision</source>
        <translation>フル精度</translation>
    </message>
    <message>
        <source>Ollama at %1 does not have the model %2 (%3): download it with `ollama pull %2`, or give its file size with --model-size</source>
        <translation>%1 の Ollama にはモデル %2 がありません (%3)。`ollama pull %2` でダウンロードするか、--model-size でファイルサイズを指定してください</translation>
    </message>
    <message>
        <source>%1 (%2, %3) is the largest choice from Ollama&apos;s library that fits fully on this card&apos;s GPU at %4 tokens of context.</source>
        <translation>%1（%2、%3）は、%4 トークンのコンテキストでこのカードの GPU に完全に収まる、Ollama ライブラリの中で最大の選択肢です。</translation>
    </message>
</context>
<context>
    <name>ogs::DetectText</name>
    <message>
        <source>%1: DXGI reports %2 MiB of dedicated memory, which some drivers cap at 4 GiB, and the driver&apos;s registry size could not be read (%3)</source>
        <translation>%1: DXGI が報告した専用メモリは %2 MiB です。この値を 4 GiB に制限するドライバーがあり、ドライバーがレジストリに記録したサイズも読み取れませんでした（%3）</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>理由は示されていません</translation>
    </message>
    <message>
        <source>the built-in AMD PCI id table could not be loaded; gfx targets may be missing</source>
        <translation>組み込みの AMD PCI ID テーブルを読み込めませんでした。gfx ターゲットが欠けている可能性があります</translation>
    </message>
    <message>
        <source>Unknown vendor</source>
        <translation>不明なベンダー</translation>
    </message>
    <message>
        <source>%1 exists but cannot be loaded: %2</source>
        <translation>%1 は存在しますが、読み込めません: %2</translation>
    </message>
    <message>
        <source>NVML does not exist on this platform</source>
        <translation>このプラットフォームには NVML がありません</translation>
    </message>
    <message>
        <source>no NVIDIA driver (NVML not found: %1)</source>
        <translation>NVIDIA ドライバーがありません（NVML が見つかりません: %1）</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>不明なエラー</translation>
    </message>
    <message>
        <source>%1 (NVML error %2)</source>
        <translation>%1（NVML エラー %2）</translation>
    </message>
    <message>
        <source>%1: NVML bus id &quot;%2&quot; is not domain:bus:device.function; %3</source>
        <translation>%1: NVML のバス ID &quot;%2&quot; が domain:bus:device.function の形式ではありません。%3</translation>
    </message>
    <message>
        <source>its PCI address is unknown</source>
        <translation>PCI アドレスは不明です</translation>
    </message>
    <message>
        <source>using %1 from its fields</source>
        <translation>各フィールドから求めた %1 を使用します</translation>
    </message>
    <message>
        <source>%1: implausible CUDA compute capability %2.%3</source>
        <translation>%1: CUDA Compute Capability %2.%3 は妥当な値ではありません</translation>
    </message>
    <message>
        <source>%1 lacks %2: the NVIDIA driver is too old or this is not NVML; update the driver</source>
        <translation>%1 には %2 がありません。NVIDIA ドライバーが古すぎるか、これは NVML ではありません。ドライバーを更新してください</translation>
    </message>
    <message>
        <source>%1 lacks %2; those fields stay empty</source>
        <translation>%1 には %2 がありません。これらのフィールドは空のままになります</translation>
    </message>
    <message>
        <source>nvmlInit_v2 failed: %1</source>
        <translation>nvmlInit_v2 が失敗しました: %1</translation>
    </message>
    <message>
        <source>; the NVIDIA kernel module is not loaded (reboot after installing the driver, or check Secure Boot module signing)</source>
        <translation>; NVIDIA カーネルモジュールが読み込まれていません（ドライバーのインストール後に再起動するか、Secure Boot のモジュール署名を確認してください）</translation>
    </message>
    <message>
        <source>nvmlDeviceGetCount_v2 failed: %1</source>
        <translation>nvmlDeviceGetCount_v2 が失敗しました: %1</translation>
    </message>
    <message>
        <source>NVML reports %1 GPUs; reading only the first %2</source>
        <translation>NVML は %1 台の GPU を報告しています。最初の %2 台だけを読み取ります</translation>
    </message>
    <message>
        <source>GPU %1: nvmlDeviceGetHandleByIndex_v2 failed: %2</source>
        <translation>GPU %1: nvmlDeviceGetHandleByIndex_v2 が失敗しました: %2</translation>
    </message>
    <message>
        <source>nvmlShutdown failed: %1</source>
        <translation>nvmlShutdown が失敗しました: %1</translation>
    </message>
    <message>
        <source>This looks like WSL 1 (kernel %1, no /dev/dxg): WSL 1 has no GPU access; use WSL 2 or run Ollama on Windows</source>
        <translation>WSL 1 のようです（カーネル %1、/dev/dxg なし）。WSL 1 では GPU にアクセスできません。WSL 2 を使用するか、Windows で Ollama を実行してください</translation>
    </message>
    <message>
        <source>WSL 2 without /dev/dxg (kernel %1): the Windows GPU driver is not shared with Linux; run &apos;wsl --update&apos; in Windows and install a current GPU driver there</source>
        <translation>/dev/dxg のない WSL 2 です（カーネル %1）。Windows の GPU ドライバーが Linux と共有されていません。Windows で &apos;wsl --update&apos; を実行し、Windows 側に最新の GPU ドライバーをインストールしてください</translation>
    </message>
    <message>
        <source>%1 exists but this user cannot open it for reading and writing: add the user to the &apos;render&apos; (and &apos;video&apos;) group and log in again</source>
        <translation>%1 は存在しますが、このユーザーは読み書き用に開けません。ユーザーを &apos;render&apos;（および &apos;video&apos;）グループに追加し、ログインし直してください</translation>
    </message>
    <message>
        <source>%1: cannot read the primary group (%2)</source>
        <translation>%1: プライマリグループを読み取れません（%2）</translation>
    </message>
    <message>
        <source>%1: cannot read group memberships (%2)</source>
        <translation>%1: 所属グループを読み取れません（%2）</translation>
    </message>
    <message>
        <source>%1: not a number: &quot;%2&quot;</source>
        <translation>%1: 数値ではありません: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1/class does not exist; no sysfs to read</source>
        <translation>%1/class が存在しません。読み取る sysfs がありません</translation>
    </message>
    <message>
        <source>%1: no readable PCI vendor/device id (vendor, device, uevent PCI_ID); card skipped</source>
        <translation>%1: 読み取れる PCI ベンダー/デバイス ID がありません（vendor、device、uevent PCI_ID）。このカードはスキップしました</translation>
    </message>
    <message>
        <source>%1/revision: not a revision: &quot;%2&quot;</source>
        <translation>%1/revision: リビジョンではありません: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: garbled line &quot;%2&quot;</source>
        <translation>%1: 解釈できない行 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: no gfx_target_version</source>
        <translation>%1: gfx_target_version がありません</translation>
    </message>
    <message>
        <source>%1: gfx_target_version %2 is not a valid target</source>
        <translation>%1: gfx_target_version %2 は有効なターゲットではありません</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>通常のファイルではありません</translation>
    </message>
    <message>
        <source>the Vulkan loader does not provide vkCreateInstance; detection continues without Vulkan</source>
        <translation>Vulkan ローダーが vkCreateInstance を提供していません。Vulkan なしで検出を続けます</translation>
    </message>
    <message>
        <source>vkCreateInstance failed with %1: no working Vulkan driver (ICD) was found or a driver is broken; detection continues without Vulkan</source>
        <translation>vkCreateInstance が %1 で失敗しました。動作する Vulkan ドライバー（ICD）が見つからないか、ドライバーが壊れています。Vulkan なしで検出を続けます</translation>
    </message>
    <message>
        <source>the Vulkan loader lacks vkEnumeratePhysicalDevices or vkGetPhysicalDeviceProperties; no Vulkan devices listed</source>
        <translation>Vulkan ローダーに vkEnumeratePhysicalDevices または vkGetPhysicalDeviceProperties がありません。Vulkan デバイスは一覧に表示されません</translation>
    </message>
    <message>
        <source>vkEnumeratePhysicalDevices failed with %1; no Vulkan devices listed</source>
        <translation>vkEnumeratePhysicalDevices が %1 で失敗しました。Vulkan デバイスは一覧に表示されません</translation>
    </message>
    <message>
        <source>the Vulkan loader found no devices (no driver installed for this GPU?)</source>
        <translation>Vulkan ローダーがデバイスを見つけられませんでした（この GPU 用のドライバーがインストールされていない可能性があります）</translation>
    </message>
    <message>
        <source>the Vulkan loader &apos;%1&apos; could not be loaded (%2); detection continues without Vulkan</source>
        <translation>Vulkan ローダー &apos;%1&apos; を読み込めませんでした（%2）。Vulkan なしで検出を続けます</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not export vkGetInstanceProcAddr, so it is not a Vulkan loader; detection continues without Vulkan</source>
        <translation>&apos;%1&apos; は vkGetInstanceProcAddr をエクスポートしていないため、Vulkan ローダーではありません。Vulkan なしで検出を続けます</translation>
    </message>
</context>
<context>
    <name>ogs::DiagnoseText</name>
    <message>
        <source>Ollama found the GPU (%1) but its ROCm folder offers no GPU targets at all (supported types:[]): the rocBLAS kernel files are missing or were replaced by an incompatible set.</source>
        <translation>Ollama は GPU（%1）を検出しましたが、ROCm フォルダーが GPU ターゲットを 1 つも提供していません（supported types:[]）。rocBLAS のカーネルファイルが欠けているか、互換性のないものに置き換えられています。</translation>
    </message>
    <message>
        <source>Ollama&apos;s ROCm build has no kernels for %1%2, so it dropped the GPU.</source>
        <translation>Ollama の ROCm ビルドには %1 用のカーネルがありません%2。そのため、GPU は除外されました。</translation>
    </message>
    <message>
        <source> (it supports %1)</source>
        <translation> （対応しているのは %1）</translation>
    </message>
    <message>
        <source>HSA_OVERRIDE_GFX_VERSION has no effect on Windows. Use the Vulkan backend (OLLAMA_VULKAN=1, on by default since Ollama 0.30) or the ollama-for-amd build, which ships kernels for %1.</source>
        <translation>HSA_OVERRIDE_GFX_VERSION は Windows では効果がありません。Vulkan バックエンド（OLLAMA_VULKAN=1、Ollama 0.30 以降は既定で有効）か、%1 用のカーネルを含む ollama-for-amd ビルドを使用してください。</translation>
    </message>
    <message>
        <source>Set HSA_OVERRIDE_GFX_VERSION=%1 for the Ollama service (systemd drop-in) and restart it, or use the Vulkan backend (OLLAMA_VULKAN=1).</source>
        <translation>Ollama サービスに HSA_OVERRIDE_GFX_VERSION=%1 を設定して（systemd drop-in）再起動するか、Vulkan バックエンド（OLLAMA_VULKAN=1）を使用してください。</translation>
    </message>
    <message>
        <source>No ROCm override fits %1; use the Vulkan backend (OLLAMA_VULKAN=1).</source>
        <translation>%1 に合う ROCm のオーバーライドはありません。Vulkan バックエンド（OLLAMA_VULKAN=1）を使用してください。</translation>
    </message>
    <message>
        <source>Ollama saw the %1 device at %2 but it did not initialise, so Ollama dropped it. Usually the GPU driver is older than the bundled %1 runtime needs, or the gfx target is not in this build.</source>
        <translation>Ollama は %2 で %1 デバイスを認識しましたが、初期化できなかったため除外しました。通常は、GPU ドライバーが同梱の %1 ランタイムの要求より古いか、gfx ターゲットがこのビルドに含まれていないことが原因です。</translation>
    </message>
    <message>
        <source>Update the AMD Adrenalin driver and restart Ollama; if it still fails, use the Vulkan backend (OLLAMA_VULKAN=1).</source>
        <translation>AMD Adrenalin ドライバーを更新して Ollama を再起動してください。それでも失敗する場合は、Vulkan バックエンド（OLLAMA_VULKAN=1）を使用してください。</translation>
    </message>
    <message>
        <source>Update the amdgpu/ROCm driver and restart Ollama; if it still fails, use the Vulkan backend (OLLAMA_VULKAN=1).</source>
        <translation>amdgpu/ROCm ドライバーを更新して Ollama を再起動してください。それでも失敗する場合は、Vulkan バックエンド（OLLAMA_VULKAN=1）を使用してください。</translation>
    </message>
    <message>
        <source>HSA_OVERRIDE_GFX_VERSION=%1 was recognised but Ollama ended with total_vram=&quot;0 B&quot;: the override only changes the reported architecture; the HIP runtime still cannot reach the GPU.</source>
        <translation>HSA_OVERRIDE_GFX_VERSION=%1 は認識されましたが、Ollama は total_vram=&quot;0 B&quot; で終わりました。オーバーライドは報告されるアーキテクチャを変えるだけで、HIP ランタイムは依然として GPU にアクセスできません。</translation>
    </message>
    <message>
        <source>Install the AMD HIP SDK, or (simpler) remove the override and use the Vulkan backend (OLLAMA_VULKAN=1).</source>
        <translation>AMD HIP SDK をインストールするか、（より簡単な方法として）オーバーライドを削除して Vulkan バックエンド（OLLAMA_VULKAN=1）を使用してください。</translation>
    </message>
    <message>
        <source>Remove the override and use the Vulkan backend (OLLAMA_VULKAN=1), or install a ROCm runtime that supports this GPU.</source>
        <translation>オーバーライドを削除して Vulkan バックエンド（OLLAMA_VULKAN=1）を使用するか、この GPU に対応した ROCm ランタイムをインストールしてください。</translation>
    </message>
    <message>
        <source>HSA_OVERRIDE_GFX_VERSION=%1 is set, but Windows does not go through HSA: the variable does nothing there.</source>
        <translation>HSA_OVERRIDE_GFX_VERSION=%1 が設定されていますが、Windows は HSA を経由しないため、この変数は何の効果もありません。</translation>
    </message>
    <message>
        <source>Delete HSA_OVERRIDE_GFX_VERSION from the user and system environment variables and restart Ollama. For an unsupported GPU use Vulkan (OLLAMA_VULKAN=1) or the ollama-for-amd build.</source>
        <translation>ユーザーとシステムの環境変数から HSA_OVERRIDE_GFX_VERSION を削除し、Ollama を再起動してください。非対応の GPU には Vulkan（OLLAMA_VULKAN=1）か ollama-for-amd ビルドを使用してください。</translation>
    </message>
    <message>
        <source>HSA_OVERRIDE_GFX_VERSION=%1 is left over from a ROCm attempt, but Ollama now uses Vulkan. If ROCm loads again the override can make it crash or pick the wrong kernels.</source>
        <translation>HSA_OVERRIDE_GFX_VERSION=%1 は ROCm を試したときの名残ですが、Ollama は現在 Vulkan を使用しています。ROCm が再び読み込まれると、このオーバーライドによってクラッシュしたり、誤ったカーネルが選ばれたりするおそれがあります。</translation>
    </message>
    <message>
        <source>Remove HSA_OVERRIDE_GFX_VERSION from the Ollama service environment and restart it.</source>
        <translation>Ollama サービスの環境から HSA_OVERRIDE_GFX_VERSION を削除し、サービスを再起動してください。</translation>
    </message>
    <message>
        <source>Vulkan was requested, but Ollama prefers ROCm over Vulkan when both see the same GPU, so it still runs on ROCm.</source>
        <translation>Vulkan が指定されましたが、ROCm と Vulkan の両方が同じ GPU を認識している場合、Ollama は ROCm を優先するため、引き続き ROCm で動作しています。</translation>
    </message>
    <message>
        <source>Set OLLAMA_LLM_LIBRARY=vulkan and hide the ROCm devices (%1), then restart Ollama.</source>
        <translation>OLLAMA_LLM_LIBRARY=vulkan を設定して ROCm デバイスを隠し（%1）、Ollama を再起動してください。</translation>
    </message>
    <message>
        <source>(detection: the user is not in the render group)</source>
        <translation>（検出結果: ユーザーが render グループに属していません）</translation>
    </message>
    <message>
        <source>The account Ollama runs as cannot open /dev/kfd and /dev/dri/renderD*: it is not in the render group.</source>
        <translation>Ollama を実行しているアカウントは /dev/kfd と /dev/dri/renderD* を開けません。render グループに属していないためです。</translation>
    </message>
    <message>
        <source>sudo usermod -aG render,video ollama (for the service; use your own user name for `ollama serve`), then restart Ollama or log in again.</source>
        <translation>sudo usermod -aG render,video ollama（サービスの場合。`ollama serve` の場合は自分のユーザー名を使用）を実行し、Ollama を再起動するか、ログインし直してください。</translation>
    </message>
    <message>
        <source>Only %1 of %2 layers fit in GPU memory; the rest run on the CPU, which is several times slower.</source>
        <translation>GPU メモリに収まったのは %2 層のうち %1 層だけです。残りは CPU で実行され、数倍遅くなります。</translation>
    </message>
    <message>
        <source>Use a smaller quantisation (Q4_K_M instead of Q8_0/F16), a smaller context (OLLAMA_CONTEXT_LENGTH=4096) or close other programs that use GPU memory.</source>
        <translation>より小さい量子化（Q8_0/F16 の代わりに Q4_K_M）、より短いコンテキスト（OLLAMA_CONTEXT_LENGTH=4096）を使用するか、GPU メモリを使用している他のプログラムを終了してください。</translation>
    </message>
    <message>
        <source>Ollama found a GPU but offloaded 0 of %1 layers: the model did not fit at all, or num_gpu=0 was requested.</source>
        <translation>Ollama は GPU を検出しましたが、%1 層のうち 0 層しかオフロードしませんでした。モデルがまったく収まらないか、num_gpu=0 が指定されています。</translation>
    </message>
    <message>
        <source>Use a smaller model or quantisation, reduce the context, and check that no Modelfile/options set num_gpu 0.</source>
        <translation>より小さいモデルや量子化を使用し、コンテキストを短くして、Modelfile やオプションで num_gpu 0 が設定されていないことを確認してください。</translation>
    </message>
    <message>
        <source>%1 does not fit in GPU memory; the CPU part slows every token.</source>
        <translation>%1 は GPU メモリに収まりません。CPU で実行される部分がすべてのトークンを遅くします。</translation>
    </message>
    <message>
        <source>Use a smaller quantisation or context (OLLAMA_CONTEXT_LENGTH), or close other GPU programs.</source>
        <translation>より小さい量子化や短いコンテキスト（OLLAMA_CONTEXT_LENGTH）を使用するか、GPU を使用している他のプログラムを終了してください。</translation>
    </message>
    <message>
        <source>%1 is loaded entirely in system memory.</source>
        <translation>%1 は完全にシステムメモリに読み込まれています。</translation>
    </message>
    <message>
        <source>See the other findings for why Ollama has no usable GPU.</source>
        <translation>Ollama が使用できる GPU がない理由は、他の診断結果を参照してください。</translation>
    </message>
    <message>
        <source>%1=%2 (server saw &quot;%3&quot;)</source>
        <translation>%1=%2（サーバー側の値: &quot;%3&quot;）</translation>
    </message>
    <message>
        <source>(no &quot;server config&quot; line in the log: the server has not restarted since logging began)</source>
        <translation>（ログに &quot;server config&quot; 行がありません。ログの記録開始以降、サーバーは再起動されていません）</translation>
    </message>
    <message>
        <source>The running Ollama server did not receive: %1. It was not restarted after the change, or the setting went to a place the server does not read%2.</source>
        <translation>実行中の Ollama サーバーは次の設定を受け取っていません: %1。変更後にサーバーが再起動されていないか、サーバーが読み込まない場所に設定が書き込まれています%2。</translation>
    </message>
    <message>
        <source> (the Windows app overwrites OLLAMA_HOST, OLLAMA_MODELS, OLLAMA_CONTEXT_LENGTH, OLLAMA_ORIGINS from its own settings)</source>
        <translation> （Windows アプリは OLLAMA_HOST、OLLAMA_MODELS、OLLAMA_CONTEXT_LENGTH、OLLAMA_ORIGINS を自身の設定で上書きします）</translation>
    </message>
    <message>
        <source> (the systemd service ignores ~/.bashrc; use a drop-in)</source>
        <translation> （systemd サービスは ~/.bashrc を無視します。drop-in を使用してください）</translation>
    </message>
    <message>
        <source>Quit Ollama from the tray icon and start it again, then re-run diagnose.</source>
        <translation>通知領域のアイコンから Ollama を終了して再び起動し、diagnose をもう一度実行してください。</translation>
    </message>
    <message>
        <source>sudo systemctl daemon-reload &amp;&amp; sudo systemctl restart ollama, then re-run diagnose.</source>
        <translation>sudo systemctl daemon-reload &amp;&amp; sudo systemctl restart ollama を実行し、diagnose をもう一度実行してください。</translation>
    </message>
    <message>
        <source>This Ollama has a Vulkan backend, but it is switched off.</source>
        <translation>この Ollama には Vulkan バックエンドがありますが、無効になっています。</translation>
    </message>
    <message>
        <source>Set OLLAMA_VULKAN=1 for the Ollama server and restart it.</source>
        <translation>Ollama サーバーに OLLAMA_VULKAN=1 を設定して再起動してください。</translation>
    </message>
    <message>
        <source>Ollama could not confirm a recent AMD driver.</source>
        <translation>Ollama は新しい AMD ドライバーを確認できませんでした。</translation>
    </message>
    <message>
        <source>Install the current AMD Adrenalin driver.</source>
        <translation>最新の AMD Adrenalin ドライバーをインストールしてください。</translation>
    </message>
    <message>
        <source>Usually harmless with the in-kernel amdgpu driver; update the kernel/firmware if the GPU is not found.</source>
        <translation>カーネル内蔵の amdgpu ドライバーでは通常は問題ありません。GPU が見つからない場合は、カーネル/ファームウェアを更新してください。</translation>
    </message>
    <message>
        <source>Ollama skips Radeon integrated GPUs (id %1, %2 reported) by default.</source>
        <translation>Ollama は既定で Radeon の内蔵 GPU（id %1、報告値 %2）をスキップします。</translation>
    </message>
    <message>
        <source>Nothing to do if another GPU is used. To use the iGPU, set OLLAMA_IGPU_ENABLE=1 (Ollama 0.30+) or use the Vulkan backend.</source>
        <translation>別の GPU を使用している場合は何もする必要はありません。内蔵 GPU を使うには、OLLAMA_IGPU_ENABLE=1（Ollama 0.30 以降）を設定するか、Vulkan バックエンドを使用してください。</translation>
    </message>
    <message>
        <source>Ollama found no usable GPU and runs on the CPU only.</source>
        <translation>Ollama は使用できる GPU を見つけられず、CPU のみで動作しています。</translation>
    </message>
    <message>
        <source>Check that the GPU driver is installed, then try the Vulkan backend (OLLAMA_VULKAN=1). Start Ollama with OLLAMA_DEBUG=1 to see why each GPU was rejected.</source>
        <translation>GPU ドライバーがインストールされていることを確認してから、Vulkan バックエンド（OLLAMA_VULKAN=1）を試してください。OLLAMA_DEBUG=1 を付けて Ollama を起動すると、各 GPU が除外された理由がわかります。</translation>
    </message>
</context>
<context>
    <name>ogs::EnvText</name>
    <message>
        <source>cannot write %1: the file is read-only (no write permission for anyone); make it writable first if it should change</source>
        <translation>%1 に書き込めません: ファイルが読み取り専用です（誰にも書き込み権限がありません）。変更する場合は、先に書き込み可能にしてください</translation>
    </message>
    <message>
        <source>cannot write %1: permission denied (the file is read-only for this user)</source>
        <translation>%1 に書き込めません: アクセスが拒否されました（このユーザーにとってファイルは読み取り専用です）</translation>
    </message>
    <message>
        <source>cannot create the folder %1 (permission denied?)</source>
        <translation>フォルダー %1 を作成できません（アクセスが拒否された可能性があります）</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>cannot set the permissions of %1: %2</source>
        <translation>%1 のアクセス許可を設定できません: %2</translation>
    </message>
    <message>
        <source>cannot keep the owner of %1 (uid %2, gid %3): %4</source>
        <translation>%1 の所有者（uid %2、gid %3）を維持できません: %4</translation>
    </message>
    <message>
        <source>cannot remove %1: %2</source>
        <translation>%1 を削除できません: %2</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 は通常のファイルではありません</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>cannot read the journal entry %1: %2</source>
        <translation>ジャーナル項目 %1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>the journal entry %1 is damaged: %2</source>
        <translation>ジャーナル項目 %1 が破損しています: %2</translation>
    </message>
    <message>
        <source>the saved copy %1 is missing or damaged; %2 was not touched</source>
        <translation>保存されたコピー %1 が見つからないか破損しています。%2 には手を加えていません</translation>
    </message>
    <message>
        <source>Nothing to change: %1 already has these values.</source>
        <translation>変更は不要です: %1 にはすでにこれらの値が設定されています。</translation>
    </message>
    <message>
        <source>; nothing was changed</source>
        <translation>; 何も変更していません</translation>
    </message>
    <message>
        <source>%1 changed since the plan was made; nothing was changed (make the plan again)</source>
        <translation>計画の作成後に %1 が変更されました。何も変更していません（計画を作り直してください）</translation>
    </message>
    <message>
        <source>no registry on this platform; nothing was changed</source>
        <translation>このプラットフォームにはレジストリがありません。何も変更していません</translation>
    </message>
    <message>
        <source>%1\%2 changed since the plan was made; nothing was changed (make the plan again)</source>
        <translation>計画の作成後に %1\%2 が変更されました。何も変更していません（計画を作り直してください）</translation>
    </message>
    <message>
        <source>cannot create the journal folder %1; nothing was changed</source>
        <translation>ジャーナルフォルダー %1 を作成できません。何も変更していません</translation>
    </message>
    <message>
        <source>cannot save the backup: %1</source>
        <translation>バックアップを保存できません: %1</translation>
    </message>
    <message>
        <source>cannot write the journal: %1</source>
        <translation>ジャーナルに書き込めません: %1</translation>
    </message>
    <message>
        <source>%1; restoring the files already written failed too (%2); `env undo` can finish it from %3</source>
        <translation>%1。書き込み済みのファイルの復元にも失敗しました（%2）。`env undo` で %3 から完了できます</translation>
    </message>
    <message>
        <source> (previous content saved in %1/%2)</source>
        <translation> （以前の内容は %1/%2 に保存されています）</translation>
    </message>
    <message>
        <source>%1; restoring failed too (%2)</source>
        <translation>%1。復元にも失敗しました（%2）</translation>
    </message>
    <message>
        <source>Warning: the change is made but the journal could not be updated (%1); `env undo` still works from the pending entry</source>
        <translation>警告: 変更は行われましたが、ジャーナルを更新できませんでした（%1）。保留中の項目から `env undo` を引き続き実行できます</translation>
    </message>
    <message>
        <source>Warning: programs were not told about the change (%1); they see it after a restart</source>
        <translation>警告: 変更がプログラムに通知されませんでした（%1）。プログラムを再起動すると反映されます</translation>
    </message>
    <message>
        <source>; nothing was undone</source>
        <translation>; 何も元に戻していません</translation>
    </message>
    <message>
        <source>nothing to undo: no applied change in %1</source>
        <translation>元に戻すものはありません: %1 に適用済みの変更はありません</translation>
    </message>
    <message>
        <source>%1 changed after ollama-gpu-setup wrote it (%2)</source>
        <translation>%1 は ollama-gpu-setup が書き込んだ後に変更されています（%2）</translation>
    </message>
    <message>
        <source>the entry changed the Windows registry, which is not available here</source>
        <translation>この項目は Windows レジストリを変更しましたが、ここではレジストリを使用できません</translation>
    </message>
    <message>
        <source>%1 changed after ollama-gpu-setup set it (%2)</source>
        <translation>%1 は ollama-gpu-setup が設定した後に変更されています（%2）</translation>
    </message>
    <message>
        <source>cannot write %1: permission denied</source>
        <translation>%1 に書き込めません: アクセスが拒否されました</translation>
    </message>
    <message>
        <source>; nothing was undone (the saved copies are in %1)</source>
        <translation>; 何も元に戻していません（保存されたコピーは %1 にあります）</translation>
    </message>
    <message>
        <source>Entry %1 was already undone on disk</source>
        <translation>項目 %1 はディスク上ですでに元に戻されています</translation>
    </message>
    <message>
        <source>Warning: the files are restored but the journal could not be updated (%1)</source>
        <translation>警告: ファイルは復元されましたが、ジャーナルを更新できませんでした（%1）</translation>
    </message>
    <message>
        <source>Warning: programs were not told about the change (%1)</source>
        <translation>警告: 変更がプログラムに通知されませんでした（%1）</translation>
    </message>
    <message>
        <source>%1 is a symbolic link that points nowhere usable (a loop or a chain of broken links)</source>
        <translation>%1 は使用できる場所を指していないシンボリックリンクです（ループ、または壊れたリンクの連鎖）</translation>
    </message>
    <message>
        <source>%1 is larger than 16 MiB; not editing it</source>
        <translation>%1 は 16 MiB を超えているため、編集しません</translation>
    </message>
    <message>
        <source>OLLAMA_HOST=%1 makes Ollama listen on every network interface, and its API has no authentication: anyone who can reach this machine can run, pull and delete models. If only WSL2 needs to reach Ollama on Windows, bind to the WSL virtual adapter&apos;s address instead (the IPv4 address of &apos;vEthernet (WSL)&apos; in ipconfig, e.g. OLLAMA_HOST=172.28.160.1:11434), or keep 0.0.0.0 behind a firewall rule that only allows the WSL subnet. To expose it anyway, add --allow-network-exposure</source>
        <translation>OLLAMA_HOST=%1 にすると Ollama はすべてのネットワークインターフェイスで待ち受けますが、その API には認証がありません。このマシンに到達できる人は誰でもモデルを実行、pull、削除できます。Windows 上の Ollama に WSL2 からアクセスしたいだけなら、代わりに WSL 仮想アダプターのアドレス（ipconfig で表示される &apos;vEthernet (WSL)&apos; の IPv4 アドレス。例: OLLAMA_HOST=172.28.160.1:11434）にバインドするか、0.0.0.0 のまま WSL のサブネットだけを許可するファイアウォール規則で保護してください。それでも公開する場合は、--allow-network-exposure を追加してください</translation>
    </message>
    <message>
        <source>%1 is set twice</source>
        <translation>%1 が 2 回設定されています</translation>
    </message>
    <message>
        <source>%1 is both set and unset</source>
        <translation>%1 が設定と設定解除の両方に指定されています</translation>
    </message>
    <message>
        <source>%1 is not a variable ollama-gpu-setup manages (see `env --help` for the list)</source>
        <translation>%1 は ollama-gpu-setup が管理する変数ではありません（一覧は `env --help` を参照）</translation>
    </message>
    <message>
        <source>%1 has no effect on Windows (ROCm on Windows does not go through HSA)</source>
        <translation>%1 は Windows では効果がありません（Windows の ROCm は HSA を経由しません）</translation>
    </message>
    <message>
        <source>HSA_ENABLE_DXG_DETECTION only matters inside WSL2</source>
        <translation>HSA_ENABLE_DXG_DETECTION が意味を持つのは WSL2 内だけです</translation>
    </message>
    <message>
        <source>%1 exists, so bash login shells read it instead of %2; make sure it sources %2, or use the bashrc target</source>
        <translation>%1 が存在するため、bash のログインシェルは %2 の代わりにそれを読み込みます。そのファイルが %2 を source することを確認するか、bashrc の書き込み先を使用してください</translation>
    </message>
    <message>
        <source>%1 line %2 also sets %3 after our block, so that line wins; remove it by hand</source>
        <translation>%1 の %2 行目でもこのアプリのブロックより後に %3 が設定されているため、その行が優先されます。手動で削除してください</translation>
    </message>
    <message>
        <source>%1 line %2 also sets %3; our block comes later and wins</source>
        <translation>%1 の %2 行目でも %3 が設定されていますが、このアプリのブロックの方が後にあるため優先されます</translation>
    </message>
    <message>
        <source>%1 line %2 still sets %3; ollama-gpu-setup did not write that line and does not edit it; remove it by hand</source>
        <translation>%1 の %2 行目では引き続き %3 が設定されています。この行は ollama-gpu-setup が書き込んだものではなく、編集もしません。手動で削除してください</translation>
    </message>
    <message>
        <source>the %1 target is only available on Windows</source>
        <translation>書き込み先 %1 は Windows でのみ使用できます</translation>
    </message>
    <message>
        <source>%1 in %2 is REG_EXPAND_SZ, where &apos;%&apos; would expand other variables; the value cannot contain &apos;%&apos;</source>
        <translation>%2 の %1 は REG_EXPAND_SZ 型で、&apos;%&apos; があると他の変数が展開されます。値に &apos;%&apos; を含めることはできません</translation>
    </message>
    <message>
        <source>Could not check the Ollama app&apos;s own settings: %1</source>
        <translation>Ollama アプリ自身の設定を確認できませんでした: %1</translation>
    </message>
    <message>
        <source>The Ollama app sets %1=%2 itself when it starts the server, from its setting %3 in %4, so the value here does not reach the server: change that setting in Ollama&apos;s Settings window instead</source>
        <translation>Ollama アプリはサーバーの起動時に、%4 にある設定 %3 に基づいて %1=%2 を自ら設定するため、ここでの値はサーバーに届きません。代わりに Ollama の設定ウィンドウでその設定を変更してください</translation>
    </message>
    <message>
        <source>What the running Ollama sees is unknown (no &quot;server config&quot; log line found%1)</source>
        <translation>実行中の Ollama が認識している値は不明です（&quot;server config&quot; のログ行が見つかりません%1）</translation>
    </message>
    <message>
        <source>; pass --log FILE to read a server.log</source>
        <translation>; server.log を読み込むには --log FILE を指定してください</translation>
    </message>
    <message>
        <source>%1=%2 is set in %3, but the running Ollama has %4: restart Ollama</source>
        <translation>%1=%2 は %3 に設定されていますが、実行中の Ollama の値は %4 です: Ollama を再起動してください</translation>
    </message>
    <message>
        <source>it unset</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>The Ollama app starts the server with %1=%2 from its setting %3, whatever the environment says</source>
        <translation>Ollama アプリは環境変数にかかわらず、設定 %3 に基づいて %1=%2 でサーバーを起動します</translation>
    </message>
    <message>
        <source>a line break or control character cannot be written safely</source>
        <translation>改行や制御文字は安全に書き込めません</translation>
    </message>
    <message>
        <source>open a new terminal (or source the file), then restart `ollama serve`</source>
        <translation>新しいターミナルを開いて（またはファイルを source して）から、`ollama serve` を再起動してください</translation>
    </message>
    <message>
        <source>log out and back in, then restart `ollama serve`</source>
        <translation>いったんログアウトしてログインし直してから、`ollama serve` を再起動してください</translation>
    </message>
    <message>
        <source>open a new fish shell, then restart `ollama serve`</source>
        <translation>新しい fish シェルを開いてから、`ollama serve` を再起動してください</translation>
    </message>
    <message>
        <source>log out and back in (pam_env reads it at login), then restart Ollama</source>
        <translation>いったんログアウトしてログインし直して（pam_env はログイン時に読み込みます）から、Ollama を再起動してください</translation>
    </message>
    <message>
        <source>quit Ollama from the tray (or stop &apos;ollama app.exe&apos; and &apos;ollama.exe&apos;) and start it again</source>
        <translation>通知領域から Ollama を終了し（または &apos;ollama app.exe&apos; と &apos;ollama.exe&apos; を停止し）、もう一度起動してください</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid variable name</source>
        <translation>&apos;%1&apos; は有効な変数名ではありません</translation>
    </message>
    <message>
        <source>%1 for etc-environment: the character %2 cannot be written safely (pam_env has no escapes); use another target</source>
        <translation>%1（etc-environment 用）: 文字 %2 は安全に書き込めません（pam_env にはエスケープがありません）。別の書き込み先を使用してください</translation>
    </message>
    <message>
        <source>unknown target</source>
        <translation>不明な書き込み先</translation>
    </message>
    <message>
        <source>%1: a second ollama-gpu-setup block starts at line %2 (the first at line %3); remove one by hand</source>
        <translation>%1: %2 行目で 2 つ目の ollama-gpu-setup ブロックが始まっています（1 つ目は %3 行目）。どちらかを手動で削除してください</translation>
    </message>
    <message>
        <source>%1: line %2 ends an ollama-gpu-setup block that was never started; fix the markers by hand</source>
        <translation>%1: %2 行目で、開始されていない ollama-gpu-setup ブロックが終了しています。マーカーを手動で修正してください</translation>
    </message>
    <message>
        <source>%1: the ollama-gpu-setup block starting at line %2 has no end marker (%3); fix it by hand</source>
        <translation>%1: %2 行目から始まる ollama-gpu-setup ブロックに終了マーカー（%3）がありません。手動で修正してください</translation>
    </message>
    <message>
        <source>%1: line %2 inside the ollama-gpu-setup block was edited by hand and is not understood: %3</source>
        <translation>%1: ollama-gpu-setup ブロック内の %2 行目は手動で編集されており、解釈できません: %3</translation>
    </message>
    <message>
        <source>cannot read %1: Qt&apos;s SQLite driver is not installed</source>
        <translation>%1 を読み込めません: Qt の SQLite ドライバーがインストールされていません</translation>
    </message>
    <message>
        <source>cannot read %1 (copying it failed)</source>
        <translation>%1 を読み込めません（コピーに失敗しました）</translation>
    </message>
    <message>
        <source>%1 has no settings table (not an Ollama app database?)</source>
        <translation>%1 には settings テーブルがありません（Ollama アプリのデータベースではない可能性があります）</translation>
    </message>
    <message>
        <source>cannot read the settings in %1: %2</source>
        <translation>%1 の設定を読み込めません: %2</translation>
    </message>
    <message>
        <source>Ran systemctl %1</source>
        <translation>systemctl %1 を実行しました</translation>
    </message>
    <message>
        <source>Warning: systemctl %1 failed; run: %2</source>
        <translation>警告: systemctl %1 が失敗しました。次を実行してください: %2</translation>
    </message>
    <message>
        <source>Ollama on Windows runs as the tray app, which reads the user&apos;s environment variables when it starts</source>
        <translation>Windows の Ollama は通知領域のアプリとして動作し、起動時にユーザーの環境変数を読み込みます</translation>
    </message>
    <message>
        <source>the ollama systemd service is active; a service does not read ~/.bashrc, so the variables go into a drop-in for the unit</source>
        <translation>ollama の systemd サービスが動作中です。サービスは ~/.bashrc を読み込まないため、変数はユニットの drop-in に書き込まれます</translation>
    </message>
    <message>
        <source>`ollama serve` runs by hand (pid %1, user %2); it takes its variables from the shell that starts it, so they go into %3</source>
        <translation>`ollama serve` が手動で実行されています（pid %1、ユーザー %2）。起動したシェルから変数を受け取るため、変数は %3 に書き込まれます</translation>
    </message>
    <message>
        <source>Ollama is installed as a systemd service (%1), though it is not running now</source>
        <translation>Ollama は systemd サービスとしてインストールされていますが（%1）、現在は動作していません</translation>
    </message>
    <message>
        <source>no Ollama service or running `ollama serve` was found; the variables go where your shell (%1) reads them, for a manual `ollama serve`</source>
        <translation>Ollama サービスも実行中の `ollama serve` も見つかりませんでした。手動で `ollama serve` を実行する場合に備え、変数はシェル（%1）が読み込む場所に書き込まれます</translation>
    </message>
    <message>
        <source>unknown, assuming bash</source>
        <translation>不明（bash とみなします）</translation>
    </message>
    <message>
        <source>. This is WSL2: if Ollama runs on Windows instead, its variables belong in the Windows user environment (run ollama-gpu-setup.exe env there, target windows-user), and only OLLAMA_HOST belongs here</source>
        <translation>。ここは WSL2 です: Ollama を Windows 側で実行する場合、その変数は Windows のユーザー環境に設定する必要があり（Windows で ollama-gpu-setup.exe env を実行し、書き込み先は windows-user）、ここに設定するのは OLLAMA_HOST だけです</translation>
    </message>
    <message>
        <source>Ollama did not stop</source>
        <translation>Ollama が停止しませんでした</translation>
    </message>
    <message>
        <source>cannot start %1</source>
        <translation>%1 を起動できません</translation>
    </message>
    <message>
        <source>Restarted Ollama: stopped %1, started %2</source>
        <translation>Ollama を再起動しました: %1 を停止し、%2 を起動しました</translation>
    </message>
    <message>
        <source>Ollama was not running; started %1</source>
        <translation>Ollama は動作していませんでした。%1 を起動しました</translation>
    </message>
    <message>
        <source>Warning: %1, so Ollama was not restarted; %2</source>
        <translation>警告: %1 のため、Ollama は再起動されませんでした。%2</translation>
    </message>
    <message>
        <source>Ollama is not running and its app is not at %1; start Ollama when it is installed: it reads the new variables when it starts</source>
        <translation>Ollama は動作しておらず、アプリが %1 にありません。インストール後に Ollama を起動してください: 起動時に新しい変数を読み込みます</translation>
    </message>
    <message>
        <source>Warning: Ollama&apos;s app is not at %1, so Ollama was not restarted (nothing was stopped); %2</source>
        <translation>警告: Ollama のアプリが %1 にないため、Ollama は再起動されませんでした（何も停止していません）。%2</translation>
    </message>
    <message>
        <source>Warning: %1; nothing was started; %2</source>
        <translation>警告: %1。何も起動していません。%2</translation>
    </message>
    <message>
        <source>Warning: stopped %1, but %2; start Ollama from the Start menu</source>
        <translation>警告: %1 を停止しましたが、%2。スタート メニューから Ollama を起動してください</translation>
    </message>
    <message>
        <source>refusing to trust %1: %2; it must be owned by uid %3 and writable by nobody else (remove it or fix its owner and mode); nothing was changed</source>
        <translation>%1 は信頼できません: %2。所有者が uid %3 で、他の誰も書き込めない必要があります（削除するか、所有者と権限を直してください）。何も変更していません</translation>
    </message>
    <message>
        <source>it is a symbolic link</source>
        <translation>シンボリックリンクです</translation>
    </message>
    <message>
        <source>owner uid %1, mode %2</source>
        <translation>所有者 uid %1、モード %2</translation>
    </message>
    <message>
        <source>the journal names %1, which is not a file this helper manages; refused, nothing was undone</source>
        <translation>ジャーナルが %1 を指していますが、このヘルパーが管理するファイルではありません。拒否しました。何も元に戻していません</translation>
    </message>
    <message>
        <source>%1 changed since the plan was made (SHA-256 now %2, expected %3); nothing was changed (make the plan again)</source>
        <translation>%1 は計画の作成後に変更されました（SHA-256 は現在 %2、期待値 %3）。何も変更していません（計画を作り直してください）</translation>
    </message>
    <message>
        <source>another env apply or undo is running (it holds %1); nothing was changed, try again when it has finished</source>
        <translation>別の env apply または undo が実行中です（%1 を保持しています）。何も変更していません。終わってから再試行してください</translation>
    </message>
    <message>
        <source>cannot create the folder %1; nothing was changed</source>
        <translation>フォルダー %1 を作成できません。何も変更していません</translation>
    </message>
    <message>
        <source>%1, process %2</source>
        <translation>%1、プロセス %2</translation>
    </message>
    <message>
        <source>cannot create the lock file %1 (disk full or read-only?); nothing was changed</source>
        <translation>ロックファイル %1 を作成できません（ディスクがいっぱいか読み取り専用？）。何も変更していません</translation>
    </message>
    <message>
        <source>cannot open the folder %1 to lock it</source>
        <translation>ロックのためにフォルダー %1 を開けません</translation>
    </message>
    <message>
        <source>a lock on the folder %1</source>
        <translation>フォルダー %1 のロック</translation>
    </message>
    <message>
        <source>%1 for etc-environment: the line would be %2 bytes, and pam_env drops a line over %3 bytes (and every line after it); use a shorter value or another target</source>
        <translation>etc-environment の %1: 行は %2 バイトになりますが、pam_env は %3 バイトを超える行（とそれ以降のすべての行）を捨てます。短い値か別の対象を使ってください</translation>
    </message>
</context>
<context>
    <name>ogs::InstallText</name>
    <message>
        <source>no data for %1 s</source>
        <translation>%1 秒間データがありません</translation>
    </message>
    <message>
        <source>not an http(s) address</source>
        <translation>http(s) のアドレスではありません</translation>
    </message>
    <message>
        <source>cannot create the download folder %1</source>
        <translation>ダウンロードフォルダー %1 を作成できません</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>redirected from https to %1; refused</source>
        <translation>https から %1 にリダイレクトされたため、拒否しました</translation>
    </message>
    <message>
        <source>redirected to another host (%1); refused</source>
        <translation>別のホスト（%1）にリダイレクトされたため、拒否しました</translation>
    </message>
    <message>
        <source>larger than %1 bytes; refused</source>
        <translation>%1 バイトを超えるため、拒否しました</translation>
    </message>
    <message>
        <source>TLS certificate problem: %1</source>
        <translation>TLS 証明書の問題: %1</translation>
    </message>
    <message>
        <source>the connection broke after %1 bytes (%2)</source>
        <translation>%1 バイト受信した後に接続が切断されました（%2）</translation>
    </message>
    <message>
        <source>truncated: %1 of %2 bytes arrived</source>
        <translation>途中で切れています: %2 バイトのうち %1 バイトしか届いていません</translation>
    </message>
    <message>
        <source>SHA-256 mismatch: got %1, the release publishes %2</source>
        <translation>SHA-256 が一致しません: 取得した値は %1、リリースで公開されている値は %2 です</translation>
    </message>
    <message>
        <source>cannot replace %1</source>
        <translation>%1 を置き換えられません</translation>
    </message>
    <message>
        <source>cannot rename %1 to %2: %3</source>
        <translation>%1 の名前を %2 に変更できません: %3</translation>
    </message>
    <message>
        <source>The ollama-for-amd path needs the ollama-for-amd build, not the official one.</source>
        <translation>ollama-for-amd 方式には、公式ビルドではなく ollama-for-amd ビルドが必要です。</translation>
    </message>
    <message>
        <source>ollama-for-amd is built for Windows only; on Linux the official build runs these GPUs (with HSA_OVERRIDE_GFX_VERSION or Vulkan).</source>
        <translation>ollama-for-amd は Windows 専用です。Linux では公式ビルドでこれらの GPU を動作させられます（HSA_OVERRIDE_GFX_VERSION または Vulkan を使用）。</translation>
    </message>
    <message>
        <source>Ollama runs on the Windows host for this path; nothing is installed inside WSL.</source>
        <translation>この方式では Ollama は Windows ホストで動作します。WSL 内には何もインストールしません。</translation>
    </message>
    <message>
        <source>Ollama %1 has no Vulkan backend; %2 or newer does.</source>
        <translation>Ollama %1 には Vulkan バックエンドがありません。%2 以降にはあります。</translation>
    </message>
    <message>
        <source>the newest Ollama</source>
        <translation>最新の Ollama</translation>
    </message>
    <message>
        <source>Ollama is not installed; %1 (%2) will be.</source>
        <translation>Ollama はインストールされていません。%1（%2）をインストールします。</translation>
    </message>
    <message>
        <source>Ollama is installed but its version is unknown (`ollama --version` said nothing); nothing is changed.</source>
        <translation>Ollama はインストールされていますが、バージョンが不明です（`ollama --version` が何も出力しませんでした）。何も変更しません。</translation>
    </message>
    <message>
        <source>Run `ollama --version`; the %1 path needs %2 or newer.</source>
        <translation>`ollama --version` を実行してください。%1 方式には %2 以降が必要です。</translation>
    </message>
    <message>
        <source>Ollama %1 is installed; you asked for %2.</source>
        <translation>Ollama %1 がインストールされていますが、指定されたのは %2 です。</translation>
    </message>
    <message>
        <source>Ollama %1 is installed; %2 is the newest release.</source>
        <translation>Ollama %1 がインストールされていますが、最新リリースは %2 です。</translation>
    </message>
    <message>
        <source>Ollama %1 (%2) is installed%3; nothing to change.</source>
        <translation>Ollama %1（%2）がインストールされています%3。変更は不要です。</translation>
    </message>
    <message>
        <source> and fits the %1 path</source>
        <translation> （%1 方式にも適合）</translation>
    </message>
    <message>
        <source>The newest release is unknown (the release feed was not read).</source>
        <translation>最新リリースは不明です（リリースフィードを読み込めませんでした）。</translation>
    </message>
    <message>
        <source>Vulkan is opt-in before Ollama 0.30: set OLLAMA_VULKAN=1 (`ollama-gpu-setup env plan --path vulkan` does).</source>
        <translation>Ollama 0.30 より前では、Vulkan は明示的に有効にする必要があります: OLLAMA_VULKAN=1 を設定してください（`ollama-gpu-setup env plan --path vulkan` で設定されます）。</translation>
    </message>
    <message>
        <source>HSA_OVERRIDE_GFX_VERSION only made sense for ollama-for-amd; it is cleared.</source>
        <translation>HSA_OVERRIDE_GFX_VERSION は ollama-for-amd でのみ意味があったため、削除します。</translation>
    </message>
    <message>
        <source>download failed, nothing was run: %1</source>
        <translation>ダウンロードに失敗したため、何も実行していません: %1</translation>
    </message>
    <message>
        <source>Ollama did not answer at %1 within %2 s after the install: %3</source>
        <translation>インストール後、Ollama は %2 秒以内に %1 で応答しませんでした: %3</translation>
    </message>
    <message>
        <source>cannot read %1 to check it</source>
        <translation>確認のために %1 を読み込めません</translation>
    </message>
    <message>
        <source>%1 has SHA-256 %2, not the published %3; it was deleted and not run</source>
        <translation>%1 の SHA-256 は %2 で、公開されている %3 と異なります。ファイルは削除され、実行されていません</translation>
    </message>
    <message>
        <source>cannot read %1 to show it</source>
        <translation>表示のために %1 を読み込めません</translation>
    </message>
    <message>
        <source>stopped after showing %1; nothing was run</source>
        <translation>%1 を表示した後に停止しました。何も実行していません</translation>
    </message>
    <message>
        <source>refusing to run %1: it was not verified</source>
        <translation>%1 の実行を拒否しました: 検証されていません</translation>
    </message>
    <message>
        <source>refusing to run %1: it changed after it was verified (SHA-256 %2, verified %3)</source>
        <translation>%1 の実行を拒否しました: 検証後に変更されています（SHA-256 %2、検証時 %3）</translation>
    </message>
    <message>
        <source>no process runner</source>
        <translation>プロセスランナーがありません</translation>
    </message>
    <message>
        <source>could not start %1</source>
        <translation>%1 を起動できませんでした</translation>
    </message>
    <message>
        <source>%1 exited with code %2%3</source>
        <translation>%1 がコード %2 で終了しました%3</translation>
    </message>
    <message>
        <source>Ollama is installed, but %1 could not be removed: %2</source>
        <translation>Ollama はインストールされましたが、%1 を削除できませんでした: %2</translation>
    </message>
    <message>
        <source>no way to change the environment here</source>
        <translation>ここでは環境を変更する手段がありません</translation>
    </message>
    <message>
        <source>Wait up to %1 s for Ollama to answer at %2</source>
        <translation>%2 で Ollama が応答するまで最大 %1 秒待機</translation>
    </message>
    <message>
        <source>no release was read, so there is no installer to download</source>
        <translation>リリースを読み込めなかったため、ダウンロードするインストーラーがありません</translation>
    </message>
    <message>
        <source>release %1 publishes no SHA-256 for %2 (no digest, no sha256sum.txt entry, no %2.sha256); refusing to run it unverified</source>
        <translation>リリース %1 は %2 の SHA-256 を公開していません（digest も、sha256sum.txt の項目も、%2.sha256 もありません）。検証されていないものは実行しません</translation>
    </message>
    <message>
        <source>%1 from release %2 of %3, run silently.</source>
        <translation>%3 のリリース %2 に含まれる %1 をサイレント実行します。</translation>
    </message>
    <message>
        <source>Download %1 to %2 (kept as .part until its SHA-256 matches)</source>
        <translation>%1 を %2 にダウンロード（SHA-256 が一致するまでは .part として保持）</translation>
    </message>
    <message>
        <source>Check its SHA-256 is %1 (published in %2)</source>
        <translation>SHA-256 が %1 であることを確認（%2 で公開）</translation>
    </message>
    <message>
        <source>Run the installer silently</source>
        <translation>インストーラーをサイレント実行</translation>
    </message>
    <message>
        <source>The new build is installed over the old one; the old uninstaller is not run, so downloaded models stay.</source>
        <translation>新しいビルドは古いビルドに上書きインストールされます。古いアンインストーラーは実行されないため、ダウンロード済みのモデルは残ります。</translation>
    </message>
    <message>
        <source>Install the %1 package</source>
        <translation>%1 パッケージをインストール</translation>
    </message>
    <message>
        <source>Start the ollama service</source>
        <translation>ollama サービスを起動</translation>
    </message>
    <message>
        <source>Install the %1 package and start the ollama service, as root through pkexec (the helper runs: pacman -S --needed --noconfirm %1; systemctl enable --now ollama.service)</source>
        <translation>pkexec を使って root として %1 パッケージをインストールし、ollama サービスを起動（ヘルパーが実行するコマンド: pacman -S --needed --noconfirm %1; systemctl enable --now ollama.service）</translation>
    </message>
    <message>
        <source>Download the official install script %1 to %2</source>
        <translation>公式インストールスクリプト %1 を %2 にダウンロード</translation>
    </message>
    <message>
        <source>Show the script in full with its SHA-256; it runs only after you have seen it, and only if its SHA-256 is still the one shown</source>
        <translation>スクリプト全体を SHA-256 とともに表示。スクリプトは、内容を確認した後、かつ SHA-256 が表示されたものと同じ場合にのみ実行されます</translation>
    </message>
    <message>
        <source>Run the script as root</source>
        <translation>スクリプトを root として実行</translation>
    </message>
    <message>
        <source>Run the script as root through pkexec (the helper checks its SHA-256 again and runs its own copy with sh)</source>
        <translation>pkexec を使ってスクリプトを root として実行（ヘルパーが SHA-256 を再確認し、自身のコピーを sh で実行します）</translation>
    </message>
    <message>
        <source>installing Ollama on %1 is not supported; use the installer from ollama.com</source>
        <translation>%1 への Ollama のインストールには対応していません。ollama.com のインストーラーを使用してください</translation>
    </message>
    <message>
        <source>Remove HSA_OVERRIDE_GFX_VERSION (it only made sense for ollama-for-amd)</source>
        <translation>HSA_OVERRIDE_GFX_VERSION を削除（ollama-for-amd でのみ意味がありました）</translation>
    </message>
    <message>
        <source>`%1 env apply --unset %2` failed</source>
        <translation>`%1 env apply --unset %2` が失敗しました</translation>
    </message>
    <message>
        <source>this system</source>
        <translation>このシステム</translation>
    </message>
    <message>
        <source>%1 has no Ollama package; the official install script is used.</source>
        <translation>%1 には Ollama パッケージがないため、公式インストールスクリプトを使用します。</translation>
    </message>
    <message>
        <source>pacman installs the repository&apos;s version, not %1; the official install script is used.</source>
        <translation>pacman でインストールされるのはリポジトリのバージョンで、%1 ではないため、公式インストールスクリプトを使用します。</translation>
    </message>
    <message>
        <source>%1 packages Ollama; %2 is the package for the %3 path.</source>
        <translation>%1 には Ollama のパッケージがあります。%3 方式用のパッケージは %2 です。</translation>
    </message>
    <message>
        <source>the official build</source>
        <translation>公式ビルド</translation>
    </message>
    <message>
        <source>the ollama-for-amd build</source>
        <translation>ollama-for-amd ビルド</translation>
    </message>
    <message>
        <source>the release feed is not JSON (%1 at byte %2)</source>
        <translation>リリースフィードが JSON ではありません（%1、%2 バイト目）</translation>
    </message>
    <message>
        <source>the release feed is not a JSON object</source>
        <translation>リリースフィードが JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>the release feed has no tag_name</source>
        <translation>リリースフィードに tag_name がありません</translation>
    </message>
    <message>
        <source>the release feed has no assets list</source>
        <translation>リリースフィードに assets の一覧がありません</translation>
    </message>
    <message>
        <source>the release feed has an asset without a name or a download address</source>
        <translation>リリースフィードに、名前またはダウンロードアドレスのないアセットがあります</translation>
    </message>
    <message>
        <source>cannot read the release feed: %1</source>
        <translation>リリースフィードを読み込めません: %1</translation>
    </message>
    <message>
        <source>release %1 has no Windows installer (OllamaSetup.exe)</source>
        <translation>リリース %1 には Windows インストーラー（OllamaSetup.exe）がありません</translation>
    </message>
    <message>
        <source>the feed&apos;s digest</source>
        <translation>フィードの digest</translation>
    </message>
    <message>
        <source>release %1 publishes two different SHA-256 values for %2 (%3: %4, %5: %6); refused</source>
        <translation>リリース %1 は %2 について異なる 2 つの SHA-256 値を公開しています（%3: %4、%5: %6）。拒否しました</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>The installed Ollama%1 is %2; you asked for %3.</source>
        <translation>インストールされている Ollama%1 は %2 ですが、指定されたのは %3 です。</translation>
    </message>
    <message>
        <source>The installed Ollama%1 is %2; the %3 path needs %4.</source>
        <translation>インストールされている Ollama%1 は %2 ですが、%3 方式には %4 が必要です。</translation>
    </message>
    <message>
        <source>too many redirects (a loop, or more than %1)</source>
        <translation>リダイレクトが多すぎます（ループ、または %1 回超）</translation>
    </message>
</context>
<context>
    <name>ogs::OllamaText</name>
    <message>
        <source>The test prompt failed: %1</source>
        <translation>テスト用プロンプトが失敗しました: %1</translation>
    </message>
    <message>
        <source>The model ran entirely on the CPU (%1). GPU acceleration is not working; run `ollama-gpu-setup diagnose`.</source>
        <translation>モデルは完全に CPU で実行されました（%1）。GPU による高速化は機能していません。`ollama-gpu-setup diagnose` を実行してください。</translation>
    </message>
    <message>
        <source>Generation ran at %1, below the %2 expected for this GPU. %3</source>
        <translation>生成速度は %1 で、この GPU で予想される %2 を下回りました。%3</translation>
    </message>
    <message>
        <source>Part of the model is on the CPU (%1): use a smaller quantisation or context.</source>
        <translation>モデルの一部が CPU 上にあります（%1）。より小さい量子化か短いコンテキストを使用してください。</translation>
    </message>
    <message>
        <source>Check for a partial offload or a slower backend with `ollama-gpu-setup diagnose`.</source>
        <translation>部分的なオフロードや低速なバックエンドになっていないか、`ollama-gpu-setup diagnose` で確認してください。</translation>
    </message>
    <message>
        <source>Generation ran at %1, faster than the %2 expected. Acceleration works.</source>
        <translation>生成速度は %1 で、予想の %2 より高速です。高速化は機能しています。</translation>
    </message>
    <message>
        <source>Generation ran at %1, within the %2 expected. Acceleration works.</source>
        <translation>生成速度は %1 で、予想の %2 の範囲内です。高速化は機能しています。</translation>
    </message>
    <message>
        <source>Generation ran at %1 on %2; no expected range is known for this GPU.</source>
        <translation>%2 での生成速度は %1 です。この GPU の予想範囲は不明です。</translation>
    </message>
    <message>
        <source>an unknown processor</source>
        <translation>不明なプロセッサー</translation>
    </message>
    <message>
        <source>Contacting Ollama</source>
        <translation>Ollama に接続しています</translation>
    </message>
    <message>
        <source>Loading %1 on the %2</source>
        <translation>%1 を %2 に読み込んでいます</translation>
    </message>
    <message>
        <source>Generating %1 tokens on the %2</source>
        <translation>%2 で %1 トークンを生成しています</translation>
    </message>
    <message>
        <source>Ollama is not running at %1: the connection was still refused after %2 s. To start it, %3.</source>
        <translation>Ollama は %1 で動作していません: %2 秒後も接続が拒否されました。起動方法: %3。</translation>
    </message>
    <message>
        <source>Ollama is not running at %1 (connection refused). To start it, %2.</source>
        <translation>Ollama は %1 で動作していません（接続が拒否されました）。起動方法: %2。</translation>
    </message>
    <message>
        <source>The host of %1 does not resolve. Check OLLAMA_HOST or --host.</source>
        <translation>%1 のホスト名を解決できません。OLLAMA_HOST または --host を確認してください。</translation>
    </message>
    <message>
        <source>No connection to Ollama at %1 within %2 s. Check the address, the firewall, and that Ollama listens on that interface (OLLAMA_HOST=0.0.0.0 when connecting from WSL2).</source>
        <translation>%2 秒以内に %1 の Ollama に接続できませんでした。アドレス、ファイアウォール、および Ollama がそのインターフェイスで待ち受けているか（WSL2 から接続する場合は OLLAMA_HOST=0.0.0.0）を確認してください。</translation>
    </message>
    <message>
        <source>Ollama stopped sending in the middle of the answer to %1: nothing for %2 s. The model runner may have hung or crashed; look at its server log.</source>
        <translation>Ollama は %1 への応答の途中で送信を停止しました（%2 秒間データなし）。モデルランナーがハングまたはクラッシュした可能性があります。サーバーログを確認してください。</translation>
    </message>
    <message>
        <source>The request %1 did not finish within %2 s and was cancelled.</source>
        <translation>要求 %1 は %2 秒以内に完了しなかったため、キャンセルされました。</translation>
    </message>
    <message>
        <source>Ollama answered HTTP %1 to %2: %3</source>
        <translation>Ollama は %2 に対して HTTP %1 を返しました: %3</translation>
    </message>
    <message>
        <source>(no message)</source>
        <translation>（メッセージなし）</translation>
    </message>
    <message>
        <source>Ollama reported an error while answering %1: %2</source>
        <translation>Ollama は %1 への応答中にエラーを報告しました: %2</translation>
    </message>
    <message>
        <source>The answer to %1 from %2 is not valid JSON (it starts with &quot;%3&quot;). Is this address really Ollama?</source>
        <translation>%2 からの %1 への応答は有効な JSON ではありません（&quot;%3&quot; で始まっています）。このアドレスは本当に Ollama ですか？</translation>
    </message>
    <message>
        <source>Ollama sent more than %1 KiB without a line break in the answer to %2; the answer was abandoned.</source>
        <translation>Ollama は %2 への応答で、改行なしに %1 KiB を超えるデータを送信しました。応答は破棄されました。</translation>
    </message>
    <message>
        <source>The connection to Ollama closed before the answer to %1 was complete (after %2 objects). Ollama may have crashed or restarted; look at its server log.</source>
        <translation>%1 への応答が完了する前に Ollama との接続が閉じられました（%2 個のオブジェクトの受信後）。Ollama がクラッシュしたか再起動した可能性があります。サーバーログを確認してください。</translation>
    </message>
    <message>
        <source>The request %1 was cancelled.</source>
        <translation>要求 %1 はキャンセルされました。</translation>
    </message>
    <message>
        <source>Could not talk to Ollama at %1: %2</source>
        <translation>%1 の Ollama と通信できませんでした: %2</translation>
    </message>
    <message>
        <source>start the Ollama app from the Start menu, or run `ollama serve` in a terminal</source>
        <translation>スタート メニューから Ollama アプリを起動するか、ターミナルで `ollama serve` を実行する</translation>
    </message>
    <message>
        <source>open the Ollama app, or run `ollama serve` in a terminal</source>
        <translation>Ollama アプリを開くか、ターミナルで `ollama serve` を実行する</translation>
    </message>
    <message>
        <source>run `sudo systemctl start ollama` if it is installed as a service, otherwise `ollama serve` in a terminal</source>
        <translation>サービスとしてインストールされている場合は `sudo systemctl start ollama` を、そうでない場合はターミナルで `ollama serve` を実行する</translation>
    </message>
    <message>
        <source> Note: %1.</source>
        <translation> 注記: %1。</translation>
    </message>
    <message>
        <source>Generation ran at %1 with the GPU and %2 on the processor alone (%3x): the GPU is not speeding it up. Run `ollama-gpu-setup diagnose`.</source>
        <translation>生成速度は GPU ありで %1、プロセッサーのみで %2 (%3x) でした。GPU は高速化していません。`ollama-gpu-setup diagnose` を実行してください。</translation>
    </message>
    <message>
        <source>Generation ran at %1, but only part of the model is on the GPU (%2): the rest runs on the processor. Use a smaller quantisation or context so that all of it fits.</source>
        <translation>生成速度は %1 でしたが、モデルの一部しか GPU に載っていません (%2)。残りはプロセッサーで動いています。すべて収まるよう、より小さい量子化かコンテキストを使ってください。</translation>
    </message>
    <message>
        <source>Ollama at %1 accepted the request %2 but sent nothing for %3 s: it may be stuck loading the model; look at its server log, or restart it.</source>
        <translation>%1 の Ollama はリクエスト %2 を受け付けましたが、%3 秒間何も送信しませんでした。モデルの読み込みで止まっている可能性があります。サーバーログを確認するか、再起動してください。</translation>
    </message>
    <message>
        <source>Ollama at %1 accepted the connection but sent nothing for %3 s in answer to %2: Ollama may be stuck; restart it.</source>
        <translation>%1 の Ollama は接続を受け付けましたが、%2 への応答として %3 秒間何も送信しませんでした。Ollama が停止している可能性があります。再起動してください。</translation>
    </message>
    <message>
        <source>The model &apos;%1&apos; is not installed in Ollama (%2). Install it first: %3</source>
        <translation>モデル &apos;%1&apos; は Ollama にインストールされていません（%2）。先にインストールしてください: %3</translation>
    </message>
    <message>
        <source>%1 at %2 answered with too many redirects (a loop, or more than %3); not followed. Is this address really Ollama?</source>
        <translation>%2 の %1 がリダイレクトを返しすぎました（ループ、または %3 回超）。追従していません。このアドレスは本当に Ollama ですか？</translation>
    </message>
    <message>
        <source>%1 at %2 redirected to another address (%3); not followed, so no answer from another server is taken for Ollama&apos;s. Check OLLAMA_HOST or --host.</source>
        <translation>%2 の %1 が別のアドレス（%3）にリダイレクトしました。別のサーバーの応答を Ollama のものとして扱わないよう、追従していません。OLLAMA_HOST または --host を確認してください。</translation>
    </message>
</context>
<context>
    <name>ogs::RecommendText</name>
    <message>
        <source>no expected speed: the %1 path is not offered for %2</source>
        <translation>予想速度なし: %1 方式は %2 では利用できません</translation>
    </message>
    <message>
        <source>no expected speed: the speed table has no row for %1</source>
        <translation>予想速度なし: 速度表に %1 の行がありません</translation>
    </message>
    <message>
        <source>the expected speed was measured with %1; %2 may be faster or slower</source>
        <translation>予想速度は %1 で測定されたものです。%2 はこれより速い場合も遅い場合もあります</translation>
    </message>
    <message>
        <source>%1 GPUs were found; this advice is for %2. Use --gpu to choose another.</source>
        <translation>%1 台の GPU が見つかりました。このアドバイスは %2 向けです。別の GPU を選ぶには --gpu を使用してください。</translation>
    </message>
    <message>
        <source>This machine also has an integrated GPU. If Vulkan uses it or it is unstable, keep Vulkan on and set GGML_VK_VISIBLE_DEVICES to the discrete GPU&apos;s Vulkan index (Ollama docs/gpu.mdx).</source>
        <translation>このマシンには内蔵 GPU もあります。Vulkan がそれを使用する場合や動作が不安定な場合は、Vulkan を有効にしたまま、GGML_VK_VISIBLE_DEVICES をディスクリート GPU の Vulkan インデックスに設定してください（Ollama docs/gpu.mdx）。</translation>
    </message>
    <message>
        <source>Uninstall the official Ollama first: ollama-for-amd replaces it and the two cannot run side by side</source>
        <translation>先に公式の Ollama をアンインストールしてください: ollama-for-amd はこれを置き換えるもので、両者を並行して実行することはできません</translation>
    </message>
    <message>
        <source>Install the latest OllamaSetup.exe from https://github.com/likelovewant/ollama-for-amd/releases</source>
        <translation>https://github.com/likelovewant/ollama-for-amd/releases から最新の OllamaSetup.exe をインストール</translation>
    </message>
    <message>
        <source>NVIDIA driver 550 or newer (570 or newer for compute capability 5.0 to 6.2)</source>
        <translation>NVIDIA ドライバー 550 以降（Compute Capability 5.0～6.2 の場合は 570 以降）</translation>
    </message>
    <message>
        <source>Ollama installed and running on Windows</source>
        <translation>Windows に Ollama がインストールされ、動作していること</translation>
    </message>
    <message>
        <source>On Windows, OLLAMA_HOST=0.0.0.0 for the Ollama server (a user environment variable), then restart Ollama</source>
        <translation>Windows で、Ollama サーバー用に OLLAMA_HOST=0.0.0.0（ユーザー環境変数）を設定し、Ollama を再起動</translation>
    </message>
    <message>
        <source>Windows Firewall allowing inbound TCP port 11434</source>
        <translation>Windows ファイアウォールで TCP ポート 11434 の受信が許可されていること</translation>
    </message>
    <message>
        <source>On RDNA 4 with ROCm, Qwen 3 and Qwen 3.5 models leave the GPU stuck at 100% busy and full clock after they unload, until a reboot; Vulkan (RADV) does not have this bug and runs these models about as fast.</source>
        <translation>RDNA 4 で ROCm を使うと、Qwen 3 と Qwen 3.5 のモデルはアンロード後も GPU を 100% ビジーかつ最大クロックのまま止めてしまい、再起動するまで解消されません。Vulkan（RADV）にはこの不具合がなく、これらのモデルをほぼ同じ速度で実行できます。</translation>
    </message>
    <message>
        <source>OLLAMA_LLM_LIBRARY=vulkan alone is not enough: Ollama still starts its ROCm runner next to the Vulkan one and prefers ROCm for the same card, so ROCm must also be kept from seeing the GPU (ROCR_VISIBLE_DEVICES=NOT_A_DEVICE, HIP_VISIBLE_DEVICES=-1).</source>
        <translation>OLLAMA_LLM_LIBRARY=vulkan だけでは不十分です: Ollama は Vulkan ランナーの横で ROCm ランナーも起動し、同じカードでは ROCm を優先するため、ROCm から GPU が見えないようにする必要もあります（ROCR_VISIBLE_DEVICES=NOT_A_DEVICE、HIP_VISIBLE_DEVICES=-1）。</translation>
    </message>
    <message>
        <source>With a Qwen 3 / Qwen 3.5 model this GPU stays stuck at 100% busy after the model unloads (ROCm bug on RDNA 4); only a reboot or reloading the amdgpu driver clears it.</source>
        <translation>Qwen 3 / Qwen 3.5 のモデルを使うと、この GPU はモデルのアンロード後も 100% ビジーのまま止まってしまいます（RDNA 4 での ROCm の不具合）。解消するには、再起動するか amdgpu ドライバーを再読み込みするしかありません。</translation>
    </message>
    <message>
        <source>If the GPU stays at 100% busy and high power after Ollama goes idle, set GPU_MAX_HW_QUEUES=1 and update linux-firmware (AMD traces it to the MES firmware).</source>
        <translation>Ollama がアイドル状態になった後も GPU が 100% ビジーで消費電力が高いままの場合は、GPU_MAX_HW_QUEUES=1 を設定し、linux-firmware を更新してください（AMD は MES ファームウェアが原因と特定しています）。</translation>
    </message>
    <message>
        <source>On this APU the GPU stays busy (about 25 W more) while two or more Ollama models are loaded; OLLAMA_MAX_LOADED_MODELS=1 avoids it.</source>
        <translation>この APU では、2 つ以上の Ollama モデルが読み込まれている間、GPU がビジー状態のままになります（消費電力が約 25 W 増加）。OLLAMA_MAX_LOADED_MODELS=1 で回避できます。</translation>
    </message>
    <message>
        <source>An integrated GPU shares system memory: large models compete with the rest of the system for RAM.</source>
        <translation>内蔵 GPU はシステムメモリを共有します。大きなモデルは、システムの他の部分と RAM を奪い合います。</translation>
    </message>
    <message>
        <source>The AMD ROCm 7 driver (install it with amdgpu-install from AMD&apos;s ROCm documentation), then reboot</source>
        <translation>AMD ROCm 7 ドライバー（AMD の ROCm ドキュメントに従い amdgpu-install でインストール）と、その後の再起動</translation>
    </message>
    <message>
        <source>With an older AMD driver, GPU discovery hangs for 30 s (&apos;failed to finish discovery before timeout&apos;) and Ollama falls back to the CPU.</source>
        <translation>古い AMD ドライバーでは GPU の検出が 30 秒間止まり（&apos;failed to finish discovery before timeout&apos;）、Ollama は CPU にフォールバックします。</translation>
    </message>
    <message>
        <source>An AMD Adrenalin driver recent enough to ship HIP 7 (amdhip64_7.dll)</source>
        <translation>HIP 7（amdhip64_7.dll）を含む、十分に新しい AMD Adrenalin ドライバー</translation>
    </message>
    <message>
        <source>If Ollama&apos;s log says &apos;AMD driver is too old&apos;, the driver only has amdhip64_6.dll: update the AMD driver.</source>
        <translation>Ollama のログに &apos;AMD driver is too old&apos; と表示される場合、ドライバーには amdhip64_6.dll しかありません。AMD ドライバーを更新してください。</translation>
    </message>
    <message>
        <source>The ollama service user may need to be in the &apos;render&apos; group to reach the GPU through Vulkan.</source>
        <translation>Vulkan 経由で GPU にアクセスするには、ollama サービスのユーザーを &apos;render&apos; グループに追加する必要がある場合があります。</translation>
    </message>
    <message>
        <source>Vulkan reports free VRAM to Ollama only when it runs as root or after `sudo setcap cap_perfmon+ep /usr/local/bin/ollama`; otherwise Ollama schedules from approximate model sizes.</source>
        <translation>Vulkan が Ollama に空き VRAM を報告するのは、Ollama が root として動作している場合か、`sudo setcap cap_perfmon+ep /usr/local/bin/ollama` を実行した後だけです。それ以外の場合、Ollama はおおよそのモデルサイズに基づいてスケジュールします。</translation>
    </message>
    <message>
        <source>The RX Vega 56 needs HSA_ENABLE_SDMA=0.</source>
        <translation>RX Vega 56 には HSA_ENABLE_SDMA=0 が必要です。</translation>
    </message>
    <message>
        <source>Posing the 780M/760M (gfx1103) as a discrete RDNA 3 target is unreliable with ROCm 7.2: the iGPU lacks some instructions those kernels use. Vulkan is the safer choice.</source>
        <translation>ROCm 7.2 では、780M/760M（gfx1103）をディスクリートの RDNA 3 ターゲットに見せかける方法は信頼性が低くなります。この内蔵 GPU には、それらのカーネルが使う命令の一部がありません。Vulkan の方が安全です。</translation>
    </message>
    <message>
        <source>WSL2 has no /dev/kfd: ROCm inside WSL2 needs AMD&apos;s WSL driver and HSA_ENABLE_DXG_DETECTION=1, and Ollama&apos;s installer does not detect it. Running Ollama on Windows avoids all of that.</source>
        <translation>WSL2 には /dev/kfd がありません。WSL2 内で ROCm を使うには AMD の WSL ドライバーと HSA_ENABLE_DXG_DETECTION=1 が必要で、Ollama のインストーラーはそれを検出しません。Ollama を Windows で実行すれば、こうした問題をすべて避けられます。</translation>
    </message>
    <message>
        <source>Ollama&apos;s version is unknown; this advice assumes %1, the newest release known to this program.</source>
        <translation>Ollama のバージョンが不明です。このアドバイスは、このプログラムが把握している最新リリースである %1 を前提としています。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a software renderer on the CPU; it never accelerates Ollama.</source>
        <translation>&quot;%1&quot; は CPU 上のソフトウェアレンダラーです。Ollama を高速化することはありません。</translation>
    </message>
    <message>
        <source>On macOS Ollama uses Apple GPUs through Metal by itself; there is nothing to set up.</source>
        <translation>macOS では、Ollama は Metal 経由で Apple の GPU を自動的に使用します。設定は不要です。</translation>
    </message>
    <message>
        <source>Without Apple silicon, Ollama runs on the CPU.</source>
        <translation>Apple シリコンがない場合、Ollama は CPU で動作します。</translation>
    </message>
    <message>
        <source>No GPU was found, so Ollama runs on the CPU.</source>
        <translation>GPU が見つからないため、Ollama は CPU で動作します。</translation>
    </message>
    <message>
        <source>Vulkan is Ollama&apos;s backend for %1 GPUs such as %2.</source>
        <translation>Vulkan は、%2 などの %1 GPU 向けの Ollama のバックエンドです。</translation>
    </message>
    <message>
        <source>non-AMD, non-NVIDIA</source>
        <translation>AMD でも NVIDIA でもない</translation>
    </message>
    <message>
        <source>ROCm is for AMD GPUs only.</source>
        <translation>ROCm は AMD の GPU 専用です。</translation>
    </message>
    <message>
        <source>CUDA is for NVIDIA GPUs only.</source>
        <translation>CUDA は NVIDIA の GPU 専用です。</translation>
    </message>
    <message>
        <source>The fallback when the GPU cannot be used.</source>
        <translation>GPU を使用できない場合の代替手段です。</translation>
    </message>
    <message>
        <source>measured on %1</source>
        <translation>%1 で測定</translation>
    </message>
    <message>
        <source>scaled from %1 by relative speed</source>
        <translation>%1 での値から相対速度で換算</translation>
    </message>
    <message>
        <source>%1 is an AMD GPU this program does not know (gfx target: %2); it is treated as an unknown AMD GPU, and Vulkan, which works with any GPU that has a Vulkan driver, is the path to try.</source>
        <translation>%1 はこのプログラムが認識していない AMD GPU です（gfx ターゲット: %2）。不明な AMD GPU として扱います。試すべき方式は、Vulkan ドライバーがあればどの GPU でも動作する Vulkan です。</translation>
    </message>
    <message>
        <source>Your Ollama install ships ROCm kernels for %1%2 (rocBLAS files in %3/%4), so Ollama uses this GPU by itself at full speed.</source>
        <translation>インストールされている Ollama には %1%2 用の ROCm カーネルが含まれている（%3/%4 に rocBLAS ファイルがある）ため、Ollama はこの GPU を自動的にフルスピードで使用します。</translation>
    </message>
    <message>
        <source>Ollama %1 for %2 ships ROCm kernels for %3%4, so Ollama uses this GPU by itself at full speed.</source>
        <translation>%2 向けの Ollama %1 には %3%4 用の ROCm カーネルが含まれているため、Ollama はこの GPU を自動的にフルスピードで使用します。</translation>
    </message>
    <message>
        <source>The GPU&apos;s gfx target is unknown, so ROCm support cannot be confirmed.</source>
        <translation>GPU の gfx ターゲットが不明なため、ROCm の対応状況を確認できません。</translation>
    </message>
    <message>
        <source>Your Ollama install has no ROCm kernels for %1%2 (no rocBLAS files in %3/%4), so its ROCm backend skips this GPU.</source>
        <translation>インストールされている Ollama には %1%2 用の ROCm カーネルがない（%3/%4 に rocBLAS ファイルがない）ため、ROCm バックエンドはこの GPU をスキップします。</translation>
    </message>
    <message>
        <source>Ollama %1 for %2 ships no ROCm kernels for %3%4, so its ROCm backend skips this GPU.</source>
        <translation>%2 向けの Ollama %1 には %3%4 用の ROCm カーネルが含まれていないため、ROCm バックエンドはこの GPU をスキップします。</translation>
    </message>
    <message>
        <source>Ollama&apos;s ROCm libraries: %1 has no rocm folder; reinstall Ollama (on Linux the installer adds them when it sees an AMD GPU)</source>
        <translation>Ollama の ROCm ライブラリ: %1 に rocm フォルダーがありません。Ollama を再インストールしてください（Linux では、AMD GPU を検出するとインストーラーが追加します）</translation>
    </message>
    <message>
        <source>Vulkan works with %1 without ROCm, using the normal graphics driver.</source>
        <translation>Vulkan は、通常のグラフィックスドライバーを使い、ROCm なしで %1 に対応します。</translation>
    </message>
    <message>
        <source>%1 is the nearest target Ollama ships in the same family (%2); HSA_OVERRIDE_GFX_VERSION=%3 makes ROCm treat %4 as %1. Not official: if answers come out garbled or Ollama crashes, remove it and use Vulkan.</source>
        <translation>%1 は、Ollama が同じファミリー（%2）で提供している最も近いターゲットです。HSA_OVERRIDE_GFX_VERSION=%3 を設定すると、ROCm は %4 を %1 として扱います。非公式の方法です: 回答が文字化けしたり Ollama がクラッシュしたりする場合は、これを削除して Vulkan を使用してください。</translation>
    </message>
    <message>
        <source>No target of the same family (%1) is in Ollama %2&apos;s ROCm build, so there is nothing close enough to pose as.</source>
        <translation>Ollama %2 の ROCm ビルドには同じファミリー（%1）のターゲットがないため、見せかけに使える近いターゲットがありません。</translation>
    </message>
    <message>
        <source>The GPU&apos;s gfx target is unknown to this program, so there is no known target of the same family to pose as.</source>
        <translation>GPU の gfx ターゲットがこのプログラムでは不明なため、見せかけに使える同じファミリーの既知のターゲットがありません。</translation>
    </message>
    <message>
        <source>HSA_OVERRIDE_GFX_VERSION does nothing on Windows: ROCm on Windows does not go through HSA (ROCm/TheRock#1719, ollama#3107), and with the override Ollama reports 0 B of VRAM.</source>
        <translation>HSA_OVERRIDE_GFX_VERSION は Windows では何の効果もありません。Windows の ROCm は HSA を経由せず（ROCm/TheRock#1719、ollama#3107）、このオーバーライドを設定すると Ollama は VRAM を 0 B と報告します。</translation>
    </message>
    <message>
        <source> Having the AMD HIP SDK installed does not change this.</source>
        <translation> AMD HIP SDK がインストールされていても、これは変わりません。</translation>
    </message>
    <message>
        <source>The community build ollama-for-amd compiles ROCm kernels for %1, so it runs this GPU at ROCm speed.</source>
        <translation>コミュニティビルドの ollama-for-amd は %1 用の ROCm カーネルをコンパイルしているため、この GPU を ROCm の速度で動作させられます。</translation>
    </message>
    <message>
        <source>ollama-for-amd has no kernels for %1 either.</source>
        <translation>ollama-for-amd にも %1 用のカーネルはありません。</translation>
    </message>
    <message>
        <source>an unknown gfx target</source>
        <translation>不明な gfx ターゲット</translation>
    </message>
    <message>
        <source>ollama-for-amd is built for Windows only.</source>
        <translation>ollama-for-amd は Windows 専用です。</translation>
    </message>
    <message>
        <source>Ollama %1 or newer: Ollama %2 has no Vulkan backend</source>
        <translation>Ollama %1 以降: Ollama %2 には Vulkan バックエンドがありません</translation>
    </message>
    <message>
        <source>Ollama %1 ships Vulkan switched off; OLLAMA_VULKAN=1 switches it on.</source>
        <translation>Ollama %1 では Vulkan が無効の状態で提供されています。OLLAMA_VULKAN=1 で有効になります。</translation>
    </message>
    <message>
        <source>Vulkan is on by default since Ollama %1; a leftover OLLAMA_VULKAN=0 would switch it off.</source>
        <translation>Ollama %1 以降、Vulkan は既定で有効です。OLLAMA_VULKAN=0 が残っていると無効になります。</translation>
    </message>
    <message>
        <source>CUDA also drives this GPU and Ollama prefers CUDA over Vulkan for the same card, so CUDA is hidden.</source>
        <translation>CUDA もこの GPU を駆動でき、Ollama は同じカードでは Vulkan より CUDA を優先するため、CUDA を隠します。</translation>
    </message>
    <message>
        <source>ROCm also supports this GPU and Ollama prefers ROCm over Vulkan for the same card, so ROCm is kept from seeing it.</source>
        <translation>ROCm もこの GPU に対応しており、Ollama は同じカードでは Vulkan より ROCm を優先するため、ROCm からこの GPU が見えないようにします。</translation>
    </message>
    <message>
        <source>Vulkan needs no extra install: it ships with Ollama and uses the normal graphics driver.</source>
        <translation>Vulkan は追加のインストールが不要です。Ollama に同梱されており、通常のグラフィックスドライバーを使用します。</translation>
    </message>
    <message>
        <source>%1 has CUDA compute capability %2 (Ollama needs 5.0 or newer); Ollama uses it by itself.</source>
        <translation>%1 の CUDA Compute Capability は %2 です（Ollama には 5.0 以上が必要）。Ollama はこの GPU を自動的に使用します。</translation>
    </message>
    <message>
        <source>NVIDIA GPUs run on Ollama&apos;s CUDA backend by themselves.</source>
        <translation>NVIDIA の GPU は、Ollama の CUDA バックエンドで自動的に動作します。</translation>
    </message>
    <message>
        <source>The compute capability is unknown: Ollama&apos;s CUDA backend needs 5.0 or newer (GTX 750 and later).</source>
        <translation>Compute Capability が不明です。Ollama の CUDA バックエンドには 5.0 以上（GTX 750 以降）が必要です。</translation>
    </message>
    <message>
        <source>Compute capability %1 is below the 5.0 that Ollama&apos;s CUDA backend needs.</source>
        <translation>Compute Capability %1 は、Ollama の CUDA バックエンドに必要な 5.0 を下回っています。</translation>
    </message>
    <message>
        <source>Vulkan can still use this GPU where CUDA cannot.</source>
        <translation>CUDA が使えない場合でも、Vulkan ならこの GPU を使用できます。</translation>
    </message>
    <message>
        <source>Ollama on Windows uses the GPU with the full Windows driver, and WSL2 programs reach it over the network.</source>
        <translation>Windows の Ollama は完全な Windows ドライバーで GPU を使用し、WSL2 のプログラムはネットワーク経由でそこにアクセスします。</translation>
    </message>
    <message>
        <source>WSL2 gives Linux no direct access to AMD or Intel GPU compute; Ollama on Windows has the GPU, and WSL2 programs reach it over the network.</source>
        <translation>WSL2 では、Linux から AMD や Intel の GPU の計算機能に直接アクセスできません。GPU を使うのは Windows の Ollama で、WSL2 のプログラムはネットワーク経由でそこにアクセスします。</translation>
    </message>
    <message>
        <source>Replace WINDOWS_HOST_IP with the Windows address: `ip route show default | awk &apos;{print $3}&apos;`.</source>
        <translation>WINDOWS_HOST_IP を Windows のアドレスに置き換えてください: `ip route show default | awk &apos;{print $3}&apos;`</translation>
    </message>
    <message>
        <source>On Windows, the &apos;%1&apos; path for this GPU (run `ollama-gpu-setup recommend` there)</source>
        <translation>Windows で、この GPU 向けの &apos;%1&apos; 方式（Windows で `ollama-gpu-setup recommend` を実行）</translation>
    </message>
    <message>
        <source>CUDA also works inside WSL2 through the Windows NVIDIA driver, if you prefer Ollama inside Linux.</source>
        <translation>Linux 内で Ollama を使いたい場合は、Windows の NVIDIA ドライバーを通じて WSL2 内でも CUDA が動作します。</translation>
    </message>
    <message>
        <source>Inside WSL2 there is no /dev/kfd, so Ollama&apos;s ROCm backend cannot reach the GPU.</source>
        <translation>WSL2 内には /dev/kfd がないため、Ollama の ROCm バックエンドは GPU にアクセスできません。</translation>
    </message>
    <message>
        <source>Inside WSL2 Vulkan only reaches the GPU through a translation layer that Ollama does not support well; use Vulkan on the Windows side instead.</source>
        <translation>WSL2 内の Vulkan は、Ollama が十分に対応していない変換レイヤーを介してしか GPU にアクセスできません。代わりに Windows 側で Vulkan を使用してください。</translation>
    </message>
    <message>
        <source>Ollama inside WSL2 without a GPU runs on the CPU.</source>
        <translation>GPU のない WSL2 内の Ollama は CPU で動作します。</translation>
    </message>
    <message>
        <source>A fallback if ROCm misbehaves; usually 60-80% of ROCm&apos;s speed.</source>
        <translation>ROCm がうまく動作しない場合の代替手段です。速度は通常 ROCm の 60-80% です。</translation>
    </message>
    <message>
        <source>A fallback if CUDA misbehaves.</source>
        <translation>CUDA がうまく動作しない場合の代替手段です。</translation>
    </message>
    <message>
        <source>this AMD GPU (%1)</source>
        <translation>この AMD GPU（%1）</translation>
    </message>
    <message>
        <source>this GPU</source>
        <translation>この GPU</translation>
    </message>
    <message>
        <source>Your Ollama install (%1) ships ROCm kernels for %2, but the table for Ollama %3 on %4 says it should not; the install is what counts.</source>
        <translation>インストールされている Ollama（%1）には %2 用の ROCm カーネルが含まれていますが、%4 の Ollama %3 の表では含まれないはずとされています。実際のインストールが優先されます。</translation>
    </message>
    <message>
        <source>Your Ollama install (%1) does not ship ROCm kernels for %2, but the table for Ollama %3 on %4 says it should; the install is what counts.</source>
        <translation>インストールされている Ollama（%1）には %2 用の ROCm カーネルが含まれていませんが、%4 の Ollama %3 の表では含まれるはずとされています。実際のインストールが優先されます。</translation>
    </message>
    <message>
        <source>Ollama&apos;s version is unknown (no server answered and `ollama --version` gave none here), so this advice assumes the newest release known to this program, %1. Pass --ollama-version to be exact.</source>
        <translation>Ollama のバージョンが不明です（サーバーが応答せず、`ollama --version` もここでは何も返しませんでした）。そのため、このアドバイスはこのプログラムが知る最新リリース %1 を前提にしています。正確にするには --ollama-version を指定してください。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an Ollama version (it looks like 0.12.11), so this advice assumes %2, the newest release this program knows. Give the version `ollama --version` prints to be exact.</source>
        <translation>&apos;%1&apos; は Ollama のバージョンではありません（0.12.11 のような形です）。この助言は、このプログラムが知る最新のリリース %2 を前提にしています。正確にするには `ollama --version` が表示するバージョンを指定してください。</translation>
    </message>
    <message>
        <source>%1 is a file where a folder should be, so Ollama finds no ROCm kernels there; reinstall Ollama.</source>
        <translation>%1 はフォルダーがあるべき場所にあるファイルなので、Ollama はそこに ROCm カーネルを見つけられません。Ollama を再インストールしてください。</translation>
    </message>
    <message>
        <source>%1 is missing, so Ollama finds no ROCm kernels there; reinstall Ollama.</source>
        <translation>%1 がないので、Ollama はそこに ROCm カーネルを見つけられません。Ollama を再インストールしてください。</translation>
    </message>
    <message>
        <source>%1 holds no TensileLibrary_lazy_gfx*.dat file, so Ollama&apos;s ROCm backend runs on no GPU; the ROCm part of this install looks incomplete: reinstall Ollama.</source>
        <translation>%1 に TensileLibrary_lazy_gfx*.dat ファイルがないので、Ollama の ROCm バックエンドはどの GPU でも動きません。このインストールの ROCm 部分は不完全なようです: Ollama を再インストールしてください。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not exist</source>
        <translation>&apos;%1&apos; は存在しません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a file, not a folder</source>
        <translation>&apos;%1&apos; はフォルダーではなくファイルです</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be read (no permission)</source>
        <translation>&apos;%1&apos; を読み取れません（権限がありません）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a file where Ollama&apos;s library folder should be</source>
        <translation>&apos;%1&apos; は Ollama のライブラリフォルダーがあるべき場所にあるファイルです</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is empty</source>
        <translation>&apos;%1&apos; は空です</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds no Ollama install (no lib/ollama with backend folders)</source>
        <translation>&apos;%1&apos; に Ollama のインストールがありません（バックエンドフォルダーのある lib/ollama がありません）</translation>
    </message>
    <message>
        <source>Ollama %1 is newer than the newest version this program has facts for (%2). This advice is based on Ollama&apos;s behaviour up to %2 and assumes %1 behaves the same.</source>
        <translation>Ollama %1 は、このプログラムが情報を持つ最新バージョン（%2）より新しいです。この助言は %2 までの Ollama の動作に基づき、%1 も同じように動作すると仮定しています。</translation>
    </message>
    <message>
        <source>Ollama %1 and newer use %2 through ROCm without OLLAMA_IGPU_ENABLE: it is the one integrated GPU they admit by default.</source>
        <translation>Ollama %1 以降は OLLAMA_IGPU_ENABLE なしで ROCm により %2 を使います。既定で認められる唯一の内蔵 GPU です。</translation>
    </message>
    <message>
        <source>The GPU driver&apos;s Vulkan loader, %SystemRoot%\System32\vulkan-1.dll: reinstall or update the graphics driver, which installs it</source>
        <translation>グラフィックドライバーの Vulkan ローダー %SystemRoot%\System32\vulkan-1.dll: これをインストールするグラフィックドライバーを再インストールまたは更新してください</translation>
    </message>
    <message>
        <source>%SystemRoot%\System32\vulkan-1.dll is missing. Since %1 Ollama for Windows no longer ships its own Vulkan loader and uses the driver&apos;s, so without it Vulkan finds no GPU.</source>
        <translation>%SystemRoot%\System32\vulkan-1.dll がありません。%1 以降、Windows 版 Ollama は独自の Vulkan ローダーを同梱せずドライバーのものを使うため、これがないと Vulkan は GPU を見つけられません。</translation>
    </message>
    <message>
        <source>Your Ollama install: %1</source>
        <translation>お使いの Ollama のインストール: %1</translation>
    </message>
    <message>
        <source>%1 is not a gfx target this program knows, so ROCm support cannot be confirmed; none of the Ollama builds it knows ships ROCm kernels for it.</source>
        <translation>%1 はこのプログラムが知らない gfx ターゲットなので、ROCm 対応を確認できません。知っている Ollama のどのビルドにもこれ用の ROCm カーネルはありません。</translation>
    </message>
    <message>
        <source>Ollama %1 for Windows ships no ROCm kernels for %2%3: its ROCm backend uses the rocBLAS of AMD&apos;s HIP SDK, which has none for this GPU, so ROCm skips it.</source>
        <translation>Windows 版 Ollama %1 には %2%3 用の ROCm カーネルがありません: その ROCm バックエンドは AMD の HIP SDK の rocBLAS を使い、この GPU 用のものがないため、ROCm はこの GPU を飛ばします。</translation>
    </message>
    <message>
        <source>Community-maintained: it replaces the official Ollama, and its newest known release (%1) lags behind official Ollama, so official fixes reach it late.</source>
        <translation>コミュニティによる保守: 公式の Ollama を置き換えます。既知の最新リリース（%1）は公式の Ollama より遅れており、公式の修正が届くのも遅れます。</translation>
    </message>
    <message>
        <source>Ollama %1 and newer drop integrated GPUs unless OLLAMA_IGPU_ENABLE=1 is set (the log says &quot;dropping integrated GPU&quot;); only %2 through ROCm is admitted by default (since %3), so without the variable Ollama runs on the CPU.</source>
        <translation>Ollama %1 以降は、OLLAMA_IGPU_ENABLE=1 が設定されていない限り内蔵 GPU を除外します（ログには &quot;dropping integrated GPU&quot; と出ます）。既定で認められるのは ROCm による %2 だけです（%3 以降）。そのため変数がないと Ollama は CPU で動きます。</translation>
    </message>
</context>
<context>
    <name>ogs::TelemetryText</name>
    <message>
        <source>busy %1 % for %2 s while Ollama has no model loaded or no runner process</source>
        <translation>Ollama がモデルを読み込んでいない、またはランナープロセスがないのに、%2 秒間 %1 % のビジー状態</translation>
    </message>
    <message>
        <source>core clock %1 MHz, its top level%2</source>
        <translation>コアクロック %1 MHz、最高レベルに到達%2</translation>
    </message>
    <message>
        <source>power %1 W against %2 W when idle</source>
        <translation>消費電力 %1 W（アイドル時は %2 W）</translation>
    </message>
    <message>
        <source>power %1 W (no idle baseline seen yet)</source>
        <translation>消費電力 %1 W（アイドル時の基準値はまだ取得していません）</translation>
    </message>
    <message>
        <source>With the ROCm/HIP backend some GPUs (RDNA4 with Qwen 3 models, and other RDNA3/RDNA4 cases) keep running orphaned compute queues after the model is unloaded: the GPU stays at 100 % busy and maximum clock, drawing power, until the amdgpu driver is reloaded or the computer restarts. Restarting Ollama does not clear it.</source>
        <translation>ROCm/HIP バックエンドでは、一部の GPU（RDNA4 と Qwen 3 モデルの組み合わせや、その他の RDNA3/RDNA4 のケース）で、モデルのアンロード後も孤立した計算キューが動き続けます。GPU は 100 % ビジーかつ最大クロックのまま電力を消費し続け、amdgpu ドライバーを再読み込みするかコンピューターを再起動するまで解消されません。Ollama を再起動しても解消されません。</translation>
    </message>
    <message>
        <source>Run Ollama on Vulkan with ROCm devices hidden: OLLAMA_LLM_LIBRARY=vulkan, ROCR_VISIBLE_DEVICES=NOT_A_DEVICE, HIP_VISIBLE_DEVICES=-1 (one click in the wizard)</source>
        <translation>ROCm デバイスを隠して Ollama を Vulkan で実行: OLLAMA_LLM_LIBRARY=vulkan、ROCR_VISIBLE_DEVICES=NOT_A_DEVICE、HIP_VISIBLE_DEVICES=-1（ウィザードでワンクリック）</translation>
    </message>
    <message>
        <source>Or keep ROCm with GPU_MAX_HW_QUEUES=1</source>
        <translation>または、ROCm のまま GPU_MAX_HW_QUEUES=1 を設定</translation>
    </message>
    <message>
        <source>Set OLLAMA_MAX_LOADED_MODELS=1 so only one runner holds the GPU</source>
        <translation>OLLAMA_MAX_LOADED_MODELS=1 を設定し、GPU を占有するランナーを 1 つだけにする</translation>
    </message>
    <message>
        <source>Update the GPU firmware (linux-firmware, for the MES fix)</source>
        <translation>GPU のファームウェアを更新（MES の修正を含む linux-firmware）</translation>
    </message>
    <message>
        <source>Last resort: reload the amdgpu driver or restart the computer</source>
        <translation>最後の手段: amdgpu ドライバーを再読み込みするか、コンピューターを再起動</translation>
    </message>
    <message>
        <source>no clock levels in &quot;%1&quot;</source>
        <translation>&quot;%1&quot; にクロックレベルがありません</translation>
    </message>
    <message>
        <source>no amdgpu card under %1/class/drm</source>
        <translation>%1/class/drm に amdgpu カードがありません</translation>
    </message>
    <message>
        <source>reading NVIDIA GPUs from %1 instead</source>
        <translation>代わりに %1 から NVIDIA GPU を読み取ります</translation>
    </message>
    <message>
        <source>%1 is not an executable file</source>
        <translation>%1 は実行可能ファイルではありません</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>%1 を起動できません: %2</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>起動していません</translation>
    </message>
    <message>
        <source>exited with code %1</source>
        <translation>コード %1 で終了しました</translation>
    </message>
    <message>
        <source>%1 fields, expected %2</source>
        <translation>フィールド数が %1 です（想定は %2）</translation>
    </message>
    <message>
        <source>index &quot;%1&quot; is not a number</source>
        <translation>インデックス &quot;%1&quot; が数値ではありません</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a number</source>
        <translation>%1 &quot;%2&quot; が数値ではありません</translation>
    </message>
    <message>
        <source>; no NVIDIA telemetry</source>
        <translation>; NVIDIA のテレメトリはありません</translation>
    </message>
    <message>
        <source>%1 printed &quot;%2&quot;: %3; such lines are skipped</source>
        <translation>%1 が &quot;%2&quot; を出力しました: %3。このような行はスキップします</translation>
    </message>
    <message>
        <source>%1 %2; it is not restarted, NVIDIA values are no longer read</source>
        <translation>%1: %2。再起動はしないため、NVIDIA の値は今後読み取られません</translation>
    </message>
    <message>
        <source>%1 lacks %2: the NVIDIA driver is too old or this is not NVML; no NVIDIA telemetry (update the driver)</source>
        <translation>%1 には %2 がありません。NVIDIA ドライバーが古すぎるか、これは NVML ではありません。NVIDIA のテレメトリはありません（ドライバーを更新してください）</translation>
    </message>
    <message>
        <source>%1 lacks %2; those values stay null</source>
        <translation>%1 には %2 がありません。これらの値は null のままになります</translation>
    </message>
    <message>
        <source>nvmlInit_v2 failed: %1; no NVIDIA telemetry</source>
        <translation>nvmlInit_v2 が失敗しました: %1。NVIDIA のテレメトリはありません</translation>
    </message>
    <message>
        <source> (the NVIDIA kernel module is not loaded)</source>
        <translation> （NVIDIA カーネルモジュールが読み込まれていません）</translation>
    </message>
    <message>
        <source>nvmlDeviceGetCount_v2 failed: %1; no NVIDIA telemetry</source>
        <translation>nvmlDeviceGetCount_v2 が失敗しました: %1。NVIDIA のテレメトリはありません</translation>
    </message>
    <message>
        <source>NVML reports %1 GPUs; sampling only the first %2</source>
        <translation>NVML は %1 台の GPU を報告しています。最初の %2 台だけをサンプリングします</translation>
    </message>
    <message>
        <source>NVIDIA GPU %1: nvmlDeviceGetHandleByIndex_v2 failed: %2; not sampled</source>
        <translation>NVIDIA GPU %1: nvmlDeviceGetHandleByIndex_v2 が失敗しました: %2。サンプリングしません</translation>
    </message>
    <message>
        <source>NVIDIA GPU %1: nvmlDeviceGetName failed: %2</source>
        <translation>NVIDIA GPU %1: nvmlDeviceGetName が失敗しました: %2</translation>
    </message>
    <message>
        <source>NVIDIA GPU %1</source>
        <translation>NVIDIA GPU %1</translation>
    </message>
    <message>
        <source>%1: nvmlDeviceGetPciInfo_v3 failed: %2</source>
        <translation>%1: nvmlDeviceGetPciInfo_v3 が失敗しました: %2</translation>
    </message>
    <message>
        <source>%1: NVML bus id &quot;%2&quot; is not domain:bus:device.function</source>
        <translation>%1: NVML のバス ID &quot;%2&quot; が domain:bus:device.function の形式ではありません</translation>
    </message>
    <message>
        <source>%1 (%2): %3 failed: %4; the GPU has fallen off the bus, so all its values are null until it is reset (reload the NVIDIA driver or reboot)</source>
        <translation>%1（%2）: %3 が失敗しました: %4。GPU がバスから外れたため、リセットされるまですべての値が null になります（NVIDIA ドライバーを再読み込みするか、再起動してください）</translation>
    </message>
    <message>
        <source>%1 (%2): %3 failed: %4; %5 is null%6</source>
        <translation>%1（%2）: %3 が失敗しました: %4。%5 は null になります%6</translation>
    </message>
    <message>
        <source> (this GPU cannot report it)</source>
        <translation> （この GPU はこの値を報告できません）</translation>
    </message>
    <message>
        <source> until it reads again</source>
        <translation> （再び読み取れるまで）</translation>
    </message>
    <message>
        <source>%1 (%2): %3 gave %4 % busy, %5 % memory busy, outside 0-100; util_percent is null</source>
        <translation>%1（%2）: %3 が返した値はビジー率 %4 %、メモリビジー率 %5 % で、0-100 の範囲外です。util_percent は null になります</translation>
    </message>
    <message>
        <source>DXGI: %1; adapters are named by LUID</source>
        <translation>DXGI: %1。アダプターは LUID で表示されます</translation>
    </message>
    <message>
        <source>; no utilisation or memory use from Windows</source>
        <translation>; Windows から使用率とメモリ使用量を取得できません</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>通常のファイルではありません</translation>
    </message>
    <message>
        <source>cannot seek: </source>
        <translation>シークできません: </translation>
    </message>
    <message>
        <source>read failed: </source>
        <translation>読み取りに失敗しました: </translation>
    </message>
    <message>
        <source>not a number: &quot;%1&quot;</source>
        <translation>数値ではありません: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>クラッシュしました</translation>
    </message>
</context>
<context>
    <name>ogs::ui::AboutBox</name>
    <message>
        <source>&lt;h3&gt;Ollama GPU Setup %1&lt;/h3&gt;&lt;p&gt;Finds out why Ollama runs on the processor and makes it use your graphics card: detection, the fastest acceleration path, the VRAM budget, the environment where it takes effect (with undo), a test prompt and a live GPU monitor.&lt;/p&gt;&lt;p&gt;Built with Qt %2. Every step is also a command: &lt;code&gt;ollama-gpu-setup --help&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ollama GPU Setup %1&lt;/h3&gt;&lt;p&gt;Ollama がプロセッサーで動いている原因を突き止め、グラフィックスカードを使うようにします。GPU の検出、最速の高速化方式の選択、VRAM の内訳の計算、設定を反映させる環境への書き込み（元に戻せます）、テスト用プロンプト、リアルタイムの GPU モニターを備えています。&lt;/p&gt;&lt;p&gt;Qt %2 でビルドされています。すべての手順はコマンドとしても実行できます: &lt;code&gt;ollama-gpu-setup --help&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Ollama GPU Setup</source>
        <translation>Ollama GPU Setup について</translation>
    </message>
</context>
<context>
    <name>ogs::ui::ApplyPage</name>
    <message>
        <source>&amp;Apply</source>
        <translation>適用(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>Apply the settings</source>
        <translation>設定の適用</translation>
    </message>
    <message>
        <source>These are the exact changes. Nothing is written until you press Apply, and Undo restores the previous bytes.</source>
        <translation>以下が実際に行われる変更です。[適用] を押すまで何も書き込まれません。[元に戻す] を押すと元のバイト列に戻ります。</translation>
    </message>
    <message>
        <source>Where to write the settings</source>
        <translation>設定の書き込み先</translation>
    </message>
    <message>
        <source>Applying</source>
        <translation>適用中</translation>
    </message>
    <message>
        <source>Apply the changes</source>
        <translation>変更を適用</translation>
    </message>
    <message>
        <source>Undo the last apply</source>
        <translation>直前の適用を元に戻す</translation>
    </message>
    <message>
        <source>&amp;Write to:</source>
        <translation>書き込み先(&amp;W):</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>処理中…</translation>
    </message>
    <message>
        <source>Suggested: &lt;b&gt;%1&lt;/b&gt;, because %2.</source>
        <translation>推奨: &lt;b&gt;%1&lt;/b&gt;（理由: %2）</translation>
    </message>
    <message>
        <source>⚠ This plan cannot be made: %1</source>
        <translation>⚠ この計画は作成できません: %1</translation>
    </message>
    <message>
        <source>This target needs administrator rights. Run in a terminal: &lt;code&gt;sudo ollama-gpu-setup env apply --target %1 --path %2 --yes&lt;/code&gt;</source>
        <translation>この書き込み先には管理者権限が必要です。ターミナルで次を実行してください: &lt;code&gt;sudo ollama-gpu-setup env apply --target %1 --path %2 --yes&lt;/code&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Failed:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;失敗:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&amp;Stop waiting</source>
        <translation>待機を中止(&amp;S)</translation>
    </message>
    <message>
        <source>Stop waiting for Ollama to restart</source>
        <translation>Ollama の再起動の待機を中止</translation>
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
        <translation>最初のトークンまでの時間</translation>
    </message>
    <message>
        <source>Generation speed</source>
        <translation>生成速度</translation>
    </message>
    <message>
        <source>Prompt processing speed</source>
        <translation>プロンプト処理速度</translation>
    </message>
    <message>
        <source>Where the model runs</source>
        <translation>モデルの実行場所</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>Prompt processing</source>
        <translation>プロンプト処理</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>プロセッサー</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ミリ秒</translation>
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
        <translation>ビデオメモリの内訳</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>重み</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV キャッシュ</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>計算</translation>
    </message>
    <message>
        <source>Overhead</source>
        <translation>オーバーヘッド</translation>
    </message>
    <message>
        <source>%1 of %2 available</source>
        <translation>%1（利用可能: %2）</translation>
    </message>
    <message>
        <source>| available %1</source>
        <translation>| 利用可能 %1</translation>
    </message>
</context>
<context>
    <name>ogs::ui::ConnectionTester</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>接続をテスト(&amp;T)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>接続をテスト</translation>
    </message>
    <message>
        <source>&amp;Cancel test</source>
        <translation>テストを中止(&amp;C)</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1 に接続しています…</translation>
    </message>
    <message>
        <source>No answer from %1: %2</source>
        <translation>%1 から応答がありません: %2</translation>
    </message>
    <message>
        <source>%1 answered, but not like Ollama does.</source>
        <translation>%1 は応答しましたが、Ollama の応答とは異なります。</translation>
    </message>
    <message>
        <source>Connected: Ollama %1 at %2.</source>
        <translation>接続しました: %2 の Ollama %1。</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>テストを中止しました。</translation>
    </message>
</context>
<context>
    <name>ogs::ui::DiffView</name>
    <message>
        <source>(not set)</source>
        <translation>（未設定）</translation>
    </message>
    <message>
        <source>Changes that will be made</source>
        <translation>実行される変更</translation>
    </message>
    <message>
        <source>Nothing to change: every value is already in place.</source>
        <translation>変更は不要です。すべての値がすでに設定されています。</translation>
    </message>
</context>
<context>
    <name>ogs::ui::FindingsList</name>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>注記</translation>
    </message>
    <message>
        <source>The server log shows nothing that explains this.</source>
        <translation>サーバーログには、この原因を説明する記録がありません。</translation>
    </message>
    <message>
        <source>&lt;b style=&quot;color:%1&quot;&gt;%2:&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Fix:&lt;/b&gt; %4&lt;br&gt;&lt;small&gt;&lt;code&gt;%5&lt;/code&gt;&lt;/small&gt;</source>
        <translation>&lt;b style=&quot;color:%1&quot;&gt;%2:&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;対処法:&lt;/b&gt; %4&lt;br&gt;&lt;small&gt;&lt;code&gt;%5&lt;/code&gt;&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Apply this &amp;fix</source>
        <translation>この修正を適用(&amp;F)</translation>
    </message>
    <message>
        <source>Apply the fix: %1</source>
        <translation>修正を適用: %1</translation>
    </message>
    <message>
        <source>Shows what it writes (%1) before anything changes</source>
        <translation>何かを変更する前に、書き込む内容（%1）を表示します</translation>
    </message>
</context>
<context>
    <name>ogs::ui::GpuMonitorPanel</name>
    <message>
        <source>Utilisation</source>
        <translation>使用率</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>メモリ</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>GiB</translation>
    </message>
    <message>
        <source>Core clock</source>
        <translation>コアクロック</translation>
    </message>
    <message>
        <source>MHz</source>
        <translation>MHz</translation>
    </message>
    <message>
        <source>Power and temperature</source>
        <translation>消費電力と温度</translation>
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
        <translation>ビジー</translation>
    </message>
    <message>
        <source>VRAM used</source>
        <translation>VRAM 使用量</translation>
    </message>
    <message>
        <source>GTT used</source>
        <translation>GTT 使用量</translation>
    </message>
    <message>
        <source>core clock</source>
        <translation>コアクロック</translation>
    </message>
    <message>
        <source>power (W)</source>
        <translation>消費電力 (W)</translation>
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
        <translation>再確認(&amp;A)</translation>
    </message>
    <message>
        <source>Check again whether Ollama runs on the GPU</source>
        <translation>Ollama が GPU で動作しているかどうかを再確認</translation>
    </message>
    <message>
        <source>&amp;Load the model and check</source>
        <translation>モデルを読み込んで確認(&amp;L)</translation>
    </message>
    <message>
        <source>Load the model and check where it runs</source>
        <translation>モデルを読み込み、どこで実行されるかを確認</translation>
    </message>
    <message>
        <source>Ollama GPU Setup</source>
        <translation>Ollama GPU Setup</translation>
    </message>
    <message>
        <source>The applied setup</source>
        <translation>適用済みの設定</translation>
    </message>
    <message>
        <source>Whether Ollama runs on the GPU</source>
        <translation>Ollama が GPU で動作しているかどうか</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Ollama GPU Setup&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Ollama GPU Setup&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Applied setup</source>
        <translation>適用済みの設定</translation>
    </message>
    <message>
        <source>Does Ollama run on the GPU?</source>
        <translation>Ollama は GPU で動作していますか？</translation>
    </message>
    <message>
        <source>Open the GPU &amp;monitor</source>
        <translation>GPU モニターを開く(&amp;M)</translation>
    </message>
    <message>
        <source>Open the GPU monitor</source>
        <translation>GPU モニターを開く</translation>
    </message>
    <message>
        <source>&amp;Run setup again</source>
        <translation>セットアップをもう一度実行(&amp;R)</translation>
    </message>
    <message>
        <source>Run the setup again from the first page</source>
        <translation>最初のページからセットアップをもう一度実行</translation>
    </message>
    <message>
        <source>Abou&amp;t</source>
        <translation>バージョン情報(&amp;T)</translation>
    </message>
    <message>
        <source>About Ollama GPU Setup</source>
        <translation>Ollama GPU Setup について</translation>
    </message>
    <message>
        <source>Acceleration path: &lt;b&gt;%1&lt;/b&gt;.&lt;br&gt;</source>
        <translation>高速化方式: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;</translation>
    </message>
    <message>
        <source>Model: &lt;b&gt;%1&lt;/b&gt; with %2 tokens of context.&lt;br&gt;</source>
        <translation>モデル: &lt;b&gt;%1&lt;/b&gt;（コンテキスト長 %2 トークン）&lt;br&gt;</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 を読み込めませんでした: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; holds no settings of ours (undone, or edited by hand).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; には、このアプリが書き込んだ設定がありません（元に戻されたか、手動で編集されています）。</translation>
    </message>
    <message>
        <source>Settings in &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; の設定:</translation>
    </message>
    <message>
        <source>Undo with &lt;code&gt;ollama-gpu-setup env undo&lt;/code&gt; (latest change %1, %2).</source>
        <translation>&lt;code&gt;ollama-gpu-setup env undo&lt;/code&gt; で元に戻せます（最新の変更: %1、%2）。</translation>
    </message>
    <message>
        <source>Nothing was written to this computer&apos;s environment.</source>
        <translation>このコンピューターの環境には何も書き込まれていません。</translation>
    </message>
    <message>
        <source>Asking Ollama at %1…</source>
        <translation>%1 の Ollama に問い合わせています…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ollama does not answer at %1.&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;%1 の Ollama が応答しません。&lt;/b&gt;%2</translation>
    </message>
    <message>
        <source>Ollama runs at %1, but no model is loaded, so where it computes cannot be seen right now. Load the model to check, or look at Ollama&apos;s log below.</source>
        <translation>Ollama は %1 で動作していますが、モデルが読み込まれていないため、どこで計算しているかは現在確認できません。モデルを読み込んで確認するか、下の Ollama のログを参照してください。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Yes: Ollama runs on the GPU.&lt;/b&gt;</source>
        <translation>&lt;b&gt;はい: Ollama は GPU で動作しています。&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not entirely: part of the model runs on the processor.&lt;/b&gt; A smaller variant or a shorter context would fit; run the setup again to choose.</source>
        <translation>&lt;b&gt;完全ではありません: モデルの一部がプロセッサーで実行されています。&lt;/b&gt;より小さいバリアントか短いコンテキストなら収まります。セットアップをもう一度実行して選択してください。</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 を読み込んでいます…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Could not load %1:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;%1 を読み込めませんでした:&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>No Ollama log was found.</source>
        <translation>Ollama のログが見つかりませんでした。</translation>
    </message>
    <message>
        <source>Ollama&apos;s log (%1) says it computes on: &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>Ollama のログ（%1）によると、計算に使用しているデバイス: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ollama&apos;s log (%1) says it found no usable GPU and computes on the processor.&lt;/b&gt; Run the setup again.</source>
        <translation>&lt;b&gt;Ollama のログ（%1）によると、使用できる GPU が見つからず、プロセッサーで計算しています。&lt;/b&gt;セットアップをもう一度実行してください。</translation>
    </message>
    <message>
        <source>Ollama&apos;s log (%1) does not say which device it uses.</source>
        <translation>Ollama のログ（%1）には、使用しているデバイスが記録されていません。</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>適用済み</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>元に戻し済み</translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>未完了</translation>
    </message>
</context>
<context>
    <name>ogs::ui::LoadedModelsPanel</name>
    <message>
        <source>Models Ollama has loaded</source>
        <translation>Ollama が読み込んでいるモデル</translation>
    </message>
    <message>
        <source>Asking Ollama…</source>
        <translation>Ollama に問い合わせています…</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>プロセッサー</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>コンテキスト</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>保持期限</translation>
    </message>
    <message>
        <source>Ollama does not answer at %1: %2</source>
        <translation>%1 の Ollama が応答しません: %2</translation>
    </message>
    <message>
        <source>No model is loaded at %1.</source>
        <translation>%1 で読み込まれているモデルはありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) loaded at %1:</source>
        <translation>
            <numerusform>%1 で読み込まれているモデル（%n 個）:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ogs::ui::ModelDownloader</name>
    <message>
        <source>&amp;Download</source>
        <translation>ダウンロード(&amp;D)</translation>
    </message>
    <message>
        <source>Cancel do&amp;wnload</source>
        <translation>ダウンロードを中止(&amp;W)</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>ダウンロードの進行状況</translation>
    </message>
    <message>
        <source>Download the model</source>
        <translation>モデルをダウンロード</translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation>ダウンロードを中止</translation>
    </message>
    <message>
        <source>Asking Ollama whether %1 is installed…</source>
        <translation>%1 がインストールされているかどうかを Ollama に問い合わせています…</translation>
    </message>
    <message>
        <source>Could not ask Ollama which models are installed: %1</source>
        <translation>インストール済みのモデルを Ollama に問い合わせできませんでした: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is installed in Ollama.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; は Ollama にインストールされています。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is not installed in Ollama yet. Download it here or later with &lt;code&gt;ollama pull %1&lt;/code&gt;.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; はまだ Ollama にインストールされていません。ここでダウンロードするか、後で &lt;code&gt;ollama pull %1&lt;/code&gt; を実行してください。</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>%1 をダウンロードしています…</translation>
    </message>
    <message>
        <source>%1 of %2 MB</source>
        <translation>%1 / %2 MB</translation>
    </message>
    <message>
        <source>Downloading %1: %2</source>
        <translation>%1 をダウンロード中: %2</translation>
    </message>
    <message>
        <source>Download of %1 cancelled. Nothing was installed; download it again at any time.</source>
        <translation>%1 のダウンロードを中止しました。何もインストールされていません。いつでも再びダウンロードできます。</translation>
    </message>
    <message>
        <source>&lt;b&gt;The download of %1 failed:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;%1 のダウンロードに失敗しました:&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>&amp;Try the download again</source>
        <translation>ダウンロードを再試行(&amp;T)</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>開始しています…</translation>
    </message>
</context>
<context>
    <name>ogs::ui::ModelPage</name>
    <message>
        <source>&amp;Use the suggested variant</source>
        <translation>推奨バリアントを使用(&amp;U)</translation>
    </message>
    <message>
        <source>Model and memory</source>
        <translation>モデルとメモリ</translation>
    </message>
    <message>
        <source>Whether the model fits in video memory. What does not fit runs on the processor, much more slowly.</source>
        <translation>モデルがビデオメモリに収まるかどうか。収まらない部分はプロセッサーで実行され、大幅に遅くなります。</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>コンテキスト長</translation>
    </message>
    <message>
        <source>Use the suggested variant</source>
        <translation>推奨バリアントを使用</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>モデル(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Context length:</source>
        <translation>コンテキスト長(&amp;C):</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 トークン</translation>
    </message>
    <message>
        <source>No GPU memory was detected: the model will run on the processor.</source>
        <translation>GPU メモリが検出されませんでした。モデルはプロセッサーで実行されます。</translation>
    </message>
    <message>
        <source>Predicted &lt;code&gt;ollama ps&lt;/code&gt;: &lt;b&gt;%1&lt;/b&gt; — the whole model runs on the GPU.</source>
        <translation>&lt;code&gt;ollama ps&lt;/code&gt; の予測: &lt;b&gt;%1&lt;/b&gt; — モデル全体が GPU で実行されます。</translation>
    </message>
    <message>
        <source>Predicted &lt;code&gt;ollama ps&lt;/code&gt;: &lt;b&gt;%1&lt;/b&gt; — %2 of %3 layers on the GPU; the rest runs on the processor.</source>
        <translation>&lt;code&gt;ollama ps&lt;/code&gt; の予測: &lt;b&gt;%1&lt;/b&gt; — %3 層のうち %2 層が GPU で、残りはプロセッサーで実行されます。</translation>
    </message>
    <message>
        <source>Asking Ollama about %1…</source>
        <translation>%1 について Ollama に問い合わせています…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot size %1:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;%1 のサイズを算出できません:&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>%1 — installed in Ollama</source>
        <translation>%1 — Ollama にインストール済み</translation>
    </message>
    <message>
        <source>%1 — installed</source>
        <translation>%1 — インストール済み</translation>
    </message>
    <message>
        <source>%1 (%2, %3 GB)</source>
        <translation>%1（%2、%3 GB）</translation>
    </message>
    <message>
        <source>%1 (%2, %3 GB; built locally with %4)</source>
        <translation>%1（%2、%3 GB、%4 でローカルにビルド）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Suggested for this card:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;このカードへの推奨:&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>ogs::ui::MonitorSession</name>
    <message>
        <source>No GPU to sample: %1</source>
        <translation>サンプリングできる GPU がありません: %1</translation>
    </message>
</context>
<context>
    <name>ogs::ui::MonitorWindow</name>
    <message>
        <source>GPU Monitor — Ollama GPU Setup</source>
        <translation>GPU モニター — Ollama GPU Setup</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>モニター</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>一時停止(&amp;P)</translation>
    </message>
    <message>
        <source>Freeze the charts; samples are still recorded</source>
        <translation>グラフを止めます。サンプルは引き続き記録されます</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>再開(&amp;R)</translation>
    </message>
    <message>
        <source>Export P&amp;NG…</source>
        <translation>PNG をエクスポート(&amp;N)…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>CSV をエクスポート(&amp;C)…</translation>
    </message>
    <message>
        <source>GPU stuck alert</source>
        <translation>GPU 停滞の警告</translation>
    </message>
    <message>
        <source>Processes using the GPUs</source>
        <translation>GPU を使用中のプロセス</translation>
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
        <translation>プロセス</translation>
    </message>
    <message>
        <source>VRAM</source>
        <translation>VRAM</translation>
    </message>
    <message>
        <source>Engine busy</source>
        <translation>エンジン使用率</translation>
    </message>
    <message>
        <source>Processes using the GPUs:</source>
        <translation>GPU を使用中のプロセス:</translation>
    </message>
    <message>
        <source>Waiting for the first sample…</source>
        <translation>最初のサンプルを待っています…</translation>
    </message>
    <message>
        <source>No GPU with live readings found.</source>
        <translation>リアルタイムの測定値を取得できる GPU が見つかりません。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 is stuck busy&lt;/b&gt; (%2).&lt;br&gt;%3&lt;br&gt;&lt;b&gt;Fix:&lt;/b&gt; %4</source>
        <translation>&lt;b&gt;%1 がビジー状態のまま止まっています&lt;/b&gt;（%2）。&lt;br&gt;%3&lt;br&gt;&lt;b&gt;対処法:&lt;/b&gt; %4</translation>
    </message>
    <message>
        <source>Export samples as CSV</source>
        <translation>サンプルを CSV としてエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>エクスポートに失敗しました</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>Export charts as PNG</source>
        <translation>グラフを PNG としてエクスポート</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 に書き込めませんでした。</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Ollama GPU Setup</source>
        <translation>Ollama GPU Setup について(&amp;A)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>GPU count, samples kept</comment>
        <translation>%1、%2</translation>
    </message>
    <message numerus="yes">
        <source>%n GPU(s)</source>
        <translation>
            <numerusform>GPU %n 台</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s) kept</source>
        <translation>
            <numerusform>%n サンプルを保持</numerusform>
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
        <translation>Ollama をインストール(&amp;I)…</translation>
    </message>
    <message>
        <source>Cance&amp;l</source>
        <translation>中止(&amp;L)</translation>
    </message>
    <message>
        <source>Ollama download progress</source>
        <translation>Ollama のダウンロードの進行状況</translation>
    </message>
    <message>
        <source>Install or update Ollama</source>
        <translation>Ollama をインストールまたは更新</translation>
    </message>
    <message>
        <source>Cancel the Ollama install</source>
        <translation>Ollama のインストールを中止</translation>
    </message>
    <message>
        <source>Looking for Ollama…</source>
        <translation>Ollama を探しています…</translation>
    </message>
    <message>
        <source>Ollama is not installed.</source>
        <translation>Ollama はインストールされていません。</translation>
    </message>
    <message>
        <source>Ollama %1 (%2) at %3.</source>
        <translation>Ollama %1（%2）が %3 にあります。</translation>
    </message>
    <message>
        <source>of unknown version</source>
        <translation>バージョン不明</translation>
    </message>
    <message>
        <source>unknown build</source>
        <translation>ビルド不明</translation>
    </message>
    <message>
        <source>The server answers.</source>
        <translation>サーバーは応答しています。</translation>
    </message>
    <message>
        <source>The server does not answer.</source>
        <translation>サーバーが応答しません。</translation>
    </message>
    <message>
        <source>&amp;Update Ollama…</source>
        <translation>Ollama を更新(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Switch to %1…</source>
        <translation>%1 に切り替え(&amp;S)…</translation>
    </message>
    <message>
        <source>Reading the release and planning…</source>
        <translation>リリース情報を読み込み、計画を立てています…</translation>
    </message>
    <message>
        <source>Install Ollama</source>
        <translation>Ollama のインストール</translation>
    </message>
    <message>
        <source>Not confirmed; nothing was changed.</source>
        <translation>確認されなかったため、何も変更していません。</translation>
    </message>
    <message>
        <source>Run this script as root?</source>
        <translation>このスクリプトを root として実行しますか？</translation>
    </message>
    <message>
        <source>%1 (SHA-256 %2) will run as root:</source>
        <translation>%1（SHA-256 %2）を root として実行します:</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>完了: %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>中止しています…</translation>
    </message>
</context>
<context>
    <name>ogs::ui::PathComparisonTable</name>
    <message>
        <source>Comparison of the three AMD acceleration paths</source>
        <translation>AMD の 3 つの高速化方式の比較</translation>
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
        <translation>セットアップ</translation>
    </message>
    <message>
        <source>GPU requirement</source>
        <translation>GPU の要件</translation>
    </message>
    <message>
        <source>Stability</source>
        <translation>安定性</translation>
    </message>
    <message>
        <source>Extra install</source>
        <translation>追加インストール</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>プラットフォーム</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>最高</translation>
    </message>
    <message>
        <source>Good (about 60–80 % of ROCm)</source>
        <translation>良好（ROCm の約 60–80%）</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>中程度</translation>
    </message>
    <message>
        <source>Trivial (one variable)</source>
        <translation>ごく簡単（変数 1 つ）</translation>
    </message>
    <message>
        <source>Official list only</source>
        <translation>公式リストのみ</translation>
    </message>
    <message>
        <source>Any GPU with Vulkan</source>
        <translation>Vulkan 対応の任意の GPU</translation>
    </message>
    <message>
        <source>Extended AMD list</source>
        <translation>拡張版の AMD リスト</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>本番向け</translation>
    </message>
    <message>
        <source>Experimental</source>
        <translation>実験的</translation>
    </message>
    <message>
        <source>Community-maintained</source>
        <translation>コミュニティ保守</translation>
    </message>
    <message>
        <source>HIP SDK on Windows</source>
        <translation>Windows では HIP SDK</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Replaces Ollama</source>
        <translation>Ollama を置き換え</translation>
    </message>
    <message>
        <source>Windows and Linux</source>
        <translation>Windows と Linux</translation>
    </message>
    <message>
        <source>Windows only</source>
        <translation>Windows のみ</translation>
    </message>
</context>
<context>
    <name>ogs::ui::PathDetailsView</name>
    <message>
        <source>Details of the selected path</source>
        <translation>選択した方式の詳細</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Expected speed:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;予想速度:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stability:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;安定性:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;On this card:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;このカードでは:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>It is slower: %1 instead of %2.</source>
        <translation>速度が劣ります: %2 に対して %1。</translation>
    </message>
    <message>
        <source>It is %1, the first choice is %2.</source>
        <translation>この方式の安定性は「%1」で、第一候補は「%2」です。</translation>
    </message>
    <message>
        <source>It needs more to be installed or replaced.</source>
        <translation>追加のインストールや置き換えがより多く必要です。</translation>
    </message>
    <message>
        <source>More known problems apply to it on this machine.</source>
        <translation>このマシンでは、既知の問題がより多く当てはまります。</translation>
    </message>
    <message>
        <source>The rules put %1 first for this GPU and Ollama version.</source>
        <translation>この GPU と Ollama のバージョンでは、ルールにより %1 が第一候補になります。</translation>
    </message>
    <message>
        <source>Why it ranks below %1:</source>
        <translation>%1 より順位が低い理由:</translation>
    </message>
    <message>
        <source>remove %1</source>
        <translation>%1 を削除</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>環境変数</translation>
    </message>
    <message>
        <source>No environment changes are needed.</source>
        <translation>環境変数の変更は不要です。</translation>
    </message>
    <message>
        <source>Also needed</source>
        <translation>その他に必要なもの</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
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
        <translation>高速化方式</translation>
    </message>
    <message>
        <source>The ways Ollama can use this GPU, best first. The first is chosen; pick another to see why it ranks lower.</source>
        <translation>Ollama がこの GPU を使う方法を、優れた順に示します。最初の方式が選択されています。別の方式を選ぶと、順位が低い理由を確認できます。</translation>
    </message>
    <message>
        <source>Acceleration paths, best first</source>
        <translation>高速化方式（優れた順）</translation>
    </message>
    <message>
        <source>&amp;Paths:</source>
        <translation>方式(&amp;P):</translation>
    </message>
    <message>
        <source>Path details and comparison</source>
        <translation>方式の詳細と比較</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>詳細(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Compare the AMD paths</source>
        <translation>AMD の方式を比較(&amp;C)</translation>
    </message>
    <message>
        <source>%1. %2 — %3</source>
        <translation>%1. %2 — %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2</translation>
    </message>
    <message>
        <source>Not possible here:</source>
        <translation>この環境では使用できません:</translation>
    </message>
    <message>
        <source>&lt;p&gt;No acceleration path could be recommended.&lt;/p&gt;</source>
        <translation>&lt;p&gt;推奨できる高速化方式がありません。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ogs::ui::PathText</name>
    <message>
        <source>%1 % of native speed</source>
        <translation>ネイティブ速度の %1%</translation>
    </message>
    <message>
        <source>%1–%2 % of native speed</source>
        <translation>ネイティブ速度の %1–%2%</translation>
    </message>
    <message>
        <source>about %1–%2 tokens/s with %3</source>
        <translation>%3 で約 %1–%2 トークン/秒</translation>
    </message>
    <message>
        <source>ROCm (native)</source>
        <translation>ROCm（ネイティブ）</translation>
    </message>
    <message>
        <source>ROCm with a gfx override</source>
        <translation>ROCm（gfx オーバーライドあり）</translation>
    </message>
    <message>
        <source>Vulkan</source>
        <translation>Vulkan</translation>
    </message>
    <message>
        <source>ollama-for-amd (community build)</source>
        <translation>ollama-for-amd（コミュニティビルド）</translation>
    </message>
    <message>
        <source>CUDA (NVIDIA)</source>
        <translation>CUDA（NVIDIA）</translation>
    </message>
    <message>
        <source>Processor only (no GPU)</source>
        <translation>プロセッサーのみ（GPU なし）</translation>
    </message>
    <message>
        <source>Ollama on the Windows host</source>
        <translation>Windows ホスト上の Ollama</translation>
    </message>
    <message>
        <source>production</source>
        <translation>本番向け</translation>
    </message>
    <message>
        <source>experimental</source>
        <translation>実験的</translation>
    </message>
    <message>
        <source>community-maintained</source>
        <translation>コミュニティ保守</translation>
    </message>
</context>
<context>
    <name>ogs::ui::ScanPage</name>
    <message>
        <source>discrete</source>
        <translation>ディスクリート</translation>
    </message>
    <message>
        <source>integrated</source>
        <translation>内蔵</translation>
    </message>
    <message>
        <source>virtual</source>
        <translation>仮想</translation>
    </message>
    <message>
        <source>software (CPU)</source>
        <translation>ソフトウェア (CPU)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
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
        <translation>WSL 2 上の Linux（Windows Subsystem for Linux）</translation>
    </message>
    <message>
        <source>Linux</source>
        <translation>Linux</translation>
    </message>
    <message>
        <source>&amp;Scan again</source>
        <translation>再スキャン(&amp;S)</translation>
    </message>
    <message>
        <source>Your system</source>
        <translation>お使いのシステム</translation>
    </message>
    <message>
        <source>The graphics cards in this computer and what Ollama needs to use them.</source>
        <translation>このコンピューターのグラフィックスカードと、Ollama がそれらを使うために必要なもの。</translation>
    </message>
    <message>
        <source>Scanning</source>
        <translation>スキャン中</translation>
    </message>
    <message>
        <source>Detected GPUs</source>
        <translation>検出された GPU</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>gfx target</source>
        <translation>gfx ターゲット</translation>
    </message>
    <message>
        <source>VRAM</source>
        <translation>VRAM</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Vulkan driver</source>
        <translation>Vulkan ドライバー</translation>
    </message>
    <message>
        <source>Seen by</source>
        <translation>検出元</translation>
    </message>
    <message>
        <source>Scan again</source>
        <translation>再スキャン</translation>
    </message>
    <message>
        <source>Scanning for GPUs…</source>
        <translation>GPU をスキャンしています…</translation>
    </message>
    <message>
        <source>Platform: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>プラットフォーム: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>ROCm compute device /dev/kfd: available.</source>
        <translation>ROCm 計算デバイス /dev/kfd: 使用できます。</translation>
    </message>
    <message>
        <source>ROCm compute device /dev/kfd: present but &lt;b&gt;not accessible&lt;/b&gt; to you.</source>
        <translation>ROCm 計算デバイス /dev/kfd: 存在しますが、&lt;b&gt;アクセス権がありません&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>ROCm compute device /dev/kfd: not present.</source>
        <translation>ROCm 計算デバイス /dev/kfd: 存在しません。</translation>
    </message>
    <message>
        <source>&lt;b&gt;No graphics card was found.&lt;/b&gt; Ollama will run on the processor.</source>
        <translation>&lt;b&gt;グラフィックスカードが見つかりませんでした。&lt;/b&gt;Ollama はプロセッサーで実行されます。</translation>
    </message>
    <message>
        <source>installed</source>
        <translation>インストール済み</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>未インストール</translation>
    </message>
    <message>
        <source>Ollama &lt;b&gt;%1&lt;/b&gt; is installed and running at %2.</source>
        <translation>Ollama &lt;b&gt;%1&lt;/b&gt; はインストール済みで、%2 で動作しています。</translation>
    </message>
    <message>
        <source>Ollama &lt;b&gt;%1&lt;/b&gt; is installed but not running (nothing answers at %2).</source>
        <translation>Ollama &lt;b&gt;%1&lt;/b&gt; はインストール済みですが動作していません（%2 で応答がありません）。</translation>
    </message>
    <message>
        <source>Ollama &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Ollama &lt;b&gt;%1&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>Ollama was &lt;b&gt;not found&lt;/b&gt;: nothing answers at %1 and there is no &lt;code&gt;ollama&lt;/code&gt; command. The advice assumes Ollama %2, the newest release this program knows.</source>
        <translation>Ollama が&lt;b&gt;見つかりません&lt;/b&gt;: %1 で応答がなく、&lt;code&gt;ollama&lt;/code&gt; コマンドもありません。アドバイスは、このプログラムが知る最新リリースの Ollama %2 を前提にしています。</translation>
    </message>
    <message>
        <source>Its install (%1) ships ROCm kernels for: %2.</source>
        <translation>このインストール（%1）には次の ROCm カーネルがあります: %2。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Its install (%1) has no ROCm runner.</source>
        <translation>このインストール（%1）には ROCm ランナーがありません。</translation>
    </message>
    <message>
        <source>AMD HIP SDK: %1.</source>
        <translation>AMD HIP SDK: %1。</translation>
    </message>
    <message>
        <source>ROCm runtime on the system: %1 (Ollama brings its own; this matters for the HSA override).</source>
        <translation>システムの ROCm ランタイム: %1（Ollama は独自のものを同梱しています。HSA オーバーライドに関係します）。</translation>
    </message>
</context>
<context>
    <name>ogs::ui::ServerRestart</name>
    <message>
        <source>Restart the service in a terminal: sudo systemctl daemon-reload &amp;&amp; sudo systemctl restart ollama</source>
        <translation>ターミナルでサービスを再起動してください: sudo systemctl daemon-reload &amp;&amp; sudo systemctl restart ollama</translation>
    </message>
    <message>
        <source>Ollama reads %1 only when a new terminal starts it: stop the running `ollama serve` (Ctrl+C in its terminal), open a new terminal and run `ollama serve` again.</source>
        <translation>Ollama が %1 を読み込むのは、新しいターミナルから起動されたときだけです。実行中の `ollama serve` を停止し（そのターミナルで Ctrl+C）、新しいターミナルを開いて `ollama serve` をもう一度実行してください。</translation>
    </message>
    <message>
        <source>%1 is read at login: log out and back in, then start `ollama serve` again.</source>
        <translation>%1 はログイン時に読み込まれます。いったんログアウトしてログインし直し、`ollama serve` をもう一度起動してください。</translation>
    </message>
    <message>
        <source>/etc/environment is read at login: log out and back in, then start Ollama again.</source>
        <translation>/etc/environment はログイン時に読み込まれます。いったんログアウトしてログインし直し、Ollama をもう一度起動してください。</translation>
    </message>
    <message>
        <source>Quit Ollama from its icon in the notification area (right-click, Quit Ollama), then start Ollama again from the Start menu: it reads the new variables when it starts.</source>
        <translation>通知領域の Ollama アイコンから Ollama を終了し（右クリックして Quit Ollama）、スタート メニューから Ollama をもう一度起動してください。Ollama は起動時に新しい変数を読み込みます。</translation>
    </message>
    <message>
        <source>Restarting the Ollama service (systemctl restart ollama)…</source>
        <translation>Ollama サービスを再起動しています（systemctl restart ollama）…</translation>
    </message>
    <message>
        <source>stopped waiting</source>
        <translation>待機を中止しました</translation>
    </message>
    <message>
        <source>Waiting for Ollama to answer at %1…</source>
        <translation>%1 の Ollama の応答を待っています…</translation>
    </message>
    <message>
        <source>Reading the server log to confirm the settings…</source>
        <translation>設定を確認するためにサーバーログを読み込んでいます…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Restart Ollama yourself&lt;/b&gt; so it reads the new settings: %1 Then go on to check it.</source>
        <translation>新しい設定を読み込ませるため、&lt;b&gt;Ollama を手動で再起動してください&lt;/b&gt;: %1 その後、次に進んで動作を確認してください。</translation>
    </message>
    <message>
        <source>⚠ Ollama was restarted but does not answer yet: %1</source>
        <translation>⚠ Ollama は再起動しましたが、まだ応答がありません: %1</translation>
    </message>
    <message>
        <source>✔ Restarted Ollama; it answers again (version %1).</source>
        <translation>✔ Ollama を再起動しました。再び応答しています（バージョン %1）。</translation>
    </message>
    <message>
        <source>✔ Its log confirms the settings: %1.</source>
        <translation>✔ ログで設定が確認できました: %1</translation>
    </message>
    <message>
        <source>⚠ Its log shows it did not get: %1.</source>
        <translation>⚠ ログによると、次の設定が反映されていません: %1</translation>
    </message>
    <message>
        <source>No server log was found to confirm the settings.</source>
        <translation>設定を確認するためのサーバーログが見つかりませんでした。</translation>
    </message>
    <message>
        <source>This Ollama does not list %1 in its log, so those cannot be confirmed.</source>
        <translation>この Ollama はログに %1 を出力しないため、これらの設定は確認できません。</translation>
    </message>
    <message>
        <source>Stopped Ollama (%1) and started %2.</source>
        <translation>Ollama を停止し（%1）、%2 を起動しました。</translation>
    </message>
    <message>
        <source>Ollama was not running; started %1.</source>
        <translation>Ollama は実行されていなかったため、%1 を起動しました。</translation>
    </message>
    <message>
        <source>⚠ Could not tell whether Ollama runs: %1. Nothing was stopped or started.</source>
        <translation>⚠ Ollama が実行中かどうか確認できませんでした: %1。何も停止・起動していません。</translation>
    </message>
    <message>
        <source>⚠ Ollama&apos;s app is not at %1, so it was not restarted; nothing was stopped.</source>
        <translation>⚠ Ollama アプリが %1 にないため、再起動しませんでした。何も停止していません。</translation>
    </message>
    <message>
        <source>⚠ Could not stop Ollama: %1. Nothing was started.</source>
        <translation>⚠ Ollama を停止できませんでした: %1。何も起動していません。</translation>
    </message>
    <message>
        <source>⚠ Stopped Ollama (%1), but it did not start again: %2.</source>
        <translation>⚠ Ollama を停止しましたが（%1）、再び起動しませんでした: %2。</translation>
    </message>
    <message>
        <source>After applying, Ollama is restarted so it reads the new variables: ollama app.exe and ollama.exe are stopped and %1 is started again (or started, if Ollama is not running).</source>
        <translation>適用後、新しい変数を読み込ませるために Ollama を再起動します: ollama app.exe と ollama.exe を停止し、%1 をもう一度起動します（Ollama が実行されていない場合は起動のみ）。</translation>
    </message>
    <message>
        <source>After applying: Ollama&apos;s app is not at %1, so it cannot be restarted from here. %2</source>
        <translation>適用後: Ollama アプリが %1 にないため、ここからは再起動できません。%2</translation>
    </message>
    <message>
        <source>After applying, the Ollama service is restarted (systemctl daemon-reload, systemctl restart ollama) and its log is read to confirm the settings.</source>
        <translation>適用後、Ollama サービスを再起動し（systemctl daemon-reload、systemctl restart ollama）、ログを読んで設定を確認します。</translation>
    </message>
    <message>
        <source>After applying: %1</source>
        <translation>適用後: %1</translation>
    </message>
    <message>
        <source>Restarting Ollama: stopping ollama app.exe and ollama.exe, then starting %1…</source>
        <translation>Ollama を再起動しています: ollama app.exe と ollama.exe を停止してから %1 を起動します…</translation>
    </message>
    <message>
        <source>Start Ollama from the Start menu: it reads the new variables when it starts.</source>
        <translation>スタート メニューから Ollama を起動してください。Ollama は起動時に新しい変数を読み込みます。</translation>
    </message>
    <message>
        <source>✔ Started Ollama; it answers (version %1).</source>
        <translation>✔ Ollama を起動しました。応答しています（バージョン %1）。</translation>
    </message>
</context>
<context>
    <name>ogs::ui::SetupSession</name>
    <message>
        <source>Nothing needed changing.</source>
        <translation>変更が必要な項目はありませんでした。</translation>
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
        <translation>バージョン情報(&amp;T)</translation>
    </message>
    <message>
        <source>About Ollama GPU Setup</source>
        <translation>Ollama GPU Setup について</translation>
    </message>
</context>
<context>
    <name>ogs::ui::SpeedupTable</name>
    <message>
        <source>CPU and GPU speed compared</source>
        <translation>CPU と GPU の速度比較</translation>
    </message>
    <message>
        <source>CPU only</source>
        <translation>CPU のみ</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Speedup</source>
        <translation>速度向上</translation>
    </message>
    <message>
        <source>Prompt processing</source>
        <translation>プロンプト処理</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>Time to first token</source>
        <translation>最初のトークンまでの時間</translation>
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
        <translation>完了</translation>
    </message>
    <message>
        <source>What changed, and how to take it back.</source>
        <translation>変更内容と、それを元に戻す方法。</translation>
    </message>
    <message>
        <source>Summary of the changes</source>
        <translation>変更の概要</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>レポートを保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Save a report for a bug report</source>
        <translation>バグ報告用のレポートを保存</translation>
    </message>
    <message>
        <source>Open the GPU &amp;monitor</source>
        <translation>GPU モニターを開く(&amp;M)</translation>
    </message>
    <message>
        <source>Open the GPU monitor</source>
        <translation>GPU モニターを開く</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>レポートを保存</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>テキストファイル (*.txt)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Acceleration path: &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;高速化方式: &lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Model: &lt;b&gt;%1&lt;/b&gt; with %2 tokens of context.&lt;/p&gt;</source>
        <translation>&lt;p&gt;モデル: &lt;b&gt;%1&lt;/b&gt;（コンテキスト長 %2 トークン）&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Changes written (journal entry %1):&lt;/p&gt;</source>
        <translation>&lt;p&gt;書き込まれた変更（ジャーナル項目 %1）:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Nothing was changed on this computer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;このコンピューターでは何も変更されていません。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Test prompt with %1: &lt;b&gt;%2 tok/s&lt;/b&gt;, %3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 でのテスト用プロンプト: &lt;b&gt;%2 tok/s&lt;/b&gt;（%3）&lt;/p&gt;</translation>
    </message>
    <message>
        <source>processor split unknown</source>
        <translation>CPU/GPU の配分は不明</translation>
    </message>
    <message>
        <source>&lt;p&gt;To undo them, go back to the Apply page and press Undo, or run &lt;code&gt;ollama-gpu-setup env undo&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;元に戻すには、[設定の適用] ページに戻って [元に戻す] を押すか、&lt;code&gt;ollama-gpu-setup env undo&lt;/code&gt; を実行してください。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>レポートをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the report to the clipboard</source>
        <translation>レポートをクリップボードにコピー</translation>
    </message>
    <message>
        <source>&lt;p&gt;The test prompt ran; its results are in the report.&lt;/p&gt;</source>
        <translation>&lt;p&gt;テスト用プロンプトを実行しました。結果はレポートに含まれています。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Save report…&lt;/b&gt; or &lt;b&gt;Copy report&lt;/b&gt; gives you everything a bug report needs: detection, recommendation, the changes, the test prompt&apos;s results and Ollama&apos;s log lines.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;レポートを保存…&lt;/b&gt;または&lt;b&gt;レポートをコピー&lt;/b&gt;で、バグ報告に必要な情報（検出結果、推奨内容、変更内容、テスト用プロンプトの結果、Ollama のログ行）がすべて得られます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Save &amp;diagnostic bundle…</source>
        <translation>診断バンドルを保存(&amp;D)…</translation>
    </message>
    <message>
        <source>Save a diagnostic bundle (zip file) for a bug report</source>
        <translation>バグ報告用の診断バンドル（zip ファイル）を保存</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Save diagnostic bundle…&lt;/b&gt; puts the same in one .zip file, each part also as JSON, to attach to a bug report.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;診断バンドルを保存…&lt;/b&gt;は、同じ内容を 1 つの .zip ファイルにまとめます（各部分は JSON でも含まれます）。バグ報告に添付してください。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Save diagnostic bundle</source>
        <translation>診断バンドルを保存</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>zip アーカイブ (*.zip)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Diagnostic bundle saved to &lt;b&gt;%1&lt;/b&gt;. Attach it to your bug report.&lt;/p&gt;</source>
        <translation>&lt;p&gt;診断バンドルを &lt;b&gt;%1&lt;/b&gt; に保存しました。バグ報告に添付してください。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Could not save the diagnostic bundle:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;診断バンドルを保存できませんでした：&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;Report saved to &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;レポートを &lt;b&gt;%1&lt;/b&gt; に保存しました。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Could not save the report:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;レポートを保存できませんでした:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ogs::ui::VerifyPage</name>
    <message>
        <source>remove %1</source>
        <translation>%1 を削除</translation>
    </message>
    <message>
        <source>Compare with the &amp;CPU</source>
        <translation>CPU と比較(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Run the test</source>
        <translation>テストを実行(&amp;R)</translation>
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
        <translation>トークン/秒</translation>
    </message>
    <message>
        <source>GPU busy</source>
        <translation>GPU 使用率</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>問題の原因</translation>
    </message>
    <message>
        <source>&amp;Write this fix</source>
        <translation>この修正を書き込む(&amp;W)</translation>
    </message>
    <message>
        <source>Check that it works</source>
        <translation>動作の確認</translation>
    </message>
    <message>
        <source>A short test prompt shows where the model runs and how fast. It needs a model that is already installed.</source>
        <translation>短いテスト用プロンプトで、モデルがどこでどれだけの速度で動くかを確認します。インストール済みのモデルが必要です。</translation>
    </message>
    <message>
        <source>Installed model to test</source>
        <translation>テストするインストール済みモデル</translation>
    </message>
    <message>
        <source>Installed models</source>
        <translation>インストール済みのモデル</translation>
    </message>
    <message>
        <source>Also run the prompt on the CPU and compare</source>
        <translation>CPU でもプロンプトを実行して比較</translation>
    </message>
    <message>
        <source>Runs the prompt a second time with num_gpu 0 to show the speedup</source>
        <translation>num_gpu 0 でプロンプトをもう一度実行し、どれだけ速くなったかを示します</translation>
    </message>
    <message>
        <source>Run the test prompt</source>
        <translation>テスト用プロンプトを実行</translation>
    </message>
    <message>
        <source>Stop the test prompt</source>
        <translation>テスト用プロンプトを停止</translation>
    </message>
    <message>
        <source>Test running</source>
        <translation>テスト実行中</translation>
    </message>
    <message>
        <source>The text the model generates</source>
        <translation>モデルが生成するテキスト</translation>
    </message>
    <message>
        <source>The model&apos;s answer appears here as it is generated.</source>
        <translation>モデルの回答は、生成されるにつれてここに表示されます。</translation>
    </message>
    <message>
        <source>GPU run</source>
        <translation>GPU での実行</translation>
    </message>
    <message>
        <source>CPU run</source>
        <translation>CPU での実行</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>What the fix writes</source>
        <translation>修正で書き込まれる内容</translation>
    </message>
    <message>
        <source>Write the fix shown above and restart Ollama</source>
        <translation>上に表示した修正を書き込み、Ollama を再起動</translation>
    </message>
    <message>
        <source>Try the next-ranked &amp;path</source>
        <translation>次の順位の方式を試す(&amp;P)</translation>
    </message>
    <message>
        <source>Go back and apply the next-ranked path</source>
        <translation>前に戻って次の順位の方式を適用</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>モデル(&amp;M):</translation>
    </message>
    <message>
        <source>Reading the Ollama server log…</source>
        <translation>Ollama のサーバーログを読み込んでいます…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Failed:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;失敗:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Asking Ollama at %1 which models are installed…</source>
        <translation>%1 の Ollama にインストール済みのモデルを問い合わせています…</translation>
    </message>
    <message>
        <source>Ready: press Run the test.</source>
        <translation>準備完了: [テストを実行] を押してください。</translation>
    </message>
    <message>
        <source>
— on the CPU —
</source>
        <translation>
— CPU での実行 —
</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>中止しました。</translation>
    </message>
    <message>
        <source>The test was cancelled; nothing was measured.</source>
        <translation>テストを中止しました。何も測定されていません。</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>完了しました。</translation>
    </message>
    <message>
        <source>The test failed.</source>
        <translation>テストに失敗しました。</translation>
    </message>
    <message>
        <source>✖ The test prompt failed: %1</source>
        <translation>✖ テスト用プロンプトが失敗しました: %1</translation>
    </message>
    <message>
        <source>✔ Working on the processor, as chosen: %1 tok/s.</source>
        <translation>✔ 選択したとおりプロセッサーで動作しています: %1 tok/s</translation>
    </message>
    <message>
        <source>✖ The model runs on the CPU (%1), not on the GPU.</source>
        <translation>✖ モデルは GPU ではなく CPU で実行されています（%1）。</translation>
    </message>
    <message>
        <source>⚠ Slower than expected: %1 tok/s, where %2–%3 tok/s is expected.</source>
        <translation>⚠ 予想より低速です: %1 tok/s（予想: %2–%3 tok/s）</translation>
    </message>
    <message>
        <source>✔ Working, and faster than expected: %1 tok/s (expected %2–%3 tok/s).</source>
        <translation>✔ 動作しています。予想より高速です: %1 tok/s（予想: %2–%3 tok/s）</translation>
    </message>
    <message>
        <source>✔ Working: %1 tok/s, within the %2–%3 tok/s expected for this GPU on this path.</source>
        <translation>✔ 動作しています: %1 tok/s。この GPU とこの方式で予想される %2–%3 tok/s の範囲内です。</translation>
    </message>
    <message>
        <source>✔ Working: %1 tok/s. There is no expected speed to compare it with.</source>
        <translation>✔ 動作しています: %1 tok/s。比較できる予想速度はありません。</translation>
    </message>
    <message>
        <source>⚠ Part of the model runs on the CPU (%1): it does not fit in GPU memory.</source>
        <translation>⚠ モデルの一部が CPU で実行されています（%1）。ビデオメモリに収まりません。</translation>
    </message>
    <message>
        <source>Expected speed: %1.</source>
        <translation>予想速度: %1</translation>
    </message>
    <message>
        <source>No Ollama server log was found, so the cause cannot be read from it.</source>
        <translation>Ollama のサーバーログが見つからないため、そこから原因を読み取ることはできません。</translation>
    </message>
    <message>
        <source>From the server log (%1):</source>
        <translation>サーバーログ（%1）より:</translation>
    </message>
    <message>
        <source>Try the next-ranked &amp;path: %1</source>
        <translation>次の順位の方式を試す(&amp;P): %1</translation>
    </message>
    <message>
        <source>Go back and apply the next-ranked path, %1</source>
        <translation>前に戻って次の順位の方式（%1）を適用</translation>
    </message>
    <message>
        <source>⚠ This fix cannot be planned: %1</source>
        <translation>⚠ この修正の計画は作成できません: %1</translation>
    </message>
    <message>
        <source>%1 already holds this; restart Ollama if it is not in effect yet.</source>
        <translation>%1 にはすでにこの設定があります。まだ反映されていない場合は Ollama を再起動してください。</translation>
    </message>
    <message>
        <source>This target needs administrator rights. Run in a terminal: &lt;code&gt;sudo ollama-gpu-setup env apply --target %1 %2 --yes&lt;/code&gt;</source>
        <translation>この書き込み先には管理者権限が必要です。ターミナルで次を実行してください: &lt;code&gt;sudo ollama-gpu-setup env apply --target %1 %2 --yes&lt;/code&gt;</translation>
    </message>
    <message>
        <source>These are the exact changes to %1. Nothing is written until you press Write this fix; Undo on the previous page takes it back.</source>
        <translation>以下が %1 に対して実際に行われる変更です。[この修正を書き込む] を押すまで何も書き込まれません。前のページの [元に戻す] で取り消せます。</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>書き込み中…</translation>
    </message>
    <message>
        <source>Then run the test again.</source>
        <translation>その後、もう一度テストを実行してください。</translation>
    </message>
    <message>
        <source>%1 is not installed yet (install it with: %2); the test uses %3 instead.</source>
        <translation>%1 はまだインストールされていません（インストール方法: %2）。テストには代わりに %3 を使います。</translation>
    </message>
    <message>
        <source>No model is installed. Install one first, for example: %1</source>
        <translation>モデルがインストールされていません。まずインストールしてください。例: %1</translation>
    </message>
    <message>
        <source>⚠ The GPU is not speeding it up: %1 tok/s, and %2 tok/s on the processor alone (%3×).</source>
        <translation>⚠ GPU による高速化がありません: %1 tok/s、プロセッサーのみで %2 tok/s (%3×)。</translation>
    </message>
    <message>
        <source>⚠ Running, but only partly on the GPU: %1 tok/s.</source>
        <translation>⚠ 動作していますが、GPU 上は一部だけです: %1 tok/s。</translation>
    </message>
</context>
<context>
    <name>ogs::ui::VerifySession</name>
    <message>
        <source>Contacting Ollama…</source>
        <translation>Ollama に接続しています…</translation>
    </message>
    <message>
        <source>Loading %1 on the GPU…</source>
        <translation>%1 を GPU に読み込んでいます…</translation>
    </message>
    <message>
        <source>Loading %1 on the CPU…</source>
        <translation>%1 を CPU に読み込んでいます…</translation>
    </message>
    <message>
        <source>Generating %1 tokens on the GPU…</source>
        <translation>GPU で %1 トークンを生成しています…</translation>
    </message>
    <message>
        <source>Generating %1 tokens on the CPU…</source>
        <translation>CPU で %1 トークンを生成しています…</translation>
    </message>
    <message>
        <source>Unloading %1…</source>
        <translation>%1 をアンロードしています…</translation>
    </message>
</context>
<context>
    <name>ogs::ui::WelcomePage</name>
    <message>
        <source>Run Ollama on your GPU</source>
        <translation>Ollama を GPU で実行</translation>
    </message>
    <message>
        <source>This assistant finds your graphics card, picks the fastest way for Ollama to use it, and proves the result with a live test.</source>
        <translation>このアシスタントは、お使いのグラフィックスカードを検出し、Ollama がそれを使う最速の方法を選んで、実際のテストで結果を確かめます。</translation>
    </message>
    <message>
        <source>&lt;p&gt;The steps:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Scan this computer&apos;s GPUs and your Ollama install.&lt;/li&gt;&lt;li&gt;Recommend an acceleration path (ROCm, Vulkan, CUDA, …) and explain why.&lt;/li&gt;&lt;li&gt;Check that your model fits in video memory.&lt;/li&gt;&lt;li&gt;Show every change before it is made, then apply it, with undo.&lt;/li&gt;&lt;li&gt;Run a test prompt and measure the speed-up.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;&lt;b&gt;Nothing is changed without showing it to you first.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;手順:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;このコンピューターの GPU と Ollama のインストール状況を調べます。&lt;/li&gt;&lt;li&gt;高速化方式（ROCm、Vulkan、CUDA…）を推奨し、その理由を説明します。&lt;/li&gt;&lt;li&gt;モデルがビデオメモリに収まるかを確認します。&lt;/li&gt;&lt;li&gt;すべての変更を実行前に表示してから適用します。元に戻すこともできます。&lt;/li&gt;&lt;li&gt;テスト用のプロンプトを実行し、どれだけ速くなったかを測定します。&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;&lt;b&gt;事前にお見せすることなく変更を加えることはありません。&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ogs::ui::WslPage</name>
    <message>
        <source>&amp;Mirrored networking: Windows is localhost</source>
        <translation>ミラーネットワーク: Windows が localhost(&amp;M)</translation>
    </message>
    <message>
        <source>Ollama on Windows, this app in WSL 2</source>
        <translation>Ollama は Windows 側、このアプリは WSL 2 内</translation>
    </message>
    <message>
        <source>WSL 2 cannot reach an AMD GPU for compute (/dev/kfd is absent). Ollama runs on the Windows side with the GPU, and programs here talk to it over the network.</source>
        <translation>WSL 2 からは AMD GPU を計算に使えません（/dev/kfd がありません）。Ollama は Windows 側で GPU を使って動作し、こちらのプログラムはネットワーク経由で Ollama と通信します。</translation>
    </message>
    <message>
        <source>WSL 2 (Linux): your programs ── OLLAMA_HOST ──► Windows: Ollama ──► GPU</source>
        <translation>WSL 2 (Linux): お使いのプログラム ── OLLAMA_HOST ──► Windows: Ollama ──► GPU</translation>
    </message>
    <message>
        <source>Ollama address on Windows</source>
        <translation>Windows 上の Ollama のアドレス</translation>
    </message>
    <message>
        <source>Ollama &amp;address:</source>
        <translation>Ollama のアドレス(&amp;A):</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;On Windows&lt;/b&gt;, let Ollama accept connections from WSL (PowerShell):&lt;/p&gt;&lt;pre&gt;[System.Environment]::SetEnvironmentVariable(&apos;OLLAMA_HOST&apos;, &apos;0.0.0.0&apos;, &apos;User&apos;)&lt;/pre&gt;&lt;p&gt;then quit and restart Ollama from the tray. If the test fails, allow port 11434 (PowerShell as administrator):&lt;/p&gt;&lt;pre&gt;New-NetFirewallRule -DisplayName &quot;Ollama&quot; -Direction Inbound -LocalPort 11434 -Protocol TCP -Action Allow&lt;/pre&gt;&lt;p&gt;⚠ &lt;b&gt;Security:&lt;/b&gt; 0.0.0.0 makes Ollama answer &lt;i&gt;every&lt;/i&gt; computer that can reach this PC, without a password. Only do this on a trusted network, or limit the firewall rule to the WSL subnet (-RemoteAddress 172.16.0.0/12).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Windows 側で&lt;/b&gt;、Ollama が WSL からの接続を受け付けるようにします（PowerShell）:&lt;/p&gt;&lt;pre&gt;[System.Environment]::SetEnvironmentVariable(&apos;OLLAMA_HOST&apos;, &apos;0.0.0.0&apos;, &apos;User&apos;)&lt;/pre&gt;&lt;p&gt;その後、通知領域から Ollama を終了して再起動します。テストが失敗する場合は、ポート 11434 を許可します（管理者として PowerShell を実行）:&lt;/p&gt;&lt;pre&gt;New-NetFirewallRule -DisplayName &quot;Ollama&quot; -Direction Inbound -LocalPort 11434 -Protocol TCP -Action Allow&lt;/pre&gt;&lt;p&gt;⚠ &lt;b&gt;セキュリティ:&lt;/b&gt; 0.0.0.0 にすると、この PC に到達できる&lt;i&gt;すべての&lt;/i&gt;コンピューターに、Ollama がパスワードなしで応答します。信頼できるネットワークでのみ行うか、ファイアウォール規則を WSL のサブネット（-RemoteAddress 172.16.0.0/12）に限定してください。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>NAT net&amp;working (the default): Windows is the default gateway</source>
        <translation>NAT ネットワーク（既定）: Windows が既定のゲートウェイ(&amp;W)</translation>
    </message>
    <message>
        <source>NAT net&amp;working: no default gateway found</source>
        <translation>NAT ネットワーク: 既定のゲートウェイが見つかりません(&amp;W)</translation>
    </message>
    <message>
        <source>NAT net&amp;working (the default): Windows is at %1</source>
        <translation>NAT ネットワーク（既定）: Windows は %1(&amp;W)</translation>
    </message>
</context>
</TS>
