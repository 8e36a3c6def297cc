<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <source>After applying: %1</source>
        <translation>应用后：%1</translation>
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
        <source>%1 (%2, %3 GB, needs %4 GB VRAM; %5)</source>
        <translation>%1（%2，%3 GB，需要 %4 GB VRAM；%5）</translation>
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
        <source>Suggested for this card: &lt;b&gt;%1&lt;/b&gt; (%2). %3</source>
        <translation>建议此显卡使用：&lt;b&gt;%1&lt;/b&gt;（%2）。%3</translation>
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
    <message numerus="yes">
        <source>%n GPU(s), %1 samples kept</source>
        <translation>
            <numerusform>%n 个 GPU，已保留 %1 个样本</numerusform>
        </translation>
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
        <source>&lt;p&gt;&lt;b&gt;Could not write %1.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;无法写入 %1。&lt;/b&gt;&lt;/p&gt;</translation>
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
        <source>%1 is not installed yet (ollama pull %1); the test uses %2 instead.</source>
        <translation>%1 尚未安装（ollama pull %1）；测试将改用 %2。</translation>
    </message>
    <message>
        <source>No model is installed. Install one first, for example: ollama pull %1</source>
        <translation>尚未安装任何模型。请先安装一个，例如：ollama pull %1</translation>
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
