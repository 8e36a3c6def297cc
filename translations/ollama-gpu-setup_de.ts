<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>QObject</name>
    <message>
        <source>No GPU to sample: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogs::ui</name>
    <message>
        <source>ROCm (native)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROCm with a gfx override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vulkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ollama-for-amd (community build)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUDA (NVIDIA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processor only (no GPU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ollama on the Windows host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>experimental</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>community-maintained</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogs::ui::ApplyPage</name>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These are the exact changes. Nothing is written until you press Apply, and Undo restores the previous bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested: &lt;b&gt;%1&lt;/b&gt;, because %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ This plan cannot be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After applying: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This target needs administrator rights. Run in a terminal: &lt;code&gt;sudo ollama-gpu-setup env apply --target %1 --path %2 --yes&lt;/code&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Failed:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogs::ui::BudgetBar</name>
    <message>
        <source>%1 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video memory budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>| available %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogs::ui::ConnectionTester</name>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered, but not like Ollama does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: Ollama %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogs::ui::DiffView</name>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes that will be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change: every value is already in place.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogs::ui::GpuMonitorPanel</name>
    <message>
        <source>Utilisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MHz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power and temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W / °C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VRAM used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GTT used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>core clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>power (W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>temperature (°C)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogs::ui::ModelPage</name>
    <message>
        <source>&amp;Use the suggested variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model and memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the model fits in video memory. What does not fit runs on the processor, much more slowly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the suggested variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Context length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3 GB, needs %4 GB VRAM; %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No GPU memory was detected: the model will run on the processor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted &lt;code&gt;ollama ps&lt;/code&gt;: &lt;b&gt;%1&lt;/b&gt; — the whole model runs on the GPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted &lt;code&gt;ollama ps&lt;/code&gt;: &lt;b&gt;%1&lt;/b&gt; — %2 of %3 layers on the GPU; the rest runs on the processor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested for this card: &lt;b&gt;%1&lt;/b&gt; (%2). %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogs::ui::MonitorWindow</name>
    <message>
        <source>GPU Monitor — Ollama GPU Setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze the charts; samples are still recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export P&amp;NG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU stuck alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processes using the GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VRAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processes using the GPUs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the first sample…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No GPU with live readings found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n GPU(s), %1 samples kept</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 is stuck busy&lt;/b&gt; (%2).&lt;br&gt;%3&lt;br&gt;&lt;b&gt;Fix:&lt;/b&gt; %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export samples as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export charts as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogs::ui::PathComparisonTable</name>
    <message>
        <source>Comparison of the three AMD acceleration paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROCm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vulkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ollama-for-amd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra install</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good (about 60–80 % of ROCm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trivial (one variable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official list only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any GPU with Vulkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended AMD list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experimental</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community-maintained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HIP SDK on Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces Ollama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows and Linux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogs::ui::PathDetailsView</name>
    <message>
        <source>Details of the selected path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Expected speed:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Stability:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;On this card:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is slower: %1 instead of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is %1, the first choice is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It needs more to be installed or replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More known problems apply to it on this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules put %1 first for this GPU and Ollama version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it ranks below %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No environment changes are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogs::ui::PathPage</name>
    <message>
        <source>Acceleration path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ways Ollama can use this GPU, best first. The first is chosen; pick another to see why it ranks lower.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceleration paths, best first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paths:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path details and comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare the AMD paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not possible here:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;No acceleration path could be recommended.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogs::ui::PathText</name>
    <message>
        <source>%1 % of native speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 % of native speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1–%2 tokens/s with %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogs::ui::ScanPage</name>
    <message>
        <source>discrete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virtual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>software (CPU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>macOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linux inside WSL 2 (Windows Subsystem for Linux)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scan again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The graphics cards in this computer and what Ollama needs to use them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gfx target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VRAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vulkan driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning for GPUs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROCm compute device /dev/kfd: available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROCm compute device /dev/kfd: present but &lt;b&gt;not accessible&lt;/b&gt; to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROCm compute device /dev/kfd: not present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;No graphics card was found.&lt;/b&gt; Ollama will run on the processor.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogs::ui::SetupSession</name>
    <message>
        <source>Nothing needed changing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogs::ui::SetupWizard</name>
    <message>
        <source>Ollama GPU Setup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogs::ui::SummaryPage</name>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed, and how to take it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a report for a bug report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the GPU &amp;monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the GPU monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Could not write %1.&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Acceleration path: &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Model: &lt;b&gt;%1&lt;/b&gt; with %2 tokens of context.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Changes written (journal entry %1):&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;To undo them, go back one page and press Undo, or run &lt;code&gt;ollama-gpu-setup env undo&lt;/code&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Nothing was changed on this computer.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogs::ui::WelcomePage</name>
    <message>
        <source>Run Ollama on your GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This assistant finds your graphics card, picks the fastest way for Ollama to use it, and proves the result with a live test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The steps:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Scan this computer&apos;s GPUs and your Ollama install.&lt;/li&gt;&lt;li&gt;Recommend an acceleration path (ROCm, Vulkan, CUDA, …) and explain why.&lt;/li&gt;&lt;li&gt;Check that your model fits in video memory.&lt;/li&gt;&lt;li&gt;Show every change before it is made, then apply it, with undo.&lt;/li&gt;&lt;li&gt;Run a test prompt and measure the speed-up.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;&lt;b&gt;Nothing is changed without showing it to you first.&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ogs::ui::WslPage</name>
    <message>
        <source>&amp;NAT networking (the default): Windows is the default gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mirrored networking: Windows is localhost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ollama on Windows, this app in WSL 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WSL 2 cannot reach an AMD GPU for compute (/dev/kfd is absent). Ollama runs on the Windows side with the GPU, and programs here talk to it over the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WSL 2 (Linux): your programs ── OLLAMA_HOST ──► Windows: Ollama ──► GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ollama address on Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ollama &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;On Windows&lt;/b&gt;, let Ollama accept connections from WSL (PowerShell):&lt;/p&gt;&lt;pre&gt;[System.Environment]::SetEnvironmentVariable(&apos;OLLAMA_HOST&apos;, &apos;0.0.0.0&apos;, &apos;User&apos;)&lt;/pre&gt;&lt;p&gt;then quit and restart Ollama from the tray. If the test fails, allow port 11434 (PowerShell as administrator):&lt;/p&gt;&lt;pre&gt;New-NetFirewallRule -DisplayName &quot;Ollama&quot; -Direction Inbound -LocalPort 11434 -Protocol TCP -Action Allow&lt;/pre&gt;&lt;p&gt;⚠ &lt;b&gt;Security:&lt;/b&gt; 0.0.0.0 makes Ollama answer &lt;i&gt;every&lt;/i&gt; computer that can reach this PC, without a password. Only do this on a trusted network, or limit the firewall rule to the WSL subnet (-RemoteAddress 172.16.0.0/12).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;NAT networking: no default gateway found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;NAT networking (the default): Windows is at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
