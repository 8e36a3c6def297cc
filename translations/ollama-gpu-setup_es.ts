<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ogs::ui::AboutBox</name>
    <message>
        <source>&lt;h3&gt;Ollama GPU Setup %1&lt;/h3&gt;&lt;p&gt;Finds out why Ollama runs on the processor and makes it use your graphics card: detection, the fastest acceleration path, the VRAM budget, the environment where it takes effect (with undo), a test prompt and a live GPU monitor.&lt;/p&gt;&lt;p&gt;Built with Qt %2. Every step is also a command: &lt;code&gt;ollama-gpu-setup --help&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ollama GPU Setup %1&lt;/h3&gt;&lt;p&gt;Averigua por qué Ollama se ejecuta en el procesador y hace que use su tarjeta gráfica: detección, el método de aceleración más rápido, el presupuesto de VRAM, el entorno en el que se aplica la configuración (con opción de deshacer), un prompt de prueba y un monitor de GPU en directo.&lt;/p&gt;&lt;p&gt;Compilado con Qt %2. Cada paso es también un comando: &lt;code&gt;ollama-gpu-setup --help&lt;/code&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Ollama GPU Setup</source>
        <translation>Acerca de Ollama GPU Setup</translation>
    </message>
</context>
<context>
    <name>ogs::ui::ApplyPage</name>
    <message>
        <source>&amp;Apply</source>
        <translation>A&amp;plicar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Apply the settings</source>
        <translation>Aplicar la configuración</translation>
    </message>
    <message>
        <source>These are the exact changes. Nothing is written until you press Apply, and Undo restores the previous bytes.</source>
        <translation>Estos son los cambios exactos. No se escribe nada hasta que pulse Aplicar, y Deshacer restaura el contenido anterior byte a byte.</translation>
    </message>
    <message>
        <source>Where to write the settings</source>
        <translation>Dónde escribir la configuración</translation>
    </message>
    <message>
        <source>Applying</source>
        <translation>Aplicando</translation>
    </message>
    <message>
        <source>Apply the changes</source>
        <translation>Aplicar los cambios</translation>
    </message>
    <message>
        <source>Undo the last apply</source>
        <translation>Deshacer la última aplicación</translation>
    </message>
    <message>
        <source>&amp;Write to:</source>
        <translation>&amp;Escribir en:</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Procesando…</translation>
    </message>
    <message>
        <source>Suggested: &lt;b&gt;%1&lt;/b&gt;, because %2.</source>
        <translation>Sugerencia: &lt;b&gt;%1&lt;/b&gt;, porque %2.</translation>
    </message>
    <message>
        <source>⚠ This plan cannot be made: %1</source>
        <translation>⚠ No se puede elaborar este plan: %1</translation>
    </message>
    <message>
        <source>After applying: %1</source>
        <translation>Después de aplicar: %1</translation>
    </message>
    <message>
        <source>This target needs administrator rights. Run in a terminal: &lt;code&gt;sudo ollama-gpu-setup env apply --target %1 --path %2 --yes&lt;/code&gt;</source>
        <translation>Este destino necesita derechos de administrador. Ejecute en una terminal: &lt;code&gt;sudo ollama-gpu-setup env apply --target %1 --path %2 --yes&lt;/code&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Failed:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Error:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&amp;Stop waiting</source>
        <translation>De&amp;tener la espera</translation>
    </message>
    <message>
        <source>Stop waiting for Ollama to restart</source>
        <translation>Dejar de esperar a que Ollama se reinicie</translation>
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
        <translation>Tiempo hasta el primer token</translation>
    </message>
    <message>
        <source>Generation speed</source>
        <translation>Velocidad de generación</translation>
    </message>
    <message>
        <source>Prompt processing speed</source>
        <translation>Velocidad de procesamiento del prompt</translation>
    </message>
    <message>
        <source>Where the model runs</source>
        <translation>Dónde se ejecuta el modelo</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>Generación</translation>
    </message>
    <message>
        <source>Prompt processing</source>
        <translation>Procesamiento del prompt</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Procesador</translation>
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
        <translation>Presupuesto de memoria de vídeo</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Pesos</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>Caché KV</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Cálculo</translation>
    </message>
    <message>
        <source>Overhead</source>
        <translation>Sobrecarga</translation>
    </message>
    <message>
        <source>%1 of %2 available</source>
        <translation>%1 de %2 disponibles</translation>
    </message>
    <message>
        <source>| available %1</source>
        <translation>| disponible %1</translation>
    </message>
</context>
<context>
    <name>ogs::ui::ConnectionTester</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar la conexión</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar la conexión</translation>
    </message>
    <message>
        <source>&amp;Cancel test</source>
        <translation>&amp;Cancelar la prueba</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>No answer from %1: %2</source>
        <translation>Sin respuesta de %1: %2</translation>
    </message>
    <message>
        <source>%1 answered, but not like Ollama does.</source>
        <translation>%1 respondió, pero no como lo hace Ollama.</translation>
    </message>
    <message>
        <source>Connected: Ollama %1 at %2.</source>
        <translation>Conectado: Ollama %1 en %2.</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>Prueba cancelada.</translation>
    </message>
</context>
<context>
    <name>ogs::ui::DiffView</name>
    <message>
        <source>(not set)</source>
        <translation>(sin definir)</translation>
    </message>
    <message>
        <source>Changes that will be made</source>
        <translation>Cambios que se realizarán</translation>
    </message>
    <message>
        <source>Nothing to change: every value is already in place.</source>
        <translation>No hay nada que cambiar: todos los valores ya están establecidos.</translation>
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
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>The server log shows nothing that explains this.</source>
        <translation>El registro del servidor no muestra nada que lo explique.</translation>
    </message>
    <message>
        <source>&lt;b style=&quot;color:%1&quot;&gt;%2:&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Fix:&lt;/b&gt; %4&lt;br&gt;&lt;small&gt;&lt;code&gt;%5&lt;/code&gt;&lt;/small&gt;</source>
        <translation>&lt;b style=&quot;color:%1&quot;&gt;%2:&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Solución:&lt;/b&gt; %4&lt;br&gt;&lt;small&gt;&lt;code&gt;%5&lt;/code&gt;&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Apply this &amp;fix</source>
        <translation>Aplicar esta &amp;solución</translation>
    </message>
    <message>
        <source>Apply the fix: %1</source>
        <translation>Aplicar la solución: %1</translation>
    </message>
    <message>
        <source>Shows what it writes (%1) before anything changes</source>
        <translation>Muestra lo que se escribirá (%1) antes de cambiar nada</translation>
    </message>
