<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>ogs::ui::AboutBox</name>
    <message>
        <source>&lt;h3&gt;Ollama GPU Setup %1&lt;/h3&gt;&lt;p&gt;Finds out why Ollama runs on the processor and makes it use your graphics card: detection, the fastest acceleration path, the VRAM budget, the environment where it takes effect (with undo), a test prompt and a live GPU monitor.&lt;/p&gt;&lt;p&gt;Built with Qt %2. Every step is also a command: &lt;code&gt;ollama-gpu-setup --help&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ollama GPU Setup %1&lt;/h3&gt;&lt;p&gt;Descobre por que o Ollama roda no processador e faz com que ele use sua placa de vídeo: detecção, o caminho de aceleração mais rápido, o orçamento de VRAM, o ambiente em que as configurações entram em vigor (com opção de desfazer), um prompt de teste e um monitor de GPU em tempo real.&lt;/p&gt;&lt;p&gt;Compilado com Qt %2. Cada etapa também é um comando: &lt;code&gt;ollama-gpu-setup --help&lt;/code&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Ollama GPU Setup</source>
        <translation>Sobre o Ollama GPU Setup</translation>
    </message>
</context>
<context>
    <name>ogs::ui::ApplyPage</name>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>Apply the settings</source>
        <translation>Aplicar as configurações</translation>
    </message>
    <message>
        <source>These are the exact changes. Nothing is written until you press Apply, and Undo restores the previous bytes.</source>
        <translation>Estas são exatamente as alterações que serão feitas. Nada é gravado até você clicar em Aplicar, e Desfazer restaura os bytes anteriores.</translation>
    </message>
    <message>
        <source>Where to write the settings</source>
        <translation>Onde gravar as configurações</translation>
    </message>
    <message>
        <source>Applying</source>
        <translation>Aplicando</translation>
    </message>
    <message>
        <source>Apply the changes</source>
        <translation>Aplicar as alterações</translation>
    </message>
    <message>
        <source>Undo the last apply</source>
        <translation>Desfazer a última aplicação</translation>
    </message>
    <message>
        <source>&amp;Write to:</source>
        <translation>&amp;Gravar em:</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Processando…</translation>
    </message>
    <message>
        <source>Suggested: &lt;b&gt;%1&lt;/b&gt;, because %2.</source>
        <translation>Sugestão: &lt;b&gt;%1&lt;/b&gt;, porque %2.</translation>
    </message>
    <message>
        <source>⚠ This plan cannot be made: %1</source>
        <translation>⚠ Não é possível montar este plano: %1</translation>
    </message>
    <message>
        <source>After applying: %1</source>
        <translation>Após aplicar: %1</translation>
    </message>
    <message>
        <source>This target needs administrator rights. Run in a terminal: &lt;code&gt;sudo ollama-gpu-setup env apply --target %1 --path %2 --yes&lt;/code&gt;</source>
        <translation>Este destino exige privilégios de administrador. Execute em um terminal: &lt;code&gt;sudo ollama-gpu-setup env apply --target %1 --path %2 --yes&lt;/code&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Failed:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Falha:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&amp;Stop waiting</source>
        <translation>Parar de &amp;esperar</translation>
    </message>
    <message>
        <source>Stop waiting for Ollama to restart</source>
        <translation>Parar de esperar o Ollama reiniciar</translation>
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
        <translation>Tempo até o primeiro token</translation>
    </message>
    <message>
        <source>Generation speed</source>
        <translation>Velocidade de geração</translation>
    </message>
    <message>
        <source>Prompt processing speed</source>
        <translation>Velocidade de processamento do prompt</translation>
    </message>
    <message>
        <source>Where the model runs</source>
        <translation>Onde o modelo roda</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>Geração</translation>
    </message>
    <message>
        <source>Prompt processing</source>
        <translation>Processamento do prompt</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Processador</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
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
        <translation>Orçamento de memória de vídeo</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Pesos</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>Cache KV</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Computação</translation>
    </message>
    <message>
        <source>Overhead</source>
        <translation>Sobrecarga</translation>
    </message>
    <message>
        <source>%1 of %2 available</source>
        <translation>%1 de %2 disponíveis</translation>
    </message>
    <message>
        <source>| available %1</source>
        <translation>| disponível: %1</translation>
    </message>
</context>
<context>
    <name>ogs::ui::ConnectionTester</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Testar conexão</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Testar conexão</translation>
    </message>
    <message>
        <source>&amp;Cancel test</source>
        <translation>&amp;Cancelar teste</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando a %1…</translation>
    </message>
    <message>
        <source>No answer from %1: %2</source>
        <translation>Sem resposta de %1: %2</translation>
    </message>
    <message>
        <source>%1 answered, but not like Ollama does.</source>
        <translation>%1 respondeu, mas não da forma como o Ollama responde.</translation>
    </message>
    <message>
        <source>Connected: Ollama %1 at %2.</source>
        <translation>Conectado: Ollama %1 em %2.</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>Teste cancelado.</translation>
    </message>
</context>
<context>
    <name>ogs::ui::DiffView</name>
    <message>
        <source>(not set)</source>
        <translation>(não definido)</translation>
    </message>
    <message>
        <source>Changes that will be made</source>
        <translation>Alterações que serão feitas</translation>
    </message>
    <message>
        <source>Nothing to change: every value is already in place.</source>
        <translation>Nada a alterar: todos os valores já estão definidos.</translation>
    </message>
</context>
<context>
    <name>ogs::ui::FindingsList</name>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Observação</translation>
    </message>
    <message>
        <source>The server log shows nothing that explains this.</source>
        <translation>O log do servidor não mostra nada que explique isso.</translation>
    </message>
    <message>
        <source>&lt;b style=&quot;color:%1&quot;&gt;%2:&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Fix:&lt;/b&gt; %4&lt;br&gt;&lt;small&gt;&lt;code&gt;%5&lt;/code&gt;&lt;/small&gt;</source>
        <translation>&lt;b style=&quot;color:%1&quot;&gt;%2:&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Solução:&lt;/b&gt; %4&lt;br&gt;&lt;small&gt;&lt;code&gt;%5&lt;/code&gt;&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Apply this &amp;fix</source>
        <translation>&amp;Aplicar esta correção</translation>
    </message>
    <message>
        <source>Apply the fix: %1</source>
        <translation>Aplicar a correção: %1</translation>
    </message>
    <message>
        <source>Shows what it writes (%1) before anything changes</source>
        <translation>Mostra o que será gravado (%1) antes de qualquer alteração</translation>
    </message>
