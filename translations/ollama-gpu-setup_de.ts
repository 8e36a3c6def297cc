<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ogs::BudgetText</name>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet</translation>
    </message>
    <message>
        <source>cannot reach Ollama at %1: %2</source>
        <translation>Ollama unter %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2%3</source>
        <translation>%1 hat mit HTTP %2%3 geantwortet</translation>
    </message>
    <message>
        <source>Ollama&apos;s /api/show answer for %1 is not JSON</source>
        <translation>Die Antwort von Ollamas /api/show für %1 ist kein JSON</translation>
    </message>
    <message>
        <source>%1 (%2, %3) is the largest variant whose minimum VRAM (%4) this card meets and that fits fully on the GPU at %5 tokens of context.</source>
        <translation>%1 (%2, %3) ist die größte Variante, deren VRAM-Mindestbedarf (%4) diese Karte erfüllt und die bei %5 Tokens Kontext vollständig auf die GPU passt.</translation>
    </message>
    <message>
        <source>Even the smallest variant, %1 (%2), does not fit fully at %3 tokens of context; it will run partly on the CPU. A shorter context helps.</source>
        <translation>Selbst die kleinste Variante, %1 (%2), passt bei %3 Tokens Kontext nicht vollständig; sie läuft teilweise auf der CPU. Ein kürzerer Kontext hilft.</translation>
    </message>
    <message>
        <source>Without the model&apos;s architecture the KV cache and compute buffer are left out, so this is a lower bound: pass --model or --arch-file for the full figure.</source>
        <translation>Ohne die Architektur des Modells bleiben KV-Cache und Rechenpuffer unberücksichtigt, dies ist also nur eine Untergrenze: Geben Sie --model oder --arch-file an, um den vollständigen Wert zu erhalten.</translation>
    </message>
    <message>
        <source>The vocabulary size is unknown, so the compute buffer leaves out the output logits; it may be a few hundred MB low.</source>
        <translation>Die Vokabulargröße ist unbekannt, daher fehlen im Rechenpuffer die Ausgabe-Logits; er kann einige hundert MB zu niedrig sein.</translation>
    </message>
    <message>
        <source>A %1 KV cache needs flash attention: set OLLAMA_FLASH_ATTENTION=1 and OLLAMA_KV_CACHE_TYPE=%1, or Ollama falls back to f16.</source>
        <translation>Ein %1-KV-Cache erfordert Flash Attention: Setzen Sie OLLAMA_FLASH_ATTENTION=1 und OLLAMA_KV_CACHE_TYPE=%1, sonst greift Ollama auf f16 zurück.</translation>
    </message>
    <message>
        <source>Good for most tasks</source>
        <translation>Gut für die meisten Aufgaben</translation>
    </message>
    <message>
        <source>Better accuracy (default)</source>
        <translation>Höhere Genauigkeit (Standard)</translation>
    </message>
    <message>
        <source>Full precision</source>
        <translation>Volle Genauigkeit</translation>
    </message>
    <message>
        <source>Ollama at %1 does not have the model %2 (%3): download it with `ollama pull %2`, or give its file size with --model-size</source>
        <translation>Ollama unter %1 hat das Modell %2 nicht (%3): laden Sie es mit `ollama pull %2` herunter oder geben Sie seine Dateigröße mit --model-size an</translation>
    </message>
    <message>
        <source>%1 (%2, %3) is the largest choice from Ollama&apos;s library that fits fully on this card&apos;s GPU at %4 tokens of context.</source>
        <translation>%1 (%2, %3) ist die größte Wahl aus Ollamas Bibliothek, die bei %4 Token Kontext vollständig auf die GPU dieser Karte passt.</translation>
    </message>
</context>
<context>
    <name>ogs::DetectText</name>
    <message>
        <source>%1: DXGI reports %2 MiB of dedicated memory, which some drivers cap at 4 GiB, and the driver&apos;s registry size could not be read (%3)</source>
        <translation>%1: DXGI meldet %2 MiB dedizierten Speicher, einen Wert, den manche Treiber bei 4 GiB deckeln, und die Speichergröße des Treibers in der Registry konnte nicht gelesen werden (%3)</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>the built-in AMD PCI id table could not be loaded; gfx targets may be missing</source>
        <translation>Die eingebaute AMD-PCI-ID-Tabelle konnte nicht geladen werden; gfx-Ziele fehlen möglicherweise</translation>
    </message>
    <message>
        <source>Unknown vendor</source>
        <translation>Unbekannter Hersteller</translation>
    </message>
    <message>
        <source>%1 exists but cannot be loaded: %2</source>
        <translation>%1 ist vorhanden, kann aber nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>NVML does not exist on this platform</source>
        <translation>NVML gibt es auf dieser Plattform nicht</translation>
    </message>
    <message>
        <source>no NVIDIA driver (NVML not found: %1)</source>
        <translation>kein NVIDIA-Treiber (NVML nicht gefunden: %1)</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>%1 (NVML error %2)</source>
        <translation>%1 (NVML-Fehler %2)</translation>
    </message>
    <message>
        <source>%1: NVML bus id &quot;%2&quot; is not domain:bus:device.function; %3</source>
        <translation>%1: Die NVML-Bus-ID &quot;%2&quot; hat nicht die Form domain:bus:device.function; %3</translation>
    </message>
    <message>
        <source>its PCI address is unknown</source>
        <translation>ihre PCI-Adresse ist unbekannt</translation>
    </message>
    <message>
        <source>using %1 from its fields</source>
        <translation>es wird %1 aus ihren Einzelfeldern verwendet</translation>
    </message>
    <message>
        <source>%1: implausible CUDA compute capability %2.%3</source>
        <translation>%1: unplausible CUDA Compute Capability %2.%3</translation>
    </message>
    <message>
        <source>%1 lacks %2: the NVIDIA driver is too old or this is not NVML; update the driver</source>
        <translation>%1 enthält %2 nicht: Der NVIDIA-Treiber ist zu alt, oder dies ist kein NVML; aktualisieren Sie den Treiber</translation>
    </message>
    <message>
        <source>%1 lacks %2; those fields stay empty</source>
        <translation>%1 enthält %2 nicht; diese Felder bleiben leer</translation>
    </message>
    <message>
        <source>nvmlInit_v2 failed: %1</source>
        <translation>nvmlInit_v2 ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>; the NVIDIA kernel module is not loaded (reboot after installing the driver, or check Secure Boot module signing)</source>
        <translation>; das NVIDIA-Kernelmodul ist nicht geladen (starten Sie nach der Treiberinstallation neu, oder prüfen Sie die Modulsignierung für Secure Boot)</translation>
    </message>
    <message>
        <source>nvmlDeviceGetCount_v2 failed: %1</source>
        <translation>nvmlDeviceGetCount_v2 ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>NVML reports %1 GPUs; reading only the first %2</source>
        <translation>NVML meldet %1 GPUs; nur die ersten %2 werden gelesen</translation>
    </message>
    <message>
        <source>GPU %1: nvmlDeviceGetHandleByIndex_v2 failed: %2</source>
        <translation>GPU %1: nvmlDeviceGetHandleByIndex_v2 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>nvmlShutdown failed: %1</source>
        <translation>nvmlShutdown ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>This looks like WSL 1 (kernel %1, no /dev/dxg): WSL 1 has no GPU access; use WSL 2 or run Ollama on Windows</source>
        <translation>Dies sieht nach WSL 1 aus (Kernel %1, kein /dev/dxg): WSL 1 hat keinen GPU-Zugriff; verwenden Sie WSL 2 oder führen Sie Ollama unter Windows aus</translation>
    </message>
    <message>
        <source>WSL 2 without /dev/dxg (kernel %1): the Windows GPU driver is not shared with Linux; run &apos;wsl --update&apos; in Windows and install a current GPU driver there</source>
        <translation>WSL 2 ohne /dev/dxg (Kernel %1): Der Windows-GPU-Treiber wird nicht mit Linux geteilt; führen Sie unter Windows &apos;wsl --update&apos; aus und installieren Sie dort einen aktuellen GPU-Treiber</translation>
    </message>
    <message>
        <source>%1 exists but this user cannot open it for reading and writing: add the user to the &apos;render&apos; (and &apos;video&apos;) group and log in again</source>
        <translation>%1 ist vorhanden, aber dieser Benutzer kann es nicht zum Lesen und Schreiben öffnen: Fügen Sie den Benutzer der Gruppe &apos;render&apos; (und &apos;video&apos;) hinzu und melden Sie sich erneut an</translation>
    </message>
    <message>
        <source>%1: cannot read the primary group (%2)</source>
        <translation>%1: Die primäre Gruppe kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>%1: cannot read group memberships (%2)</source>
        <translation>%1: Die Gruppenmitgliedschaften können nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>%1: not a number: &quot;%2&quot;</source>
        <translation>%1: keine Zahl: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1/class does not exist; no sysfs to read</source>
        <translation>%1/class existiert nicht; kein sysfs zum Lesen</translation>
    </message>
    <message>
        <source>%1: no readable PCI vendor/device id (vendor, device, uevent PCI_ID); card skipped</source>
        <translation>%1: keine lesbare PCI-Hersteller-/Geräte-ID (vendor, device, uevent PCI_ID); Karte übersprungen</translation>
    </message>
    <message>
        <source>%1/revision: not a revision: &quot;%2&quot;</source>
        <translation>%1/revision: keine Revision: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: garbled line &quot;%2&quot;</source>
        <translation>%1: unlesbare Zeile &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: no gfx_target_version</source>
        <translation>%1: kein gfx_target_version</translation>
    </message>
    <message>
        <source>%1: gfx_target_version %2 is not a valid target</source>
        <translation>%1: gfx_target_version %2 ist kein gültiges Ziel</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>the Vulkan loader does not provide vkCreateInstance; detection continues without Vulkan</source>
        <translation>Der Vulkan-Loader stellt vkCreateInstance nicht bereit; die Erkennung wird ohne Vulkan fortgesetzt</translation>
    </message>
    <message>
        <source>vkCreateInstance failed with %1: no working Vulkan driver (ICD) was found or a driver is broken; detection continues without Vulkan</source>
        <translation>vkCreateInstance ist mit %1 fehlgeschlagen: Es wurde kein funktionierender Vulkan-Treiber (ICD) gefunden, oder ein Treiber ist defekt; die Erkennung wird ohne Vulkan fortgesetzt</translation>
    </message>
    <message>
        <source>the Vulkan loader lacks vkEnumeratePhysicalDevices or vkGetPhysicalDeviceProperties; no Vulkan devices listed</source>
        <translation>Dem Vulkan-Loader fehlt vkEnumeratePhysicalDevices oder vkGetPhysicalDeviceProperties; es werden keine Vulkan-Geräte aufgeführt</translation>
    </message>
    <message>
        <source>vkEnumeratePhysicalDevices failed with %1; no Vulkan devices listed</source>
        <translation>vkEnumeratePhysicalDevices ist mit %1 fehlgeschlagen; es werden keine Vulkan-Geräte aufgeführt</translation>
    </message>
    <message>
        <source>the Vulkan loader found no devices (no driver installed for this GPU?)</source>
        <translation>Der Vulkan-Loader hat keine Geräte gefunden (kein Treiber für diese GPU installiert?)</translation>
    </message>
    <message>
        <source>the Vulkan loader &apos;%1&apos; could not be loaded (%2); detection continues without Vulkan</source>
        <translation>Der Vulkan-Loader &apos;%1&apos; konnte nicht geladen werden (%2); die Erkennung wird ohne Vulkan fortgesetzt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not export vkGetInstanceProcAddr, so it is not a Vulkan loader; detection continues without Vulkan</source>
        <translation>&apos;%1&apos; exportiert vkGetInstanceProcAddr nicht und ist daher kein Vulkan-Loader; die Erkennung wird ohne Vulkan fortgesetzt</translation>
    </message>