</context>
<context>
    <name>ogs::ui::GpuMonitorPanel</name>
    <message>
        <source>Utilisation</source>
        <translation>Uso</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memoria</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>GiB</translation>
    </message>
    <message>
        <source>Core clock</source>
        <translation>Frecuencia del núcleo</translation>
    </message>
    <message>
        <source>MHz</source>
        <translation>MHz</translation>
    </message>
    <message>
        <source>Power and temperature</source>
        <translation>Potencia y temperatura</translation>
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
        <translation>en uso</translation>
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
        <translation>frecuencia del núcleo</translation>
    </message>
    <message>
        <source>power (W)</source>
        <translation>potencia (W)</translation>
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
        <translation>&amp;Volver a comprobar</translation>
    </message>
    <message>
        <source>Check again whether Ollama runs on the GPU</source>
        <translation>Volver a comprobar si Ollama se ejecuta en la GPU</translation>
    </message>
    <message>
        <source>&amp;Load the model and check</source>
        <translation>&amp;Cargar el modelo y comprobar</translation>
    </message>
    <message>
        <source>Load the model and check where it runs</source>
        <translation>Cargar el modelo y comprobar dónde se ejecuta</translation>
    </message>
    <message>
        <source>Ollama GPU Setup</source>
        <translation>Ollama GPU Setup</translation>
    </message>
    <message>
        <source>The applied setup</source>
        <translation>La configuración aplicada</translation>
    </message>
    <message>
        <source>Whether Ollama runs on the GPU</source>
        <translation>Si Ollama se ejecuta en la GPU</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Ollama GPU Setup&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Ollama GPU Setup&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Applied setup</source>
        <translation>Configuración aplicada</translation>
    </message>
    <message>
        <source>Does Ollama run on the GPU?</source>
        <translation>¿Se ejecuta Ollama en la GPU?</translation>
    </message>
    <message>
        <source>Open the GPU &amp;monitor</source>
        <translation>Abrir el &amp;monitor de GPU</translation>
    </message>
    <message>
        <source>Open the GPU monitor</source>
        <translation>Abrir el monitor de GPU</translation>
    </message>
    <message>
        <source>&amp;Run setup again</source>
        <translation>&amp;Repetir la configuración</translation>
    </message>
    <message>
        <source>Run the setup again from the first page</source>
        <translation>Repetir la configuración desde la primera página</translation>
    </message>
    <message>
        <source>Abou&amp;t</source>
        <translation>&amp;Información</translation>
    </message>
    <message>
        <source>About Ollama GPU Setup</source>
        <translation>Acerca de Ollama GPU Setup</translation>
    </message>
    <message>
        <source>Acceleration path: &lt;b&gt;%1&lt;/b&gt;.&lt;br&gt;</source>
        <translation>Método de aceleración: &lt;b&gt;%1&lt;/b&gt;.&lt;br&gt;</translation>
    </message>
    <message>
        <source>Model: &lt;b&gt;%1&lt;/b&gt; with %2 tokens of context.&lt;br&gt;</source>
        <translation>Modelo: &lt;b&gt;%1&lt;/b&gt; con %2 tokens de contexto.&lt;br&gt;</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; holds no settings of ours (undone, or edited by hand).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; no contiene nada de nuestra configuración (se deshizo o se editó a mano).</translation>
    </message>
    <message>
        <source>Settings in &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Configuración en &lt;b&gt;%1&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>Undo with &lt;code&gt;ollama-gpu-setup env undo&lt;/code&gt; (latest change %1, %2).</source>
        <translation>Para deshacer: &lt;code&gt;ollama-gpu-setup env undo&lt;/code&gt; (último cambio %1, %2).</translation>
    </message>
    <message>
        <source>Nothing was written to this computer&apos;s environment.</source>
        <translation>No se escribió nada en el entorno de este equipo.</translation>
    </message>
    <message>
        <source>Asking Ollama at %1…</source>
        <translation>Consultando a Ollama en %1…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ollama does not answer at %1.&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Ollama no responde en %1.&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>Ollama runs at %1, but no model is loaded, so where it computes cannot be seen right now. Load the model to check, or look at Ollama&apos;s log below.</source>
        <translation>Ollama se ejecuta en %1, pero no hay ningún modelo cargado, así que ahora mismo no se puede ver dónde calcula. Cargue el modelo para comprobarlo, o consulte el registro de Ollama más abajo.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Yes: Ollama runs on the GPU.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sí: Ollama se ejecuta en la GPU.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not entirely: part of the model runs on the processor.&lt;/b&gt; A smaller variant or a shorter context would fit; run the setup again to choose.</source>
        <translation>&lt;b&gt;No del todo: parte del modelo se ejecuta en el procesador.&lt;/b&gt; Cabría una variante más pequeña o un contexto más corto; vuelva a ejecutar la configuración para elegir.</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Cargando %1…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Could not load %1:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;No se pudo cargar %1:&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>No Ollama log was found.</source>
        <translation>No se encontró ningún registro de Ollama.</translation>
    </message>
    <message>
        <source>Ollama&apos;s log (%1) says it computes on: &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>Según el registro de Ollama (%1), calcula en: &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ollama&apos;s log (%1) says it found no usable GPU and computes on the processor.&lt;/b&gt; Run the setup again.</source>
        <translation>&lt;b&gt;Según el registro de Ollama (%1), no encontró ninguna GPU utilizable y calcula en el procesador.&lt;/b&gt; Vuelva a ejecutar la configuración.</translation>
    </message>
    <message>
        <source>Ollama&apos;s log (%1) does not say which device it uses.</source>
        <translation>El registro de Ollama (%1) no indica qué dispositivo usa.</translation>
    </message>
