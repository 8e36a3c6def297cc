<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ogs::ui::AboutBox</name>
    <message>
        <source>&lt;h3&gt;Ollama GPU Setup %1&lt;/h3&gt;&lt;p&gt;Finds out why Ollama runs on the processor and makes it use your graphics card: detection, the fastest acceleration path, the VRAM budget, the environment where it takes effect (with undo), a test prompt and a live GPU monitor.&lt;/p&gt;&lt;p&gt;Built with Qt %2. Every step is also a command: &lt;code&gt;ollama-gpu-setup --help&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ollama GPU Setup %1&lt;/h3&gt;&lt;p&gt;Findet heraus, warum Ollama auf dem Prozessor läuft, und bringt es dazu, Ihre Grafikkarte zu nutzen: Erkennung, die schnellste Beschleunigungsmethode, das VRAM-Budget, die Umgebung, in der die Einstellungen wirksam werden (mit Rückgängig-Funktion), ein Test-Prompt und ein Live-GPU-Monitor.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2. Jeder Schritt ist auch ein Befehl: &lt;code&gt;ollama-gpu-setup --help&lt;/code&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Ollama GPU Setup</source>
        <translation>Über Ollama GPU Setup</translation>
    </message>
</context>
<context>
    <name>ogs::ui::ApplyPage</name>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Apply the settings</source>
        <translation>Einstellungen anwenden</translation>
    </message>
    <message>
        <source>These are the exact changes. Nothing is written until you press Apply, and Undo restores the previous bytes.</source>
        <translation>Das sind die genauen Änderungen. Es wird nichts geschrieben, bevor Sie auf „Anwenden“ klicken, und „Rückgängig“ stellt den vorherigen Inhalt Byte für Byte wieder her.</translation>
    </message>
    <message>
        <source>Where to write the settings</source>
        <translation>Wohin die Einstellungen geschrieben werden</translation>
    </message>
    <message>
        <source>Applying</source>
        <translation>Wird angewendet</translation>
    </message>
    <message>
        <source>Apply the changes</source>
        <translation>Änderungen anwenden</translation>
    </message>
    <message>
        <source>Undo the last apply</source>
        <translation>Letzte Anwendung rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Write to:</source>
        <translation>&amp;Schreiben in:</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Wird ausgeführt…</translation>
    </message>
    <message>
        <source>Suggested: &lt;b&gt;%1&lt;/b&gt;, because %2.</source>
        <translation>Vorschlag: &lt;b&gt;%1&lt;/b&gt;, weil %2.</translation>
    </message>
    <message>
        <source>⚠ This plan cannot be made: %1</source>
        <translation>⚠ Dieser Plan lässt sich nicht erstellen: %1</translation>
    </message>
    <message>
        <source>After applying: %1</source>
        <translation>Nach dem Anwenden: %1</translation>
    </message>
    <message>
        <source>This target needs administrator rights. Run in a terminal: &lt;code&gt;sudo ollama-gpu-setup env apply --target %1 --path %2 --yes&lt;/code&gt;</source>
        <translation>Für dieses Ziel sind Administratorrechte nötig. Führen Sie in einem Terminal aus: &lt;code&gt;sudo ollama-gpu-setup env apply --target %1 --path %2 --yes&lt;/code&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Failed:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Fehlgeschlagen:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&amp;Stop waiting</source>
        <translation>Warten a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Stop waiting for Ollama to restart</source>
        <translation>Nicht länger auf den Neustart von Ollama warten</translation>
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
        <translation>Zeit bis zum ersten Token</translation>
    </message>
    <message>
        <source>Generation speed</source>
        <translation>Generierungsgeschwindigkeit</translation>
    </message>
    <message>
        <source>Prompt processing speed</source>
        <translation>Geschwindigkeit der Prompt-Verarbeitung</translation>
    </message>
    <message>
        <source>Where the model runs</source>
        <translation>Wo das Modell läuft</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>Generierung</translation>
    </message>
    <message>
        <source>Prompt processing</source>
        <translation>Prompt-Verarbeitung</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Prozessor</translation>
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
        <translation>Grafikspeicherbudget</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV-Cache</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Berechnung</translation>
    </message>
    <message>
        <source>Overhead</source>
        <translation>Zusatzbedarf</translation>
    </message>
    <message>
        <source>%1 of %2 available</source>
        <translation>%1 von %2 verfügbar</translation>
    </message>
    <message>
        <source>| available %1</source>
        <translation>| verfügbar %1</translation>
    </message>
</context>
<context>
    <name>ogs::ui::ConnectionTester</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>&amp;Cancel test</source>
        <translation>Test a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>No answer from %1: %2</source>
        <translation>Keine Antwort von %1: %2</translation>
    </message>
    <message>
        <source>%1 answered, but not like Ollama does.</source>
        <translation>%1 hat geantwortet, aber nicht so, wie Ollama antwortet.</translation>
    </message>
    <message>
        <source>Connected: Ollama %1 at %2.</source>
        <translation>Verbunden: Ollama %1 unter %2.</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>Test abgebrochen.</translation>
    </message>
</context>
<context>
    <name>ogs::ui::DiffView</name>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>Changes that will be made</source>
        <translation>Änderungen, die vorgenommen werden</translation>
    </message>
    <message>
        <source>Nothing to change: every value is already in place.</source>
        <translation>Nichts zu ändern: Alle Werte sind bereits gesetzt.</translation>
    </message>
</context>
<context>
    <name>ogs::ui::FindingsList</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>The server log shows nothing that explains this.</source>
        <translation>Das Serverprotokoll enthält nichts, was das erklärt.</translation>
    </message>
    <message>
        <source>&lt;b style=&quot;color:%1&quot;&gt;%2:&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Fix:&lt;/b&gt; %4&lt;br&gt;&lt;small&gt;&lt;code&gt;%5&lt;/code&gt;&lt;/small&gt;</source>
        <translation>&lt;b style=&quot;color:%1&quot;&gt;%2:&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Abhilfe:&lt;/b&gt; %4&lt;br&gt;&lt;small&gt;&lt;code&gt;%5&lt;/code&gt;&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Apply this &amp;fix</source>
        <translation>Diese Abhilfe &amp;anwenden</translation>
    </message>
    <message>
        <source>Apply the fix: %1</source>
        <translation>Abhilfe anwenden: %1</translation>
    </message>
    <message>
        <source>Shows what it writes (%1) before anything changes</source>
        <translation>Zeigt, was geschrieben wird (%1), bevor sich etwas ändert</translation>
    </message>