</context>
<context>
    <name>ogs::ui::GpuMonitorPanel</name>
    <message>
        <source>Utilisation</source>
        <translation>Utilização</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memória</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>GiB</translation>
    </message>
    <message>
        <source>Core clock</source>
        <translation>Clock do núcleo</translation>
    </message>
    <message>
        <source>MHz</source>
        <translation>MHz</translation>
    </message>
    <message>
        <source>Power and temperature</source>
        <translation>Potência e temperatura</translation>
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
        <translation>ocupada</translation>
    </message>
    <message>
        <source>VRAM used</source>
        <translation>VRAM usada</translation>
    </message>
    <message>
        <source>GTT used</source>
        <translation>GTT usada</translation>
    </message>
    <message>
        <source>core clock</source>
        <translation>clock do núcleo</translation>
    </message>
    <message>
        <source>power (W)</source>
        <translation>potência (W)</translation>
    </message>
    <message>
        <source>temperature (°C)</source>
        <translation>temperatura (°C)</translation>
    </message>
</context>
<context>
    <name>ogs::ui::HomeView</name>
    <message>
        <source>Check &amp;again</source>
        <translation>Verificar &amp;novamente</translation>
    </message>
    <message>
        <source>Check again whether Ollama runs on the GPU</source>
        <translation>Verificar novamente se o Ollama roda na GPU</translation>
    </message>
    <message>
        <source>&amp;Load the model and check</source>
        <translation>&amp;Carregar o modelo e verificar</translation>
    </message>
    <message>
        <source>Load the model and check where it runs</source>
        <translation>Carregar o modelo e verificar onde ele roda</translation>
    </message>
    <message>
        <source>Ollama GPU Setup</source>
        <translation>Ollama GPU Setup</translation>
    </message>
    <message>
        <source>The applied setup</source>
        <translation>A configuração aplicada</translation>
    </message>
    <message>
        <source>Whether Ollama runs on the GPU</source>
        <translation>Se o Ollama roda na GPU</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Ollama GPU Setup&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Ollama GPU Setup&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Applied setup</source>
        <translation>Configuração aplicada</translation>
    </message>
    <message>
        <source>Does Ollama run on the GPU?</source>
        <translation>O Ollama roda na GPU?</translation>
    </message>
    <message>
        <source>Open the GPU &amp;monitor</source>
        <translation>Abrir o &amp;monitor de GPU</translation>
    </message>
    <message>
        <source>Open the GPU monitor</source>
        <translation>Abrir o monitor de GPU</translation>
    </message>
    <message>
        <source>&amp;Run setup again</source>
        <translation>&amp;Executar a configuração novamente</translation>
    </message>
    <message>
        <source>Run the setup again from the first page</source>
        <translation>Executar a configuração novamente a partir da primeira página</translation>
    </message>
    <message>
        <source>Abou&amp;t</source>
        <translation>So&amp;bre</translation>
    </message>
    <message>
        <source>About Ollama GPU Setup</source>
        <translation>Sobre o Ollama GPU Setup</translation>
    </message>
    <message>
        <source>Acceleration path: &lt;b&gt;%1&lt;/b&gt;.&lt;br&gt;</source>
        <translation>Caminho de aceleração: &lt;b&gt;%1&lt;/b&gt;.&lt;br&gt;</translation>
    </message>
    <message>
        <source>Model: &lt;b&gt;%1&lt;/b&gt; with %2 tokens of context.&lt;br&gt;</source>
        <translation>Modelo: &lt;b&gt;%1&lt;/b&gt; com %2 tokens de contexto.&lt;br&gt;</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Não foi possível ler %1: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; holds no settings of ours (undone, or edited by hand).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; não contém nenhuma configuração feita por este aplicativo (foram desfeitas ou editadas à mão).</translation>
    </message>
    <message>
        <source>Settings in &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Configurações em &lt;b&gt;%1&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>Undo with &lt;code&gt;ollama-gpu-setup env undo&lt;/code&gt; (latest change %1, %2).</source>
        <translation>Para desfazer, execute &lt;code&gt;ollama-gpu-setup env undo&lt;/code&gt; (última alteração: %1, %2).</translation>
    </message>
    <message>
        <source>Nothing was written to this computer&apos;s environment.</source>
        <translation>Nada foi gravado no ambiente deste computador.</translation>
    </message>
    <message>
        <source>Asking Ollama at %1…</source>
        <translation>Consultando o Ollama em %1…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ollama does not answer at %1.&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;O Ollama não responde em %1.&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>Ollama runs at %1, but no model is loaded, so where it computes cannot be seen right now. Load the model to check, or look at Ollama&apos;s log below.</source>
        <translation>O Ollama está rodando em %1, mas nenhum modelo está carregado; por isso, não é possível ver agora onde ele faz os cálculos. Carregue o modelo para verificar ou consulte o log do Ollama abaixo.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Yes: Ollama runs on the GPU.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sim: o Ollama roda na GPU.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not entirely: part of the model runs on the processor.&lt;/b&gt; A smaller variant or a shorter context would fit; run the setup again to choose.</source>
        <translation>&lt;b&gt;Não totalmente: parte do modelo roda no processador.&lt;/b&gt; Uma variante menor ou um contexto mais curto caberia; execute a configuração novamente para escolher.</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Carregando %1…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Could not load %1:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Não foi possível carregar %1:&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>No Ollama log was found.</source>
        <translation>Nenhum log do Ollama foi encontrado.</translation>
    </message>
    <message>
        <source>Ollama&apos;s log (%1) says it computes on: &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>O log do Ollama (%1) informa que ele faz os cálculos em: &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ollama&apos;s log (%1) says it found no usable GPU and computes on the processor.&lt;/b&gt; Run the setup again.</source>
        <translation>&lt;b&gt;O log do Ollama (%1) informa que ele não encontrou nenhuma GPU utilizável e faz os cálculos no processador.&lt;/b&gt; Execute a configuração novamente.</translation>
    </message>
    <message>
        <source>Ollama&apos;s log (%1) does not say which device it uses.</source>
        <translation>O log do Ollama (%1) não informa qual dispositivo ele usa.</translation>
    </message>