</context>
<context>
    <name>ogs::ui::LoadedModelsPanel</name>
    <message>
        <source>Models Ollama has loaded</source>
        <translation>Modelos cargados en Ollama</translation>
    </message>
    <message>
        <source>Asking Ollama…</source>
        <translation>Consultando a Ollama…</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Procesador</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Ollama does not answer at %1: %2</source>
        <translation>Ollama no responde en %1: %2</translation>
    </message>
    <message>
        <source>No model is loaded at %1.</source>
        <translation>No hay ningún modelo cargado en %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) loaded at %1:</source>
        <translation>
            <numerusform>%n modelo cargado en %1:</numerusform>
            <numerusform>%n modelos cargados en %1:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ogs::ui::ModelDownloader</name>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Descargar</translation>
    </message>
    <message>
        <source>Cancel do&amp;wnload</source>
        <translation>Cance&amp;lar la descarga</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Progreso de la descarga</translation>
    </message>
    <message>
        <source>Download the model</source>
        <translation>Descargar el modelo</translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation>Cancelar la descarga</translation>
    </message>
    <message>
        <source>Asking Ollama whether %1 is installed…</source>
        <translation>Consultando a Ollama si %1 está instalado…</translation>
    </message>
    <message>
        <source>Could not ask Ollama which models are installed: %1</source>
        <translation>No se pudo consultar a Ollama qué modelos están instalados: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is installed in Ollama.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; está instalado en Ollama.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is not installed in Ollama yet. Download it here or later with &lt;code&gt;ollama pull %1&lt;/code&gt;.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; todavía no está instalado en Ollama. Descárguelo aquí o más tarde con &lt;code&gt;ollama pull %1&lt;/code&gt;.</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>Descargando %1…</translation>
    </message>
    <message>
        <source>%1 of %2 MB</source>
        <translation>%1 de %2 MB</translation>
    </message>
    <message>
        <source>Downloading %1: %2</source>
        <translation>Descargando %1: %2</translation>
    </message>
    <message>
        <source>Download of %1 cancelled. Nothing was installed; download it again at any time.</source>
        <translation>Descarga de %1 cancelada. No se instaló nada; puede volver a descargarlo en cualquier momento.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The download of %1 failed:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Falló la descarga de %1:&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>&amp;Try the download again</source>
        <translation>&amp;Reintentar la descarga</translation>
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
        <translation>&amp;Usar la variante sugerida</translation>
    </message>
    <message>
        <source>Model and memory</source>
        <translation>Modelo y memoria</translation>
    </message>
    <message>
        <source>Whether the model fits in video memory. What does not fit runs on the processor, much more slowly.</source>
        <translation>Si el modelo cabe en la memoria de vídeo. Lo que no quepa se ejecuta en el procesador, mucho más despacio.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>Longitud del contexto</translation>
    </message>
    <message>
        <source>Use the suggested variant</source>
        <translation>Usar la variante sugerida</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <source>&amp;Context length:</source>
        <translation>Longitud del &amp;contexto:</translation>
    </message>
    <message>
        <source>%1 (%2, %3 GB, needs %4 GB VRAM; %5)</source>
        <translation>%1 (%2, %3 GB, necesita %4 GB de VRAM; %5)</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 tokens</translation>
    </message>
    <message>
        <source>No GPU memory was detected: the model will run on the processor.</source>
        <translation>No se detectó memoria de GPU: el modelo se ejecutará en el procesador.</translation>
    </message>
    <message>
        <source>Predicted &lt;code&gt;ollama ps&lt;/code&gt;: &lt;b&gt;%1&lt;/b&gt; — the whole model runs on the GPU.</source>
        <translation>Previsión de &lt;code&gt;ollama ps&lt;/code&gt;: &lt;b&gt;%1&lt;/b&gt; — todo el modelo se ejecuta en la GPU.</translation>
    </message>
    <message>
        <source>Predicted &lt;code&gt;ollama ps&lt;/code&gt;: &lt;b&gt;%1&lt;/b&gt; — %2 of %3 layers on the GPU; the rest runs on the processor.</source>
        <translation>Previsión de &lt;code&gt;ollama ps&lt;/code&gt;: &lt;b&gt;%1&lt;/b&gt; — %2 de %3 capas en la GPU; el resto se ejecuta en el procesador.</translation>
    </message>
    <message>
        <source>Suggested for this card: &lt;b&gt;%1&lt;/b&gt; (%2). %3</source>
        <translation>Sugerido para esta tarjeta: &lt;b&gt;%1&lt;/b&gt; (%2). %3</translation>
    </message>
    <message>
        <source>Asking Ollama about %1…</source>
        <translation>Consultando a Ollama sobre %1…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot size %1:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;No se puede calcular el tamaño de %1:&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>%1 — installed in Ollama</source>
        <translation>%1 — instalado en Ollama</translation>
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
        <translation>No hay ninguna GPU para muestrear: %1</translation>
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
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <source>Freeze the charts; samples are still recorded</source>
        <translation>Congelar los gráficos; las muestras se siguen registrando</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>Export P&amp;NG…</source>
        <translation>Exportar como P&amp;NG…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportar como &amp;CSV…</translation>
    </message>
    <message>
        <source>GPU stuck alert</source>
        <translation>Alerta de GPU bloqueada</translation>
    </message>
    <message>
        <source>Processes using the GPUs</source>
        <translation>Procesos que usan las GPU</translation>
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
        <translation>Proceso</translation>
    </message>
    <message>
        <source>VRAM</source>
        <translation>VRAM</translation>
    </message>
    <message>
        <source>Engine busy</source>
        <translation>Uso del motor</translation>
    </message>
    <message>
        <source>Processes using the GPUs:</source>
        <translation>Procesos que usan las GPU:</translation>
    </message>
    <message>
        <source>Waiting for the first sample…</source>
        <translation>Esperando la primera muestra…</translation>
    </message>
    <message>
        <source>No GPU with live readings found.</source>
        <translation>No se encontró ninguna GPU con lecturas en directo.</translation>
    </message>
    <message numerus="yes">
        <source>%n GPU(s), %1 samples kept</source>
        <translation>
            <numerusform>%n GPU, %1 muestras guardadas</numerusform>
            <numerusform>%n GPU, %1 muestras guardadas</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 is stuck busy&lt;/b&gt; (%2).&lt;br&gt;%3&lt;br&gt;&lt;b&gt;Fix:&lt;/b&gt; %4</source>
        <translation>&lt;b&gt;%1 se ha quedado bloqueada al máximo de uso&lt;/b&gt; (%2).&lt;br&gt;%3&lt;br&gt;&lt;b&gt;Solución:&lt;/b&gt; %4</translation>
    </message>
    <message>
        <source>Export samples as CSV</source>
        <translation>Exportar las muestras como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Export charts as PNG</source>
        <translation>Exportar los gráficos como PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ayuda</translation>
    </message>
    <message>
        <source>&amp;About Ollama GPU Setup</source>
        <translation>&amp;Acerca de Ollama GPU Setup</translation>
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
        <translation>&amp;Instalar Ollama…</translation>
    </message>
    <message>
        <source>Cance&amp;l</source>
        <translation>Cance&amp;lar</translation>
    </message>
    <message>
        <source>Ollama download progress</source>
        <translation>Progreso de la descarga de Ollama</translation>
    </message>
    <message>
        <source>Install or update Ollama</source>
        <translation>Instalar o actualizar Ollama</translation>
    </message>
    <message>
        <source>Cancel the Ollama install</source>
        <translation>Cancelar la instalación de Ollama</translation>
    </message>
    <message>
        <source>Looking for Ollama…</source>
        <translation>Buscando Ollama…</translation>
    </message>
    <message>
        <source>Ollama is not installed.</source>
        <translation>Ollama no está instalado.</translation>
    </message>
    <message>
        <source>Ollama %1 (%2) at %3.</source>
        <translation>Ollama %1 (%2) en %3.</translation>
    </message>
    <message>
        <source>of unknown version</source>
        <translation>de versión desconocida</translation>
    </message>
    <message>
        <source>unknown build</source>
        <translation>compilación desconocida</translation>
    </message>
    <message>
        <source>The server answers.</source>
        <translation>El servidor responde.</translation>
    </message>
    <message>
        <source>The server does not answer.</source>
        <translation>El servidor no responde.</translation>
    </message>
    <message>
        <source>&amp;Update Ollama…</source>
        <translation>Ac&amp;tualizar Ollama…</translation>
    </message>
    <message>
        <source>&amp;Switch to %1…</source>
        <translation>Cam&amp;biar a %1…</translation>
    </message>
    <message>
        <source>Reading the release and planning…</source>
        <translation>Leyendo la versión publicada y planificando…</translation>
    </message>
    <message>
        <source>Install Ollama</source>
        <translation>Instalar Ollama</translation>
    </message>
    <message>
        <source>Not confirmed; nothing was changed.</source>
        <translation>No se confirmó; no se cambió nada.</translation>
    </message>
    <message>
        <source>Run this script as root?</source>
        <translation>¿Ejecutar este script como root?</translation>
    </message>
    <message>
        <source>%1 (SHA-256 %2) will run as root:</source>
        <translation>%1 (SHA-256 %2) se ejecutará como root:</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Listo: %1</translation>
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
        <translation>Comparación de los tres métodos de aceleración de AMD</translation>
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
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>GPU requirement</source>
        <translation>Requisito de GPU</translation>
    </message>
    <message>
        <source>Stability</source>
        <translation>Estabilidad</translation>
    </message>
    <message>
        <source>Extra install</source>
        <translation>Instalación adicional</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Plataformas</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>Máxima</translation>
    </message>
    <message>
        <source>Good (about 60–80 % of ROCm)</source>
        <translation>Buena (aprox. 60–80 % de ROCm)</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderada</translation>
    </message>
    <message>
        <source>Trivial (one variable)</source>
        <translation>Trivial (una variable)</translation>
    </message>
    <message>
        <source>Official list only</source>
        <translation>Solo la lista oficial</translation>
    </message>
    <message>
        <source>Any GPU with Vulkan</source>
        <translation>Cualquier GPU con Vulkan</translation>
    </message>
    <message>
        <source>Extended AMD list</source>
        <translation>Lista de AMD ampliada</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Apto para producción</translation>
    </message>
    <message>
        <source>Experimental</source>
        <translation>Experimental</translation>
    </message>
    <message>
        <source>Community-maintained</source>
        <translation>Mantenido por la comunidad</translation>
    </message>
    <message>
        <source>HIP SDK on Windows</source>
        <translation>HIP SDK en Windows</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Replaces Ollama</source>
        <translation>Reemplaza a Ollama</translation>
    </message>
    <message>
        <source>Windows and Linux</source>
        <translation>Windows y Linux</translation>
    </message>
    <message>
        <source>Windows only</source>
        <translation>Solo Windows</translation>
    </message>