</context>
<context>
    <name>ogs::ui::GpuMonitorPanel</name>
    <message>
        <source>Utilisation</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>GiB</translation>
    </message>
    <message>
        <source>Core clock</source>
        <translation>Kerntakt</translation>
    </message>
    <message>
        <source>MHz</source>
        <translation>MHz</translation>
    </message>
    <message>
        <source>Power and temperature</source>
        <translation>Leistung und Temperatur</translation>
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
        <translation>ausgelastet</translation>
    </message>
    <message>
        <source>VRAM used</source>
        <translation>VRAM belegt</translation>
    </message>
    <message>
        <source>GTT used</source>
        <translation>GTT belegt</translation>
    </message>
    <message>
        <source>core clock</source>
        <translation>Kerntakt</translation>
    </message>
    <message>
        <source>power (W)</source>
        <translation>Leistung (W)</translation>
    </message>
    <message>
        <source>temperature (°C)</source>
        <translation>Temperatur (°C)</translation>
    </message>
</context>
<context>
    <name>ogs::ui::HomeView</name>
    <message>
        <source>Check &amp;again</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <source>Check again whether Ollama runs on the GPU</source>
        <translation>Erneut prüfen, ob Ollama auf der GPU läuft</translation>
    </message>
    <message>
        <source>&amp;Load the model and check</source>
        <translation>Modell &amp;laden und prüfen</translation>
    </message>
    <message>
        <source>Load the model and check where it runs</source>
        <translation>Modell laden und prüfen, wo es läuft</translation>
    </message>
    <message>
        <source>Ollama GPU Setup</source>
        <translation>Ollama GPU Setup</translation>
    </message>
    <message>
        <source>The applied setup</source>
        <translation>Die angewendete Einrichtung</translation>
    </message>
    <message>
        <source>Whether Ollama runs on the GPU</source>
        <translation>Ob Ollama auf der GPU läuft</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Ollama GPU Setup&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Ollama GPU Setup&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Applied setup</source>
        <translation>Angewendete Einrichtung</translation>
    </message>
    <message>
        <source>Does Ollama run on the GPU?</source>
        <translation>Läuft Ollama auf der GPU?</translation>
    </message>
    <message>
        <source>Open the GPU &amp;monitor</source>
        <translation>GPU-&amp;Monitor öffnen</translation>
    </message>
    <message>
        <source>Open the GPU monitor</source>
        <translation>GPU-Monitor öffnen</translation>
    </message>
    <message>
        <source>&amp;Run setup again</source>
        <translation>&amp;Einrichtung erneut ausführen</translation>
    </message>
    <message>
        <source>Run the setup again from the first page</source>
        <translation>Die Einrichtung erneut ab der ersten Seite ausführen</translation>
    </message>
    <message>
        <source>Abou&amp;t</source>
        <translation>&amp;Über</translation>
    </message>
    <message>
        <source>About Ollama GPU Setup</source>
        <translation>Über Ollama GPU Setup</translation>
    </message>
    <message>
        <source>Acceleration path: &lt;b&gt;%1&lt;/b&gt;.&lt;br&gt;</source>
        <translation>Beschleunigungsmethode: &lt;b&gt;%1&lt;/b&gt;.&lt;br&gt;</translation>
    </message>
    <message>
        <source>Model: &lt;b&gt;%1&lt;/b&gt; with %2 tokens of context.&lt;br&gt;</source>
        <translation>Modell: &lt;b&gt;%1&lt;/b&gt; mit %2 Tokens Kontext.&lt;br&gt;</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; holds no settings of ours (undone, or edited by hand).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; enthält keine Einstellungen von uns (rückgängig gemacht oder von Hand bearbeitet).</translation>
    </message>
    <message>
        <source>Settings in &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Einstellungen in &lt;b&gt;%1&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>Undo with &lt;code&gt;ollama-gpu-setup env undo&lt;/code&gt; (latest change %1, %2).</source>
        <translation>Rückgängig machen mit &lt;code&gt;ollama-gpu-setup env undo&lt;/code&gt; (letzte Änderung %1, %2).</translation>
    </message>
    <message>
        <source>Nothing was written to this computer&apos;s environment.</source>
        <translation>In die Umgebung dieses Computers wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Asking Ollama at %1…</source>
        <translation>Ollama unter %1 wird abgefragt…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ollama does not answer at %1.&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Ollama antwortet unter %1 nicht.&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>Ollama runs at %1, but no model is loaded, so where it computes cannot be seen right now. Load the model to check, or look at Ollama&apos;s log below.</source>
        <translation>Ollama läuft unter %1, aber es ist kein Modell geladen, daher lässt sich gerade nicht erkennen, wo es rechnet. Laden Sie das Modell, um das zu prüfen, oder sehen Sie unten im Ollama-Protokoll nach.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Yes: Ollama runs on the GPU.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ja: Ollama läuft auf der GPU.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not entirely: part of the model runs on the processor.&lt;/b&gt; A smaller variant or a shorter context would fit; run the setup again to choose.</source>
        <translation>&lt;b&gt;Nicht ganz: Ein Teil des Modells läuft auf dem Prozessor.&lt;/b&gt; Eine kleinere Variante oder ein kürzerer Kontext würde passen; führen Sie die Einrichtung erneut aus, um zu wählen.</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Could not load %1:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;%1 konnte nicht geladen werden:&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>No Ollama log was found.</source>
        <translation>Es wurde kein Ollama-Protokoll gefunden.</translation>
    </message>
    <message>
        <source>Ollama&apos;s log (%1) says it computes on: &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>Laut Ollama-Protokoll (%1) rechnet es auf: &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ollama&apos;s log (%1) says it found no usable GPU and computes on the processor.&lt;/b&gt; Run the setup again.</source>
        <translation>&lt;b&gt;Laut Ollama-Protokoll (%1) hat es keine nutzbare GPU gefunden und rechnet auf dem Prozessor.&lt;/b&gt; Führen Sie die Einrichtung erneut aus.</translation>
    </message>
    <message>
        <source>Ollama&apos;s log (%1) does not say which device it uses.</source>
        <translation>Das Ollama-Protokoll (%1) nennt nicht, welches Gerät es nutzt.</translation>
    </message>
