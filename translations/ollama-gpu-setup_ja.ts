<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
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
        <source>After applying: %1</source>
        <translation>適用後: %1</translation>
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
        <source>%1 (%2, %3 GB, needs %4 GB VRAM; %5)</source>
        <translation>%1（%2、%3 GB、VRAM %4 GB が必要、%5）</translation>
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
        <source>Suggested for this card: &lt;b&gt;%1&lt;/b&gt; (%2). %3</source>
        <translation>このカードへの推奨: &lt;b&gt;%1&lt;/b&gt;（%2）。%3</translation>
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
    <message numerus="yes">
        <source>%n GPU(s), %1 samples kept</source>
        <translation>
            <numerusform>GPU %n 台、%1 サンプルを保持</numerusform>
        </translation>
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
        <translation>優れた順の方式です（最初の方式を選択済み）。別の方式を選ぶと、順位が低い理由がわかります。</translation>
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
        <source>&lt;p&gt;&lt;b&gt;Could not write %1.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1 に書き込めませんでした。&lt;/b&gt;&lt;/p&gt;</translation>
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
        <source>%1 is not installed yet (ollama pull %1); the test uses %2 instead.</source>
        <translation>%1 はまだインストールされていません（ollama pull %1）。代わりに %2 でテストします。</translation>
    </message>
    <message>
        <source>No model is installed. Install one first, for example: ollama pull %1</source>
        <translation>モデルがインストールされていません。先にインストールしてください。例: ollama pull %1</translation>
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
        <translation>グラフィックスカードを検出し、Ollama に最速の方式を選び、実際のテストで結果を確かめます。</translation>
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