</context>
<context>
    <name>ogs::ui::PathDetailsView</name>
    <message>
        <source>Details of the selected path</source>
        <translation>Detalles del método seleccionado</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Expected speed:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Velocidad esperada:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stability:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Estabilidad:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;On this card:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;En esta tarjeta:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>It is slower: %1 instead of %2.</source>
        <translation>Es más lento: %1 en lugar de %2.</translation>
    </message>
    <message>
        <source>It is %1, the first choice is %2.</source>
        <translation>Es %1, mientras que el primero es %2.</translation>
    </message>
    <message>
        <source>It needs more to be installed or replaced.</source>
        <translation>Requiere instalar o reemplazar más componentes.</translation>
    </message>
    <message>
        <source>More known problems apply to it on this machine.</source>
        <translation>Le afectan más problemas conocidos en este equipo.</translation>
    </message>
    <message>
        <source>The rules put %1 first for this GPU and Ollama version.</source>
        <translation>Las reglas ponen %1 en primer lugar para esta GPU y esta versión de Ollama.</translation>
    </message>
    <message>
        <source>Why it ranks below %1:</source>
        <translation>Por qué queda por detrás de %1:</translation>
    </message>
    <message>
        <source>remove %1</source>
        <translation>eliminar %1</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <source>No environment changes are needed.</source>
        <translation>No hace falta cambiar el entorno.</translation>
    </message>
    <message>
        <source>Also needed</source>
        <translation>También necesario</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Advertencias</translation>
    </message>