</context>
<context>
    <name>ogs::ui::LoadedModelsPanel</name>
    <message>
        <source>Models Ollama has loaded</source>
        <translation>Von Ollama geladene Modelle</translation>
    </message>
    <message>
        <source>Asking Ollama…</source>
        <translation>Ollama wird abgefragt…</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Prozessor</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Ollama does not answer at %1: %2</source>
        <translation>Ollama antwortet unter %1 nicht: %2</translation>
    </message>
    <message>
        <source>No model is loaded at %1.</source>
        <translation>Unter %1 ist kein Modell geladen.</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) loaded at %1:</source>
        <translation>
            <numerusform>%n Modell unter %1 geladen:</numerusform>
            <numerusform>%n Modelle unter %1 geladen:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ogs::ui::ModelDownloader</name>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Herunterladen</translation>
    </message>
    <message>
        <source>Cancel do&amp;wnload</source>
        <translation>Download a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Download-Fortschritt</translation>
    </message>
    <message>
        <source>Download the model</source>
        <translation>Modell herunterladen</translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation>Download abbrechen</translation>
    </message>
    <message>
        <source>Asking Ollama whether %1 is installed…</source>
        <translation>Ollama wird gefragt, ob %1 installiert ist…</translation>
    </message>
    <message>
        <source>Could not ask Ollama which models are installed: %1</source>
        <translation>Ollama konnte nicht nach den installierten Modellen gefragt werden: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is installed in Ollama.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; ist in Ollama installiert.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is not installed in Ollama yet. Download it here or later with &lt;code&gt;ollama pull %1&lt;/code&gt;.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; ist in Ollama noch nicht installiert. Laden Sie es hier oder später mit &lt;code&gt;ollama pull %1&lt;/code&gt; herunter.</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>%1 wird heruntergeladen…</translation>
    </message>
    <message>
        <source>%1 of %2 MB</source>
        <translation>%1 von %2 MB</translation>
    </message>
    <message>
        <source>Downloading %1: %2</source>
        <translation>%1 wird heruntergeladen: %2</translation>
    </message>
    <message>
        <source>Download of %1 cancelled. Nothing was installed; download it again at any time.</source>
        <translation>Download von %1 abgebrochen. Es wurde nichts installiert; Sie können es jederzeit erneut herunterladen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The download of %1 failed:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Der Download von %1 ist fehlgeschlagen:&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>&amp;Try the download again</source>
        <translation>Download &amp;erneut versuchen</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>wird gestartet…</translation>
    </message>
</context>
<context>
    <name>ogs::ui::ModelPage</name>
    <message>
        <source>&amp;Use the suggested variant</source>
        <translation>&amp;Vorgeschlagene Variante verwenden</translation>
    </message>
    <message>
        <source>Model and memory</source>
        <translation>Modell und Speicher</translation>
    </message>
    <message>
        <source>Whether the model fits in video memory. What does not fit runs on the processor, much more slowly.</source>
        <translation>Ob das Modell in den Grafikspeicher passt. Was nicht hineinpasst, läuft auf dem Prozessor – deutlich langsamer.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>Kontextlänge</translation>
    </message>
    <message>
        <source>Use the suggested variant</source>
        <translation>Vorgeschlagene Variante verwenden</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>&amp;Context length:</source>
        <translation>&amp;Kontextlänge:</translation>
    </message>
    <message>
        <source>%1 (%2, %3 GB, needs %4 GB VRAM; %5)</source>
        <translation>%1 (%2, %3 GB, benötigt %4 GB VRAM; %5)</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 Tokens</translation>
    </message>
    <message>
        <source>No GPU memory was detected: the model will run on the processor.</source>
        <translation>Es wurde kein GPU-Speicher erkannt: Das Modell läuft auf dem Prozessor.</translation>
    </message>
    <message>
        <source>Predicted &lt;code&gt;ollama ps&lt;/code&gt;: &lt;b&gt;%1&lt;/b&gt; — the whole model runs on the GPU.</source>
        <translation>Erwartete Ausgabe von &lt;code&gt;ollama ps&lt;/code&gt;: &lt;b&gt;%1&lt;/b&gt; – das ganze Modell läuft auf der GPU.</translation>
    </message>
    <message>
        <source>Predicted &lt;code&gt;ollama ps&lt;/code&gt;: &lt;b&gt;%1&lt;/b&gt; — %2 of %3 layers on the GPU; the rest runs on the processor.</source>
        <translation>Erwartete Ausgabe von &lt;code&gt;ollama ps&lt;/code&gt;: &lt;b&gt;%1&lt;/b&gt; – %2 von %3 Schichten auf der GPU; der Rest läuft auf dem Prozessor.</translation>
    </message>
    <message>
        <source>Suggested for this card: &lt;b&gt;%1&lt;/b&gt; (%2). %3</source>
        <translation>Empfohlen für diese Karte: &lt;b&gt;%1&lt;/b&gt; (%2). %3</translation>
    </message>
    <message>
        <source>Asking Ollama about %1…</source>
        <translation>Ollama wird nach %1 gefragt…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot size %1:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Die Größe von %1 lässt sich nicht ermitteln:&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>%1 — installed in Ollama</source>
        <translation>%1 — in Ollama installiert</translation>
    </message>
    <message>
        <source>%1 — installed</source>
        <translation>%1 — installiert</translation>
    </message>
</context>
<context>
    <name>ogs::ui::MonitorSession</name>
    <message>
        <source>No GPU to sample: %1</source>
        <translation>Keine GPU zum Auslesen: %1</translation>
    </message>