</context>
<context>
    <name>ogs::DiagnoseText</name>
    <message>
        <source>Ollama found the GPU (%1) but its ROCm folder offers no GPU targets at all (supported types:[]): the rocBLAS kernel files are missing or were replaced by an incompatible set.</source>
        <translation>Ollama hat die GPU (%1) gefunden, aber sein ROCm-Ordner bietet überhaupt keine GPU-Ziele an (supported types:[]): Die rocBLAS-Kerneldateien fehlen oder wurden durch einen inkompatiblen Satz ersetzt.</translation>
    </message>
    <message>
        <source>Ollama&apos;s ROCm build has no kernels for %1%2, so it dropped the GPU.</source>
        <translation>Der ROCm-Build von Ollama enthält keine Kernel für %1%2, daher hat Ollama die GPU verworfen.</translation>
    </message>
    <message>
        <source> (it supports %1)</source>
        <translation> (unterstützt werden %1)</translation>
    </message>
    <message>
        <source>HSA_OVERRIDE_GFX_VERSION has no effect on Windows. Use the Vulkan backend (OLLAMA_VULKAN=1, on by default since Ollama 0.30) or the ollama-for-amd build, which ships kernels for %1.</source>
        <translation>HSA_OVERRIDE_GFX_VERSION hat unter Windows keine Wirkung. Verwenden Sie das Vulkan-Backend (OLLAMA_VULKAN=1, seit Ollama 0.30 standardmäßig aktiv) oder den ollama-for-amd-Build, der Kernel für %1 mitbringt.</translation>
    </message>
    <message>
        <source>Set HSA_OVERRIDE_GFX_VERSION=%1 for the Ollama service (systemd drop-in) and restart it, or use the Vulkan backend (OLLAMA_VULKAN=1).</source>
        <translation>Setzen Sie HSA_OVERRIDE_GFX_VERSION=%1 für den Ollama-Dienst (systemd-Drop-in) und starten Sie ihn neu, oder verwenden Sie das Vulkan-Backend (OLLAMA_VULKAN=1).</translation>
    </message>
    <message>
        <source>No ROCm override fits %1; use the Vulkan backend (OLLAMA_VULKAN=1).</source>
        <translation>Für %1 passt kein erzwungenes ROCm-gfx-Ziel; verwenden Sie das Vulkan-Backend (OLLAMA_VULKAN=1).</translation>
    </message>
    <message>
        <source>Ollama saw the %1 device at %2 but it did not initialise, so Ollama dropped it. Usually the GPU driver is older than the bundled %1 runtime needs, or the gfx target is not in this build.</source>
        <translation>Ollama hat das %1-Gerät unter %2 gesehen, aber es wurde nicht initialisiert, daher hat Ollama es verworfen. Meist ist der GPU-Treiber älter, als die mitgelieferte %1-Laufzeitumgebung es verlangt, oder das gfx-Ziel ist in diesem Build nicht enthalten.</translation>
    </message>
    <message>
        <source>Update the AMD Adrenalin driver and restart Ollama; if it still fails, use the Vulkan backend (OLLAMA_VULKAN=1).</source>
        <translation>Aktualisieren Sie den AMD-Adrenalin-Treiber und starten Sie Ollama neu; schlägt es weiterhin fehl, verwenden Sie das Vulkan-Backend (OLLAMA_VULKAN=1).</translation>
    </message>
    <message>
        <source>Update the amdgpu/ROCm driver and restart Ollama; if it still fails, use the Vulkan backend (OLLAMA_VULKAN=1).</source>
        <translation>Aktualisieren Sie den amdgpu/ROCm-Treiber und starten Sie Ollama neu; schlägt es weiterhin fehl, verwenden Sie das Vulkan-Backend (OLLAMA_VULKAN=1).</translation>
    </message>
    <message>
        <source>HSA_OVERRIDE_GFX_VERSION=%1 was recognised but Ollama ended with total_vram=&quot;0 B&quot;: the override only changes the reported architecture; the HIP runtime still cannot reach the GPU.</source>
        <translation>HSA_OVERRIDE_GFX_VERSION=%1 wurde erkannt, aber Ollama endete mit total_vram=&quot;0 B&quot;: Der Override ändert nur die gemeldete Architektur; die HIP-Laufzeitumgebung kann die GPU weiterhin nicht erreichen.</translation>
    </message>
    <message>
        <source>Install the AMD HIP SDK, or (simpler) remove the override and use the Vulkan backend (OLLAMA_VULKAN=1).</source>
        <translation>Installieren Sie das AMD HIP SDK, oder (einfacher) entfernen Sie den Override und verwenden Sie das Vulkan-Backend (OLLAMA_VULKAN=1).</translation>
    </message>
    <message>
        <source>Remove the override and use the Vulkan backend (OLLAMA_VULKAN=1), or install a ROCm runtime that supports this GPU.</source>
        <translation>Entfernen Sie den Override und verwenden Sie das Vulkan-Backend (OLLAMA_VULKAN=1), oder installieren Sie eine ROCm-Laufzeitumgebung, die diese GPU unterstützt.</translation>
    </message>
    <message>
        <source>HSA_OVERRIDE_GFX_VERSION=%1 is set, but Windows does not go through HSA: the variable does nothing there.</source>
        <translation>HSA_OVERRIDE_GFX_VERSION=%1 ist gesetzt, aber Windows nutzt HSA nicht: Die Variable bewirkt dort nichts.</translation>
    </message>
    <message>
        <source>Delete HSA_OVERRIDE_GFX_VERSION from the user and system environment variables and restart Ollama. For an unsupported GPU use Vulkan (OLLAMA_VULKAN=1) or the ollama-for-amd build.</source>
        <translation>Löschen Sie HSA_OVERRIDE_GFX_VERSION aus den Benutzer- und Systemumgebungsvariablen und starten Sie Ollama neu. Für eine nicht unterstützte GPU verwenden Sie Vulkan (OLLAMA_VULKAN=1) oder den ollama-for-amd-Build.</translation>
    </message>
    <message>
        <source>HSA_OVERRIDE_GFX_VERSION=%1 is left over from a ROCm attempt, but Ollama now uses Vulkan. If ROCm loads again the override can make it crash or pick the wrong kernels.</source>
        <translation>HSA_OVERRIDE_GFX_VERSION=%1 ist von einem ROCm-Versuch übrig geblieben, aber Ollama verwendet jetzt Vulkan. Wird ROCm wieder geladen, kann der Override es abstürzen oder die falschen Kernel wählen lassen.</translation>
    </message>
    <message>
        <source>Remove HSA_OVERRIDE_GFX_VERSION from the Ollama service environment and restart it.</source>
        <translation>Entfernen Sie HSA_OVERRIDE_GFX_VERSION aus der Umgebung des Ollama-Dienstes und starten Sie ihn neu.</translation>
    </message>
    <message>
        <source>Vulkan was requested, but Ollama prefers ROCm over Vulkan when both see the same GPU, so it still runs on ROCm.</source>
        <translation>Vulkan wurde angefordert, aber Ollama bevorzugt ROCm gegenüber Vulkan, wenn beide dieselbe GPU sehen, daher läuft es weiterhin auf ROCm.</translation>
    </message>
    <message>
        <source>Set OLLAMA_LLM_LIBRARY=vulkan and hide the ROCm devices (%1), then restart Ollama.</source>
        <translation>Setzen Sie OLLAMA_LLM_LIBRARY=vulkan, verbergen Sie die ROCm-Geräte (%1) und starten Sie Ollama dann neu.</translation>
    </message>
    <message>
        <source>(detection: the user is not in the render group)</source>
        <translation>(Erkennung: Der Benutzer ist nicht in der Gruppe render)</translation>
    </message>
    <message>
        <source>The account Ollama runs as cannot open /dev/kfd and /dev/dri/renderD*: it is not in the render group.</source>
        <translation>Das Konto, unter dem Ollama läuft, kann /dev/kfd und /dev/dri/renderD* nicht öffnen: Es ist nicht in der Gruppe render.</translation>
    </message>
    <message>
        <source>sudo usermod -aG render,video ollama (for the service; use your own user name for `ollama serve`), then restart Ollama or log in again.</source>
        <translation>sudo usermod -aG render,video ollama (für den Dienst; für `ollama serve` verwenden Sie Ihren eigenen Benutzernamen), dann starten Sie Ollama neu oder melden sich erneut an.</translation>
    </message>
    <message>
        <source>Only %1 of %2 layers fit in GPU memory; the rest run on the CPU, which is several times slower.</source>
        <translation>Nur %1 von %2 Schichten passen in den GPU-Speicher; der Rest läuft auf der CPU, was um ein Mehrfaches langsamer ist.</translation>
    </message>
    <message>
        <source>Use a smaller quantisation (Q4_K_M instead of Q8_0/F16), a smaller context (OLLAMA_CONTEXT_LENGTH=4096) or close other programs that use GPU memory.</source>
        <translation>Verwenden Sie eine kleinere Quantisierung (Q4_K_M statt Q8_0/F16) oder einen kleineren Kontext (OLLAMA_CONTEXT_LENGTH=4096), oder schließen Sie andere Programme, die GPU-Speicher belegen.</translation>
    </message>
    <message>
        <source>Ollama found a GPU but offloaded 0 of %1 layers: the model did not fit at all, or num_gpu=0 was requested.</source>
        <translation>Ollama hat eine GPU gefunden, aber 0 von %1 Schichten auf sie ausgelagert: Das Modell passte überhaupt nicht, oder es wurde num_gpu=0 angefordert.</translation>
    </message>
    <message>
        <source>Use a smaller model or quantisation, reduce the context, and check that no Modelfile/options set num_gpu 0.</source>
        <translation>Verwenden Sie ein kleineres Modell oder eine kleinere Quantisierung, verringern Sie den Kontext und prüfen Sie, dass keine Modelfile/Optionen num_gpu 0 setzen.</translation>
    </message>
    <message>
        <source>%1 does not fit in GPU memory; the CPU part slows every token.</source>
        <translation>%1 passt nicht in den GPU-Speicher; der CPU-Anteil bremst jedes Token.</translation>
    </message>
    <message>
        <source>Use a smaller quantisation or context (OLLAMA_CONTEXT_LENGTH), or close other GPU programs.</source>
        <translation>Verwenden Sie eine kleinere Quantisierung oder einen kleineren Kontext (OLLAMA_CONTEXT_LENGTH), oder schließen Sie andere GPU-Programme.</translation>
    </message>
    <message>
        <source>%1 is loaded entirely in system memory.</source>
        <translation>%1 ist vollständig in den Arbeitsspeicher geladen.</translation>
    </message>
    <message>
        <source>See the other findings for why Ollama has no usable GPU.</source>
        <translation>Die anderen Befunde zeigen, warum Ollama keine nutzbare GPU hat.</translation>
    </message>
    <message>
        <source>%1=%2 (server saw &quot;%3&quot;)</source>
        <translation>%1=%2 (Server sah &quot;%3&quot;)</translation>
    </message>
    <message>
        <source>(no &quot;server config&quot; line in the log: the server has not restarted since logging began)</source>
        <translation>(keine &quot;server config&quot;-Zeile im Protokoll: Der Server wurde seit Beginn der Protokollierung nicht neu gestartet)</translation>
    </message>
    <message>
        <source>The running Ollama server did not receive: %1. It was not restarted after the change, or the setting went to a place the server does not read%2.</source>
        <translation>Der laufende Ollama-Server hat Folgendes nicht erhalten: %1. Er wurde nach der Änderung nicht neu gestartet, oder die Einstellung wurde an einen Ort geschrieben, den der Server nicht liest%2.</translation>
    </message>
    <message>
        <source> (the Windows app overwrites OLLAMA_HOST, OLLAMA_MODELS, OLLAMA_CONTEXT_LENGTH, OLLAMA_ORIGINS from its own settings)</source>
        <translation> (die Windows-App überschreibt OLLAMA_HOST, OLLAMA_MODELS, OLLAMA_CONTEXT_LENGTH und OLLAMA_ORIGINS mit ihren eigenen Einstellungen)</translation>
    </message>
    <message>
        <source> (the systemd service ignores ~/.bashrc; use a drop-in)</source>
        <translation> (der systemd-Dienst ignoriert ~/.bashrc; verwenden Sie ein Drop-in)</translation>
    </message>
    <message>
        <source>Quit Ollama from the tray icon and start it again, then re-run diagnose.</source>
        <translation>Beenden Sie Ollama über das Symbol im Infobereich, starten Sie es erneut und führen Sie dann diagnose noch einmal aus.</translation>
    </message>
    <message>
        <source>sudo systemctl daemon-reload &amp;&amp; sudo systemctl restart ollama, then re-run diagnose.</source>
        <translation>sudo systemctl daemon-reload &amp;&amp; sudo systemctl restart ollama, dann führen Sie diagnose noch einmal aus.</translation>
    </message>
    <message>
        <source>This Ollama has a Vulkan backend, but it is switched off.</source>
        <translation>Dieses Ollama hat ein Vulkan-Backend, aber es ist ausgeschaltet.</translation>
    </message>
    <message>
        <source>Set OLLAMA_VULKAN=1 for the Ollama server and restart it.</source>
        <translation>Setzen Sie OLLAMA_VULKAN=1 für den Ollama-Server und starten Sie ihn neu.</translation>
    </message>
    <message>
        <source>Ollama could not confirm a recent AMD driver.</source>
        <translation>Ollama konnte keinen aktuellen AMD-Treiber bestätigen.</translation>
    </message>
    <message>
        <source>Install the current AMD Adrenalin driver.</source>
        <translation>Installieren Sie den aktuellen AMD-Adrenalin-Treiber.</translation>
    </message>
    <message>
        <source>Usually harmless with the in-kernel amdgpu driver; update the kernel/firmware if the GPU is not found.</source>
        <translation>Mit dem im Kernel enthaltenen amdgpu-Treiber meist harmlos; aktualisieren Sie Kernel/Firmware, wenn die GPU nicht gefunden wird.</translation>
    </message>
    <message>
        <source>Ollama skips Radeon integrated GPUs (id %1, %2 reported) by default.</source>
        <translation>Ollama überspringt integrierte Radeon-GPUs (ID %1, %2 gemeldet) standardmäßig.</translation>
    </message>
    <message>
        <source>Nothing to do if another GPU is used. To use the iGPU, set OLLAMA_IGPU_ENABLE=1 (Ollama 0.30+) or use the Vulkan backend.</source>
        <translation>Nichts zu tun, wenn eine andere GPU verwendet wird. Um die iGPU zu nutzen, setzen Sie OLLAMA_IGPU_ENABLE=1 (Ollama 0.30+) oder verwenden Sie das Vulkan-Backend.</translation>
    </message>
    <message>
        <source>Ollama found no usable GPU and runs on the CPU only.</source>
        <translation>Ollama hat keine nutzbare GPU gefunden und läuft nur auf der CPU.</translation>
    </message>
    <message>
        <source>Check that the GPU driver is installed, then try the Vulkan backend (OLLAMA_VULKAN=1). Start Ollama with OLLAMA_DEBUG=1 to see why each GPU was rejected.</source>
        <translation>Prüfen Sie, ob der GPU-Treiber installiert ist, und versuchen Sie dann das Vulkan-Backend (OLLAMA_VULKAN=1). Starten Sie Ollama mit OLLAMA_DEBUG=1, um zu sehen, warum die einzelnen GPUs abgelehnt wurden.</translation>
    </message>