</context>
<context>
    <name>ogs::ui::PathPage</name>
    <message>
        <source>Acceleration path</source>
        <translation>Método de aceleración</translation>
    </message>
    <message>
        <source>The ways Ollama can use this GPU, best first. The first is chosen; pick another to see why it ranks lower.</source>
        <translation>Las formas en que Ollama puede usar esta GPU, de mejor a peor. Se elige la primera; seleccione otra para ver por qué queda por detrás.</translation>
    </message>
    <message>
        <source>Acceleration paths, best first</source>
        <translation>Métodos de aceleración, de mejor a peor</translation>
    </message>
    <message>
        <source>&amp;Paths:</source>
        <translation>&amp;Métodos:</translation>
    </message>
    <message>
        <source>Path details and comparison</source>
        <translation>Detalles y comparación de los métodos</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detalles</translation>
    </message>
    <message>
        <source>&amp;Compare the AMD paths</source>
        <translation>&amp;Comparar los métodos de AMD</translation>
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
        <translation>No es posible aquí:</translation>
    </message>
    <message>
        <source>&lt;p&gt;No acceleration path could be recommended.&lt;/p&gt;</source>
        <translation>&lt;p&gt;No se pudo recomendar ningún método de aceleración.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ogs::ui::PathText</name>
    <message>
        <source>%1 % of native speed</source>
        <translation>%1 % de la velocidad nativa</translation>
    </message>
    <message>
        <source>%1–%2 % of native speed</source>
        <translation>%1–%2 % de la velocidad nativa</translation>
    </message>
    <message>
        <source>about %1–%2 tokens/s with %3</source>
        <translation>unos %1–%2 tokens/s con %3</translation>
    </message>
    <message>
        <source>ROCm (native)</source>
        <translation>ROCm (nativo)</translation>
    </message>
    <message>
        <source>ROCm with a gfx override</source>
        <translation>ROCm con destino gfx forzado</translation>
    </message>
    <message>
        <source>Vulkan</source>
        <translation>Vulkan</translation>
    </message>
    <message>
        <source>ollama-for-amd (community build)</source>
        <translation>ollama-for-amd (compilación de la comunidad)</translation>
    </message>
    <message>
        <source>CUDA (NVIDIA)</source>
        <translation>CUDA (NVIDIA)</translation>
    </message>
    <message>
        <source>Processor only (no GPU)</source>
        <translation>Solo procesador (sin GPU)</translation>
    </message>
    <message>
        <source>Ollama on the Windows host</source>
        <translation>Ollama en el host de Windows</translation>
    </message>
    <message>
        <source>production</source>
        <translation>apto para producción</translation>
    </message>
    <message>
        <source>experimental</source>
        <translation>experimental</translation>
    </message>
    <message>
        <source>community-maintained</source>
        <translation>mantenido por la comunidad</translation>
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
        <translation>desconocida</translation>
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
        <translation>Linux dentro de WSL 2 (Subsistema de Windows para Linux)</translation>
    </message>
    <message>
        <source>Linux</source>
        <translation>Linux</translation>
    </message>
    <message>
        <source>&amp;Scan again</source>
        <translation>&amp;Buscar de nuevo</translation>
    </message>
    <message>
        <source>Your system</source>
        <translation>Su sistema</translation>
    </message>
    <message>
        <source>The graphics cards in this computer and what Ollama needs to use them.</source>
        <translation>Las tarjetas gráficas de este equipo y lo que Ollama necesita para usarlas.</translation>
    </message>
    <message>
        <source>Scanning</source>
        <translation>Buscando</translation>
    </message>
    <message>
        <source>Detected GPUs</source>
        <translation>GPU detectadas</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>gfx target</source>
        <translation>Destino gfx</translation>
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
        <translation>Controlador Vulkan</translation>
    </message>
    <message>
        <source>Seen by</source>
        <translation>Detectada por</translation>
    </message>
    <message>
        <source>Scan again</source>
        <translation>Buscar de nuevo</translation>
    </message>
    <message>
        <source>Scanning for GPUs…</source>
        <translation>Buscando GPU…</translation>
    </message>
    <message>
        <source>Platform: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Plataforma: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>ROCm compute device /dev/kfd: available.</source>
        <translation>Dispositivo de cómputo ROCm /dev/kfd: disponible.</translation>
    </message>
    <message>
        <source>ROCm compute device /dev/kfd: present but &lt;b&gt;not accessible&lt;/b&gt; to you.</source>
        <translation>Dispositivo de cómputo ROCm /dev/kfd: presente, pero usted &lt;b&gt;no tiene acceso&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>ROCm compute device /dev/kfd: not present.</source>
        <translation>Dispositivo de cómputo ROCm /dev/kfd: no existe.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No graphics card was found.&lt;/b&gt; Ollama will run on the processor.</source>
        <translation>&lt;b&gt;No se encontró ninguna tarjeta gráfica.&lt;/b&gt; Ollama se ejecutará en el procesador.</translation>
    </message>
</context>
<context>
    <name>ogs::ui::ServerRestart</name>
    <message>
        <source>Restart the service in a terminal: sudo systemctl daemon-reload &amp;&amp; sudo systemctl restart ollama</source>
        <translation>Reinicie el servicio en una terminal: sudo systemctl daemon-reload &amp;&amp; sudo systemctl restart ollama</translation>
    </message>
    <message>
        <source>Ollama reads %1 only when a new terminal starts it: stop the running `ollama serve` (Ctrl+C in its terminal), open a new terminal and run `ollama serve` again.</source>
        <translation>Ollama solo lee %1 cuando se inicia desde una terminal nueva: detenga el `ollama serve` en ejecución (Ctrl+C en su terminal), abra una terminal nueva y vuelva a ejecutar `ollama serve`.</translation>
    </message>
    <message>
        <source>%1 is read at login: log out and back in, then start `ollama serve` again.</source>
        <translation>%1 se lee al iniciar sesión: cierre la sesión y vuelva a iniciarla; después, inicie de nuevo `ollama serve`.</translation>
    </message>
    <message>
        <source>/etc/environment is read at login: log out and back in, then start Ollama again.</source>
        <translation>/etc/environment se lee al iniciar sesión: cierre la sesión y vuelva a iniciarla; después, inicie Ollama de nuevo.</translation>
    </message>
    <message>
        <source>Quit Ollama from its icon in the notification area (right-click, Quit Ollama), then start Ollama again from the Start menu: it reads the new variables when it starts.</source>
        <translation>Cierre Ollama desde su icono en el área de notificación (clic derecho, «Quit Ollama») y vuelva a iniciarlo desde el menú Inicio: lee las variables nuevas al iniciarse.</translation>
    </message>
    <message>
        <source>Restarting the Ollama service (systemctl restart ollama)…</source>
        <translation>Reiniciando el servicio de Ollama (systemctl restart ollama)…</translation>
    </message>
    <message>
        <source>stopped waiting</source>
        <translation>se dejó de esperar</translation>
    </message>
    <message>
        <source>Waiting for Ollama to answer at %1…</source>
        <translation>Esperando la respuesta de Ollama en %1…</translation>
    </message>
    <message>
        <source>Reading the server log to confirm the settings…</source>
        <translation>Leyendo el registro del servidor para confirmar la configuración…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Restart Ollama yourself&lt;/b&gt; so it reads the new settings: %1 Then go on to check it.</source>
        <translation>&lt;b&gt;Reinicie Ollama usted mismo&lt;/b&gt; para que lea la nueva configuración: %1 Después, continúe para comprobarlo.</translation>
    </message>
    <message>
        <source>⚠ Ollama was restarted but does not answer yet: %1</source>
        <translation>⚠ Ollama se reinició, pero todavía no responde: %1</translation>
    </message>
    <message>
        <source>✔ Restarted Ollama; it answers again (version %1).</source>
        <translation>✔ Ollama se reinició y vuelve a responder (versión %1).</translation>
    </message>
    <message>
        <source>✔ Its log confirms the settings: %1.</source>
        <translation>✔ Su registro confirma la configuración: %1.</translation>
    </message>
    <message>
        <source>⚠ Its log shows it did not get: %1.</source>
        <translation>⚠ Su registro muestra que no recibió: %1.</translation>
    </message>
    <message>
        <source>No server log was found to confirm the settings.</source>
        <translation>No se encontró ningún registro del servidor para confirmar la configuración.</translation>
    </message>
    <message>
        <source>This Ollama does not list %1 in its log, so those cannot be confirmed.</source>
        <translation>Esta versión de Ollama no muestra %1 en su registro, así que esos valores no se pueden confirmar.</translation>
    </message>