</context>
<context>
    <name>ogs::ui::MonitorWindow</name>
    <message>
        <source>GPU Monitor — Ollama GPU Setup</source>
        <translation>GPU-Monitor — Ollama GPU Setup</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Monitor</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Freeze the charts; samples are still recorded</source>
        <translation>Diagramme anhalten; Messwerte werden weiter aufgezeichnet</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Export P&amp;NG…</source>
        <translation>Als P&amp;NG exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>GPU stuck alert</source>
        <translation>Warnung: GPU hängt</translation>
    </message>
    <message>
        <source>Processes using the GPUs</source>
        <translation>Prozesse, die die GPUs nutzen</translation>
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
        <translation>Prozess</translation>
    </message>
    <message>
        <source>VRAM</source>
        <translation>VRAM</translation>
    </message>
    <message>
        <source>Engine busy</source>
        <translation>Auslastung der Engine</translation>
    </message>
    <message>
        <source>Processes using the GPUs:</source>
        <translation>Prozesse, die die GPUs nutzen:</translation>
    </message>
    <message>
        <source>Waiting for the first sample…</source>
        <translation>Warte auf den ersten Messwert…</translation>
    </message>
    <message>
        <source>No GPU with live readings found.</source>
        <translation>Keine GPU mit Live-Messwerten gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n GPU(s), %1 samples kept</source>
        <translation>
            <numerusform>%n GPU, %1 Messwerte gespeichert</numerusform>
            <numerusform>%n GPUs, %1 Messwerte gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 is stuck busy&lt;/b&gt; (%2).&lt;br&gt;%3&lt;br&gt;&lt;b&gt;Fix:&lt;/b&gt; %4</source>
        <translation>&lt;b&gt;%1 hängt bei voller Auslastung&lt;/b&gt; (%2).&lt;br&gt;%3&lt;br&gt;&lt;b&gt;Abhilfe:&lt;/b&gt; %4</translation>
    </message>
    <message>
        <source>Export samples as CSV</source>
        <translation>Messwerte als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export charts as PNG</source>
        <translation>Diagramme als PNG exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Ollama GPU Setup</source>
        <translation>&amp;Über Ollama GPU Setup</translation>
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
        <translation>Ollama &amp;installieren…</translation>
    </message>
    <message>
        <source>Cance&amp;l</source>
        <translation>A&amp;bbrechen</translation>
    </message>
    <message>
        <source>Ollama download progress</source>
        <translation>Download-Fortschritt von Ollama</translation>
    </message>
    <message>
        <source>Install or update Ollama</source>
        <translation>Ollama installieren oder aktualisieren</translation>
    </message>
    <message>
        <source>Cancel the Ollama install</source>
        <translation>Installation von Ollama abbrechen</translation>
    </message>
    <message>
        <source>Looking for Ollama…</source>
        <translation>Ollama wird gesucht…</translation>
    </message>
    <message>
        <source>Ollama is not installed.</source>
        <translation>Ollama ist nicht installiert.</translation>
    </message>
    <message>
        <source>Ollama %1 (%2) at %3.</source>
        <translation>Ollama %1 (%2) unter %3.</translation>
    </message>
    <message>
        <source>of unknown version</source>
        <translation>in unbekannter Version</translation>
    </message>
    <message>
        <source>unknown build</source>
        <translation>unbekannter Build</translation>
    </message>
    <message>
        <source>The server answers.</source>
        <translation>Der Server antwortet.</translation>
    </message>
    <message>
        <source>The server does not answer.</source>
        <translation>Der Server antwortet nicht.</translation>
    </message>
    <message>
        <source>&amp;Update Ollama…</source>
        <translation>Ollama &amp;aktualisieren…</translation>
    </message>
    <message>
        <source>&amp;Switch to %1…</source>
        <translation>Auf %1 &amp;umsteigen…</translation>
    </message>
    <message>
        <source>Reading the release and planning…</source>
        <translation>Release wird gelesen, Installation wird geplant…</translation>
    </message>
    <message>
        <source>Install Ollama</source>
        <translation>Ollama installieren</translation>
    </message>
    <message>
        <source>Not confirmed; nothing was changed.</source>
        <translation>Nicht bestätigt; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Run this script as root?</source>
        <translation>Dieses Skript als root ausführen?</translation>
    </message>
    <message>
        <source>%1 (SHA-256 %2) will run as root:</source>
        <translation>%1 (SHA-256 %2) wird als root ausgeführt:</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Fertig: %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>ogs::ui::PathComparisonTable</name>
    <message>
        <source>Comparison of the three AMD acceleration paths</source>
        <translation>Vergleich der drei AMD-Beschleunigungsmethoden</translation>
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
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>Einrichtung</translation>
    </message>
    <message>
        <source>GPU requirement</source>
        <translation>GPU-Voraussetzung</translation>
    </message>
    <message>
        <source>Stability</source>
        <translation>Stabilität</translation>
    </message>
    <message>
        <source>Extra install</source>
        <translation>Zusätzliche Installation</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Plattformen</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>Höchste</translation>
    </message>
    <message>
        <source>Good (about 60–80 % of ROCm)</source>
        <translation>Gut (etwa 60–80 % von ROCm)</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Trivial (one variable)</source>
        <translation>Trivial (eine Variable)</translation>
    </message>
    <message>
        <source>Official list only</source>
        <translation>Nur offizielle Liste</translation>
    </message>
    <message>
        <source>Any GPU with Vulkan</source>
        <translation>Jede GPU mit Vulkan</translation>
    </message>
    <message>
        <source>Extended AMD list</source>
        <translation>Erweiterte AMD-Liste</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktionsreif</translation>
    </message>
    <message>
        <source>Experimental</source>
        <translation>Experimentell</translation>
    </message>
    <message>
        <source>Community-maintained</source>
        <translation>Von der Community gepflegt</translation>
    </message>
    <message>
        <source>HIP SDK on Windows</source>
        <translation>HIP SDK unter Windows</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Replaces Ollama</source>
        <translation>Ersetzt Ollama</translation>
    </message>
    <message>
        <source>Windows and Linux</source>
        <translation>Windows und Linux</translation>
    </message>
    <message>
        <source>Windows only</source>
        <translation>Nur Windows</translation>
    </message>
</context>
<context>
    <name>ogs::ui::PathDetailsView</name>
    <message>
        <source>Details of the selected path</source>
        <translation>Details der gewählten Methode</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Expected speed:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Erwartete Geschwindigkeit:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stability:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Stabilität:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;On this card:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Auf dieser Karte:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>It is slower: %1 instead of %2.</source>
        <translation>Sie ist langsamer: %1 statt %2.</translation>
    </message>
    <message>
        <source>It is %1, the first choice is %2.</source>
        <translation>Sie ist %1, die erste Wahl ist %2.</translation>
    </message>
    <message>
        <source>It needs more to be installed or replaced.</source>
        <translation>Dafür muss mehr installiert oder ersetzt werden.</translation>
    </message>
    <message>
        <source>More known problems apply to it on this machine.</source>
        <translation>Auf diesem Rechner betreffen sie mehr bekannte Probleme.</translation>
    </message>
    <message>
        <source>The rules put %1 first for this GPU and Ollama version.</source>
        <translation>Die Regeln setzen %1 für diese GPU und Ollama-Version an die erste Stelle.</translation>
    </message>
    <message>
        <source>Why it ranks below %1:</source>
        <translation>Warum sie hinter %1 liegt:</translation>
    </message>
    <message>
        <source>remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>No environment changes are needed.</source>
        <translation>Es sind keine Änderungen an der Umgebung nötig.</translation>
    </message>
    <message>
        <source>Also needed</source>
        <translation>Außerdem erforderlich</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