</context>
<context>
    <name>ogs::EnvText</name>
    <message>
        <source>cannot write %1: the file is read-only (no write permission for anyone); make it writable first if it should change</source>
        <translation>%1 kann nicht geschrieben werden: Die Datei ist schreibgeschützt (niemand hat Schreibrecht); machen Sie sie zuerst beschreibbar, wenn sie geändert werden soll</translation>
    </message>
    <message>
        <source>cannot write %1: permission denied (the file is read-only for this user)</source>
        <translation>%1 kann nicht geschrieben werden: Zugriff verweigert (die Datei ist für diesen Benutzer schreibgeschützt)</translation>
    </message>
    <message>
        <source>cannot create the folder %1 (permission denied?)</source>
        <translation>Der Ordner %1 kann nicht angelegt werden (keine Berechtigung?)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot set the permissions of %1: %2</source>
        <translation>Die Berechtigungen von %1 können nicht gesetzt werden: %2</translation>
    </message>
    <message>
        <source>cannot keep the owner of %1 (uid %2, gid %3): %4</source>
        <translation>Der Eigentümer von %1 (UID %2, GID %3) kann nicht beibehalten werden: %4</translation>
    </message>
    <message>
        <source>cannot remove %1: %2</source>
        <translation>%1 kann nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot read the journal entry %1: %2</source>
        <translation>Der Journaleintrag %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the journal entry %1 is damaged: %2</source>
        <translation>Der Journaleintrag %1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>the saved copy %1 is missing or damaged; %2 was not touched</source>
        <translation>Die gesicherte Kopie %1 fehlt oder ist beschädigt; %2 wurde nicht angerührt</translation>
    </message>
    <message>
        <source>Nothing to change: %1 already has these values.</source>
        <translation>Nichts zu ändern: %1 hat diese Werte bereits.</translation>
    </message>
    <message>
        <source>; nothing was changed</source>
        <translation>; es wurde nichts geändert</translation>
    </message>
    <message>
        <source>%1 changed since the plan was made; nothing was changed (make the plan again)</source>
        <translation>%1 hat sich geändert, seit der Plan erstellt wurde; es wurde nichts geändert (erstellen Sie den Plan erneut)</translation>
    </message>
    <message>
        <source>no registry on this platform; nothing was changed</source>
        <translation>Keine Registry auf dieser Plattform; es wurde nichts geändert</translation>
    </message>
    <message>
        <source>%1\%2 changed since the plan was made; nothing was changed (make the plan again)</source>
        <translation>%1\%2 hat sich geändert, seit der Plan erstellt wurde; es wurde nichts geändert (erstellen Sie den Plan erneut)</translation>
    </message>
    <message>
        <source>cannot create the journal folder %1; nothing was changed</source>
        <translation>Der Journalordner %1 kann nicht angelegt werden; es wurde nichts geändert</translation>
    </message>
    <message>
        <source>cannot save the backup: %1</source>
        <translation>Die Sicherung kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>cannot write the journal: %1</source>
        <translation>Das Journal kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>%1; restoring the files already written failed too (%2); `env undo` can finish it from %3</source>
        <translation>%1; auch das Wiederherstellen der bereits geschriebenen Dateien ist fehlgeschlagen (%2); `env undo` kann es anhand von %3 abschließen</translation>
    </message>
    <message>
        <source> (previous content saved in %1/%2)</source>
        <translation> (vorheriger Inhalt gesichert in %1/%2)</translation>
    </message>
    <message>
        <source>%1; restoring failed too (%2)</source>
        <translation>%1; auch das Wiederherstellen ist fehlgeschlagen (%2)</translation>
    </message>
    <message>
        <source>Warning: the change is made but the journal could not be updated (%1); `env undo` still works from the pending entry</source>
        <translation>Warnung: Die Änderung ist vorgenommen, aber das Journal konnte nicht aktualisiert werden (%1); `env undo` funktioniert weiterhin über den ausstehenden Eintrag</translation>
    </message>
    <message>
        <source>Warning: programs were not told about the change (%1); they see it after a restart</source>
        <translation>Warnung: Programme wurden nicht über die Änderung benachrichtigt (%1); sie sehen sie erst nach einem Neustart</translation>
    </message>
    <message>
        <source>; nothing was undone</source>
        <translation>; es wurde nichts rückgängig gemacht</translation>
    </message>
    <message>
        <source>nothing to undo: no applied change in %1</source>
        <translation>Nichts rückgängig zu machen: keine angewendete Änderung in %1</translation>
    </message>
    <message>
        <source>%1 changed after ollama-gpu-setup wrote it (%2)</source>
        <translation>%1 wurde geändert, nachdem ollama-gpu-setup es geschrieben hat (%2)</translation>
    </message>
    <message>
        <source>the entry changed the Windows registry, which is not available here</source>
        <translation>Der Eintrag hat die Windows-Registry geändert, die hier nicht verfügbar ist</translation>
    </message>
    <message>
        <source>%1 changed after ollama-gpu-setup set it (%2)</source>
        <translation>%1 wurde geändert, nachdem ollama-gpu-setup es gesetzt hat (%2)</translation>
    </message>
    <message>
        <source>cannot write %1: permission denied</source>
        <translation>%1 kann nicht geschrieben werden: Zugriff verweigert</translation>
    </message>
    <message>
        <source>; nothing was undone (the saved copies are in %1)</source>
        <translation>; es wurde nichts rückgängig gemacht (die gesicherten Kopien liegen in %1)</translation>
    </message>
    <message>
        <source>Entry %1 was already undone on disk</source>
        <translation>Eintrag %1 war auf der Festplatte bereits rückgängig gemacht</translation>
    </message>
    <message>
        <source>Warning: the files are restored but the journal could not be updated (%1)</source>
        <translation>Warnung: Die Dateien sind wiederhergestellt, aber das Journal konnte nicht aktualisiert werden (%1)</translation>
    </message>
    <message>
        <source>Warning: programs were not told about the change (%1)</source>
        <translation>Warnung: Programme wurden nicht über die Änderung benachrichtigt (%1)</translation>
    </message>
    <message>
        <source>%1 is a symbolic link that points nowhere usable (a loop or a chain of broken links)</source>
        <translation>%1 ist ein symbolischer Link, der auf nichts Brauchbares zeigt (eine Schleife oder eine Kette defekter Links)</translation>
    </message>
    <message>
        <source>%1 is larger than 16 MiB; not editing it</source>
        <translation>%1 ist größer als 16 MiB; die Datei wird nicht bearbeitet</translation>
    </message>
    <message>
        <source>OLLAMA_HOST=%1 makes Ollama listen on every network interface, and its API has no authentication: anyone who can reach this machine can run, pull and delete models. If only WSL2 needs to reach Ollama on Windows, bind to the WSL virtual adapter&apos;s address instead (the IPv4 address of &apos;vEthernet (WSL)&apos; in ipconfig, e.g. OLLAMA_HOST=172.28.160.1:11434), or keep 0.0.0.0 behind a firewall rule that only allows the WSL subnet. To expose it anyway, add --allow-network-exposure</source>
        <translation>OLLAMA_HOST=%1 lässt Ollama auf allen Netzwerkschnittstellen lauschen, und seine API hat keine Authentifizierung: Jeder, der diesen Rechner erreichen kann, kann Modelle ausführen, herunterladen und löschen. Wenn nur WSL2 Ollama unter Windows erreichen muss, binden Sie es stattdessen an die Adresse des virtuellen WSL-Adapters (die IPv4-Adresse von &apos;vEthernet (WSL)&apos; in ipconfig, z. B. OLLAMA_HOST=172.28.160.1:11434), oder belassen Sie 0.0.0.0 hinter einer Firewallregel, die nur das WSL-Subnetz zulässt. Um es trotzdem freizugeben, fügen Sie --allow-network-exposure hinzu</translation>
    </message>
    <message>
        <source>%1 is set twice</source>
        <translation>%1 ist doppelt gesetzt</translation>
    </message>
    <message>
        <source>%1 is both set and unset</source>
        <translation>%1 ist zugleich gesetzt und entfernt</translation>
    </message>
    <message>
        <source>%1 is not a variable ollama-gpu-setup manages (see `env --help` for the list)</source>
        <translation>%1 ist keine Variable, die ollama-gpu-setup verwaltet (die Liste zeigt `env --help`)</translation>
    </message>
    <message>
        <source>%1 has no effect on Windows (ROCm on Windows does not go through HSA)</source>
        <translation>%1 hat unter Windows keine Wirkung (ROCm unter Windows nutzt HSA nicht)</translation>
    </message>
    <message>
        <source>HSA_ENABLE_DXG_DETECTION only matters inside WSL2</source>
        <translation>HSA_ENABLE_DXG_DETECTION spielt nur innerhalb von WSL2 eine Rolle</translation>
    </message>
    <message>
        <source>%1 exists, so bash login shells read it instead of %2; make sure it sources %2, or use the bashrc target</source>
        <translation>%1 existiert, daher lesen bash-Login-Shells diese Datei statt %2; stellen Sie sicher, dass sie %2 per source einbindet, oder verwenden Sie das Ziel bashrc</translation>
    </message>
    <message>
        <source>%1 line %2 also sets %3 after our block, so that line wins; remove it by hand</source>
        <translation>%1 setzt in Zeile %2 nach unserem Block ebenfalls %3, daher gilt diese Zeile; entfernen Sie sie von Hand</translation>
    </message>
    <message>
        <source>%1 line %2 also sets %3; our block comes later and wins</source>
        <translation>%1 setzt in Zeile %2 ebenfalls %3; unser Block kommt später und gilt</translation>
    </message>
    <message>
        <source>%1 line %2 still sets %3; ollama-gpu-setup did not write that line and does not edit it; remove it by hand</source>
        <translation>%1 setzt in Zeile %2 weiterhin %3; ollama-gpu-setup hat diese Zeile nicht geschrieben und bearbeitet sie nicht; entfernen Sie sie von Hand</translation>
    </message>
    <message>
        <source>the %1 target is only available on Windows</source>
        <translation>Das Ziel %1 ist nur unter Windows verfügbar</translation>
    </message>
    <message>
        <source>%1 in %2 is REG_EXPAND_SZ, where &apos;%&apos; would expand other variables; the value cannot contain &apos;%&apos;</source>
        <translation>%1 in %2 ist vom Typ REG_EXPAND_SZ, in dem &apos;%&apos; andere Variablen erweitern würde; der Wert darf kein &apos;%&apos; enthalten</translation>
    </message>
    <message>
        <source>Could not check the Ollama app&apos;s own settings: %1</source>
        <translation>Die eigenen Einstellungen der Ollama-App konnten nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>The Ollama app sets %1=%2 itself when it starts the server, from its setting %3 in %4, so the value here does not reach the server: change that setting in Ollama&apos;s Settings window instead</source>
        <translation>Die Ollama-App setzt %1=%2 selbst, wenn sie den Server startet, und zwar aus ihrer Einstellung %3 in %4, daher erreicht der Wert hier den Server nicht: Ändern Sie stattdessen diese Einstellung im Einstellungsfenster von Ollama</translation>
    </message>
    <message>
        <source>What the running Ollama sees is unknown (no &quot;server config&quot; log line found%1)</source>
        <translation>Was das laufende Ollama sieht, ist unbekannt (keine &quot;server config&quot;-Protokollzeile gefunden%1)</translation>
    </message>
    <message>
        <source>; pass --log FILE to read a server.log</source>
        <translation>; geben Sie --log FILE an, um eine server.log zu lesen</translation>
    </message>
    <message>
        <source>%1=%2 is set in %3, but the running Ollama has %4: restart Ollama</source>
        <translation>%1=%2 ist in %3 gesetzt, aber das laufende Ollama hat %4: Starten Sie Ollama neu</translation>
    </message>
    <message>
        <source>it unset</source>
        <translation>sie nicht gesetzt</translation>
    </message>
    <message>
        <source>The Ollama app starts the server with %1=%2 from its setting %3, whatever the environment says</source>
        <translation>Die Ollama-App startet den Server mit %1=%2 aus ihrer Einstellung %3, ganz gleich, was in der Umgebung steht</translation>
    </message>
    <message>
        <source>a line break or control character cannot be written safely</source>
        <translation>Ein Zeilenumbruch oder Steuerzeichen kann nicht sicher geschrieben werden</translation>
    </message>
    <message>
        <source>open a new terminal (or source the file), then restart `ollama serve`</source>
        <translation>öffnen Sie ein neues Terminal (oder lesen Sie die Datei mit source ein) und starten Sie dann `ollama serve` neu</translation>
    </message>
    <message>
        <source>log out and back in, then restart `ollama serve`</source>
        <translation>melden Sie sich ab und wieder an und starten Sie dann `ollama serve` neu</translation>
    </message>
    <message>
        <source>open a new fish shell, then restart `ollama serve`</source>
        <translation>öffnen Sie eine neue fish-Shell und starten Sie dann `ollama serve` neu</translation>
    </message>
    <message>
        <source>log out and back in (pam_env reads it at login), then restart Ollama</source>
        <translation>melden Sie sich ab und wieder an (pam_env liest die Datei bei der Anmeldung) und starten Sie dann Ollama neu</translation>
    </message>
    <message>
        <source>quit Ollama from the tray (or stop &apos;ollama app.exe&apos; and &apos;ollama.exe&apos;) and start it again</source>
        <translation>beenden Sie Ollama über das Symbol im Infobereich (oder beenden Sie &apos;ollama app.exe&apos; und &apos;ollama.exe&apos;) und starten Sie es erneut</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid variable name</source>
        <translation>&apos;%1&apos; ist kein gültiger Variablenname</translation>
    </message>
    <message>
        <source>%1 for etc-environment: the character %2 cannot be written safely (pam_env has no escapes); use another target</source>
        <translation>%1 für etc-environment: Das Zeichen %2 kann nicht sicher geschrieben werden (pam_env kennt keine Escape-Sequenzen); verwenden Sie ein anderes Ziel</translation>
    </message>
    <message>
        <source>unknown target</source>
        <translation>Unbekanntes Ziel</translation>
    </message>
    <message>
        <source>%1: a second ollama-gpu-setup block starts at line %2 (the first at line %3); remove one by hand</source>
        <translation>%1: Ein zweiter ollama-gpu-setup-Block beginnt in Zeile %2 (der erste in Zeile %3); entfernen Sie einen davon von Hand</translation>
    </message>
    <message>
        <source>%1: line %2 ends an ollama-gpu-setup block that was never started; fix the markers by hand</source>
        <translation>%1: Zeile %2 beendet einen ollama-gpu-setup-Block, der nie begonnen wurde; korrigieren Sie die Markierungen von Hand</translation>
    </message>
    <message>
        <source>%1: the ollama-gpu-setup block starting at line %2 has no end marker (%3); fix it by hand</source>
        <translation>%1: Der in Zeile %2 beginnende ollama-gpu-setup-Block hat keine Endmarkierung (%3); korrigieren Sie das von Hand</translation>
    </message>
    <message>
        <source>%1: line %2 inside the ollama-gpu-setup block was edited by hand and is not understood: %3</source>
        <translation>%1: Zeile %2 im ollama-gpu-setup-Block wurde von Hand bearbeitet und ist nicht verständlich: %3</translation>
    </message>
    <message>
        <source>cannot read %1: Qt&apos;s SQLite driver is not installed</source>
        <translation>%1 kann nicht gelesen werden: Der SQLite-Treiber von Qt ist nicht installiert</translation>
    </message>
    <message>
        <source>cannot read %1 (copying it failed)</source>
        <translation>%1 kann nicht gelesen werden (das Kopieren ist fehlgeschlagen)</translation>
    </message>
    <message>
        <source>%1 has no settings table (not an Ollama app database?)</source>
        <translation>%1 hat keine settings-Tabelle (keine Datenbank der Ollama-App?)</translation>
    </message>
    <message>
        <source>cannot read the settings in %1: %2</source>
        <translation>Die Einstellungen in %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Ran systemctl %1</source>
        <translation>systemctl %1 ausgeführt</translation>
    </message>
    <message>
        <source>Warning: systemctl %1 failed; run: %2</source>
        <translation>Warnung: systemctl %1 ist fehlgeschlagen; führen Sie aus: %2</translation>
    </message>
    <message>
        <source>Ollama on Windows runs as the tray app, which reads the user&apos;s environment variables when it starts</source>
        <translation>Ollama unter Windows als App im Infobereich läuft, die beim Start die Umgebungsvariablen des Benutzers liest</translation>
    </message>
    <message>
        <source>the ollama systemd service is active; a service does not read ~/.bashrc, so the variables go into a drop-in for the unit</source>
        <translation>der systemd-Dienst ollama aktiv ist; ein Dienst liest ~/.bashrc nicht, daher kommen die Variablen in ein Drop-in für die Unit</translation>
    </message>
    <message>
        <source>`ollama serve` runs by hand (pid %1, user %2); it takes its variables from the shell that starts it, so they go into %3</source>
        <translation>`ollama serve` von Hand gestartet wurde (PID %1, Benutzer %2); es übernimmt seine Variablen aus der Shell, die es startet, daher kommen sie in %3</translation>
    </message>
    <message>
        <source>Ollama is installed as a systemd service (%1), though it is not running now</source>
        <translation>Ollama als systemd-Dienst installiert ist (%1), auch wenn es gerade nicht läuft</translation>
    </message>
    <message>
        <source>no Ollama service or running `ollama serve` was found; the variables go where your shell (%1) reads them, for a manual `ollama serve`</source>
        <translation>kein Ollama-Dienst und kein laufendes `ollama serve` gefunden wurde; die Variablen kommen dorthin, wo Ihre Shell (%1) sie liest, für ein von Hand gestartetes `ollama serve`</translation>
    </message>
    <message>
        <source>unknown, assuming bash</source>
        <translation>unbekannt, bash wird angenommen</translation>
    </message>
    <message>
        <source>. This is WSL2: if Ollama runs on Windows instead, its variables belong in the Windows user environment (run ollama-gpu-setup.exe env there, target windows-user), and only OLLAMA_HOST belongs here</source>
        <translation>. Dies ist WSL2: Falls Ollama stattdessen unter Windows läuft, gehören seine Variablen in die Windows-Benutzerumgebung (führen Sie dort ollama-gpu-setup.exe env mit dem Ziel windows-user aus), und nur OLLAMA_HOST gehört hierher</translation>
    </message>
    <message>
        <source>Ollama did not stop</source>
        <translation>Ollama wurde nicht beendet</translation>
    </message>
    <message>
        <source>cannot start %1</source>
        <translation>%1 kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>Restarted Ollama: stopped %1, started %2</source>
        <translation>Ollama neu gestartet: %1 beendet, %2 gestartet</translation>
    </message>
    <message>
        <source>Ollama was not running; started %1</source>
        <translation>Ollama lief nicht; %1 gestartet</translation>
    </message>
    <message>
        <source>Warning: %1, so Ollama was not restarted; %2</source>
        <translation>Warnung: %1, daher wurde Ollama nicht neu gestartet; %2</translation>
    </message>
    <message>
        <source>Ollama is not running and its app is not at %1; start Ollama when it is installed: it reads the new variables when it starts</source>
        <translation>Ollama läuft nicht und seine App liegt nicht unter %1; starten Sie Ollama, sobald es installiert ist: Es liest die neuen Variablen beim Start</translation>
    </message>
    <message>
        <source>Warning: Ollama&apos;s app is not at %1, so Ollama was not restarted (nothing was stopped); %2</source>
        <translation>Warnung: Die Ollama-App liegt nicht unter %1, daher wurde Ollama nicht neu gestartet (nichts wurde beendet); %2</translation>
    </message>
    <message>
        <source>Warning: %1; nothing was started; %2</source>
        <translation>Warnung: %1; nichts wurde gestartet; %2</translation>
    </message>
    <message>
        <source>Warning: stopped %1, but %2; start Ollama from the Start menu</source>
        <translation>Warnung: %1 beendet, aber %2; starten Sie Ollama über das Startmenü</translation>
    </message>
    <message>
        <source>refusing to trust %1: %2; it must be owned by uid %3 and writable by nobody else (remove it or fix its owner and mode); nothing was changed</source>
        <translation>%1 wird nicht vertraut: %2; es muss uid %3 gehören und darf für niemanden sonst beschreibbar sein (entfernen Sie es oder korrigieren Sie Eigentümer und Rechte); nichts wurde geändert</translation>
    </message>
    <message>
        <source>it is a symbolic link</source>
        <translation>es ist ein symbolischer Link</translation>
    </message>
    <message>
        <source>owner uid %1, mode %2</source>
        <translation>Eigentümer uid %1, Rechte %2</translation>
    </message>
    <message>
        <source>the journal names %1, which is not a file this helper manages; refused, nothing was undone</source>
        <translation>das Journal nennt %1, keine Datei, die dieses Hilfsprogramm verwaltet; abgelehnt, nichts wurde rückgängig gemacht</translation>
    </message>
    <message>
        <source>%1 changed since the plan was made (SHA-256 now %2, expected %3); nothing was changed (make the plan again)</source>
        <translation>%1 hat sich seit dem Plan geändert (SHA-256 jetzt %2, erwartet %3); nichts wurde geändert (erstellen Sie den Plan neu)</translation>
    </message>
    <message>
        <source>another env apply or undo is running (it holds %1); nothing was changed, try again when it has finished</source>
        <translation>ein anderes env apply oder undo läuft (es hält %1); nichts wurde geändert, versuchen Sie es erneut, wenn es fertig ist</translation>
    </message>
    <message>
        <source>cannot create the folder %1; nothing was changed</source>
        <translation>der Ordner %1 kann nicht angelegt werden; nichts wurde geändert</translation>
    </message>
    <message>
        <source>%1, process %2</source>
        <translation>%1, Prozess %2</translation>
    </message>
    <message>
        <source>cannot create the lock file %1 (disk full or read-only?); nothing was changed</source>
        <translation>die Sperrdatei %1 kann nicht angelegt werden (Datenträger voll oder schreibgeschützt?); nichts wurde geändert</translation>
    </message>
    <message>
        <source>cannot open the folder %1 to lock it</source>
        <translation>der Ordner %1 kann zum Sperren nicht geöffnet werden</translation>
    </message>
    <message>
        <source>a lock on the folder %1</source>
        <translation>eine Sperre auf den Ordner %1</translation>
    </message>
    <message>
        <source>%1 for etc-environment: the line would be %2 bytes, and pam_env drops a line over %3 bytes (and every line after it); use a shorter value or another target</source>
        <translation>%1 für etc-environment: die Zeile wäre %2 Bytes lang, und pam_env verwirft eine Zeile über %3 Bytes (und jede Zeile danach); verwenden Sie einen kürzeren Wert oder ein anderes Ziel</translation>
    </message>