</context>
<context>
    <name>ogs::ui::SetupSession</name>
    <message>
        <source>Nothing needed changing.</source>
        <translation>No hacía falta cambiar nada.</translation>
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
        <translation>&amp;Información</translation>
    </message>
    <message>
        <source>About Ollama GPU Setup</source>
        <translation>Acerca de Ollama GPU Setup</translation>
    </message>
</context>
<context>
    <name>ogs::ui::SpeedupTable</name>
    <message>
        <source>CPU and GPU speed compared</source>
        <translation>Comparación de velocidad entre CPU y GPU</translation>
    </message>
    <message>
        <source>CPU only</source>
        <translation>Solo CPU</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Speedup</source>
        <translation>Mejora</translation>
    </message>
    <message>
        <source>Prompt processing</source>
        <translation>Procesamiento del prompt</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>Generación</translation>
    </message>
    <message>
        <source>Time to first token</source>
        <translation>Tiempo hasta el primer token</translation>
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
        <translation>Listo</translation>
    </message>
    <message>
        <source>What changed, and how to take it back.</source>
        <translation>Qué ha cambiado y cómo deshacerlo.</translation>
    </message>
    <message>
        <source>Summary of the changes</source>
        <translation>Resumen de los cambios</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>&amp;Guardar el informe…</translation>
    </message>
    <message>
        <source>Save a report for a bug report</source>
        <translation>Guardar un informe para notificar un error</translation>
    </message>
    <message>
        <source>Open the GPU &amp;monitor</source>
        <translation>Abrir el &amp;monitor de GPU</translation>
    </message>
    <message>
        <source>Open the GPU monitor</source>
        <translation>Abrir el monitor de GPU</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Archivos de texto (*.txt)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Could not write %1.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;No se pudo escribir %1.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Acceleration path: &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Método de aceleración: &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Model: &lt;b&gt;%1&lt;/b&gt; with %2 tokens of context.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Modelo: &lt;b&gt;%1&lt;/b&gt; con %2 tokens de contexto.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Changes written (journal entry %1):&lt;/p&gt;</source>
        <translation>&lt;p&gt;Cambios escritos (entrada del registro %1):&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Nothing was changed on this computer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;No se cambió nada en este equipo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Test prompt with %1: &lt;b&gt;%2 tok/s&lt;/b&gt;, %3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Prompt de prueba con %1: &lt;b&gt;%2 tok/s&lt;/b&gt;, %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>processor split unknown</source>
        <translation>reparto entre CPU y GPU desconocido</translation>
    </message>
    <message>
        <source>&lt;p&gt;To undo them, go back to the Apply page and press Undo, or run &lt;code&gt;ollama-gpu-setup env undo&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Para deshacerlos, vuelva a la página «Aplicar la configuración» y pulse Deshacer, o ejecute &lt;code&gt;ollama-gpu-setup env undo&lt;/code&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>&amp;Copiar el informe</translation>
    </message>
    <message>
        <source>Copy the report to the clipboard</source>
        <translation>Copiar el informe al portapapeles</translation>
    </message>
    <message>
        <source>&lt;p&gt;The test prompt ran; its results are in the report.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Se ejecutó el prompt de prueba; sus resultados están en el informe.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Save report…&lt;/b&gt; or &lt;b&gt;Copy report&lt;/b&gt; gives you everything a bug report needs: detection, recommendation, the changes, the test prompt&apos;s results and Ollama&apos;s log lines.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Guardar el informe…&lt;/b&gt; o &lt;b&gt;Copiar el informe&lt;/b&gt; le da todo lo que necesita un informe de error: detección, recomendación, los cambios, los resultados del prompt de prueba y las líneas del registro de Ollama.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ogs::ui::VerifyPage</name>
    <message>
        <source>remove %1</source>
        <translation>eliminar %1</translation>
    </message>
    <message>
        <source>Compare with the &amp;CPU</source>
        <translation>Comparar con la &amp;CPU</translation>
    </message>
    <message>
        <source>&amp;Run the test</source>
        <translation>&amp;Ejecutar la prueba</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>Generation speed</source>
        <translation>Velocidad de generación</translation>
    </message>
    <message>
        <source>tokens/s</source>
        <translation>tokens/s</translation>
    </message>
    <message>
        <source>GPU busy</source>
        <translation>Uso de la GPU</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Qué ha fallado</translation>
    </message>
    <message>
        <source>&amp;Write this fix</source>
        <translation>Escri&amp;bir esta solución</translation>
    </message>
    <message>
        <source>Check that it works</source>
        <translation>Comprobar que funciona</translation>
    </message>
    <message>
        <source>A short test prompt shows where the model runs and how fast. It needs a model that is already installed.</source>
        <translation>Un breve prompt de prueba muestra dónde se ejecuta el modelo y a qué velocidad. Necesita un modelo ya instalado.</translation>
    </message>
    <message>
        <source>Installed model to test</source>
        <translation>Modelo instalado que se probará</translation>
    </message>
    <message>
        <source>Installed models</source>
        <translation>Modelos instalados</translation>
    </message>
    <message>
        <source>Also run the prompt on the CPU and compare</source>
        <translation>Ejecutar también el prompt en la CPU y comparar</translation>
    </message>
    <message>
        <source>Runs the prompt a second time with num_gpu 0 to show the speedup</source>
        <translation>Ejecuta el prompt una segunda vez con num_gpu 0 para mostrar la mejora de velocidad</translation>
    </message>
    <message>
        <source>Run the test prompt</source>
        <translation>Ejecutar el prompt de prueba</translation>
    </message>
    <message>
        <source>Stop the test prompt</source>
        <translation>Detener el prompt de prueba</translation>
    </message>
    <message>
        <source>Test running</source>
        <translation>Prueba en curso</translation>
    </message>
    <message>
        <source>The text the model generates</source>
        <translation>El texto que genera el modelo</translation>
    </message>
    <message>
        <source>The model&apos;s answer appears here as it is generated.</source>
        <translation>La respuesta del modelo aparece aquí a medida que se genera.</translation>
    </message>
    <message>
        <source>GPU run</source>
        <translation>Ejecución en la GPU</translation>
    </message>
    <message>
        <source>CPU run</source>
        <translation>Ejecución en la CPU</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>What the fix writes</source>
        <translation>Lo que escribe la solución</translation>
    </message>
    <message>
        <source>Write the fix shown above and restart Ollama</source>
        <translation>Escribir la solución mostrada arriba y reiniciar Ollama</translation>
    </message>
    <message>
        <source>Try the next-ranked &amp;path</source>
        <translation>&amp;Probar el siguiente método</translation>
    </message>
    <message>
        <source>Go back and apply the next-ranked path</source>
        <translation>Volver atrás y aplicar el siguiente método de la clasificación</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <source>Reading the Ollama server log…</source>
        <translation>Leyendo el registro del servidor de Ollama…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Failed:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Error:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Asking Ollama at %1 which models are installed…</source>
        <translation>Preguntando a Ollama en %1 qué modelos están instalados…</translation>
    </message>
    <message>
        <source>Ready: press Run the test.</source>
        <translation>Listo: pulse Ejecutar la prueba.</translation>
    </message>
    <message>
        <source>%1 is not installed yet (ollama pull %1); the test uses %2 instead.</source>
        <translation>%1 aún no está instalado (ollama pull %1); la prueba usa %2 en su lugar.</translation>
    </message>
    <message>
        <source>No model is installed. Install one first, for example: ollama pull %1</source>
        <translation>No hay ningún modelo instalado. Instale uno primero, por ejemplo: ollama pull %1</translation>
    </message>
    <message>
        <source>