</context>
<context>
    <name>ogs::ui::PathPage</name>
    <message>
        <source>Acceleration path</source>
        <translation>Beschleunigungsmethode</translation>
    </message>
    <message>
        <source>The ways Ollama can use this GPU, best first. The first is chosen; pick another to see why it ranks lower.</source>
        <translation>Die Möglichkeiten, wie Ollama diese GPU nutzen kann, die beste zuerst. Die erste ist ausgewählt; wählen Sie eine andere, um zu sehen, warum sie schlechter abschneidet.</translation>
    </message>
    <message>
        <source>Acceleration paths, best first</source>
        <translation>Beschleunigungsmethoden, die beste zuerst</translation>
    </message>
    <message>
        <source>&amp;Paths:</source>
        <translation>&amp;Methoden:</translation>
    </message>
    <message>
        <source>Path details and comparison</source>
        <translation>Details und Vergleich der Methoden</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>&amp;Compare the AMD paths</source>
        <translation>AMD-Methoden &amp;vergleichen</translation>
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
        <translation>Hier nicht möglich:</translation>
    </message>
    <message>
        <source>&lt;p&gt;No acceleration path could be recommended.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Es konnte keine Beschleunigungsmethode empfohlen werden.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ogs::ui::PathText</name>
    <message>
        <source>%1 % of native speed</source>
        <translation>%1 % der nativen Geschwindigkeit</translation>
    </message>
    <message>
        <source>%1–%2 % of native speed</source>
        <translation>%1–%2 % der nativen Geschwindigkeit</translation>
    </message>
    <message>
        <source>about %1–%2 tokens/s with %3</source>
        <translation>etwa %1–%2 Tokens/s mit %3</translation>
    </message>
    <message>
        <source>ROCm (native)</source>
        <translation>ROCm (nativ)</translation>
    </message>
    <message>
        <source>ROCm with a gfx override</source>
        <translation>ROCm mit erzwungenem gfx-Ziel</translation>
    </message>
    <message>
        <source>Vulkan</source>
        <translation>Vulkan</translation>
    </message>
    <message>
        <source>ollama-for-amd (community build)</source>
        <translation>ollama-for-amd (Community-Build)</translation>
    </message>
    <message>
        <source>CUDA (NVIDIA)</source>
        <translation>CUDA (NVIDIA)</translation>
    </message>
    <message>
        <source>Processor only (no GPU)</source>
        <translation>Nur Prozessor (keine GPU)</translation>
    </message>
    <message>
        <source>Ollama on the Windows host</source>
        <translation>Ollama auf dem Windows-Host</translation>
    </message>
    <message>
        <source>production</source>
        <translation>produktionsreif</translation>
    </message>
    <message>
        <source>experimental</source>
        <translation>experimentell</translation>
    </message>
    <message>
        <source>community-maintained</source>
        <translation>von der Community gepflegt</translation>
    </message>
</context>
<context>
    <name>ogs::ui::ScanPage</name>
    <message>
        <source>discrete</source>
        <translation>dediziert</translation>
    </message>
    <message>
        <source>integrated</source>
        <translation>integriert</translation>
    </message>
    <message>
        <source>virtual</source>
        <translation>virtuell</translation>
    </message>
    <message>
        <source>software (CPU)</source>
        <translation>Software (CPU)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
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
        <translation>Linux in WSL 2 (Windows-Subsystem für Linux)</translation>
    </message>
    <message>
        <source>Linux</source>
        <translation>Linux</translation>
    </message>
    <message>
        <source>&amp;Scan again</source>
        <translation>&amp;Erneut suchen</translation>
    </message>
    <message>
        <source>Your system</source>
        <translation>Ihr System</translation>
    </message>
    <message>
        <source>The graphics cards in this computer and what Ollama needs to use them.</source>
        <translation>Die Grafikkarten in diesem Computer und was Ollama braucht, um sie zu nutzen.</translation>
    </message>
    <message>
        <source>Scanning</source>
        <translation>Suche läuft</translation>
    </message>
    <message>
        <source>Detected GPUs</source>
        <translation>Erkannte GPUs</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>gfx target</source>
        <translation>gfx-Ziel</translation>
    </message>
    <message>
        <source>VRAM</source>
        <translation>VRAM</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Vulkan driver</source>
        <translation>Vulkan-Treiber</translation>
    </message>
    <message>
        <source>Seen by</source>
        <translation>Erkannt von</translation>
    </message>
    <message>
        <source>Scan again</source>
        <translation>Erneut suchen</translation>
    </message>
    <message>
        <source>Scanning for GPUs…</source>
        <translation>Suche nach GPUs…</translation>
    </message>
    <message>
        <source>Platform: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Plattform: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>ROCm compute device /dev/kfd: available.</source>
        <translation>ROCm-Rechengerät /dev/kfd: verfügbar.</translation>
    </message>
    <message>
        <source>ROCm compute device /dev/kfd: present but &lt;b&gt;not accessible&lt;/b&gt; to you.</source>
        <translation>ROCm-Rechengerät /dev/kfd: vorhanden, aber für Sie &lt;b&gt;nicht zugänglich&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>ROCm compute device /dev/kfd: not present.</source>
        <translation>ROCm-Rechengerät /dev/kfd: nicht vorhanden.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No graphics card was found.&lt;/b&gt; Ollama will run on the processor.</source>
        <translation>&lt;b&gt;Es wurde keine Grafikkarte gefunden.&lt;/b&gt; Ollama läuft auf dem Prozessor.</translation>
    </message>
</context>
<context>
    <name>ogs::ui::ServerRestart</name>
    <message>
        <source>Restart the service in a terminal: sudo systemctl daemon-reload &amp;&amp; sudo systemctl restart ollama</source>
        <translation>Starten Sie den Dienst in einem Terminal neu: sudo systemctl daemon-reload &amp;&amp; sudo systemctl restart ollama</translation>
    </message>
    <message>
        <source>Ollama reads %1 only when a new terminal starts it: stop the running `ollama serve` (Ctrl+C in its terminal), open a new terminal and run `ollama serve` again.</source>
        <translation>Ollama liest %1 nur, wenn es aus einem neuen Terminal gestartet wird: Beenden Sie das laufende `ollama serve` (Strg+C in seinem Terminal), öffnen Sie ein neues Terminal und führen Sie `ollama serve` erneut aus.</translation>
    </message>
    <message>
        <source>%1 is read at login: log out and back in, then start `ollama serve` again.</source>
        <translation>%1 wird bei der Anmeldung gelesen: Melden Sie sich ab und wieder an und starten Sie dann `ollama serve` erneut.</translation>
    </message>
    <message>
        <source>/etc/environment is read at login: log out and back in, then start Ollama again.</source>
        <translation>/etc/environment wird bei der Anmeldung gelesen: Melden Sie sich ab und wieder an und starten Sie Ollama dann erneut.</translation>
    </message>
    <message>
        <source>Quit Ollama from its icon in the notification area (right-click, Quit Ollama), then start Ollama again from the Start menu: it reads the new variables when it starts.</source>
        <translation>Beenden Sie Ollama über sein Symbol im Infobereich (Rechtsklick, „Quit Ollama“) und starten Sie Ollama dann erneut über das Startmenü: Beim Start liest es die neuen Variablen ein.</translation>
    </message>
    <message>
        <source>Restarting the Ollama service (systemctl restart ollama)…</source>
        <translation>Ollama-Dienst wird neu gestartet (systemctl restart ollama)…</translation>
    </message>
    <message>
        <source>stopped waiting</source>
        <translation>Warten abgebrochen</translation>
    </message>
    <message>
        <source>Waiting for Ollama to answer at %1…</source>
        <translation>Warte auf Antwort von Ollama unter %1…</translation>
    </message>
    <message>
        <source>Reading the server log to confirm the settings…</source>
        <translation>Serverprotokoll wird gelesen, um die Einstellungen zu bestätigen…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Restart Ollama yourself&lt;/b&gt; so it reads the new settings: %1 Then go on to check it.</source>
        <translation>&lt;b&gt;Starten Sie Ollama selbst neu&lt;/b&gt;, damit es die neuen Einstellungen übernimmt: %1 Fahren Sie dann mit der Prüfung fort.</translation>
    </message>
    <message>
        <source>⚠ Ollama was restarted but does not answer yet: %1</source>
        <translation>⚠ Ollama wurde neu gestartet, antwortet aber noch nicht: %1</translation>
    </message>
    <message>
        <source>✔ Restarted Ollama; it answers again (version %1).</source>
        <translation>✔ Ollama wurde neu gestartet und antwortet wieder (Version %1).</translation>
    </message>
    <message>
        <source>✔ Its log confirms the settings: %1.</source>
        <translation>✔ Sein Protokoll bestätigt die Einstellungen: %1.</translation>
    </message>
    <message>
        <source>⚠ Its log shows it did not get: %1.</source>
        <translation>⚠ Laut Protokoll hat es Folgendes nicht erhalten: %1.</translation>
    </message>
    <message>
        <source>No server log was found to confirm the settings.</source>
        <translation>Es wurde kein Serverprotokoll gefunden, um die Einstellungen zu bestätigen.</translation>
    </message>
    <message>
        <source>This Ollama does not list %1 in its log, so those cannot be confirmed.</source>
        <translation>Diese Ollama-Version führt %1 nicht in ihrem Protokoll auf, daher lassen sich diese Werte nicht bestätigen.</translation>
    </message>