</context>
<context>
    <name>ogs::InstallText</name>
    <message>
        <source>no data for %1 s</source>
        <translation>seit %1 s keine Daten</translation>
    </message>
    <message>
        <source>not an http(s) address</source>
        <translation>keine http(s)-Adresse</translation>
    </message>
    <message>
        <source>cannot create the download folder %1</source>
        <translation>Der Download-Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>redirected from https to %1; refused</source>
        <translation>von https nach %1 umgeleitet; abgelehnt</translation>
    </message>
    <message>
        <source>redirected to another host (%1); refused</source>
        <translation>auf einen anderen Host umgeleitet (%1); abgelehnt</translation>
    </message>
    <message>
        <source>larger than %1 bytes; refused</source>
        <translation>größer als %1 Bytes; abgelehnt</translation>
    </message>
    <message>
        <source>TLS certificate problem: %1</source>
        <translation>TLS-Zertifikatsproblem: %1</translation>
    </message>
    <message>
        <source>the connection broke after %1 bytes (%2)</source>
        <translation>Die Verbindung ist nach %1 Bytes abgebrochen (%2)</translation>
    </message>
    <message>
        <source>truncated: %1 of %2 bytes arrived</source>
        <translation>abgeschnitten: %1 von %2 Bytes sind angekommen</translation>
    </message>
    <message>
        <source>SHA-256 mismatch: got %1, the release publishes %2</source>
        <translation>SHA-256 stimmt nicht überein: erhalten %1, das Release veröffentlicht %2</translation>
    </message>
    <message>
        <source>cannot replace %1</source>
        <translation>%1 kann nicht ersetzt werden</translation>
    </message>
    <message>
        <source>cannot rename %1 to %2: %3</source>
        <translation>%1 kann nicht in %2 umbenannt werden: %3</translation>
    </message>
    <message>
        <source>The ollama-for-amd path needs the ollama-for-amd build, not the official one.</source>
        <translation>Die Methode ollama-for-amd braucht den ollama-for-amd-Build, nicht den offiziellen.</translation>
    </message>
    <message>
        <source>ollama-for-amd is built for Windows only; on Linux the official build runs these GPUs (with HSA_OVERRIDE_GFX_VERSION or Vulkan).</source>
        <translation>ollama-for-amd wird nur für Windows gebaut; unter Linux betreibt der offizielle Build diese GPUs (mit HSA_OVERRIDE_GFX_VERSION oder Vulkan).</translation>
    </message>
    <message>
        <source>Ollama runs on the Windows host for this path; nothing is installed inside WSL.</source>
        <translation>Bei dieser Methode läuft Ollama auf dem Windows-Host; innerhalb von WSL wird nichts installiert.</translation>
    </message>
    <message>
        <source>Ollama %1 has no Vulkan backend; %2 or newer does.</source>
        <translation>Ollama %1 hat kein Vulkan-Backend; ab %2 ist es vorhanden.</translation>
    </message>
    <message>
        <source>the newest Ollama</source>
        <translation>das neueste Ollama</translation>
    </message>
    <message>
        <source>Ollama is not installed; %1 (%2) will be.</source>
        <translation>Ollama ist nicht installiert; %1 (%2) wird installiert.</translation>
    </message>
    <message>
        <source>Ollama is installed but its version is unknown (`ollama --version` said nothing); nothing is changed.</source>
        <translation>Ollama ist installiert, aber seine Version ist unbekannt (`ollama --version` lieferte nichts); es wird nichts geändert.</translation>
    </message>
    <message>
        <source>Run `ollama --version`; the %1 path needs %2 or newer.</source>
        <translation>Führen Sie `ollama --version` aus; die Methode %1 braucht %2 oder neuer.</translation>
    </message>
    <message>
        <source>Ollama %1 is installed; you asked for %2.</source>
        <translation>Ollama %1 ist installiert; Sie haben %2 angefordert.</translation>
    </message>
    <message>
        <source>Ollama %1 is installed; %2 is the newest release.</source>
        <translation>Ollama %1 ist installiert; %2 ist das neueste Release.</translation>
    </message>
    <message>
        <source>Ollama %1 (%2) is installed%3; nothing to change.</source>
        <translation>Ollama %1 (%2) ist installiert%3; nichts zu ändern.</translation>
    </message>
    <message>
        <source> and fits the %1 path</source>
        <translation> und passt zur Methode %1</translation>
    </message>
    <message>
        <source>The newest release is unknown (the release feed was not read).</source>
        <translation>Das neueste Release ist unbekannt (der Release-Feed wurde nicht gelesen).</translation>
    </message>
    <message>
        <source>Vulkan is opt-in before Ollama 0.30: set OLLAMA_VULKAN=1 (`ollama-gpu-setup env plan --path vulkan` does).</source>
        <translation>Vor Ollama 0.30 muss Vulkan eigens eingeschaltet werden: Setzen Sie OLLAMA_VULKAN=1 (das erledigt `ollama-gpu-setup env plan --path vulkan`).</translation>
    </message>
    <message>
        <source>HSA_OVERRIDE_GFX_VERSION only made sense for ollama-for-amd; it is cleared.</source>
        <translation>HSA_OVERRIDE_GFX_VERSION war nur für ollama-for-amd sinnvoll; die Variable wird entfernt.</translation>
    </message>
    <message>
        <source>download failed, nothing was run: %1</source>
        <translation>Download fehlgeschlagen, es wurde nichts ausgeführt: %1</translation>
    </message>
    <message>
        <source>Ollama did not answer at %1 within %2 s after the install: %3</source>
        <translation>Ollama hat nach der Installation nicht innerhalb von %2 s unter %1 geantwortet: %3</translation>
    </message>
    <message>
        <source>cannot read %1 to check it</source>
        <translation>%1 kann zur Prüfung nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 has SHA-256 %2, not the published %3; it was deleted and not run</source>
        <translation>%1 hat SHA-256 %2, nicht den veröffentlichten Wert %3; die Datei wurde gelöscht und nicht ausgeführt</translation>
    </message>
    <message>
        <source>cannot read %1 to show it</source>
        <translation>%1 kann zur Anzeige nicht gelesen werden</translation>
    </message>
    <message>
        <source>stopped after showing %1; nothing was run</source>
        <translation>nach der Anzeige von %1 angehalten; es wurde nichts ausgeführt</translation>
    </message>
    <message>
        <source>refusing to run %1: it was not verified</source>
        <translation>%1 wird nicht ausgeführt: Die Datei wurde nicht verifiziert</translation>
    </message>
    <message>
        <source>refusing to run %1: it changed after it was verified (SHA-256 %2, verified %3)</source>
        <translation>%1 wird nicht ausgeführt: Die Datei hat sich nach der Verifizierung geändert (SHA-256 %2, verifiziert %3)</translation>
    </message>
    <message>
        <source>no process runner</source>
        <translation>kein Prozessausführer verfügbar</translation>
    </message>
    <message>
        <source>could not start %1</source>
        <translation>%1 konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>%1 exited with code %2%3</source>
        <translation>%1 wurde mit Code %2 beendet%3</translation>
    </message>
    <message>
        <source>Ollama is installed, but %1 could not be removed: %2</source>
        <translation>Ollama ist installiert, aber %1 konnte nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>no way to change the environment here</source>
        <translation>hier gibt es keine Möglichkeit, die Umgebung zu ändern</translation>
    </message>
    <message>
        <source>Wait up to %1 s for Ollama to answer at %2</source>
        <translation>Bis zu %1 s warten, bis Ollama unter %2 antwortet</translation>
    </message>
    <message>
        <source>no release was read, so there is no installer to download</source>
        <translation>Es wurde kein Release gelesen, daher gibt es kein Installationsprogramm zum Herunterladen</translation>
    </message>
    <message>
        <source>release %1 publishes no SHA-256 for %2 (no digest, no sha256sum.txt entry, no %2.sha256); refusing to run it unverified</source>
        <translation>Release %1 veröffentlicht keine SHA-256 für %2 (kein Digest, kein Eintrag in sha256sum.txt, keine %2.sha256); ungeprüft wird es nicht ausgeführt</translation>
    </message>
    <message>
        <source>%1 from release %2 of %3, run silently.</source>
        <translation>%1 aus Release %2 (%3), ohne Rückfragen ausgeführt.</translation>
    </message>
    <message>
        <source>Download %1 to %2 (kept as .part until its SHA-256 matches)</source>
        <translation>%1 nach %2 herunterladen (bleibt eine .part-Datei, bis die SHA-256 übereinstimmt)</translation>
    </message>
    <message>
        <source>Check its SHA-256 is %1 (published in %2)</source>
        <translation>Prüfen, ob die SHA-256 %1 lautet (veröffentlicht in: %2)</translation>
    </message>
    <message>
        <source>Run the installer silently</source>
        <translation>Das Installationsprogramm ohne Rückfragen ausführen</translation>
    </message>
    <message>
        <source>The new build is installed over the old one; the old uninstaller is not run, so downloaded models stay.</source>
        <translation>Der neue Build wird über den alten installiert; das alte Deinstallationsprogramm wird nicht ausgeführt, daher bleiben heruntergeladene Modelle erhalten.</translation>
    </message>
    <message>
        <source>Install the %1 package</source>
        <translation>Das Paket %1 installieren</translation>
    </message>
    <message>
        <source>Start the ollama service</source>
        <translation>Den Dienst ollama starten</translation>
    </message>
    <message>
        <source>Install the %1 package and start the ollama service, as root through pkexec (the helper runs: pacman -S --needed --noconfirm %1; systemctl enable --now ollama.service)</source>
        <translation>Das Paket %1 installieren und den Dienst ollama starten, als root über pkexec (das Hilfsprogramm führt aus: pacman -S --needed --noconfirm %1; systemctl enable --now ollama.service)</translation>
    </message>
    <message>
        <source>Download the official install script %1 to %2</source>
        <translation>Das offizielle Installationsskript %1 nach %2 herunterladen</translation>
    </message>
    <message>
        <source>Show the script in full with its SHA-256; it runs only after you have seen it, and only if its SHA-256 is still the one shown</source>
        <translation>Das Skript vollständig mit seiner SHA-256 anzeigen; es läuft erst, nachdem Sie es gesehen haben, und nur, wenn seine SHA-256 noch der angezeigten entspricht</translation>
    </message>
    <message>
        <source>Run the script as root</source>
        <translation>Das Skript als root ausführen</translation>
    </message>
    <message>
        <source>Run the script as root through pkexec (the helper checks its SHA-256 again and runs its own copy with sh)</source>
        <translation>Das Skript als root über pkexec ausführen (das Hilfsprogramm prüft seine SHA-256 erneut und führt seine eigene Kopie mit sh aus)</translation>
    </message>
    <message>
        <source>installing Ollama on %1 is not supported; use the installer from ollama.com</source>
        <translation>Die Installation von Ollama unter %1 wird nicht unterstützt; verwenden Sie das Installationsprogramm von ollama.com</translation>
    </message>
    <message>
        <source>Remove HSA_OVERRIDE_GFX_VERSION (it only made sense for ollama-for-amd)</source>
        <translation>HSA_OVERRIDE_GFX_VERSION entfernen (war nur für ollama-for-amd sinnvoll)</translation>
    </message>
    <message>
        <source>`%1 env apply --unset %2` failed</source>
        <translation>`%1 env apply --unset %2` ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>this system</source>
        <translation>dieses System</translation>
    </message>
    <message>
        <source>%1 has no Ollama package; the official install script is used.</source>
        <translation>%1 hat kein Ollama-Paket; das offizielle Installationsskript wird verwendet.</translation>
    </message>
    <message>
        <source>pacman installs the repository&apos;s version, not %1; the official install script is used.</source>
        <translation>pacman installiert die Version aus dem Repository, nicht %1; das offizielle Installationsskript wird verwendet.</translation>
    </message>
    <message>
        <source>%1 packages Ollama; %2 is the package for the %3 path.</source>
        <translation>%1 stellt Ollama als Paket bereit; %2 ist das Paket für die Methode %3.</translation>
    </message>
    <message>
        <source>the official build</source>
        <translation>der offizielle Build</translation>
    </message>
    <message>
        <source>the ollama-for-amd build</source>
        <translation>der ollama-for-amd-Build</translation>
    </message>
    <message>
        <source>the release feed is not JSON (%1 at byte %2)</source>
        <translation>Der Release-Feed ist kein JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>the release feed is not a JSON object</source>
        <translation>Der Release-Feed ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the release feed has no tag_name</source>
        <translation>Der Release-Feed hat kein tag_name</translation>
    </message>
    <message>
        <source>the release feed has no assets list</source>
        <translation>Der Release-Feed hat keine assets-Liste</translation>
    </message>
    <message>
        <source>the release feed has an asset without a name or a download address</source>
        <translation>Der Release-Feed enthält ein Asset ohne Namen oder Download-Adresse</translation>
    </message>
    <message>
        <source>cannot read the release feed: %1</source>
        <translation>Der Release-Feed kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>release %1 has no Windows installer (OllamaSetup.exe)</source>
        <translation>Release %1 hat kein Windows-Installationsprogramm (OllamaSetup.exe)</translation>
    </message>
    <message>
        <source>the feed&apos;s digest</source>
        <translation>Digest des Feeds</translation>
    </message>
    <message>
        <source>release %1 publishes two different SHA-256 values for %2 (%3: %4, %5: %6); refused</source>
        <translation>Release %1 veröffentlicht zwei verschiedene SHA-256-Werte für %2 (%3: %4, %5: %6); abgelehnt</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The installed Ollama%1 is %2; you asked for %3.</source>
        <translation>Das installierte Ollama%1 ist %2; angefordert wurde %3.</translation>
    </message>
    <message>
        <source>The installed Ollama%1 is %2; the %3 path needs %4.</source>
        <translation>Das installierte Ollama%1 ist %2; für die Methode %3 ist %4 nötig.</translation>
    </message>
    <message>
        <source>too many redirects (a loop, or more than %1)</source>
        <translation>zu viele Weiterleitungen (eine Schleife oder mehr als %1)</translation>
    </message>