— on the CPU —
</source>
        <translation>
— en la CPU —
</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>The test was cancelled; nothing was measured.</source>
        <translation>La prueba se canceló; no se midió nada.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Listo.</translation>
    </message>
    <message>
        <source>The test failed.</source>
        <translation>La prueba falló.</translation>
    </message>
    <message>
        <source>✖ The test prompt failed: %1</source>
        <translation>✖ El prompt de prueba falló: %1</translation>
    </message>
    <message>
        <source>✔ Working on the processor, as chosen: %1 tok/s.</source>
        <translation>✔ Funciona en el procesador, como se eligió: %1 tok/s.</translation>
    </message>
    <message>
        <source>✖ The model runs on the CPU (%1), not on the GPU.</source>
        <translation>✖ El modelo se ejecuta en la CPU (%1), no en la GPU.</translation>
    </message>
    <message>
        <source>⚠ Slower than expected: %1 tok/s, where %2–%3 tok/s is expected.</source>
        <translation>⚠ Más lento de lo esperado: %1 tok/s, cuando se esperan %2–%3 tok/s.</translation>
    </message>
    <message>
        <source>✔ Working, and faster than expected: %1 tok/s (expected %2–%3 tok/s).</source>
        <translation>✔ Funciona, y más rápido de lo esperado: %1 tok/s (se esperaban %2–%3 tok/s).</translation>
    </message>
    <message>
        <source>✔ Working: %1 tok/s, within the %2–%3 tok/s expected for this GPU on this path.</source>
        <translation>✔ Funciona: %1 tok/s, dentro de los %2–%3 tok/s esperados para esta GPU con este método.</translation>
    </message>
    <message>
        <source>✔ Working: %1 tok/s. There is no expected speed to compare it with.</source>
        <translation>✔ Funciona: %1 tok/s. No hay ninguna velocidad esperada con la que compararlo.</translation>
    </message>
    <message>
        <source>⚠ Part of the model runs on the CPU (%1): it does not fit in GPU memory.</source>
        <translation>⚠ Parte del modelo se ejecuta en la CPU (%1): no cabe en la memoria de la GPU.</translation>
    </message>
    <message>
        <source>Expected speed: %1.</source>
        <translation>Velocidad esperada: %1.</translation>
    </message>
    <message>
        <source>No Ollama server log was found, so the cause cannot be read from it.</source>
        <translation>No se encontró ningún registro del servidor de Ollama, así que no se puede leer en él la causa.</translation>
    </message>
    <message>
        <source>From the server log (%1):</source>
        <translation>Del registro del servidor (%1):</translation>
    </message>
    <message>
        <source>Try the next-ranked &amp;path: %1</source>
        <translation>&amp;Probar el siguiente método: %1</translation>
    </message>
    <message>
        <source>Go back and apply the next-ranked path, %1</source>
        <translation>Volver atrás y aplicar el siguiente método de la clasificación, %1</translation>
    </message>
    <message>
        <source>⚠ This fix cannot be planned: %1</source>
        <translation>⚠ No se puede planificar esta solución: %1</translation>
    </message>
    <message>
        <source>%1 already holds this; restart Ollama if it is not in effect yet.</source>
        <translation>%1 ya contiene esto; reinicie Ollama si todavía no ha surtido efecto.</translation>
    </message>
    <message>
        <source>This target needs administrator rights. Run in a terminal: &lt;code&gt;sudo ollama-gpu-setup env apply --target %1 %2 --yes&lt;/code&gt;</source>
        <translation>Este destino necesita derechos de administrador. Ejecute en una terminal: &lt;code&gt;sudo ollama-gpu-setup env apply --target %1 %2 --yes&lt;/code&gt;</translation>
    </message>
    <message>
        <source>These are the exact changes to %1. Nothing is written until you press Write this fix; Undo on the previous page takes it back.</source>
        <translation>Estos son los cambios exactos en %1. No se escribe nada hasta que pulse Escribir esta solución; Deshacer, en la página anterior, los revierte.</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Escribiendo…</translation>
    </message>
    <message>
        <source>Then run the test again.</source>
        <translation>Después, vuelva a ejecutar la prueba.</translation>
    </message>