</context>
<context>
    <name>ogs::ui::SetupSession</name>
    <message>
        <source>Nothing needed changing.</source>
        <translation>Es musste nichts geändert werden.</translation>
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
        <translation>&amp;Über</translation>
    </message>
    <message>
        <source>About Ollama GPU Setup</source>
        <translation>Über Ollama GPU Setup</translation>
    </message>
</context>
<context>
    <name>ogs::ui::SpeedupTable</name>
    <message>
        <source>CPU and GPU speed compared</source>
        <translation>Geschwindigkeit von CPU und GPU im Vergleich</translation>
    </message>
    <message>
        <source>CPU only</source>
        <translation>Nur CPU</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Speedup</source>
        <translation>Beschleunigung</translation>
    </message>
    <message>
        <source>Prompt processing</source>
        <translation>Prompt-Verarbeitung</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>Generierung</translation>
    </message>
    <message>
        <source>Time to first token</source>
        <translation>Zeit bis zum ersten Token</translation>
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
        <translation>Fertig</translation>
    </message>
    <message>
        <source>What changed, and how to take it back.</source>
        <translation>Was geändert wurde und wie Sie es rückgängig machen.</translation>
    </message>
    <message>
        <source>Summary of the changes</source>
        <translation>Zusammenfassung der Änderungen</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>Bericht s&amp;peichern…</translation>
    </message>
    <message>
        <source>Save a report for a bug report</source>
        <translation>Einen Bericht für eine Fehlermeldung speichern</translation>
    </message>
    <message>
        <source>Open the GPU &amp;monitor</source>
        <translation>GPU-&amp;Monitor öffnen</translation>
    </message>
    <message>
        <source>Open the GPU monitor</source>
        <translation>GPU-Monitor öffnen</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Could not write %1.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1 konnte nicht geschrieben werden.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Acceleration path: &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Beschleunigungsmethode: &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Model: &lt;b&gt;%1&lt;/b&gt; with %2 tokens of context.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Modell: &lt;b&gt;%1&lt;/b&gt; mit %2 Tokens Kontext.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Changes written (journal entry %1):&lt;/p&gt;</source>
        <translation>&lt;p&gt;Geschriebene Änderungen (Journaleintrag %1):&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Nothing was changed on this computer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;An diesem Computer wurde nichts geändert.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Test prompt with %1: &lt;b&gt;%2 tok/s&lt;/b&gt;, %3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Test-Prompt mit %1: &lt;b&gt;%2 tok/s&lt;/b&gt;, %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>processor split unknown</source>
        <translation>Aufteilung auf CPU/GPU unbekannt</translation>
    </message>
    <message>
        <source>&lt;p&gt;To undo them, go back to the Apply page and press Undo, or run &lt;code&gt;ollama-gpu-setup env undo&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Um sie rückgängig zu machen, gehen Sie zurück zur Seite „Einstellungen anwenden“ und klicken Sie auf „Rückgängig“, oder führen Sie &lt;code&gt;ollama-gpu-setup env undo&lt;/code&gt; aus.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>Bericht &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the report to the clipboard</source>
        <translation>Den Bericht in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>&lt;p&gt;The test prompt ran; its results are in the report.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Der Test-Prompt wurde ausgeführt; seine Ergebnisse stehen im Bericht.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Save report…&lt;/b&gt; or &lt;b&gt;Copy report&lt;/b&gt; gives you everything a bug report needs: detection, recommendation, the changes, the test prompt&apos;s results and Ollama&apos;s log lines.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Bericht speichern…&lt;/b&gt; oder &lt;b&gt;Bericht kopieren&lt;/b&gt; liefert alles, was eine Fehlermeldung braucht: Erkennung, Empfehlung, die Änderungen, die Ergebnisse des Test-Prompts und die Protokollzeilen von Ollama.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ogs::ui::VerifyPage</name>
    <message>
        <source>remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Compare with the &amp;CPU</source>
        <translation>Mit der &amp;CPU vergleichen</translation>
    </message>
    <message>
        <source>&amp;Run the test</source>
        <translation>&amp;Test ausführen</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Generation speed</source>
        <translation>Generierungsgeschwindigkeit</translation>
    </message>
    <message>
        <source>tokens/s</source>
        <translation>Tokens/s</translation>
    </message>
    <message>
        <source>GPU busy</source>
        <translation>GPU-Auslastung</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Was schiefgelaufen ist</translation>
    </message>
    <message>
        <source>&amp;Write this fix</source>
        <translation>Diese Abhilfe &amp;eintragen</translation>
    </message>
    <message>
        <source>Check that it works</source>
        <translation>Prüfen, ob es funktioniert</translation>
    </message>
    <message>
        <source>A short test prompt shows where the model runs and how fast. It needs a model that is already installed.</source>
        <translation>Ein kurzer Test-Prompt zeigt, wo das Modell läuft und wie schnell. Dafür ist ein bereits installiertes Modell nötig.</translation>
    </message>
    <message>
        <source>Installed model to test</source>
        <translation>Installiertes Modell für den Test</translation>
    </message>
    <message>
        <source>Installed models</source>
        <translation>Installierte Modelle</translation>
    </message>
    <message>
        <source>Also run the prompt on the CPU and compare</source>
        <translation>Den Prompt zusätzlich auf der CPU ausführen und vergleichen</translation>
    </message>
    <message>
        <source>Runs the prompt a second time with num_gpu 0 to show the speedup</source>
        <translation>Führt den Prompt ein zweites Mal mit num_gpu 0 aus, um den Geschwindigkeitsgewinn zu zeigen</translation>
    </message>
    <message>
        <source>Run the test prompt</source>
        <translation>Test-Prompt ausführen</translation>
    </message>
    <message>
        <source>Stop the test prompt</source>
        <translation>Test-Prompt beenden</translation>
    </message>
    <message>
        <source>Test running</source>
        <translation>Test läuft</translation>
    </message>
    <message>
        <source>The text the model generates</source>
        <translation>Der vom Modell erzeugte Text</translation>
    </message>
    <message>
        <source>The model&apos;s answer appears here as it is generated.</source>
        <translation>Die Antwort des Modells erscheint hier, während sie erzeugt wird.</translation>
    </message>
    <message>
        <source>GPU run</source>
        <translation>Lauf auf der GPU</translation>
    </message>
    <message>
        <source>CPU run</source>
        <translation>Lauf auf der CPU</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>What the fix writes</source>
        <translation>Was die Abhilfe schreibt</translation>
    </message>
    <message>
        <source>Write the fix shown above and restart Ollama</source>
        <translation>Die oben gezeigte Abhilfe eintragen und Ollama neu starten</translation>
    </message>
    <message>
        <source>Try the next-ranked &amp;path</source>
        <translation>Nächstbeste Methode aus&amp;probieren</translation>
    </message>
    <message>
        <source>Go back and apply the next-ranked path</source>
        <translation>Zurückgehen und die nächstbeste Methode anwenden</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>Reading the Ollama server log…</source>
        <translation>Ollama-Serverprotokoll wird gelesen…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Failed:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Fehlgeschlagen:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Asking Ollama at %1 which models are installed…</source>
        <translation>Ollama unter %1 wird nach den installierten Modellen gefragt…</translation>
    </message>
    <message>
        <source>Ready: press Run the test.</source>
        <translation>Bereit: Klicken Sie auf „Test ausführen“.</translation>
    </message>
    <message>
        <source>%1 is not installed yet (ollama pull %1); the test uses %2 instead.</source>
        <translation>%1 ist noch nicht installiert (ollama pull %1); der Test verwendet stattdessen %2.</translation>
    </message>
    <message>
        <source>No model is installed. Install one first, for example: ollama pull %1</source>
        <translation>Es ist kein Modell installiert. Installieren Sie zuerst eines, zum Beispiel: ollama pull %1</translation>
    </message>
    <message>
        <source>