</context>
<context>
    <name>ogs::ui::LoadedModelsPanel</name>
    <message>
        <source>Models Ollama has loaded</source>
        <translation>Modelos carregados pelo Ollama</translation>
    </message>
    <message>
        <source>Asking Ollama…</source>
        <translation>Consultando o Ollama…</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Processador</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Até</translation>
    </message>
    <message>
        <source>Ollama does not answer at %1: %2</source>
        <translation>O Ollama não responde em %1: %2</translation>
    </message>
    <message>
        <source>No model is loaded at %1.</source>
        <translation>Nenhum modelo está carregado em %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) loaded at %1:</source>
        <translation>
            <numerusform>%n modelo carregado em %1:</numerusform>
            <numerusform>%n modelos carregados em %1:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ogs::ui::ModelDownloader</name>
    <message>
        <source>&amp;Download</source>
        <translation>Bai&amp;xar</translation>
    </message>
    <message>
        <source>Cancel do&amp;wnload</source>
        <translation>Cancelar do&amp;wnload</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Progresso do download</translation>
    </message>
    <message>
        <source>Download the model</source>
        <translation>Baixar o modelo</translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation>Cancelar o download</translation>
    </message>
    <message>
        <source>Asking Ollama whether %1 is installed…</source>
        <translation>Perguntando ao Ollama se %1 está instalado…</translation>
    </message>
    <message>
        <source>Could not ask Ollama which models are installed: %1</source>
        <translation>Não foi possível perguntar ao Ollama quais modelos estão instalados: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is installed in Ollama.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; está instalado no Ollama.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is not installed in Ollama yet. Download it here or later with &lt;code&gt;ollama pull %1&lt;/code&gt;.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; ainda não está instalado no Ollama. Baixe-o aqui ou mais tarde com &lt;code&gt;ollama pull %1&lt;/code&gt;.</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>Baixando %1…</translation>
    </message>
    <message>
        <source>%1 of %2 MB</source>
        <translation>%1 de %2 MB</translation>
    </message>
    <message>
        <source>Downloading %1: %2</source>
        <translation>Baixando %1: %2</translation>
    </message>
    <message>
        <source>Download of %1 cancelled. Nothing was installed; download it again at any time.</source>
        <translation>Download de %1 cancelado. Nada foi instalado; baixe-o novamente quando quiser.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The download of %1 failed:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;O download de %1 falhou:&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>&amp;Try the download again</source>
        <translation>&amp;Tentar baixar novamente</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>iniciando…</translation>
    </message>
</context>
<context>
    <name>ogs::ui::ModelPage</name>
    <message>
        <source>&amp;Use the suggested variant</source>
        <translation>&amp;Usar a variante sugerida</translation>
    </message>
    <message>
        <source>Model and memory</source>
        <translation>Modelo e memória</translation>
    </message>
    <message>
        <source>Whether the model fits in video memory. What does not fit runs on the processor, much more slowly.</source>
        <translation>Se o modelo cabe na memória de vídeo. O que não couber roda no processador, bem mais devagar.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>Tamanho do contexto</translation>
    </message>
    <message>
        <source>Use the suggested variant</source>
        <translation>Usar a variante sugerida</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <source>&amp;Context length:</source>
        <translation>Tamanho do &amp;contexto:</translation>
    </message>
    <message>
        <source>%1 (%2, %3 GB, needs %4 GB VRAM; %5)</source>
        <translation>%1 (%2, %3 GB, requer %4 GB de VRAM; %5)</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 tokens</translation>
    </message>
    <message>
        <source>No GPU memory was detected: the model will run on the processor.</source>
        <translation>Nenhuma memória de GPU foi detectada: o modelo será executado no processador.</translation>
    </message>
    <message>
        <source>Predicted &lt;code&gt;ollama ps&lt;/code&gt;: &lt;b&gt;%1&lt;/b&gt; — the whole model runs on the GPU.</source>
        <translation>&lt;code&gt;ollama ps&lt;/code&gt; previsto: &lt;b&gt;%1&lt;/b&gt; — o modelo inteiro roda na GPU.</translation>
    </message>
    <message>
        <source>Predicted &lt;code&gt;ollama ps&lt;/code&gt;: &lt;b&gt;%1&lt;/b&gt; — %2 of %3 layers on the GPU; the rest runs on the processor.</source>
        <translation>&lt;code&gt;ollama ps&lt;/code&gt; previsto: &lt;b&gt;%1&lt;/b&gt; — %2 de %3 camadas na GPU; o restante roda no processador.</translation>
    </message>
    <message>
        <source>Suggested for this card: &lt;b&gt;%1&lt;/b&gt; (%2). %3</source>
        <translation>Sugerido para esta placa: &lt;b&gt;%1&lt;/b&gt; (%2). %3</translation>
    </message>
    <message>
        <source>Asking Ollama about %1…</source>
        <translation>Consultando o Ollama sobre %1…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot size %1:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Não foi possível calcular o tamanho de %1:&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>%1 — installed in Ollama</source>
        <translation>%1 — instalado no Ollama</translation>
    </message>
    <message>
        <source>%1 — installed</source>
        <translation>%1 — instalado</translation>
    </message>
</context>
<context>
    <name>ogs::ui::MonitorSession</name>
    <message>
        <source>No GPU to sample: %1</source>
        <translation>Nenhuma GPU para amostrar: %1</translation>
    </message>