</context>
<context>
    <name>ogs::OllamaText</name>
    <message>
        <source>The test prompt failed: %1</source>
        <translation>Der Test-Prompt ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The model ran entirely on the CPU (%1). GPU acceleration is not working; run `ollama-gpu-setup diagnose`.</source>
        <translation>Das Modell lief vollständig auf der CPU (%1). Die GPU-Beschleunigung funktioniert nicht; führen Sie `ollama-gpu-setup diagnose` aus.</translation>
    </message>
    <message>
        <source>Generation ran at %1, below the %2 expected for this GPU. %3</source>
        <translation>Die Generierung lief mit %1, unter den für diese GPU erwarteten %2. %3</translation>
    </message>
    <message>
        <source>Part of the model is on the CPU (%1): use a smaller quantisation or context.</source>
        <translation>Ein Teil des Modells liegt auf der CPU (%1): Verwenden Sie eine kleinere Quantisierung oder einen kleineren Kontext.</translation>
    </message>
    <message>
        <source>Check for a partial offload or a slower backend with `ollama-gpu-setup diagnose`.</source>
        <translation>Prüfen Sie mit `ollama-gpu-setup diagnose`, ob nur teilweise auf die GPU ausgelagert wird oder ein langsameres Backend läuft.</translation>
    </message>
    <message>
        <source>Generation ran at %1, faster than the %2 expected. Acceleration works.</source>
        <translation>Die Generierung lief mit %1, schneller als die erwarteten %2. Die Beschleunigung funktioniert.</translation>
    </message>
    <message>
        <source>Generation ran at %1, within the %2 expected. Acceleration works.</source>
        <translation>Die Generierung lief mit %1, im Rahmen der erwarteten %2. Die Beschleunigung funktioniert.</translation>
    </message>
    <message>
        <source>Generation ran at %1 on %2; no expected range is known for this GPU.</source>
        <translation>Die Generierung lief mit %1 auf %2; für diese GPU ist kein erwarteter Bereich bekannt.</translation>
    </message>
    <message>
        <source>an unknown processor</source>
        <translation>einem unbekannten Prozessor</translation>
    </message>
    <message>
        <source>Contacting Ollama</source>
        <translation>Verbindung zu Ollama wird hergestellt</translation>
    </message>
    <message>
        <source>Loading %1 on the %2</source>
        <translation>%1 wird auf die %2 geladen</translation>
    </message>
    <message>
        <source>Generating %1 tokens on the %2</source>
        <translation>%1 Tokens werden auf der %2 erzeugt</translation>
    </message>
    <message>
        <source>Ollama is not running at %1: the connection was still refused after %2 s. To start it, %3.</source>
        <translation>Ollama läuft nicht unter %1: Die Verbindung wurde auch nach %2 s noch abgelehnt. Zum Starten: %3.</translation>
    </message>
    <message>
        <source>Ollama is not running at %1 (connection refused). To start it, %2.</source>
        <translation>Ollama läuft nicht unter %1 (Verbindung abgelehnt). Zum Starten: %2.</translation>
    </message>
    <message>
        <source>The host of %1 does not resolve. Check OLLAMA_HOST or --host.</source>
        <translation>Der Host von %1 lässt sich nicht auflösen. Prüfen Sie OLLAMA_HOST oder --host.</translation>
    </message>
    <message>
        <source>No connection to Ollama at %1 within %2 s. Check the address, the firewall, and that Ollama listens on that interface (OLLAMA_HOST=0.0.0.0 when connecting from WSL2).</source>
        <translation>Keine Verbindung zu Ollama unter %1 innerhalb von %2 s. Prüfen Sie die Adresse, die Firewall und ob Ollama auf dieser Schnittstelle lauscht (OLLAMA_HOST=0.0.0.0 bei Verbindungen aus WSL2).</translation>
    </message>
    <message>
        <source>Ollama stopped sending in the middle of the answer to %1: nothing for %2 s. The model runner may have hung or crashed; look at its server log.</source>
        <translation>Ollama hat mitten in der Antwort auf %1 aufgehört zu senden: seit %2 s nichts mehr. Der Modell-Runner hängt möglicherweise oder ist abgestürzt; sehen Sie im Serverprotokoll nach.</translation>
    </message>
    <message>
        <source>The request %1 did not finish within %2 s and was cancelled.</source>
        <translation>Die Anfrage %1 wurde nicht innerhalb von %2 s abgeschlossen und daher abgebrochen.</translation>
    </message>
    <message>
        <source>Ollama answered HTTP %1 to %2: %3</source>
        <translation>Ollama hat auf %2 mit HTTP %1 geantwortet: %3</translation>
    </message>
    <message>
        <source>(no message)</source>
        <translation>(keine Meldung)</translation>
    </message>
    <message>
        <source>Ollama reported an error while answering %1: %2</source>
        <translation>Ollama hat beim Beantworten von %1 einen Fehler gemeldet: %2</translation>
    </message>
    <message>
        <source>The answer to %1 from %2 is not valid JSON (it starts with &quot;%3&quot;). Is this address really Ollama?</source>
        <translation>Die Antwort von %2 auf %1 ist kein gültiges JSON (sie beginnt mit &quot;%3&quot;). Ist unter dieser Adresse wirklich Ollama erreichbar?</translation>
    </message>
    <message>
        <source>Ollama sent more than %1 KiB without a line break in the answer to %2; the answer was abandoned.</source>
        <translation>Ollama hat in der Antwort auf %2 mehr als %1 KiB ohne Zeilenumbruch gesendet; die Antwort wurde verworfen.</translation>
    </message>
    <message>
        <source>The connection to Ollama closed before the answer to %1 was complete (after %2 objects). Ollama may have crashed or restarted; look at its server log.</source>
        <translation>Die Verbindung zu Ollama wurde geschlossen, bevor die Antwort auf %1 vollständig war (nach %2 Objekten). Ollama ist möglicherweise abgestürzt oder wurde neu gestartet; sehen Sie im Serverprotokoll nach.</translation>
    </message>
    <message>
        <source>The request %1 was cancelled.</source>
        <translation>Die Anfrage %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Could not talk to Ollama at %1: %2</source>
        <translation>Keine Kommunikation mit Ollama unter %1 möglich: %2</translation>
    </message>
    <message>
        <source>start the Ollama app from the Start menu, or run `ollama serve` in a terminal</source>
        <translation>die Ollama-App über das Startmenü starten oder `ollama serve` in einem Terminal ausführen</translation>
    </message>
    <message>
        <source>open the Ollama app, or run `ollama serve` in a terminal</source>
        <translation>die Ollama-App öffnen oder `ollama serve` in einem Terminal ausführen</translation>
    </message>
    <message>
        <source>run `sudo systemctl start ollama` if it is installed as a service, otherwise `ollama serve` in a terminal</source>
        <translation>`sudo systemctl start ollama` ausführen, wenn es als Dienst installiert ist, sonst `ollama serve` in einem Terminal</translation>
    </message>
    <message>
        <source> Note: %1.</source>
        <translation> Hinweis: %1.</translation>
    </message>
    <message>
        <source>Generation ran at %1 with the GPU and %2 on the processor alone (%3x): the GPU is not speeding it up. Run `ollama-gpu-setup diagnose`.</source>
        <translation>Die Generierung lief mit der GPU mit %1 und allein auf dem Prozessor mit %2 (%3x): Die GPU beschleunigt sie nicht. Führen Sie `ollama-gpu-setup diagnose` aus.</translation>
    </message>
    <message>
        <source>Generation ran at %1, but only part of the model is on the GPU (%2): the rest runs on the processor. Use a smaller quantisation or context so that all of it fits.</source>
        <translation>Die Generierung lief mit %1, aber nur ein Teil des Modells liegt auf der GPU (%2): Der Rest läuft auf dem Prozessor. Verwenden Sie eine kleinere Quantisierung oder einen kleineren Kontext, damit alles hineinpasst.</translation>
    </message>
    <message>
        <source>Ollama at %1 accepted the request %2 but sent nothing for %3 s: it may be stuck loading the model; look at its server log, or restart it.</source>
        <translation>Ollama unter %1 hat die Anfrage %2 angenommen, aber %3 s lang nichts gesendet: Es hängt vielleicht beim Laden des Modells; sehen Sie in sein Server-Log oder starten Sie es neu.</translation>
    </message>
    <message>
        <source>Ollama at %1 accepted the connection but sent nothing for %3 s in answer to %2: Ollama may be stuck; restart it.</source>
        <translation>Ollama unter %1 hat die Verbindung angenommen, aber auf %2 %3 s lang nichts gesendet: Ollama hängt vielleicht; starten Sie es neu.</translation>
    </message>
    <message>
        <source>The model &apos;%1&apos; is not installed in Ollama (%2). Install it first: %3</source>
        <translation>Das Modell &apos;%1&apos; ist in Ollama nicht installiert (%2). Installieren Sie es zuerst: %3</translation>
    </message>
    <message>
        <source>%1 at %2 answered with too many redirects (a loop, or more than %3); not followed. Is this address really Ollama?</source>
        <translation>%1 unter %2 antwortete mit zu vielen Weiterleitungen (eine Schleife oder mehr als %3); nicht gefolgt. Ist diese Adresse wirklich Ollama?</translation>
    </message>
    <message>
        <source>%1 at %2 redirected to another address (%3); not followed, so no answer from another server is taken for Ollama&apos;s. Check OLLAMA_HOST or --host.</source>
        <translation>%1 unter %2 leitete an eine andere Adresse weiter (%3); nicht gefolgt, damit keine Antwort eines anderen Servers als die von Ollama gilt. Prüfen Sie OLLAMA_HOST oder --host.</translation>
    </message>