— on the CPU —
</source>
        <translation>
— auf der CPU —
</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The test was cancelled; nothing was measured.</source>
        <translation>Der Test wurde abgebrochen; es wurde nichts gemessen.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>The test failed.</source>
        <translation>Der Test ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>✖ The test prompt failed: %1</source>
        <translation>✖ Der Test-Prompt ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>✔ Working on the processor, as chosen: %1 tok/s.</source>
        <translation>✔ Funktioniert auf dem Prozessor, wie gewählt: %1 tok/s.</translation>
    </message>
    <message>
        <source>✖ The model runs on the CPU (%1), not on the GPU.</source>
        <translation>✖ Das Modell läuft auf der CPU (%1), nicht auf der GPU.</translation>
    </message>
    <message>
        <source>⚠ Slower than expected: %1 tok/s, where %2–%3 tok/s is expected.</source>
        <translation>⚠ Langsamer als erwartet: %1 tok/s, erwartet werden %2–%3 tok/s.</translation>
    </message>
    <message>
        <source>✔ Working, and faster than expected: %1 tok/s (expected %2–%3 tok/s).</source>
        <translation>✔ Funktioniert, sogar schneller als erwartet: %1 tok/s (erwartet %2–%3 tok/s).</translation>
    </message>
    <message>
        <source>✔ Working: %1 tok/s, within the %2–%3 tok/s expected for this GPU on this path.</source>
        <translation>✔ Funktioniert: %1 tok/s, im Rahmen der für diese GPU mit dieser Methode erwarteten %2–%3 tok/s.</translation>
    </message>
    <message>
        <source>✔ Working: %1 tok/s. There is no expected speed to compare it with.</source>
        <translation>✔ Funktioniert: %1 tok/s. Es gibt keine erwartete Geschwindigkeit zum Vergleich.</translation>
    </message>
    <message>
        <source>⚠ Part of the model runs on the CPU (%1): it does not fit in GPU memory.</source>
        <translation>⚠ Ein Teil des Modells läuft auf der CPU (%1): Es passt nicht in den GPU-Speicher.</translation>
    </message>
    <message>
        <source>Expected speed: %1.</source>
        <translation>Erwartete Geschwindigkeit: %1.</translation>
    </message>
    <message>
        <source>No Ollama server log was found, so the cause cannot be read from it.</source>
        <translation>Es wurde kein Ollama-Serverprotokoll gefunden, daher lässt sich die Ursache nicht daraus ablesen.</translation>
    </message>
    <message>
        <source>From the server log (%1):</source>
        <translation>Aus dem Serverprotokoll (%1):</translation>
    </message>
    <message>
        <source>Try the next-ranked &amp;path: %1</source>
        <translation>Nächstbeste Methode aus&amp;probieren: %1</translation>
    </message>
    <message>
        <source>Go back and apply the next-ranked path, %1</source>
        <translation>Zurückgehen und die nächstbeste Methode anwenden, %1</translation>
    </message>
    <message>
        <source>⚠ This fix cannot be planned: %1</source>
        <translation>⚠ Diese Abhilfe lässt sich nicht planen: %1</translation>
    </message>
    <message>
        <source>%1 already holds this; restart Ollama if it is not in effect yet.</source>
        <translation>%1 enthält das bereits; starten Sie Ollama neu, falls es noch nicht wirksam ist.</translation>
    </message>
    <message>
        <source>This target needs administrator rights. Run in a terminal: &lt;code&gt;sudo ollama-gpu-setup env apply --target %1 %2 --yes&lt;/code&gt;</source>
        <translation>Für dieses Ziel sind Administratorrechte nötig. Führen Sie in einem Terminal aus: &lt;code&gt;sudo ollama-gpu-setup env apply --target %1 %2 --yes&lt;/code&gt;</translation>
    </message>
    <message>
        <source>These are the exact changes to %1. Nothing is written until you press Write this fix; Undo on the previous page takes it back.</source>
        <translation>Das sind die genauen Änderungen an %1. Es wird nichts geschrieben, bevor Sie auf „Diese Abhilfe eintragen“ klicken; „Rückgängig“ auf der vorigen Seite nimmt sie zurück.</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Wird geschrieben…</translation>
    </message>
    <message>
        <source>Then run the test again.</source>
        <translation>Führen Sie den Test dann erneut aus.</translation>
    </message>