</context>
<context>
    <name>ogs::ui::MonitorWindow</name>
    <message>
        <source>GPU Monitor — Ollama GPU Setup</source>
        <translation>Monitor de GPU — Ollama GPU Setup</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Monitor</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>Freeze the charts; samples are still recorded</source>
        <translation>Congela os gráficos; as amostras continuam sendo registradas</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Retomar</translation>
    </message>
    <message>
        <source>Export P&amp;NG…</source>
        <translation>Exportar P&amp;NG…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <source>GPU stuck alert</source>
        <translation>Alerta de GPU travada</translation>
    </message>
    <message>
        <source>Processes using the GPUs</source>
        <translation>Processos usando as GPUs</translation>
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
        <translation>Processo</translation>
    </message>
    <message>
        <source>VRAM</source>
        <translation>VRAM</translation>
    </message>
    <message>
        <source>Engine busy</source>
        <translation>Uso do mecanismo</translation>
    </message>
    <message>
        <source>Processes using the GPUs:</source>
        <translation>Processos usando as GPUs:</translation>
    </message>
    <message>
        <source>Waiting for the first sample…</source>
        <translation>Aguardando a primeira amostra…</translation>
    </message>
    <message>
        <source>No GPU with live readings found.</source>
        <translation>Nenhuma GPU com leituras em tempo real foi encontrada.</translation>
    </message>
    <message numerus="yes">
        <source>%n GPU(s), %1 samples kept</source>
        <translation>
            <numerusform>%n GPU, %1 amostras mantidas</numerusform>
            <numerusform>%n GPUs, %1 amostras mantidas</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 is stuck busy&lt;/b&gt; (%2).&lt;br&gt;%3&lt;br&gt;&lt;b&gt;Fix:&lt;/b&gt; %4</source>
        <translation>&lt;b&gt;%1 está travada em estado ocupado&lt;/b&gt; (%2).&lt;br&gt;%3&lt;br&gt;&lt;b&gt;Solução:&lt;/b&gt; %4</translation>
    </message>
    <message>
        <source>Export samples as CSV</source>
        <translation>Exportar amostras como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Falha na exportação</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <source>Export charts as PNG</source>
        <translation>Exportar gráficos como PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imagens PNG (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Não foi possível gravar %1.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ajuda</translation>
    </message>
    <message>
        <source>&amp;About Ollama GPU Setup</source>
        <translation>&amp;Sobre o Ollama GPU Setup</translation>
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
        <translation>&amp;Instalar o Ollama…</translation>
    </message>
    <message>
        <source>Cance&amp;l</source>
        <translation>Cance&amp;lar</translation>
    </message>
    <message>
        <source>Ollama download progress</source>
        <translation>Progresso do download do Ollama</translation>
    </message>
    <message>
        <source>Install or update Ollama</source>
        <translation>Instalar ou atualizar o Ollama</translation>
    </message>
    <message>
        <source>Cancel the Ollama install</source>
        <translation>Cancelar a instalação do Ollama</translation>
    </message>
    <message>
        <source>Looking for Ollama…</source>
        <translation>Procurando o Ollama…</translation>
    </message>
    <message>
        <source>Ollama is not installed.</source>
        <translation>O Ollama não está instalado.</translation>
    </message>
    <message>
        <source>Ollama %1 (%2) at %3.</source>
        <translation>O Ollama %1 (%2) está em %3.</translation>
    </message>
    <message>
        <source>of unknown version</source>
        <translation>de versão desconhecida</translation>
    </message>
    <message>
        <source>unknown build</source>
        <translation>build desconhecido</translation>
    </message>
    <message>
        <source>The server answers.</source>
        <translation>O servidor responde.</translation>
    </message>
    <message>
        <source>The server does not answer.</source>
        <translation>O servidor não responde.</translation>
    </message>
    <message>
        <source>&amp;Update Ollama…</source>
        <translation>&amp;Atualizar o Ollama…</translation>
    </message>
    <message>
        <source>&amp;Switch to %1…</source>
        <translation>&amp;Trocar para %1…</translation>
    </message>
    <message>
        <source>Reading the release and planning…</source>
        <translation>Lendo a versão publicada e planejando…</translation>
    </message>
    <message>
        <source>Install Ollama</source>
        <translation>Instalar o Ollama</translation>
    </message>
    <message>
        <source>Not confirmed; nothing was changed.</source>
        <translation>Não confirmado; nada foi alterado.</translation>
    </message>
    <message>
        <source>Run this script as root?</source>
        <translation>Executar este script como root?</translation>
    </message>
    <message>
        <source>%1 (SHA-256 %2) will run as root:</source>
        <translation>%1 (SHA-256 %2) será executado como root:</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Concluído: %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>ogs::ui::PathComparisonTable</name>
    <message>
        <source>Comparison of the three AMD acceleration paths</source>
        <translation>Comparação dos três caminhos de aceleração da AMD</translation>
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
        <translation>Velocidade</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>Configuração</translation>
    </message>
    <message>
        <source>GPU requirement</source>
        <translation>Requisito de GPU</translation>
    </message>
    <message>
        <source>Stability</source>
        <translation>Estabilidade</translation>
    </message>
    <message>
        <source>Extra install</source>
        <translation>Instalação extra</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Plataformas</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>Melhor</translation>
    </message>
    <message>
        <source>Good (about 60–80 % of ROCm)</source>
        <translation>Boa (cerca de 60–80 % do ROCm)</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderada</translation>
    </message>
    <message>
        <source>Trivial (one variable)</source>
        <translation>Trivial (uma variável)</translation>
    </message>
    <message>
        <source>Official list only</source>
        <translation>Somente a lista oficial</translation>
    </message>
    <message>
        <source>Any GPU with Vulkan</source>
        <translation>Qualquer GPU com Vulkan</translation>
    </message>
    <message>
        <source>Extended AMD list</source>
        <translation>Lista ampliada da AMD</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produção</translation>
    </message>
    <message>
        <source>Experimental</source>
        <translation>Experimental</translation>
    </message>
    <message>
        <source>Community-maintained</source>
        <translation>Mantido pela comunidade</translation>
    </message>
    <message>
        <source>HIP SDK on Windows</source>
        <translation>HIP SDK no Windows</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhuma</translation>
    </message>
    <message>
        <source>Replaces Ollama</source>
        <translation>Substitui o Ollama</translation>
    </message>
    <message>
        <source>Windows and Linux</source>
        <translation>Windows e Linux</translation>
    </message>
    <message>
        <source>Windows only</source>
        <translation>Somente Windows</translation>
    </message>
</context>
<context>
    <name>ogs::ui::PathDetailsView</name>
    <message>
        <source>Details of the selected path</source>
        <translation>Detalhes do caminho selecionado</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Expected speed:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Velocidade esperada:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stability:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Estabilidade:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;On this card:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Nesta placa:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>It is slower: %1 instead of %2.</source>
        <translation>É mais lento: %1 em vez de %2.</translation>
    </message>
    <message>
        <source>It is %1, the first choice is %2.</source>
        <translation>A estabilidade dele é “%1”; a da primeira opção é “%2”.</translation>
    </message>
    <message>
        <source>It needs more to be installed or replaced.</source>
        <translation>Exige instalar ou substituir mais componentes.</translation>
    </message>
    <message>
        <source>More known problems apply to it on this machine.</source>
        <translation>Mais problemas conhecidos o afetam nesta máquina.</translation>
    </message>
    <message>
        <source>The rules put %1 first for this GPU and Ollama version.</source>
        <translation>As regras colocam %1 em primeiro lugar para esta GPU e esta versão do Ollama.</translation>
    </message>
    <message>
        <source>Why it ranks below %1:</source>
        <translation>Por que fica abaixo de %1:</translation>
    </message>
    <message>
        <source>remove %1</source>
        <translation>remover %1</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Ambiente</translation>
    </message>
    <message>
        <source>No environment changes are needed.</source>
        <translation>Nenhuma alteração no ambiente é necessária.</translation>
    </message>
    <message>
        <source>Also needed</source>
        <translation>Também necessário</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivos</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avisos</translation>
    </message>
</context>
<context>
    <name>ogs::ui::PathPage</name>
    <message>
        <source>Acceleration path</source>
        <translation>Caminho de aceleração</translation>
    </message>
    <message>
        <source>The ways Ollama can use this GPU, best first. The first is chosen; pick another to see why it ranks lower.</source>
        <translation>As formas como o Ollama pode usar esta GPU, da melhor para a pior. A primeira já vem escolhida; selecione outra para ver por que ela fica abaixo.</translation>
    </message>
    <message>
        <source>Acceleration paths, best first</source>
        <translation>Caminhos de aceleração, do melhor para o pior</translation>
    </message>
    <message>
        <source>&amp;Paths:</source>
        <translation>Ca&amp;minhos:</translation>
    </message>
    <message>
        <source>Path details and comparison</source>
        <translation>Detalhes e comparação dos caminhos</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detalhes</translation>
    </message>
    <message>
        <source>&amp;Compare the AMD paths</source>
        <translation>&amp;Comparar os caminhos da AMD</translation>
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
        <translation>Não é possível aqui:</translation>
    </message>
    <message>
        <source>&lt;p&gt;No acceleration path could be recommended.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Não foi possível recomendar nenhum caminho de aceleração.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ogs::ui::PathText</name>
    <message>
        <source>%1 % of native speed</source>
        <translation>%1 % da velocidade nativa</translation>
    </message>
    <message>
        <source>%1–%2 % of native speed</source>
        <translation>%1–%2 % da velocidade nativa</translation>
    </message>
    <message>
        <source>about %1–%2 tokens/s with %3</source>
        <translation>cerca de %1–%2 tokens/s com %3</translation>
    </message>
    <message>
        <source>ROCm (native)</source>
        <translation>ROCm (nativo)</translation>
    </message>
    <message>
        <source>ROCm with a gfx override</source>
        <translation>ROCm com substituição do gfx</translation>
    </message>
    <message>
        <source>Vulkan</source>
        <translation>Vulkan</translation>
    </message>
    <message>
        <source>ollama-for-amd (community build)</source>
        <translation>ollama-for-amd (build da comunidade)</translation>
    </message>
    <message>
        <source>CUDA (NVIDIA)</source>
        <translation>CUDA (NVIDIA)</translation>
    </message>
    <message>
        <source>Processor only (no GPU)</source>
        <translation>Somente processador (sem GPU)</translation>
    </message>
    <message>
        <source>Ollama on the Windows host</source>
        <translation>Ollama no host Windows</translation>
    </message>
    <message>
        <source>production</source>
        <translation>produção</translation>
    </message>
    <message>
        <source>experimental</source>
        <translation>experimental</translation>
    </message>
    <message>
        <source>community-maintained</source>
        <translation>mantido pela comunidade</translation>
    </message>
</context>
<context>
    <name>ogs::ui::ScanPage</name>
    <message>
        <source>discrete</source>
        <translation>dedicada</translation>
    </message>
    <message>
        <source>integrated</source>
        <translation>integrada</translation>
    </message>
    <message>
        <source>virtual</source>
        <translation>virtual</translation>
    </message>
    <message>
        <source>software (CPU)</source>
        <translation>software (CPU)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
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
        <translation>Linux no WSL 2 (Subsistema do Windows para Linux)</translation>
    </message>
    <message>
        <source>Linux</source>
        <translation>Linux</translation>
    </message>
    <message>
        <source>&amp;Scan again</source>
        <translation>Verificar &amp;novamente</translation>
    </message>
    <message>
        <source>Your system</source>
        <translation>Seu sistema</translation>
    </message>
    <message>
        <source>The graphics cards in this computer and what Ollama needs to use them.</source>
        <translation>As placas de vídeo deste computador e o que o Ollama precisa para usá-las.</translation>
    </message>
    <message>
        <source>Scanning</source>
        <translation>Verificando</translation>
    </message>
    <message>
        <source>Detected GPUs</source>
        <translation>GPUs detectadas</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>gfx target</source>
        <translation>Alvo gfx</translation>
    </message>
    <message>
        <source>VRAM</source>
        <translation>VRAM</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Vulkan driver</source>
        <translation>Driver Vulkan</translation>
    </message>
    <message>
        <source>Seen by</source>
        <translation>Detectada por</translation>
    </message>
    <message>
        <source>Scan again</source>
        <translation>Verificar novamente</translation>
    </message>
    <message>
        <source>Scanning for GPUs…</source>
        <translation>Procurando GPUs…</translation>
    </message>
    <message>
        <source>Platform: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Plataforma: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>ROCm compute device /dev/kfd: available.</source>
        <translation>Dispositivo de computação ROCm /dev/kfd: disponível.</translation>
    </message>
    <message>
        <source>ROCm compute device /dev/kfd: present but &lt;b&gt;not accessible&lt;/b&gt; to you.</source>
        <translation>Dispositivo de computação ROCm /dev/kfd: presente, mas &lt;b&gt;inacessível&lt;/b&gt; para você.</translation>
    </message>
    <message>
        <source>ROCm compute device /dev/kfd: not present.</source>
        <translation>Dispositivo de computação ROCm /dev/kfd: ausente.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No graphics card was found.&lt;/b&gt; Ollama will run on the processor.</source>
        <translation>&lt;b&gt;Nenhuma placa de vídeo foi encontrada.&lt;/b&gt; O Ollama será executado no processador.</translation>
    </message>
</context>
<context>
    <name>ogs::ui::ServerRestart</name>
    <message>
        <source>Restart the service in a terminal: sudo systemctl daemon-reload &amp;&amp; sudo systemctl restart ollama</source>
        <translation>Reinicie o serviço em um terminal: sudo systemctl daemon-reload &amp;&amp; sudo systemctl restart ollama</translation>
    </message>
    <message>
        <source>Ollama reads %1 only when a new terminal starts it: stop the running `ollama serve` (Ctrl+C in its terminal), open a new terminal and run `ollama serve` again.</source>
        <translation>O Ollama só lê %1 quando é iniciado em um novo terminal: interrompa o `ollama serve` em execução (Ctrl+C no terminal dele), abra um novo terminal e execute `ollama serve` de novo.</translation>
    </message>
    <message>
        <source>%1 is read at login: log out and back in, then start `ollama serve` again.</source>
        <translation>%1 é lido no login: saia da sessão e entre novamente; depois inicie `ollama serve` de novo.</translation>
    </message>
    <message>
        <source>/etc/environment is read at login: log out and back in, then start Ollama again.</source>
        <translation>/etc/environment é lido no login: saia da sessão e entre novamente; depois inicie o Ollama de novo.</translation>
    </message>
    <message>
        <source>Quit Ollama from its icon in the notification area (right-click, Quit Ollama), then start Ollama again from the Start menu: it reads the new variables when it starts.</source>
        <translation>Encerre o Ollama pelo ícone dele na área de notificação (clique com o botão direito, Quit Ollama) e inicie o Ollama novamente pelo menu Iniciar: ele lê as novas variáveis ao iniciar.</translation>
    </message>
    <message>
        <source>Restarting the Ollama service (systemctl restart ollama)…</source>
        <translation>Reiniciando o serviço do Ollama (systemctl restart ollama)…</translation>
    </message>
    <message>
        <source>stopped waiting</source>
        <translation>espera interrompida</translation>
    </message>
    <message>
        <source>Waiting for Ollama to answer at %1…</source>
        <translation>Aguardando o Ollama responder em %1…</translation>
    </message>
    <message>
        <source>Reading the server log to confirm the settings…</source>
        <translation>Lendo o log do servidor para confirmar as configurações…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Restart Ollama yourself&lt;/b&gt; so it reads the new settings: %1 Then go on to check it.</source>
        <translation>&lt;b&gt;Reinicie o Ollama você mesmo&lt;/b&gt; para que ele leia as novas configurações: %1 Em seguida, avance para verificar se funciona.</translation>
    </message>
    <message>
        <source>⚠ Ollama was restarted but does not answer yet: %1</source>
        <translation>⚠ O Ollama foi reiniciado, mas ainda não responde: %1</translation>
    </message>
    <message>
        <source>✔ Restarted Ollama; it answers again (version %1).</source>
        <translation>✔ O Ollama foi reiniciado e voltou a responder (versão %1).</translation>
    </message>
    <message>
        <source>✔ Its log confirms the settings: %1.</source>
        <translation>✔ O log dele confirma as configurações: %1.</translation>
    </message>
    <message>
        <source>⚠ Its log shows it did not get: %1.</source>
        <translation>⚠ O log dele mostra que ele não recebeu: %1.</translation>
    </message>
    <message>
        <source>No server log was found to confirm the settings.</source>
        <translation>Nenhum log do servidor foi encontrado para confirmar as configurações.</translation>
    </message>
    <message>
        <source>This Ollama does not list %1 in its log, so those cannot be confirmed.</source>
        <translation>Este Ollama não lista %1 no log dele; portanto, esses valores não podem ser confirmados.</translation>
    </message>
</context>
<context>
    <name>ogs::ui::SetupSession</name>
    <message>
        <source>Nothing needed changing.</source>
        <translation>Nada precisava ser alterado.</translation>
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
        <translation>So&amp;bre</translation>
    </message>
    <message>
        <source>About Ollama GPU Setup</source>
        <translation>Sobre o Ollama GPU Setup</translation>
    </message>
</context>
<context>
    <name>ogs::ui::SpeedupTable</name>
    <message>
        <source>CPU and GPU speed compared</source>
        <translation>Comparação de velocidade entre CPU e GPU</translation>
    </message>
    <message>
        <source>CPU only</source>
        <translation>Somente CPU</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Speedup</source>
        <translation>Ganho de velocidade</translation>
    </message>
    <message>
        <source>Prompt processing</source>
        <translation>Processamento do prompt</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>Geração</translation>
    </message>
    <message>
        <source>Time to first token</source>
        <translation>Tempo até o primeiro token</translation>
    </message>
    <message>
        <source>tok/s</source>
        <translation>tok/s</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
</context>
<context>
    <name>ogs::ui::SummaryPage</name>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>What changed, and how to take it back.</source>
        <translation>O que mudou e como reverter.</translation>
    </message>
    <message>
        <source>Summary of the changes</source>
        <translation>Resumo das alterações</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>&amp;Salvar relatório…</translation>
    </message>
    <message>
        <source>Save a report for a bug report</source>
        <translation>Salvar um relatório para anexar a um relato de bug</translation>
    </message>
    <message>
        <source>Open the GPU &amp;monitor</source>
        <translation>Abrir o &amp;monitor de GPU</translation>
    </message>
    <message>
        <source>Open the GPU monitor</source>
        <translation>Abrir o monitor de GPU</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Salvar relatório</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Arquivos de texto (*.txt)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Could not write %1.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Não foi possível gravar %1.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Acceleration path: &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Caminho de aceleração: &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Model: &lt;b&gt;%1&lt;/b&gt; with %2 tokens of context.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Modelo: &lt;b&gt;%1&lt;/b&gt; com %2 tokens de contexto.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Changes written (journal entry %1):&lt;/p&gt;</source>
        <translation>&lt;p&gt;Alterações gravadas (entrada %1 do registro):&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Nothing was changed on this computer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Nada foi alterado neste computador.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Test prompt with %1: &lt;b&gt;%2 tok/s&lt;/b&gt;, %3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Prompt de teste com %1: &lt;b&gt;%2 tok/s&lt;/b&gt;, %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>processor split unknown</source>
        <translation>divisão entre CPU e GPU desconhecida</translation>
    </message>
    <message>
        <source>&lt;p&gt;To undo them, go back to the Apply page and press Undo, or run &lt;code&gt;ollama-gpu-setup env undo&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Para desfazê-las, volte à página “Aplicar as configurações” e clique em Desfazer, ou execute &lt;code&gt;ollama-gpu-setup env undo&lt;/code&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>&amp;Copiar relatório</translation>
    </message>
    <message>
        <source>Copy the report to the clipboard</source>
        <translation>Copiar o relatório para a área de transferência</translation>
    </message>
    <message>
        <source>&lt;p&gt;The test prompt ran; its results are in the report.&lt;/p&gt;</source>
        <translation>&lt;p&gt;O prompt de teste foi executado; os resultados estão no relatório.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Save report…&lt;/b&gt; or &lt;b&gt;Copy report&lt;/b&gt; gives you everything a bug report needs: detection, recommendation, the changes, the test prompt&apos;s results and Ollama&apos;s log lines.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Salvar relatório…&lt;/b&gt; ou &lt;b&gt;Copiar relatório&lt;/b&gt; fornece tudo o que um relato de bug precisa: detecção, recomendação, alterações, resultados do prompt de teste e linhas do log do Ollama.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ogs::ui::VerifyPage</name>
    <message>
        <source>remove %1</source>
        <translation>remover %1</translation>
    </message>
    <message>
        <source>Compare with the &amp;CPU</source>
        <translation>Comparar com a &amp;CPU</translation>
    </message>
    <message>
        <source>&amp;Run the test</source>
        <translation>&amp;Executar o teste</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Interromper</translation>
    </message>
    <message>
        <source>Generation speed</source>
        <translation>Velocidade de geração</translation>
    </message>
    <message>
        <source>tokens/s</source>
        <translation>tokens/s</translation>
    </message>
    <message>
        <source>GPU busy</source>
        <translation>Uso da GPU</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>O que deu errado</translation>
    </message>
    <message>
        <source>&amp;Write this fix</source>
        <translation>&amp;Gravar esta correção</translation>
    </message>
    <message>
        <source>Check that it works</source>
        <translation>Verificar se funciona</translation>
    </message>
    <message>
        <source>A short test prompt shows where the model runs and how fast. It needs a model that is already installed.</source>
        <translation>Um prompt de teste curto mostra onde o modelo roda e com que velocidade. É preciso ter um modelo já instalado.</translation>
    </message>
    <message>
        <source>Installed model to test</source>
        <translation>Modelo instalado a testar</translation>
    </message>
    <message>
        <source>Installed models</source>
        <translation>Modelos instalados</translation>
    </message>
    <message>
        <source>Also run the prompt on the CPU and compare</source>
        <translation>Executar o prompt também na CPU e comparar</translation>
    </message>
    <message>
        <source>Runs the prompt a second time with num_gpu 0 to show the speedup</source>
        <translation>Executa o prompt uma segunda vez com num_gpu 0 para mostrar o ganho de velocidade</translation>
    </message>
    <message>
        <source>Run the test prompt</source>
        <translation>Executar o prompt de teste</translation>
    </message>
    <message>
        <source>Stop the test prompt</source>
        <translation>Interromper o prompt de teste</translation>
    </message>
    <message>
        <source>Test running</source>
        <translation>Teste em andamento</translation>
    </message>
    <message>
        <source>The text the model generates</source>
        <translation>O texto gerado pelo modelo</translation>
    </message>
    <message>
        <source>The model&apos;s answer appears here as it is generated.</source>
        <translation>A resposta do modelo aparece aqui à medida que é gerada.</translation>
    </message>
    <message>
        <source>GPU run</source>
        <translation>Execução na GPU</translation>
    </message>
    <message>
        <source>CPU run</source>
        <translation>Execução na CPU</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>What the fix writes</source>
        <translation>O que a correção grava</translation>
    </message>
    <message>
        <source>Write the fix shown above and restart Ollama</source>
        <translation>Gravar a correção mostrada acima e reiniciar o Ollama</translation>
    </message>
    <message>
        <source>Try the next-ranked &amp;path</source>
        <translation>&amp;Tentar o próximo caminho</translation>
    </message>
    <message>
        <source>Go back and apply the next-ranked path</source>
        <translation>Voltar e aplicar o próximo caminho da classificação</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <source>Reading the Ollama server log…</source>
        <translation>Lendo o log do servidor do Ollama…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Failed:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Falha:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Asking Ollama at %1 which models are installed…</source>
        <translation>Perguntando ao Ollama em %1 quais modelos estão instalados…</translation>
    </message>
    <message>
        <source>Ready: press Run the test.</source>
        <translation>Pronto: clique em Executar o teste.</translation>
    </message>
    <message>
        <source>%1 is not installed yet (ollama pull %1); the test uses %2 instead.</source>
        <translation>%1 ainda não está instalado (ollama pull %1); o teste usa %2 no lugar dele.</translation>
    </message>
    <message>
        <source>No model is installed. Install one first, for example: ollama pull %1</source>
        <translation>Nenhum modelo está instalado. Instale um primeiro, por exemplo: ollama pull %1</translation>
    </message>
    <message>
        <source>
— on the CPU —
</source>
        <translation>
— na CPU —
</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>The test was cancelled; nothing was measured.</source>
        <translation>O teste foi cancelado; nada foi medido.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Concluído.</translation>
    </message>
    <message>
        <source>The test failed.</source>
        <translation>O teste falhou.</translation>
    </message>
    <message>
        <source>✖ The test prompt failed: %1</source>
        <translation>✖ O prompt de teste falhou: %1</translation>
    </message>
    <message>
        <source>✔ Working on the processor, as chosen: %1 tok/s.</source>
        <translation>✔ Funcionando no processador, como escolhido: %1 tok/s.</translation>
    </message>
    <message>
        <source>✖ The model runs on the CPU (%1), not on the GPU.</source>
        <translation>✖ O modelo roda na CPU (%1), não na GPU.</translation>
    </message>
    <message>
        <source>⚠ Slower than expected: %1 tok/s, where %2–%3 tok/s is expected.</source>
        <translation>⚠ Mais lento que o esperado: %1 tok/s, quando o esperado é %2–%3 tok/s.</translation>
    </message>
    <message>
        <source>✔ Working, and faster than expected: %1 tok/s (expected %2–%3 tok/s).</source>
        <translation>✔ Funcionando, e mais rápido que o esperado: %1 tok/s (esperado: %2–%3 tok/s).</translation>
    </message>
    <message>
        <source>✔ Working: %1 tok/s, within the %2–%3 tok/s expected for this GPU on this path.</source>
        <translation>✔ Funcionando: %1 tok/s, dentro dos %2–%3 tok/s esperados para esta GPU neste caminho.</translation>
    </message>
    <message>
        <source>✔ Working: %1 tok/s. There is no expected speed to compare it with.</source>
        <translation>✔ Funcionando: %1 tok/s. Não há uma velocidade esperada para comparar.</translation>
    </message>
    <message>
        <source>⚠ Part of the model runs on the CPU (%1): it does not fit in GPU memory.</source>
        <translation>⚠ Parte do modelo roda na CPU (%1): ele não cabe na memória de vídeo.</translation>
    </message>
    <message>
        <source>Expected speed: %1.</source>
        <translation>Velocidade esperada: %1.</translation>
    </message>
    <message>
        <source>No Ollama server log was found, so the cause cannot be read from it.</source>
        <translation>Nenhum log do servidor do Ollama foi encontrado; por isso, não é possível ler a causa nele.</translation>
    </message>
    <message>
        <source>From the server log (%1):</source>
        <translation>Do log do servidor (%1):</translation>
    </message>
    <message>
        <source>Try the next-ranked &amp;path: %1</source>
        <translation>&amp;Tentar o próximo caminho: %1</translation>
    </message>
    <message>
        <source>Go back and apply the next-ranked path, %1</source>
        <translation>Voltar e aplicar o próximo caminho da classificação, %1</translation>
    </message>
    <message>
        <source>⚠ This fix cannot be planned: %1</source>
        <translation>⚠ Não é possível planejar esta correção: %1</translation>
    </message>
    <message>
        <source>%1 already holds this; restart Ollama if it is not in effect yet.</source>
        <translation>%1 já contém isso; reinicie o Ollama se ainda não estiver em vigor.</translation>
    </message>
    <message>
        <source>This target needs administrator rights. Run in a terminal: &lt;code&gt;sudo ollama-gpu-setup env apply --target %1 %2 --yes&lt;/code&gt;</source>
        <translation>Este destino exige privilégios de administrador. Execute em um terminal: &lt;code&gt;sudo ollama-gpu-setup env apply --target %1 %2 --yes&lt;/code&gt;</translation>
    </message>
    <message>
        <source>These are the exact changes to %1. Nothing is written until you press Write this fix; Undo on the previous page takes it back.</source>
        <translation>Estas são exatamente as alterações em %1. Nada é gravado até você clicar em Gravar esta correção; Desfazer, na página anterior, reverte a correção.</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Gravando…</translation>
    </message>
    <message>
        <source>Then run the test again.</source>
        <translation>Depois, execute o teste novamente.</translation>
    </message>
</context>
<context>
    <name>ogs::ui::VerifySession</name>
    <message>
        <source>Contacting Ollama…</source>
        <translation>Contatando o Ollama…</translation>
    </message>
    <message>
        <source>Loading %1 on the GPU…</source>
        <translation>Carregando %1 na GPU…</translation>
    </message>
    <message>
        <source>Loading %1 on the CPU…</source>
        <translation>Carregando %1 na CPU…</translation>
    </message>
    <message>
        <source>Generating %1 tokens on the GPU…</source>
        <translation>Gerando %1 tokens na GPU…</translation>
    </message>
    <message>
        <source>Generating %1 tokens on the CPU…</source>
        <translation>Gerando %1 tokens na CPU…</translation>
    </message>
    <message>
        <source>Unloading %1…</source>
        <translation>Descarregando %1…</translation>
    </message>
</context>
<context>
    <name>ogs::ui::WelcomePage</name>
    <message>
        <source>Run Ollama on your GPU</source>
        <translation>Execute o Ollama na sua GPU</translation>
    </message>
    <message>
        <source>This assistant finds your graphics card, picks the fastest way for Ollama to use it, and proves the result with a live test.</source>
        <translation>Este assistente encontra sua placa de vídeo, escolhe a forma mais rápida de o Ollama usá-la e comprova o resultado com um teste real.</translation>
    </message>
    <message>
        <source>&lt;p&gt;The steps:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Scan this computer&apos;s GPUs and your Ollama install.&lt;/li&gt;&lt;li&gt;Recommend an acceleration path (ROCm, Vulkan, CUDA, …) and explain why.&lt;/li&gt;&lt;li&gt;Check that your model fits in video memory.&lt;/li&gt;&lt;li&gt;Show every change before it is made, then apply it, with undo.&lt;/li&gt;&lt;li&gt;Run a test prompt and measure the speed-up.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;&lt;b&gt;Nothing is changed without showing it to you first.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;As etapas:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Verificar as GPUs deste computador e a sua instalação do Ollama.&lt;/li&gt;&lt;li&gt;Recomendar um caminho de aceleração (ROCm, Vulkan, CUDA, …) e explicar o porquê.&lt;/li&gt;&lt;li&gt;Verificar se o seu modelo cabe na memória de vídeo.&lt;/li&gt;&lt;li&gt;Mostrar cada alteração antes de fazê-la e depois aplicá-la, com opção de desfazer.&lt;/li&gt;&lt;li&gt;Executar um prompt de teste e medir o ganho de velocidade.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;&lt;b&gt;Nada é alterado sem antes ser mostrado a você.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ogs::ui::WslPage</name>
    <message>
        <source>&amp;Mirrored networking: Windows is localhost</source>
        <translation>Rede &amp;espelhada: o Windows é o localhost</translation>
    </message>
    <message>
        <source>Ollama on Windows, this app in WSL 2</source>
        <translation>Ollama no Windows, este aplicativo no WSL 2</translation>
    </message>
    <message>
        <source>WSL 2 cannot reach an AMD GPU for compute (/dev/kfd is absent). Ollama runs on the Windows side with the GPU, and programs here talk to it over the network.</source>
        <translation>O WSL 2 não consegue acessar uma GPU AMD para computação (/dev/kfd não existe). O Ollama roda no lado do Windows, com a GPU, e os programas daqui se comunicam com ele pela rede.</translation>
    </message>
    <message>
        <source>WSL 2 (Linux): your programs ── OLLAMA_HOST ──► Windows: Ollama ──► GPU</source>
        <translation>WSL 2 (Linux): seus programas ── OLLAMA_HOST ──► Windows: Ollama ──► GPU</translation>
    </message>
    <message>
        <source>Ollama address on Windows</source>
        <translation>Endereço do Ollama no Windows</translation>
    </message>
    <message>
        <source>Ollama &amp;address:</source>
        <translation>En&amp;dereço do Ollama:</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;On Windows&lt;/b&gt;, let Ollama accept connections from WSL (PowerShell):&lt;/p&gt;&lt;pre&gt;[System.Environment]::SetEnvironmentVariable(&apos;OLLAMA_HOST&apos;, &apos;0.0.0.0&apos;, &apos;User&apos;)&lt;/pre&gt;&lt;p&gt;then quit and restart Ollama from the tray. If the test fails, allow port 11434 (PowerShell as administrator):&lt;/p&gt;&lt;pre&gt;New-NetFirewallRule -DisplayName &quot;Ollama&quot; -Direction Inbound -LocalPort 11434 -Protocol TCP -Action Allow&lt;/pre&gt;&lt;p&gt;⚠ &lt;b&gt;Security:&lt;/b&gt; 0.0.0.0 makes Ollama answer &lt;i&gt;every&lt;/i&gt; computer that can reach this PC, without a password. Only do this on a trusted network, or limit the firewall rule to the WSL subnet (-RemoteAddress 172.16.0.0/12).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;No Windows&lt;/b&gt;, permita que o Ollama aceite conexões do WSL (PowerShell):&lt;/p&gt;&lt;pre&gt;[System.Environment]::SetEnvironmentVariable(&apos;OLLAMA_HOST&apos;, &apos;0.0.0.0&apos;, &apos;User&apos;)&lt;/pre&gt;&lt;p&gt;depois encerre o Ollama pela bandeja do sistema e abra-o novamente. Se o teste falhar, libere a porta 11434 (PowerShell como administrador):&lt;/p&gt;&lt;pre&gt;New-NetFirewallRule -DisplayName &quot;Ollama&quot; -Direction Inbound -LocalPort 11434 -Protocol TCP -Action Allow&lt;/pre&gt;&lt;p&gt;⚠ &lt;b&gt;Segurança:&lt;/b&gt; com 0.0.0.0, o Ollama responde a &lt;i&gt;qualquer&lt;/i&gt; computador que consiga acessar este PC, sem senha. Faça isso somente em uma rede confiável ou restrinja a regra do firewall à sub-rede do WSL (-RemoteAddress 172.16.0.0/12).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>NAT net&amp;working (the default): Windows is the default gateway</source>
        <translation>Rede &amp;NAT (o padrão): o Windows é o gateway padrão</translation>
    </message>
    <message>
        <source>NAT net&amp;working: no default gateway found</source>
        <translation>Rede &amp;NAT: nenhum gateway padrão encontrado</translation>
    </message>
    <message>
        <source>NAT net&amp;working (the default): Windows is at %1</source>
        <translation>Rede &amp;NAT (o padrão): o Windows está em %1</translation>
    </message>
</context>
</TS>