</context>
<context>
    <name>ogs::RecommendText</name>
    <message>
        <source>no expected speed: the %1 path is not offered for %2</source>
        <translation>keine erwartete Geschwindigkeit: Die Methode %1 wird für %2 nicht angeboten</translation>
    </message>
    <message>
        <source>no expected speed: the speed table has no row for %1</source>
        <translation>keine erwartete Geschwindigkeit: Die Geschwindigkeitstabelle hat keine Zeile für %1</translation>
    </message>
    <message>
        <source>the expected speed was measured with %1; %2 may be faster or slower</source>
        <translation>die erwartete Geschwindigkeit wurde mit %1 gemessen; %2 kann schneller oder langsamer sein</translation>
    </message>
    <message>
        <source>%1 GPUs were found; this advice is for %2. Use --gpu to choose another.</source>
        <translation>Es wurden %1 GPUs gefunden; diese Empfehlung gilt für %2. Wählen Sie mit --gpu eine andere.</translation>
    </message>
    <message>
        <source>This machine also has an integrated GPU. If Vulkan uses it or it is unstable, keep Vulkan on and set GGML_VK_VISIBLE_DEVICES to the discrete GPU&apos;s Vulkan index (Ollama docs/gpu.mdx).</source>
        <translation>Dieser Rechner hat außerdem eine integrierte GPU. Wenn Vulkan sie verwendet oder sie instabil ist, lassen Sie Vulkan eingeschaltet und setzen Sie GGML_VK_VISIBLE_DEVICES auf den Vulkan-Index der dedizierten GPU (Ollama docs/gpu.mdx).</translation>
    </message>
    <message>
        <source>Uninstall the official Ollama first: ollama-for-amd replaces it and the two cannot run side by side</source>
        <translation>Deinstallieren Sie zuerst das offizielle Ollama: ollama-for-amd ersetzt es, und beide können nicht nebeneinander laufen</translation>
    </message>
    <message>
        <source>Install the latest OllamaSetup.exe from https://github.com/likelovewant/ollama-for-amd/releases</source>
        <translation>Installieren Sie das neueste OllamaSetup.exe von https://github.com/likelovewant/ollama-for-amd/releases</translation>
    </message>
    <message>
        <source>NVIDIA driver 550 or newer (570 or newer for compute capability 5.0 to 6.2)</source>
        <translation>NVIDIA-Treiber 550 oder neuer (570 oder neuer für Compute Capability 5.0 bis 6.2)</translation>
    </message>
    <message>
        <source>Ollama installed and running on Windows</source>
        <translation>Ollama unter Windows installiert und gestartet</translation>
    </message>
    <message>
        <source>On Windows, OLLAMA_HOST=0.0.0.0 for the Ollama server (a user environment variable), then restart Ollama</source>
        <translation>Unter Windows OLLAMA_HOST=0.0.0.0 für den Ollama-Server (als Benutzer-Umgebungsvariable), dann Ollama neu starten</translation>
    </message>
    <message>
        <source>Windows Firewall allowing inbound TCP port 11434</source>
        <translation>Windows-Firewall, die eingehende Verbindungen auf TCP-Port 11434 zulässt</translation>
    </message>
    <message>
        <source>On RDNA 4 with ROCm, Qwen 3 and Qwen 3.5 models leave the GPU stuck at 100% busy and full clock after they unload, until a reboot; Vulkan (RADV) does not have this bug and runs these models about as fast.</source>
        <translation>Auf RDNA 4 mit ROCm hinterlassen Qwen-3- und Qwen-3.5-Modelle die GPU nach dem Entladen bei 100 % Auslastung und vollem Takt, bis zu einem Neustart; Vulkan (RADV) hat diesen Fehler nicht und führt diese Modelle etwa gleich schnell aus.</translation>
    </message>
    <message>
        <source>OLLAMA_LLM_LIBRARY=vulkan alone is not enough: Ollama still starts its ROCm runner next to the Vulkan one and prefers ROCm for the same card, so ROCm must also be kept from seeing the GPU (ROCR_VISIBLE_DEVICES=NOT_A_DEVICE, HIP_VISIBLE_DEVICES=-1).</source>
        <translation>OLLAMA_LLM_LIBRARY=vulkan allein reicht nicht: Ollama startet weiterhin seinen ROCm-Runner neben dem Vulkan-Runner und bevorzugt ROCm für dieselbe Karte, daher muss ROCm zusätzlich daran gehindert werden, die GPU zu sehen (ROCR_VISIBLE_DEVICES=NOT_A_DEVICE, HIP_VISIBLE_DEVICES=-1).</translation>
    </message>
    <message>
        <source>With a Qwen 3 / Qwen 3.5 model this GPU stays stuck at 100% busy after the model unloads (ROCm bug on RDNA 4); only a reboot or reloading the amdgpu driver clears it.</source>
        <translation>Mit einem Qwen-3-/Qwen-3.5-Modell bleibt diese GPU nach dem Entladen des Modells bei 100 % Auslastung hängen (ROCm-Fehler auf RDNA 4); nur ein Neustart oder das Neuladen des amdgpu-Treibers behebt das.</translation>
    </message>
    <message>
        <source>If the GPU stays at 100% busy and high power after Ollama goes idle, set GPU_MAX_HW_QUEUES=1 and update linux-firmware (AMD traces it to the MES firmware).</source>
        <translation>Bleibt die GPU bei 100 % Auslastung und hoher Leistungsaufnahme, nachdem Ollama in den Leerlauf gegangen ist, setzen Sie GPU_MAX_HW_QUEUES=1 und aktualisieren Sie linux-firmware (AMD führt das auf die MES-Firmware zurück).</translation>
    </message>
    <message>
        <source>On this APU the GPU stays busy (about 25 W more) while two or more Ollama models are loaded; OLLAMA_MAX_LOADED_MODELS=1 avoids it.</source>
        <translation>Auf dieser APU bleibt die GPU ausgelastet (etwa 25 W mehr), solange zwei oder mehr Ollama-Modelle geladen sind; OLLAMA_MAX_LOADED_MODELS=1 verhindert das.</translation>
    </message>
    <message>
        <source>An integrated GPU shares system memory: large models compete with the rest of the system for RAM.</source>
        <translation>Eine integrierte GPU teilt sich den Arbeitsspeicher mit dem System: Große Modelle konkurrieren mit dem Rest des Systems um RAM.</translation>
    </message>
    <message>
        <source>The AMD ROCm 7 driver (install it with amdgpu-install from AMD&apos;s ROCm documentation), then reboot</source>
        <translation>Der AMD-ROCm-7-Treiber (Installation mit amdgpu-install gemäß AMDs ROCm-Dokumentation), danach ein Neustart</translation>
    </message>
    <message>
        <source>With an older AMD driver, GPU discovery hangs for 30 s (&apos;failed to finish discovery before timeout&apos;) and Ollama falls back to the CPU.</source>
        <translation>Mit einem älteren AMD-Treiber hängt die GPU-Erkennung 30 s lang (&apos;failed to finish discovery before timeout&apos;), und Ollama weicht auf die CPU aus.</translation>
    </message>
    <message>
        <source>An AMD Adrenalin driver recent enough to ship HIP 7 (amdhip64_7.dll)</source>
        <translation>Ein AMD-Adrenalin-Treiber, der neu genug ist, um HIP 7 mitzubringen (amdhip64_7.dll)</translation>
    </message>
    <message>
        <source>If Ollama&apos;s log says &apos;AMD driver is too old&apos;, the driver only has amdhip64_6.dll: update the AMD driver.</source>
        <translation>Meldet das Ollama-Protokoll &apos;AMD driver is too old&apos;, hat der Treiber nur amdhip64_6.dll: Aktualisieren Sie den AMD-Treiber.</translation>
    </message>
    <message>
        <source>The ollama service user may need to be in the &apos;render&apos; group to reach the GPU through Vulkan.</source>
        <translation>Der Benutzer des Dienstes ollama muss eventuell in der Gruppe &apos;render&apos; sein, um die GPU über Vulkan zu erreichen.</translation>
    </message>
    <message>
        <source>Vulkan reports free VRAM to Ollama only when it runs as root or after `sudo setcap cap_perfmon+ep /usr/local/bin/ollama`; otherwise Ollama schedules from approximate model sizes.</source>
        <translation>Vulkan meldet Ollama den freien VRAM nur, wenn es als root läuft oder nach `sudo setcap cap_perfmon+ep /usr/local/bin/ollama`; andernfalls plant Ollama anhand ungefährer Modellgrößen.</translation>
    </message>
    <message>
        <source>The RX Vega 56 needs HSA_ENABLE_SDMA=0.</source>
        <translation>Die RX Vega 56 benötigt HSA_ENABLE_SDMA=0.</translation>
    </message>
    <message>
        <source>Posing the 780M/760M (gfx1103) as a discrete RDNA 3 target is unreliable with ROCm 7.2: the iGPU lacks some instructions those kernels use. Vulkan is the safer choice.</source>
        <translation>Die 780M/760M (gfx1103) als dediziertes RDNA-3-Ziel auszugeben, ist mit ROCm 7.2 unzuverlässig: Der iGPU fehlen einige Befehle, die diese Kernel verwenden. Vulkan ist die sicherere Wahl.</translation>
    </message>
    <message>
        <source>WSL2 has no /dev/kfd: ROCm inside WSL2 needs AMD&apos;s WSL driver and HSA_ENABLE_DXG_DETECTION=1, and Ollama&apos;s installer does not detect it. Running Ollama on Windows avoids all of that.</source>
        <translation>WSL2 hat kein /dev/kfd: ROCm innerhalb von WSL2 braucht AMDs WSL-Treiber und HSA_ENABLE_DXG_DETECTION=1, und das Installationsprogramm von Ollama erkennt das nicht. Wenn Ollama unter Windows läuft, entfällt all das.</translation>
    </message>
    <message>
        <source>Ollama&apos;s version is unknown; this advice assumes %1, the newest release known to this program.</source>
        <translation>Die Version von Ollama ist unbekannt; diese Empfehlung geht von %1 aus, dem neuesten Release, das dieses Programm kennt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a software renderer on the CPU; it never accelerates Ollama.</source>
        <translation>&quot;%1&quot; ist ein Software-Renderer auf der CPU; er beschleunigt Ollama nie.</translation>
    </message>
    <message>
        <source>On macOS Ollama uses Apple GPUs through Metal by itself; there is nothing to set up.</source>
        <translation>Unter macOS nutzt Ollama Apple-GPUs von selbst über Metal; es gibt nichts einzurichten.</translation>
    </message>
    <message>
        <source>Without Apple silicon, Ollama runs on the CPU.</source>
        <translation>Ohne Apple Silicon läuft Ollama auf der CPU.</translation>
    </message>
    <message>
        <source>No GPU was found, so Ollama runs on the CPU.</source>
        <translation>Es wurde keine GPU gefunden, daher läuft Ollama auf der CPU.</translation>
    </message>
    <message>
        <source>Vulkan is Ollama&apos;s backend for %1 GPUs such as %2.</source>
        <translation>Vulkan ist das Backend von Ollama für %1-GPUs wie %2.</translation>
    </message>
    <message>
        <source>non-AMD, non-NVIDIA</source>
        <translation>Nicht-AMD-, Nicht-NVIDIA</translation>
    </message>
    <message>
        <source>ROCm is for AMD GPUs only.</source>
        <translation>ROCm ist nur für AMD-GPUs gedacht.</translation>
    </message>
    <message>
        <source>CUDA is for NVIDIA GPUs only.</source>
        <translation>CUDA ist nur für NVIDIA-GPUs gedacht.</translation>
    </message>
    <message>
        <source>The fallback when the GPU cannot be used.</source>
        <translation>Die Ausweichlösung, wenn die GPU nicht genutzt werden kann.</translation>
    </message>
    <message>
        <source>measured on %1</source>
        <translation>gemessen mit %1</translation>
    </message>
    <message>
        <source>scaled from %1 by relative speed</source>
        <translation>von %1 anhand der relativen Geschwindigkeit hochgerechnet</translation>
    </message>
    <message>
        <source>%1 is an AMD GPU this program does not know (gfx target: %2); it is treated as an unknown AMD GPU, and Vulkan, which works with any GPU that has a Vulkan driver, is the path to try.</source>
        <translation>%1 ist eine AMD-GPU, die dieses Programm nicht kennt (gfx-Ziel: %2); sie wird als unbekannte AMD-GPU behandelt, und Vulkan, das mit jeder GPU mit Vulkan-Treiber funktioniert, ist die Methode, die Sie ausprobieren sollten.</translation>
    </message>
    <message>
        <source>Your Ollama install ships ROCm kernels for %1%2 (rocBLAS files in %3/%4), so Ollama uses this GPU by itself at full speed.</source>
        <translation>Ihre Ollama-Installation enthält ROCm-Kernel für %1%2 (rocBLAS-Dateien in %3/%4), daher nutzt Ollama diese GPU von selbst mit voller Geschwindigkeit.</translation>
    </message>
    <message>
        <source>Ollama %1 for %2 ships ROCm kernels for %3%4, so Ollama uses this GPU by itself at full speed.</source>
        <translation>Ollama %1 für %2 enthält ROCm-Kernel für %3%4, daher nutzt Ollama diese GPU von selbst mit voller Geschwindigkeit.</translation>
    </message>
    <message>
        <source>The GPU&apos;s gfx target is unknown, so ROCm support cannot be confirmed.</source>
        <translation>Das gfx-Ziel der GPU ist unbekannt, daher lässt sich die ROCm-Unterstützung nicht bestätigen.</translation>
    </message>
    <message>
        <source>Your Ollama install has no ROCm kernels for %1%2 (no rocBLAS files in %3/%4), so its ROCm backend skips this GPU.</source>
        <translation>Ihre Ollama-Installation enthält keine ROCm-Kernel für %1%2 (keine rocBLAS-Dateien in %3/%4), daher überspringt ihr ROCm-Backend diese GPU.</translation>
    </message>
    <message>
        <source>Ollama %1 for %2 ships no ROCm kernels for %3%4, so its ROCm backend skips this GPU.</source>
        <translation>Ollama %1 für %2 enthält keine ROCm-Kernel für %3%4, daher überspringt sein ROCm-Backend diese GPU.</translation>
    </message>
    <message>
        <source>Ollama&apos;s ROCm libraries: %1 has no rocm folder; reinstall Ollama (on Linux the installer adds them when it sees an AMD GPU)</source>
        <translation>ROCm-Bibliotheken von Ollama: %1 hat keinen rocm-Ordner; installieren Sie Ollama neu (unter Linux fügt das Installationsprogramm sie hinzu, wenn es eine AMD-GPU erkennt)</translation>
    </message>
    <message>
        <source>Vulkan works with %1 without ROCm, using the normal graphics driver.</source>
        <translation>Vulkan funktioniert für %1 ohne ROCm, mit dem normalen Grafiktreiber.</translation>
    </message>
    <message>
        <source>%1 is the nearest target Ollama ships in the same family (%2); HSA_OVERRIDE_GFX_VERSION=%3 makes ROCm treat %4 as %1. Not official: if answers come out garbled or Ollama crashes, remove it and use Vulkan.</source>
        <translation>%1 ist das nächstgelegene Ziel derselben Familie (%2), das Ollama mitbringt; HSA_OVERRIDE_GFX_VERSION=%3 lässt ROCm %4 als %1 behandeln. Nicht offiziell: Wenn die Antworten verstümmelt sind oder Ollama abstürzt, entfernen Sie die Variable und verwenden Sie Vulkan.</translation>
    </message>
    <message>
        <source>No target of the same family (%1) is in Ollama %2&apos;s ROCm build, so there is nothing close enough to pose as.</source>
        <translation>Im ROCm-Build von Ollama %2 gibt es kein Ziel derselben Familie (%1), daher gibt es nichts, das nah genug wäre, um sich dafür auszugeben.</translation>
    </message>
    <message>
        <source>The GPU&apos;s gfx target is unknown to this program, so there is no known target of the same family to pose as.</source>
        <translation>Das gfx-Ziel der GPU ist diesem Programm unbekannt, daher gibt es kein bekanntes Ziel derselben Familie, für das sie sich ausgeben könnte.</translation>
    </message>
    <message>
        <source>HSA_OVERRIDE_GFX_VERSION does nothing on Windows: ROCm on Windows does not go through HSA (ROCm/TheRock#1719, ollama#3107), and with the override Ollama reports 0 B of VRAM.</source>
        <translation>HSA_OVERRIDE_GFX_VERSION bewirkt unter Windows nichts: ROCm unter Windows nutzt HSA nicht (ROCm/TheRock#1719, ollama#3107), und mit dem Override meldet Ollama 0 B VRAM.</translation>
    </message>
    <message>
        <source> Having the AMD HIP SDK installed does not change this.</source>
        <translation> Ein installiertes AMD HIP SDK ändert daran nichts.</translation>
    </message>
    <message>
        <source>The community build ollama-for-amd compiles ROCm kernels for %1, so it runs this GPU at ROCm speed.</source>
        <translation>Der Community-Build ollama-for-amd kompiliert ROCm-Kernel für %1 und betreibt diese GPU daher mit ROCm-Geschwindigkeit.</translation>
    </message>
    <message>
        <source>ollama-for-amd has no kernels for %1 either.</source>
        <translation>ollama-for-amd hat ebenfalls keine Kernel für %1.</translation>
    </message>
    <message>
        <source>an unknown gfx target</source>
        <translation>ein unbekanntes gfx-Ziel</translation>
    </message>
    <message>
        <source>ollama-for-amd is built for Windows only.</source>
        <translation>ollama-for-amd wird nur für Windows gebaut.</translation>
    </message>
    <message>
        <source>Ollama %1 or newer: Ollama %2 has no Vulkan backend</source>
        <translation>Ollama %1 oder neuer: Ollama %2 hat kein Vulkan-Backend</translation>
    </message>
    <message>
        <source>Ollama %1 ships Vulkan switched off; OLLAMA_VULKAN=1 switches it on.</source>
        <translation>Ollama %1 wird mit ausgeschaltetem Vulkan ausgeliefert; OLLAMA_VULKAN=1 schaltet es ein.</translation>
    </message>
    <message>
        <source>Vulkan is on by default since Ollama %1; a leftover OLLAMA_VULKAN=0 would switch it off.</source>
        <translation>Vulkan ist seit Ollama %1 standardmäßig eingeschaltet; ein übrig gebliebenes OLLAMA_VULKAN=0 würde es ausschalten.</translation>
    </message>
    <message>
        <source>CUDA also drives this GPU and Ollama prefers CUDA over Vulkan for the same card, so CUDA is hidden.</source>
        <translation>CUDA steuert diese GPU ebenfalls an, und Ollama bevorzugt für dieselbe Karte CUDA gegenüber Vulkan, daher wird CUDA ausgeblendet.</translation>
    </message>
    <message>
        <source>ROCm also supports this GPU and Ollama prefers ROCm over Vulkan for the same card, so ROCm is kept from seeing it.</source>
        <translation>ROCm unterstützt diese GPU ebenfalls, und Ollama bevorzugt für dieselbe Karte ROCm gegenüber Vulkan, daher wird ROCm daran gehindert, sie zu sehen.</translation>
    </message>
    <message>
        <source>Vulkan needs no extra install: it ships with Ollama and uses the normal graphics driver.</source>
        <translation>Vulkan braucht keine zusätzliche Installation: Es wird mit Ollama ausgeliefert und nutzt den normalen Grafiktreiber.</translation>
    </message>
    <message>
        <source>%1 has CUDA compute capability %2 (Ollama needs 5.0 or newer); Ollama uses it by itself.</source>
        <translation>%1 hat die CUDA Compute Capability %2 (Ollama braucht 5.0 oder neuer); Ollama nutzt sie von selbst.</translation>
    </message>
    <message>
        <source>NVIDIA GPUs run on Ollama&apos;s CUDA backend by themselves.</source>
        <translation>NVIDIA-GPUs laufen von selbst auf dem CUDA-Backend von Ollama.</translation>
    </message>
    <message>
        <source>The compute capability is unknown: Ollama&apos;s CUDA backend needs 5.0 or newer (GTX 750 and later).</source>
        <translation>Die Compute Capability ist unbekannt: Das CUDA-Backend von Ollama braucht 5.0 oder neuer (GTX 750 und später).</translation>
    </message>
    <message>
        <source>Compute capability %1 is below the 5.0 that Ollama&apos;s CUDA backend needs.</source>
        <translation>Compute Capability %1 liegt unter der 5.0, die das CUDA-Backend von Ollama braucht.</translation>
    </message>
    <message>
        <source>Vulkan can still use this GPU where CUDA cannot.</source>
        <translation>Vulkan kann diese GPU auch dort nutzen, wo CUDA es nicht kann.</translation>
    </message>
    <message>
        <source>Ollama on Windows uses the GPU with the full Windows driver, and WSL2 programs reach it over the network.</source>
        <translation>Ollama unter Windows nutzt die GPU mit dem vollständigen Windows-Treiber, und WSL2-Programme erreichen es über das Netzwerk.</translation>
    </message>
    <message>
        <source>WSL2 gives Linux no direct access to AMD or Intel GPU compute; Ollama on Windows has the GPU, and WSL2 programs reach it over the network.</source>
        <translation>WSL2 gibt Linux keinen direkten Zugriff auf GPU-Berechnungen mit AMD oder Intel; Ollama unter Windows hat die GPU, und WSL2-Programme erreichen es über das Netzwerk.</translation>
    </message>
    <message>
        <source>Replace WINDOWS_HOST_IP with the Windows address: `ip route show default | awk &apos;{print $3}&apos;`.</source>
        <translation>Ersetzen Sie WINDOWS_HOST_IP durch die Windows-Adresse: `ip route show default | awk &apos;{print $3}&apos;`.</translation>
    </message>
    <message>
        <source>On Windows, the &apos;%1&apos; path for this GPU (run `ollama-gpu-setup recommend` there)</source>
        <translation>Unter Windows die Methode &apos;%1&apos; für diese GPU (führen Sie dort `ollama-gpu-setup recommend` aus)</translation>
    </message>
    <message>
        <source>CUDA also works inside WSL2 through the Windows NVIDIA driver, if you prefer Ollama inside Linux.</source>
        <translation>CUDA funktioniert über den NVIDIA-Treiber von Windows auch innerhalb von WSL2, falls Sie Ollama lieber unter Linux betreiben.</translation>
    </message>
    <message>
        <source>Inside WSL2 there is no /dev/kfd, so Ollama&apos;s ROCm backend cannot reach the GPU.</source>
        <translation>Innerhalb von WSL2 gibt es kein /dev/kfd, daher kann das ROCm-Backend von Ollama die GPU nicht erreichen.</translation>
    </message>
    <message>
        <source>Inside WSL2 Vulkan only reaches the GPU through a translation layer that Ollama does not support well; use Vulkan on the Windows side instead.</source>
        <translation>Innerhalb von WSL2 erreicht Vulkan die GPU nur über eine Übersetzungsschicht, die Ollama schlecht unterstützt; verwenden Sie stattdessen Vulkan auf der Windows-Seite.</translation>
    </message>
    <message>
        <source>Ollama inside WSL2 without a GPU runs on the CPU.</source>
        <translation>Ollama innerhalb von WSL2 ohne GPU läuft auf der CPU.</translation>
    </message>
    <message>
        <source>A fallback if ROCm misbehaves; usually 60-80% of ROCm&apos;s speed.</source>
        <translation>Eine Ausweichlösung, falls ROCm Probleme macht; meist 60–80 % der ROCm-Geschwindigkeit.</translation>
    </message>
    <message>
        <source>A fallback if CUDA misbehaves.</source>
        <translation>Eine Ausweichlösung, falls CUDA Probleme macht.</translation>
    </message>
    <message>
        <source>this AMD GPU (%1)</source>
        <translation>diese AMD-GPU (%1)</translation>
    </message>
    <message>
        <source>this GPU</source>
        <translation>diese GPU</translation>
    </message>
    <message>
        <source>Your Ollama install (%1) ships ROCm kernels for %2, but the table for Ollama %3 on %4 says it should not; the install is what counts.</source>
        <translation>Ihre Ollama-Installation (%1) enthält ROCm-Kernel für %2, obwohl sie laut der Tabelle für Ollama %3 unter %4 keine enthalten sollte; maßgeblich ist die Installation.</translation>
    </message>
    <message>
        <source>Your Ollama install (%1) does not ship ROCm kernels for %2, but the table for Ollama %3 on %4 says it should; the install is what counts.</source>
        <translation>Ihre Ollama-Installation (%1) enthält keine ROCm-Kernel für %2, obwohl sie laut der Tabelle für Ollama %3 unter %4 welche enthalten sollte; maßgeblich ist die Installation.</translation>
    </message>
    <message>
        <source>Ollama&apos;s version is unknown (no server answered and `ollama --version` gave none here), so this advice assumes the newest release known to this program, %1. Pass --ollama-version to be exact.</source>
        <translation>Die Ollama-Version ist unbekannt (kein Server hat geantwortet und `ollama --version` lieferte hier nichts), daher geht diese Empfehlung von der neuesten diesem Programm bekannten Version aus, %1. Geben Sie --ollama-version an, um genau zu sein.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an Ollama version (it looks like 0.12.11), so this advice assumes %2, the newest release this program knows. Give the version `ollama --version` prints to be exact.</source>
        <translation>&apos;%1&apos; ist keine Ollama-Version (sie sieht aus wie 0.12.11), daher nimmt dieser Rat %2 an, die neueste Version, die dieses Programm kennt. Geben Sie für ein genaues Ergebnis die Version an, die `ollama --version` ausgibt.</translation>
    </message>
    <message>
        <source>%1 is a file where a folder should be, so Ollama finds no ROCm kernels there; reinstall Ollama.</source>
        <translation>%1 ist eine Datei, wo ein Ordner sein sollte, daher findet Ollama dort keine ROCm-Kernel; installieren Sie Ollama neu.</translation>
    </message>
    <message>
        <source>%1 is missing, so Ollama finds no ROCm kernels there; reinstall Ollama.</source>
        <translation>%1 fehlt, daher findet Ollama dort keine ROCm-Kernel; installieren Sie Ollama neu.</translation>
    </message>
    <message>
        <source>%1 holds no TensileLibrary_lazy_gfx*.dat file, so Ollama&apos;s ROCm backend runs on no GPU; the ROCm part of this install looks incomplete: reinstall Ollama.</source>
        <translation>%1 enthält keine TensileLibrary_lazy_gfx*.dat-Datei, daher läuft Ollamas ROCm-Backend auf keiner GPU; der ROCm-Teil dieser Installation scheint unvollständig: installieren Sie Ollama neu.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not exist</source>
        <translation>&apos;%1&apos; existiert nicht</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a file, not a folder</source>
        <translation>&apos;%1&apos; ist eine Datei, kein Ordner</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be read (no permission)</source>
        <translation>&apos;%1&apos; kann nicht gelesen werden (keine Berechtigung)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a file where Ollama&apos;s library folder should be</source>
        <translation>&apos;%1&apos; ist eine Datei, wo Ollamas Bibliotheksordner sein sollte</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is empty</source>
        <translation>&apos;%1&apos; ist leer</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds no Ollama install (no lib/ollama with backend folders)</source>
        <translation>&apos;%1&apos; enthält keine Ollama-Installation (kein lib/ollama mit Backend-Ordnern)</translation>
    </message>
    <message>
        <source>Ollama %1 is newer than the newest version this program has facts for (%2). This advice is based on Ollama&apos;s behaviour up to %2 and assumes %1 behaves the same.</source>
        <translation>Ollama %1 ist neuer als die neueste Version, zu der dieses Programm Fakten hat (%2). Dieser Rat beruht auf Ollamas Verhalten bis %2 und nimmt an, dass %1 sich genauso verhält.</translation>
    </message>
    <message>
        <source>Ollama %1 and newer use %2 through ROCm without OLLAMA_IGPU_ENABLE: it is the one integrated GPU they admit by default.</source>
        <translation>Ollama %1 und neuer nutzen %2 über ROCm ohne OLLAMA_IGPU_ENABLE: es ist die einzige integrierte GPU, die sie standardmäßig zulassen.</translation>
    </message>
    <message>
        <source>The GPU driver&apos;s Vulkan loader, %SystemRoot%\System32\vulkan-1.dll: reinstall or update the graphics driver, which installs it</source>
        <translation>Der Vulkan-Loader des Grafiktreibers, %SystemRoot%\System32\vulkan-1.dll: installieren oder aktualisieren Sie den Grafiktreiber, der ihn mitbringt</translation>
    </message>
    <message>
        <source>%SystemRoot%\System32\vulkan-1.dll is missing. Since %1 Ollama for Windows no longer ships its own Vulkan loader and uses the driver&apos;s, so without it Vulkan finds no GPU.</source>
        <translation>%SystemRoot%\System32\vulkan-1.dll fehlt. Seit %1 bringt Ollama für Windows keinen eigenen Vulkan-Loader mehr mit und nutzt den des Treibers; ohne ihn findet Vulkan keine GPU.</translation>
    </message>
    <message>
        <source>Your Ollama install: %1</source>
        <translation>Ihre Ollama-Installation: %1</translation>
    </message>
    <message>
        <source>%1 is not a gfx target this program knows, so ROCm support cannot be confirmed; none of the Ollama builds it knows ships ROCm kernels for it.</source>
        <translation>%1 ist kein gfx-Ziel, das dieses Programm kennt, daher lässt sich ROCm-Unterstützung nicht bestätigen; keine der bekannten Ollama-Versionen liefert ROCm-Kernel dafür.</translation>
    </message>
    <message>
        <source>Ollama %1 for Windows ships no ROCm kernels for %2%3: its ROCm backend uses the rocBLAS of AMD&apos;s HIP SDK, which has none for this GPU, so ROCm skips it.</source>
        <translation>Ollama %1 für Windows liefert keine ROCm-Kernel für %2%3: sein ROCm-Backend nutzt das rocBLAS aus AMDs HIP SDK, das keine für diese GPU hat, daher überspringt ROCm sie.</translation>
    </message>
    <message>
        <source>Community-maintained: it replaces the official Ollama, and its newest known release (%1) lags behind official Ollama, so official fixes reach it late.</source>
        <translation>Von der Community gepflegt: ersetzt das offizielle Ollama, und seine neueste bekannte Version (%1) hinkt dem offiziellen Ollama hinterher, daher kommen offizielle Korrekturen dort spät an.</translation>
    </message>
    <message>
        <source>Ollama %1 and newer drop integrated GPUs unless OLLAMA_IGPU_ENABLE=1 is set (the log says &quot;dropping integrated GPU&quot;); only %2 through ROCm is admitted by default (since %3), so without the variable Ollama runs on the CPU.</source>
        <translation>Ollama %1 und neuer verwerfen integrierte GPUs, wenn OLLAMA_IGPU_ENABLE=1 nicht gesetzt ist (das Log sagt &quot;dropping integrated GPU&quot;); standardmäßig wird nur %2 über ROCm zugelassen (seit %3), daher läuft Ollama ohne die Variable auf der CPU.</translation>
    </message>
</context>
<context>
    <name>ogs::TelemetryText</name>
    <message>
        <source>busy %1 % for %2 s while Ollama has no model loaded or no runner process</source>
        <translation>%1 % ausgelastet seit %2 s, während Ollama kein Modell geladen oder keinen Runner-Prozess hat</translation>
    </message>
    <message>
        <source>core clock %1 MHz, its top level%2</source>
        <translation>Kerntakt %1 MHz, seine höchste Stufe%2</translation>
    </message>
    <message>
        <source>power %1 W against %2 W when idle</source>
        <translation>Leistung %1 W gegenüber %2 W im Leerlauf</translation>
    </message>
    <message>
        <source>power %1 W (no idle baseline seen yet)</source>
        <translation>Leistung %1 W (noch kein Leerlaufwert erfasst)</translation>
    </message>
    <message>
        <source>With the ROCm/HIP backend some GPUs (RDNA4 with Qwen 3 models, and other RDNA3/RDNA4 cases) keep running orphaned compute queues after the model is unloaded: the GPU stays at 100 % busy and maximum clock, drawing power, until the amdgpu driver is reloaded or the computer restarts. Restarting Ollama does not clear it.</source>
        <translation>Mit dem ROCm/HIP-Backend arbeiten einige GPUs (RDNA4 mit Qwen-3-Modellen und andere RDNA3/RDNA4-Fälle) nach dem Entladen des Modells verwaiste Compute-Queues weiter ab: Die GPU bleibt bei 100 % Auslastung und maximalem Takt und verbraucht Strom, bis der amdgpu-Treiber neu geladen oder der Computer neu gestartet wird. Ein Neustart von Ollama behebt das nicht.</translation>
    </message>
    <message>
        <source>Run Ollama on Vulkan with ROCm devices hidden: OLLAMA_LLM_LIBRARY=vulkan, ROCR_VISIBLE_DEVICES=NOT_A_DEVICE, HIP_VISIBLE_DEVICES=-1 (one click in the wizard)</source>
        <translation>Führen Sie Ollama auf Vulkan mit verborgenen ROCm-Geräten aus: OLLAMA_LLM_LIBRARY=vulkan, ROCR_VISIBLE_DEVICES=NOT_A_DEVICE, HIP_VISIBLE_DEVICES=-1 (ein Klick im Assistenten)</translation>
    </message>
    <message>
        <source>Or keep ROCm with GPU_MAX_HW_QUEUES=1</source>
        <translation>Oder behalten Sie ROCm mit GPU_MAX_HW_QUEUES=1 bei</translation>
    </message>
    <message>
        <source>Set OLLAMA_MAX_LOADED_MODELS=1 so only one runner holds the GPU</source>
        <translation>Setzen Sie OLLAMA_MAX_LOADED_MODELS=1, damit nur ein Runner die GPU belegt</translation>
    </message>
    <message>
        <source>Update the GPU firmware (linux-firmware, for the MES fix)</source>
        <translation>Aktualisieren Sie die GPU-Firmware (linux-firmware, für die MES-Korrektur)</translation>
    </message>
    <message>
        <source>Last resort: reload the amdgpu driver or restart the computer</source>
        <translation>Letzter Ausweg: Laden Sie den amdgpu-Treiber neu oder starten Sie den Computer neu</translation>
    </message>
    <message>
        <source>no clock levels in &quot;%1&quot;</source>
        <translation>keine Taktstufen in &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no amdgpu card under %1/class/drm</source>
        <translation>keine amdgpu-Karte unter %1/class/drm</translation>
    </message>
    <message>
        <source>reading NVIDIA GPUs from %1 instead</source>
        <translation>NVIDIA-GPUs werden stattdessen über %1 gelesen</translation>
    </message>
    <message>
        <source>%1 is not an executable file</source>
        <translation>%1 ist keine ausführbare Datei</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>%1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>nicht gestartet</translation>
    </message>
    <message>
        <source>exited with code %1</source>
        <translation>wurde mit Code %1 beendet</translation>
    </message>
    <message>
        <source>%1 fields, expected %2</source>
        <translation>%1 Felder statt der erwarteten %2</translation>
    </message>
    <message>
        <source>index &quot;%1&quot; is not a number</source>
        <translation>Index &quot;%1&quot; ist keine Zahl</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a number</source>
        <translation>%1 &quot;%2&quot; ist keine Zahl</translation>
    </message>
    <message>
        <source>; no NVIDIA telemetry</source>
        <translation>; keine NVIDIA-Telemetrie</translation>
    </message>
    <message>
        <source>%1 printed &quot;%2&quot;: %3; such lines are skipped</source>
        <translation>%1 hat &quot;%2&quot; ausgegeben: %3; solche Zeilen werden übersprungen</translation>
    </message>
    <message>
        <source>%1 %2; it is not restarted, NVIDIA values are no longer read</source>
        <translation>%1 %2; es wird nicht neu gestartet, NVIDIA-Werte werden nicht mehr gelesen</translation>
    </message>
    <message>
        <source>%1 lacks %2: the NVIDIA driver is too old or this is not NVML; no NVIDIA telemetry (update the driver)</source>
        <translation>%1 enthält %2 nicht: Der NVIDIA-Treiber ist zu alt, oder dies ist kein NVML; keine NVIDIA-Telemetrie (aktualisieren Sie den Treiber)</translation>
    </message>
    <message>
        <source>%1 lacks %2; those values stay null</source>
        <translation>%1 enthält %2 nicht; diese Werte bleiben null</translation>
    </message>
    <message>
        <source>nvmlInit_v2 failed: %1; no NVIDIA telemetry</source>
        <translation>nvmlInit_v2 ist fehlgeschlagen: %1; keine NVIDIA-Telemetrie</translation>
    </message>
    <message>
        <source> (the NVIDIA kernel module is not loaded)</source>
        <translation> (das NVIDIA-Kernelmodul ist nicht geladen)</translation>
    </message>
    <message>
        <source>nvmlDeviceGetCount_v2 failed: %1; no NVIDIA telemetry</source>
        <translation>nvmlDeviceGetCount_v2 ist fehlgeschlagen: %1; keine NVIDIA-Telemetrie</translation>
    </message>
    <message>
        <source>NVML reports %1 GPUs; sampling only the first %2</source>
        <translation>NVML meldet %1 GPUs; nur die ersten %2 werden ausgelesen</translation>
    </message>
    <message>
        <source>NVIDIA GPU %1: nvmlDeviceGetHandleByIndex_v2 failed: %2; not sampled</source>
        <translation>NVIDIA-GPU %1: nvmlDeviceGetHandleByIndex_v2 ist fehlgeschlagen: %2; wird nicht ausgelesen</translation>
    </message>
    <message>
        <source>NVIDIA GPU %1: nvmlDeviceGetName failed: %2</source>
        <translation>NVIDIA-GPU %1: nvmlDeviceGetName ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>NVIDIA GPU %1</source>
        <translation>NVIDIA-GPU %1</translation>
    </message>
    <message>
        <source>%1: nvmlDeviceGetPciInfo_v3 failed: %2</source>
        <translation>%1: nvmlDeviceGetPciInfo_v3 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1: NVML bus id &quot;%2&quot; is not domain:bus:device.function</source>
        <translation>%1: Die NVML-Bus-ID &quot;%2&quot; hat nicht die Form domain:bus:device.function</translation>
    </message>
    <message>
        <source>%1 (%2): %3 failed: %4; the GPU has fallen off the bus, so all its values are null until it is reset (reload the NVIDIA driver or reboot)</source>
        <translation>%1 (%2): %3 ist fehlgeschlagen: %4; die GPU ist vom Bus verschwunden, daher sind alle ihre Werte null, bis sie zurückgesetzt wird (laden Sie den NVIDIA-Treiber neu oder starten Sie den Computer neu)</translation>
    </message>
    <message>
        <source>%1 (%2): %3 failed: %4; %5 is null%6</source>
        <translation>%1 (%2): %3 ist fehlgeschlagen: %4; %5 ist null%6</translation>
    </message>
    <message>
        <source> (this GPU cannot report it)</source>
        <translation> (diese GPU kann den Wert nicht melden)</translation>
    </message>
    <message>
        <source> until it reads again</source>
        <translation> bis zum nächsten erfolgreichen Lesen</translation>
    </message>
    <message>
        <source>%1 (%2): %3 gave %4 % busy, %5 % memory busy, outside 0-100; util_percent is null</source>
        <translation>%1 (%2): %3 lieferte %4 % Auslastung und %5 % Speicherauslastung, außerhalb von 0-100; util_percent ist null</translation>
    </message>
    <message>
        <source>DXGI: %1; adapters are named by LUID</source>
        <translation>DXGI: %1; Adapter werden nach ihrer LUID benannt</translation>
    </message>
    <message>
        <source>; no utilisation or memory use from Windows</source>
        <translation>; keine Auslastung oder Speichernutzung von Windows</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>cannot seek: </source>
        <translation>Positionieren nicht möglich: </translation>
    </message>
    <message>
        <source>read failed: </source>
        <translation>Lesen fehlgeschlagen: </translation>
    </message>
    <message>
        <source>not a number: &quot;%1&quot;</source>
        <translation>keine Zahl: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>abgestürzt</translation>
    </message>
</context>
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
    <message>
        <source>applied</source>
        <translation>angewendet</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>rückgängig gemacht</translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>nicht abgeschlossen</translation>
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
    <message>
        <source>%1 (%2, %3 GB)</source>
        <translation>%1 (%2, %3 GB)</translation>
    </message>
    <message>
        <source>%1 (%2, %3 GB; built locally with %4)</source>
        <translation>%1 (%2, %3 GB; lokal gebaut mit %4)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Suggested for this card:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Empfohlen für diese Karte:&lt;/b&gt; %1</translation>
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
    <message>
        <source>%1, %2</source>
        <comment>GPU count, samples kept</comment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n GPU(s)</source>
        <translation>
            <numerusform>%n GPU</numerusform>
            <numerusform>%n GPUs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s) kept</source>
        <translation>
            <numerusform>%n Messwert gespeichert</numerusform>
            <numerusform>%n Messwerte gespeichert</numerusform>
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
    <message>
        <source>installed</source>
        <translation>installiert</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>nicht installiert</translation>
    </message>
    <message>
        <source>Ollama &lt;b&gt;%1&lt;/b&gt; is installed and running at %2.</source>
        <translation>Ollama &lt;b&gt;%1&lt;/b&gt; ist installiert und läuft unter %2.</translation>
    </message>
    <message>
        <source>Ollama &lt;b&gt;%1&lt;/b&gt; is installed but not running (nothing answers at %2).</source>
        <translation>Ollama &lt;b&gt;%1&lt;/b&gt; ist installiert, läuft aber nicht (unter %2 antwortet nichts).</translation>
    </message>
    <message>
        <source>Ollama &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Ollama &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Ollama was &lt;b&gt;not found&lt;/b&gt;: nothing answers at %1 and there is no &lt;code&gt;ollama&lt;/code&gt; command. The advice assumes Ollama %2, the newest release this program knows.</source>
        <translation>Ollama wurde &lt;b&gt;nicht gefunden&lt;/b&gt;: Unter %1 antwortet nichts, und es gibt keinen Befehl &lt;code&gt;ollama&lt;/code&gt;. Die Empfehlung geht von Ollama %2 aus, der neuesten Version, die dieses Programm kennt.</translation>
    </message>
    <message>
        <source>Its install (%1) ships ROCm kernels for: %2.</source>
        <translation>Die Installation (%1) liefert ROCm-Kernel für: %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Its install (%1) has no ROCm runner.</source>
        <translation>Die Installation (%1) hat keinen ROCm-Runner.</translation>
    </message>
    <message>
        <source>AMD HIP SDK: %1.</source>
        <translation>AMD HIP SDK: %1.</translation>
    </message>
    <message>
        <source>ROCm runtime on the system: %1 (Ollama brings its own; this matters for the HSA override).</source>
        <translation>ROCm-Laufzeit im System: %1 (Ollama bringt eine eigene mit; wichtig ist das für den HSA-Override).</translation>
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
    <message>
        <source>Stopped Ollama (%1) and started %2.</source>
        <translation>Ollama beendet (%1) und %2 gestartet.</translation>
    </message>
    <message>
        <source>Ollama was not running; started %1.</source>
        <translation>Ollama lief nicht; %1 gestartet.</translation>
    </message>
    <message>
        <source>⚠ Could not tell whether Ollama runs: %1. Nothing was stopped or started.</source>
        <translation>⚠ Es ließ sich nicht feststellen, ob Ollama läuft: %1. Nichts wurde beendet oder gestartet.</translation>
    </message>
    <message>
        <source>⚠ Ollama&apos;s app is not at %1, so it was not restarted; nothing was stopped.</source>
        <translation>⚠ Die Ollama-App liegt nicht unter %1, daher wurde Ollama nicht neu gestartet; nichts wurde beendet.</translation>
    </message>
    <message>
        <source>⚠ Could not stop Ollama: %1. Nothing was started.</source>
        <translation>⚠ Ollama ließ sich nicht beenden: %1. Nichts wurde gestartet.</translation>
    </message>
    <message>
        <source>⚠ Stopped Ollama (%1), but it did not start again: %2.</source>
        <translation>⚠ Ollama wurde beendet (%1), startete aber nicht wieder: %2.</translation>
    </message>
    <message>
        <source>After applying, Ollama is restarted so it reads the new variables: ollama app.exe and ollama.exe are stopped and %1 is started again (or started, if Ollama is not running).</source>
        <translation>Nach dem Anwenden wird Ollama neu gestartet, damit es die neuen Variablen einliest: ollama app.exe und ollama.exe werden beendet und %1 wird wieder gestartet (oder gestartet, falls Ollama nicht läuft).</translation>
    </message>
    <message>
        <source>After applying: Ollama&apos;s app is not at %1, so it cannot be restarted from here. %2</source>
        <translation>Nach dem Anwenden: Die Ollama-App liegt nicht unter %1, daher kann Ollama nicht von hier aus neu gestartet werden. %2</translation>
    </message>
    <message>
        <source>After applying, the Ollama service is restarted (systemctl daemon-reload, systemctl restart ollama) and its log is read to confirm the settings.</source>
        <translation>Nach dem Anwenden wird der Ollama-Dienst neu gestartet (systemctl daemon-reload, systemctl restart ollama) und sein Protokoll gelesen, um die Einstellungen zu bestätigen.</translation>
    </message>
    <message>
        <source>After applying: %1</source>
        <translation>Nach dem Anwenden: %1</translation>
    </message>
    <message>
        <source>Restarting Ollama: stopping ollama app.exe and ollama.exe, then starting %1…</source>
        <translation>Ollama wird neu gestartet: ollama app.exe und ollama.exe werden beendet, dann wird %1 gestartet…</translation>
    </message>
    <message>
        <source>Start Ollama from the Start menu: it reads the new variables when it starts.</source>
        <translation>Starten Sie Ollama über das Startmenü: Beim Start liest es die neuen Variablen ein.</translation>
    </message>
    <message>
        <source>✔ Started Ollama; it answers (version %1).</source>
        <translation>✔ Ollama wurde gestartet und antwortet (Version %1).</translation>
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
    <message>
        <source>Save &amp;diagnostic bundle…</source>
        <translation>&amp;Diagnosepaket speichern…</translation>
    </message>
    <message>
        <source>Save a diagnostic bundle (zip file) for a bug report</source>
        <translation>Ein Diagnosepaket (ZIP-Datei) für eine Fehlermeldung speichern</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Save diagnostic bundle…&lt;/b&gt; puts the same in one .zip file, each part also as JSON, to attach to a bug report.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Diagnosepaket speichern…&lt;/b&gt; packt dasselbe in eine .zip-Datei, jeden Teil auch als JSON, zum Anhängen an eine Fehlermeldung.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Save diagnostic bundle</source>
        <translation>Diagnosepaket speichern</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>ZIP-Archive (*.zip)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Diagnostic bundle saved to &lt;b&gt;%1&lt;/b&gt;. Attach it to your bug report.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Diagnosepaket gespeichert unter &lt;b&gt;%1&lt;/b&gt;. Hängen Sie es an Ihre Fehlermeldung an.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Could not save the diagnostic bundle:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Das Diagnosepaket konnte nicht gespeichert werden:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;Report saved to &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Bericht gespeichert unter &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Could not save the report:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Der Bericht konnte nicht gespeichert werden:&lt;/b&gt; %1&lt;/p&gt;</translation>
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
    <message>
        <source>%1 is not installed yet (install it with: %2); the test uses %3 instead.</source>
        <translation>%1 ist noch nicht installiert (installieren mit: %2); der Test verwendet stattdessen %3.</translation>
    </message>
    <message>
        <source>No model is installed. Install one first, for example: %1</source>
        <translation>Es ist kein Modell installiert. Installieren Sie zuerst eines, zum Beispiel: %1</translation>
    </message>
    <message>
        <source>⚠ The GPU is not speeding it up: %1 tok/s, and %2 tok/s on the processor alone (%3×).</source>
        <translation>⚠ Die GPU beschleunigt nicht: %1 tok/s, und %2 tok/s allein auf dem Prozessor (%3×).</translation>
    </message>
    <message>
        <source>⚠ Running, but only partly on the GPU: %1 tok/s.</source>
        <translation>⚠ Läuft, aber nur teilweise auf der GPU: %1 tok/s.</translation>
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