</context>
<context>
    <name>ogs::ui::VerifySession</name>
    <message>
        <source>Contacting Ollama…</source>
        <translation>Verbindung zu Ollama wird hergestellt…</translation>
    </message>
    <message>
        <source>Loading %1 on the GPU…</source>
        <translation>%1 wird auf die GPU geladen…</translation>
    </message>
    <message>
        <source>Loading %1 on the CPU…</source>
        <translation>%1 wird für die CPU geladen…</translation>
    </message>
    <message>
        <source>Generating %1 tokens on the GPU…</source>
        <translation>%1 Tokens werden auf der GPU erzeugt…</translation>
    </message>
    <message>
        <source>Generating %1 tokens on the CPU…</source>
        <translation>%1 Tokens werden auf der CPU erzeugt…</translation>
    </message>
    <message>
        <source>Unloading %1…</source>
        <translation>%1 wird entladen…</translation>
    </message>
</context>
<context>
    <name>ogs::ui::WelcomePage</name>
    <message>
        <source>Run Ollama on your GPU</source>
        <translation>Ollama auf Ihrer GPU ausführen</translation>
    </message>
    <message>
        <source>This assistant finds your graphics card, picks the fastest way for Ollama to use it, and proves the result with a live test.</source>
        <translation>Dieser Assistent findet Ihre Grafikkarte, wählt den schnellsten Weg, auf dem Ollama sie nutzen kann, und belegt das Ergebnis mit einem Live-Test.</translation>
    </message>
    <message>
        <source>&lt;p&gt;The steps:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Scan this computer&apos;s GPUs and your Ollama install.&lt;/li&gt;&lt;li&gt;Recommend an acceleration path (ROCm, Vulkan, CUDA, …) and explain why.&lt;/li&gt;&lt;li&gt;Check that your model fits in video memory.&lt;/li&gt;&lt;li&gt;Show every change before it is made, then apply it, with undo.&lt;/li&gt;&lt;li&gt;Run a test prompt and measure the speed-up.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;&lt;b&gt;Nothing is changed without showing it to you first.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Schritte:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Die GPUs dieses Computers und Ihre Ollama-Installation erkennen.&lt;/li&gt;&lt;li&gt;Eine Beschleunigungsmethode (ROCm, Vulkan, CUDA, …) empfehlen und die Wahl begründen.&lt;/li&gt;&lt;li&gt;Prüfen, ob Ihr Modell in den Grafikspeicher passt.&lt;/li&gt;&lt;li&gt;Jede Änderung zeigen, bevor sie vorgenommen wird, sie dann anwenden – mit Rückgängig-Funktion.&lt;/li&gt;&lt;li&gt;Einen Test-Prompt ausführen und den Geschwindigkeitsgewinn messen.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;&lt;b&gt;Nichts wird geändert, ohne es Ihnen vorher zu zeigen.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ogs::ui::WslPage</name>
    <message>
        <source>&amp;Mirrored networking: Windows is localhost</source>
        <translation>&amp;Gespiegeltes Netzwerk: Windows ist localhost</translation>
    </message>
    <message>
        <source>Ollama on Windows, this app in WSL 2</source>
        <translation>Ollama unter Windows, diese App in WSL 2</translation>
    </message>
    <message>
        <source>WSL 2 cannot reach an AMD GPU for compute (/dev/kfd is absent). Ollama runs on the Windows side with the GPU, and programs here talk to it over the network.</source>
        <translation>WSL 2 kann eine AMD-GPU nicht für Berechnungen nutzen (/dev/kfd fehlt). Ollama läuft auf der Windows-Seite mit der GPU, und Programme hier sprechen über das Netzwerk mit ihm.</translation>
    </message>
    <message>
        <source>WSL 2 (Linux): your programs ── OLLAMA_HOST ──► Windows: Ollama ──► GPU</source>
        <translation>WSL 2 (Linux): Ihre Programme ── OLLAMA_HOST ──► Windows: Ollama ──► GPU</translation>
    </message>
    <message>
        <source>Ollama address on Windows</source>
        <translation>Ollama-Adresse unter Windows</translation>
    </message>
    <message>
        <source>Ollama &amp;address:</source>
        <translation>Ollama-&amp;Adresse:</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;On Windows&lt;/b&gt;, let Ollama accept connections from WSL (PowerShell):&lt;/p&gt;&lt;pre&gt;[System.Environment]::SetEnvironmentVariable(&apos;OLLAMA_HOST&apos;, &apos;0.0.0.0&apos;, &apos;User&apos;)&lt;/pre&gt;&lt;p&gt;then quit and restart Ollama from the tray. If the test fails, allow port 11434 (PowerShell as administrator):&lt;/p&gt;&lt;pre&gt;New-NetFirewallRule -DisplayName &quot;Ollama&quot; -Direction Inbound -LocalPort 11434 -Protocol TCP -Action Allow&lt;/pre&gt;&lt;p&gt;⚠ &lt;b&gt;Security:&lt;/b&gt; 0.0.0.0 makes Ollama answer &lt;i&gt;every&lt;/i&gt; computer that can reach this PC, without a password. Only do this on a trusted network, or limit the firewall rule to the WSL subnet (-RemoteAddress 172.16.0.0/12).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Unter Windows&lt;/b&gt; erlauben Sie Ollama, Verbindungen aus WSL anzunehmen (PowerShell):&lt;/p&gt;&lt;pre&gt;[System.Environment]::SetEnvironmentVariable(&apos;OLLAMA_HOST&apos;, &apos;0.0.0.0&apos;, &apos;User&apos;)&lt;/pre&gt;&lt;p&gt;Beenden Sie Ollama dann über das Symbol im Infobereich und starten Sie es neu. Schlägt der Test fehl, geben Sie Port 11434 frei (PowerShell als Administrator):&lt;/p&gt;&lt;pre&gt;New-NetFirewallRule -DisplayName &quot;Ollama&quot; -Direction Inbound -LocalPort 11434 -Protocol TCP -Action Allow&lt;/pre&gt;&lt;p&gt;⚠ &lt;b&gt;Sicherheit:&lt;/b&gt; Mit 0.0.0.0 antwortet Ollama &lt;i&gt;jedem&lt;/i&gt; Computer, der diesen PC erreichen kann – ohne Passwort. Tun Sie das nur in einem vertrauenswürdigen Netzwerk, oder beschränken Sie die Firewallregel auf das WSL-Subnetz (-RemoteAddress 172.16.0.0/12).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>NAT net&amp;working (the default): Windows is the default gateway</source>
        <translation>&amp;NAT-Netzwerk (Standard): Windows ist das Standard-Gateway</translation>
    </message>
    <message>
        <source>NAT net&amp;working: no default gateway found</source>
        <translation>&amp;NAT-Netzwerk: kein Standard-Gateway gefunden</translation>
    </message>
    <message>
        <source>NAT net&amp;working (the default): Windows is at %1</source>
        <translation>&amp;NAT-Netzwerk (Standard): Windows ist unter %1 erreichbar</translation>
    </message>
</context>
</TS>