</context>
<context>
    <name>ogs::ui::VerifySession</name>
    <message>
        <source>Contacting Ollama…</source>
        <translation>Conectando con Ollama…</translation>
    </message>
    <message>
        <source>Loading %1 on the GPU…</source>
        <translation>Cargando %1 en la GPU…</translation>
    </message>
    <message>
        <source>Loading %1 on the CPU…</source>
        <translation>Cargando %1 en la CPU…</translation>
    </message>
    <message>
        <source>Generating %1 tokens on the GPU…</source>
        <translation>Generando %1 tokens en la GPU…</translation>
    </message>
    <message>
        <source>Generating %1 tokens on the CPU…</source>
        <translation>Generando %1 tokens en la CPU…</translation>
    </message>
    <message>
        <source>Unloading %1…</source>
        <translation>Descargando %1 de la memoria…</translation>
    </message>
</context>
<context>
    <name>ogs::ui::WelcomePage</name>
    <message>
        <source>Run Ollama on your GPU</source>
        <translation>Ejecute Ollama en su GPU</translation>
    </message>
    <message>
        <source>This assistant finds your graphics card, picks the fastest way for Ollama to use it, and proves the result with a live test.</source>
        <translation>Este asistente encuentra su tarjeta gráfica, elige la forma más rápida de que Ollama la use y demuestra el resultado con una prueba en vivo.</translation>
    </message>
    <message>
        <source>&lt;p&gt;The steps:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Scan this computer&apos;s GPUs and your Ollama install.&lt;/li&gt;&lt;li&gt;Recommend an acceleration path (ROCm, Vulkan, CUDA, …) and explain why.&lt;/li&gt;&lt;li&gt;Check that your model fits in video memory.&lt;/li&gt;&lt;li&gt;Show every change before it is made, then apply it, with undo.&lt;/li&gt;&lt;li&gt;Run a test prompt and measure the speed-up.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;&lt;b&gt;Nothing is changed without showing it to you first.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Los pasos:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Analizar las GPU de este equipo y su instalación de Ollama.&lt;/li&gt;&lt;li&gt;Recomendar un método de aceleración (ROCm, Vulkan, CUDA, …) y explicar por qué.&lt;/li&gt;&lt;li&gt;Comprobar que su modelo cabe en la memoria de vídeo.&lt;/li&gt;&lt;li&gt;Mostrar cada cambio antes de hacerlo y luego aplicarlo, con opción de deshacerlo.&lt;/li&gt;&lt;li&gt;Ejecutar un prompt de prueba y medir la mejora de velocidad.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;&lt;b&gt;No se cambia nada sin mostrárselo antes.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ogs::ui::WslPage</name>
    <message>
        <source>&amp;Mirrored networking: Windows is localhost</source>
        <translation>Red re&amp;flejada: Windows es localhost</translation>
    </message>
    <message>
        <source>Ollama on Windows, this app in WSL 2</source>
        <translation>Ollama en Windows, esta aplicación en WSL 2</translation>
    </message>
    <message>
        <source>WSL 2 cannot reach an AMD GPU for compute (/dev/kfd is absent). Ollama runs on the Windows side with the GPU, and programs here talk to it over the network.</source>
        <translation>WSL 2 no puede usar una GPU AMD para cómputo (/dev/kfd no existe). Ollama se ejecuta en el lado de Windows con la GPU, y los programas de aquí se comunican con él a través de la red.</translation>
    </message>
    <message>
        <source>WSL 2 (Linux): your programs ── OLLAMA_HOST ──► Windows: Ollama ──► GPU</source>
        <translation>WSL 2 (Linux): sus programas ── OLLAMA_HOST ──► Windows: Ollama ──► GPU</translation>
    </message>
    <message>
        <source>Ollama address on Windows</source>
        <translation>Dirección de Ollama en Windows</translation>
    </message>
    <message>
        <source>Ollama &amp;address:</source>
        <translation>&amp;Dirección de Ollama:</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;On Windows&lt;/b&gt;, let Ollama accept connections from WSL (PowerShell):&lt;/p&gt;&lt;pre&gt;[System.Environment]::SetEnvironmentVariable(&apos;OLLAMA_HOST&apos;, &apos;0.0.0.0&apos;, &apos;User&apos;)&lt;/pre&gt;&lt;p&gt;then quit and restart Ollama from the tray. If the test fails, allow port 11434 (PowerShell as administrator):&lt;/p&gt;&lt;pre&gt;New-NetFirewallRule -DisplayName &quot;Ollama&quot; -Direction Inbound -LocalPort 11434 -Protocol TCP -Action Allow&lt;/pre&gt;&lt;p&gt;⚠ &lt;b&gt;Security:&lt;/b&gt; 0.0.0.0 makes Ollama answer &lt;i&gt;every&lt;/i&gt; computer that can reach this PC, without a password. Only do this on a trusted network, or limit the firewall rule to the WSL subnet (-RemoteAddress 172.16.0.0/12).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;En Windows&lt;/b&gt;, permita que Ollama acepte conexiones desde WSL (PowerShell):&lt;/p&gt;&lt;pre&gt;[System.Environment]::SetEnvironmentVariable(&apos;OLLAMA_HOST&apos;, &apos;0.0.0.0&apos;, &apos;User&apos;)&lt;/pre&gt;&lt;p&gt;luego cierre Ollama desde la bandeja del sistema y vuelva a iniciarlo. Si la prueba falla, permita el puerto 11434 (PowerShell como administrador):&lt;/p&gt;&lt;pre&gt;New-NetFirewallRule -DisplayName &quot;Ollama&quot; -Direction Inbound -LocalPort 11434 -Protocol TCP -Action Allow&lt;/pre&gt;&lt;p&gt;⚠ &lt;b&gt;Seguridad:&lt;/b&gt; con 0.0.0.0, Ollama responde a &lt;i&gt;cualquier&lt;/i&gt; equipo que pueda llegar a este PC, sin contraseña. Hágalo solo en una red de confianza, o limite la regla del firewall a la subred de WSL (-RemoteAddress 172.16.0.0/12).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>NAT net&amp;working (the default): Windows is the default gateway</source>
        <translation>&amp;Red NAT (predeterminada): Windows es la puerta de enlace predeterminada</translation>
    </message>
    <message>
        <source>NAT net&amp;working: no default gateway found</source>
        <translation>&amp;Red NAT: no se encontró ninguna puerta de enlace predeterminada</translation>
    </message>
    <message>
        <source>NAT net&amp;working (the default): Windows is at %1</source>
        <translation>&amp;Red NAT (predeterminada): Windows está en %1</translation>
    </message>
</context>
</TS>
