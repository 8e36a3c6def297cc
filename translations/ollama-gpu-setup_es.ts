<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ogs::BudgetText</name>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation>%1 no respondió en %2 s</translation>
    </message>
    <message>
        <source>cannot reach Ollama at %1: %2</source>
        <translation>no se puede conectar con Ollama en %1: %2</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2%3</source>
        <translation>%1 respondió HTTP %2%3</translation>
    </message>
    <message>
        <source>Ollama&apos;s /api/show answer for %1 is not JSON</source>
        <translation>La respuesta de /api/show de Ollama para %1 no es JSON</translation>
    </message>
    <message>
        <source>%1 (%2, %3) is the largest variant whose minimum VRAM (%4) this card meets and that fits fully on the GPU at %5 tokens of context.</source>
        <translation>%1 (%2, %3) es la variante más grande cuya VRAM mínima (%4) cumple esta tarjeta y que cabe por completo en la GPU con %5 tokens de contexto.</translation>
    </message>
    <message>
        <source>Even the smallest variant, %1 (%2), does not fit fully at %3 tokens of context; it will run partly on the CPU. A shorter context helps.</source>
        <translation>Ni siquiera la variante más pequeña, %1 (%2), cabe por completo con %3 tokens de contexto; se ejecutará en parte en la CPU. Un contexto más corto ayuda.</translation>
    </message>
    <message>
        <source>Without the model&apos;s architecture the KV cache and compute buffer are left out, so this is a lower bound: pass --model or --arch-file for the full figure.</source>
        <translation>Sin la arquitectura del modelo, la caché KV y el búfer de cálculo quedan fuera, así que esto es un límite inferior: indique --model o --arch-file para obtener la cifra completa.</translation>
    </message>
    <message>
        <source>The vocabulary size is unknown, so the compute buffer leaves out the output logits; it may be a few hundred MB low.</source>
        <translation>Se desconoce el tamaño del vocabulario, así que el búfer de cálculo no incluye los logits de salida; puede quedarse corto en unos cientos de MB.</translation>
    </message>
    <message>
        <source>A %1 KV cache needs flash attention: set OLLAMA_FLASH_ATTENTION=1 and OLLAMA_KV_CACHE_TYPE=%1, or Ollama falls back to f16.</source>
        <translation>Una caché KV %1 necesita flash attention: defina OLLAMA_FLASH_ATTENTION=1 y OLLAMA_KV_CACHE_TYPE=%1; de lo contrario, Ollama vuelve a f16.</translation>
    </message>
    <message>
        <source>Good for most tasks</source>
        <translation>Buena para la mayoría de tareas</translation>
    </message>
    <message>
        <source>Better accuracy (default)</source>
        <translation>Mayor precisión (predeterminada)</translation>
    </message>
    <message>
        <source>Full precision</source>
        <translation>Precisión completa</translation>
    </message>
    <message>
        <source>Ollama at %1 does not have the model %2 (%3): download it with `ollama pull %2`, or give its file size with --model-size</source>
        <translation>Ollama en %1 no tiene el modelo %2 (%3): descárguelo con `ollama pull %2` o indique su tamaño de archivo con --model-size</translation>
    </message>
    <message>
        <source>%1 (%2, %3) is the largest choice from Ollama&apos;s library that fits fully on this card&apos;s GPU at %4 tokens of context.</source>
        <translation>%1 (%2, %3) es la opción más grande de la biblioteca de Ollama que cabe entera en la GPU de esta tarjeta con %4 tokens de contexto.</translation>
    </message>
</context>
<context>
    <name>ogs::DetectText</name>
    <message>
        <source>%1: DXGI reports %2 MiB of dedicated memory, which some drivers cap at 4 GiB, and the driver&apos;s registry size could not be read (%3)</source>
        <translation>%1: DXGI informa de %2 MiB de memoria dedicada, un valor que algunos controladores limitan a 4 GiB, y no se pudo leer el tamaño que el controlador indica en el registro (%3)</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>no se indicó ningún motivo</translation>
    </message>
    <message>
        <source>the built-in AMD PCI id table could not be loaded; gfx targets may be missing</source>
        <translation>no se pudo cargar la tabla integrada de ID PCI de AMD; pueden faltar destinos gfx</translation>
    </message>
    <message>
        <source>Unknown vendor</source>
        <translation>Fabricante desconocido</translation>
    </message>
    <message>
        <source>%1 exists but cannot be loaded: %2</source>
        <translation>%1 existe, pero no se puede cargar: %2</translation>
    </message>
    <message>
        <source>NVML does not exist on this platform</source>
        <translation>NVML no existe en esta plataforma</translation>
    </message>
    <message>
        <source>no NVIDIA driver (NVML not found: %1)</source>
        <translation>no hay controlador NVIDIA (no se encontró NVML: %1)</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>error desconocido</translation>
    </message>
    <message>
        <source>%1 (NVML error %2)</source>
        <translation>%1 (error de NVML %2)</translation>
    </message>
    <message>
        <source>%1: NVML bus id &quot;%2&quot; is not domain:bus:device.function; %3</source>
        <translation>%1: el ID de bus de NVML &quot;%2&quot; no tiene el formato domain:bus:device.function; %3</translation>
    </message>
    <message>
        <source>its PCI address is unknown</source>
        <translation>se desconoce su dirección PCI</translation>
    </message>
    <message>
        <source>using %1 from its fields</source>
        <translation>se usa %1, reconstruido a partir de sus campos</translation>
    </message>
    <message>
        <source>%1: implausible CUDA compute capability %2.%3</source>
        <translation>%1: capacidad de cómputo CUDA %2.%3 inverosímil</translation>
    </message>
    <message>
        <source>%1 lacks %2: the NVIDIA driver is too old or this is not NVML; update the driver</source>
        <translation>a %1 le falta %2: el controlador NVIDIA es demasiado antiguo o esto no es NVML; actualice el controlador</translation>
    </message>
    <message>
        <source>%1 lacks %2; those fields stay empty</source>
        <translation>a %1 le falta %2; esos campos quedan vacíos</translation>
    </message>
    <message>
        <source>nvmlInit_v2 failed: %1</source>
        <translation>nvmlInit_v2 falló: %1</translation>
    </message>
    <message>
        <source>; the NVIDIA kernel module is not loaded (reboot after installing the driver, or check Secure Boot module signing)</source>
        <translation>; el módulo del kernel de NVIDIA no está cargado (reinicie después de instalar el controlador o compruebe la firma de módulos de Secure Boot)</translation>
    </message>
    <message>
        <source>nvmlDeviceGetCount_v2 failed: %1</source>
        <translation>nvmlDeviceGetCount_v2 falló: %1</translation>
    </message>
    <message>
        <source>NVML reports %1 GPUs; reading only the first %2</source>
        <translation>NVML informa de %1 GPU; solo se leen las %2 primeras</translation>
    </message>
    <message>
        <source>GPU %1: nvmlDeviceGetHandleByIndex_v2 failed: %2</source>
        <translation>GPU %1: nvmlDeviceGetHandleByIndex_v2 falló: %2</translation>
    </message>
    <message>
        <source>nvmlShutdown failed: %1</source>
        <translation>nvmlShutdown falló: %1</translation>
    </message>
    <message>
        <source>This looks like WSL 1 (kernel %1, no /dev/dxg): WSL 1 has no GPU access; use WSL 2 or run Ollama on Windows</source>
        <translation>Esto parece WSL 1 (kernel %1, sin /dev/dxg): WSL 1 no tiene acceso a la GPU; use WSL 2 o ejecute Ollama en Windows</translation>
    </message>
    <message>
        <source>WSL 2 without /dev/dxg (kernel %1): the Windows GPU driver is not shared with Linux; run &apos;wsl --update&apos; in Windows and install a current GPU driver there</source>
        <translation>WSL 2 sin /dev/dxg (kernel %1): el controlador de GPU de Windows no se comparte con Linux; ejecute &apos;wsl --update&apos; en Windows e instale allí un controlador de GPU actual</translation>
    </message>
    <message>
        <source>%1 exists but this user cannot open it for reading and writing: add the user to the &apos;render&apos; (and &apos;video&apos;) group and log in again</source>
        <translation>%1 existe, pero este usuario no puede abrirlo para lectura y escritura: añada el usuario al grupo &apos;render&apos; (y &apos;video&apos;) y vuelva a iniciar sesión</translation>
    </message>
    <message>
        <source>%1: cannot read the primary group (%2)</source>
        <translation>%1: no se puede leer el grupo principal (%2)</translation>
    </message>
    <message>
        <source>%1: cannot read group memberships (%2)</source>
        <translation>%1: no se pueden leer las pertenencias a grupos (%2)</translation>
    </message>
    <message>
        <source>%1: not a number: &quot;%2&quot;</source>
        <translation>%1: no es un número: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1/class does not exist; no sysfs to read</source>
        <translation>%1/class no existe; no hay sysfs que leer</translation>
    </message>
    <message>
        <source>%1: no readable PCI vendor/device id (vendor, device, uevent PCI_ID); card skipped</source>
        <translation>%1: no hay ningún ID PCI de fabricante/dispositivo legible (vendor, device, uevent PCI_ID); se omite la tarjeta</translation>
    </message>
    <message>
        <source>%1/revision: not a revision: &quot;%2&quot;</source>
        <translation>%1/revision: no es una revisión: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: garbled line &quot;%2&quot;</source>
        <translation>%1: línea ilegible &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: no gfx_target_version</source>
        <translation>%1: no hay gfx_target_version</translation>
    </message>
    <message>
        <source>%1: gfx_target_version %2 is not a valid target</source>
        <translation>%1: gfx_target_version %2 no es un destino válido</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>the Vulkan loader does not provide vkCreateInstance; detection continues without Vulkan</source>
        <translation>el cargador de Vulkan no proporciona vkCreateInstance; la detección continúa sin Vulkan</translation>
    </message>
    <message>
        <source>vkCreateInstance failed with %1: no working Vulkan driver (ICD) was found or a driver is broken; detection continues without Vulkan</source>
        <translation>vkCreateInstance falló con %1: no se encontró ningún controlador Vulkan (ICD) que funcione o hay un controlador dañado; la detección continúa sin Vulkan</translation>
    </message>
    <message>
        <source>the Vulkan loader lacks vkEnumeratePhysicalDevices or vkGetPhysicalDeviceProperties; no Vulkan devices listed</source>
        <translation>al cargador de Vulkan le falta vkEnumeratePhysicalDevices o vkGetPhysicalDeviceProperties; no se muestra ningún dispositivo Vulkan</translation>
    </message>
    <message>
        <source>vkEnumeratePhysicalDevices failed with %1; no Vulkan devices listed</source>
        <translation>vkEnumeratePhysicalDevices falló con %1; no se muestra ningún dispositivo Vulkan</translation>
    </message>
    <message>
        <source>the Vulkan loader found no devices (no driver installed for this GPU?)</source>
        <translation>el cargador de Vulkan no encontró ningún dispositivo (¿no hay ningún controlador instalado para esta GPU?)</translation>
    </message>
    <message>
        <source>the Vulkan loader &apos;%1&apos; could not be loaded (%2); detection continues without Vulkan</source>
        <translation>no se pudo abrir el cargador de Vulkan &apos;%1&apos; (%2); la detección continúa sin Vulkan</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not export vkGetInstanceProcAddr, so it is not a Vulkan loader; detection continues without Vulkan</source>
        <translation>&apos;%1&apos; no exporta vkGetInstanceProcAddr, así que no es un cargador de Vulkan; la detección continúa sin Vulkan</translation>
    </message>
</context>
<context>
    <name>ogs::DiagnoseText</name>
    <message>
        <source>Ollama found the GPU (%1) but its ROCm folder offers no GPU targets at all (supported types:[]): the rocBLAS kernel files are missing or were replaced by an incompatible set.</source>
        <translation>Ollama encontró la GPU (%1), pero su carpeta de ROCm no ofrece ningún destino de GPU (supported types:[]): faltan los archivos de kernels de rocBLAS o se reemplazaron por un conjunto incompatible.</translation>
    </message>
    <message>
        <source>Ollama&apos;s ROCm build has no kernels for %1%2, so it dropped the GPU.</source>
        <translation>La compilación de ROCm de Ollama no tiene kernels para %1%2, así que descartó la GPU.</translation>
    </message>
    <message>
        <source> (it supports %1)</source>
        <translation> (admite %1)</translation>
    </message>
    <message>
        <source>HSA_OVERRIDE_GFX_VERSION has no effect on Windows. Use the Vulkan backend (OLLAMA_VULKAN=1, on by default since Ollama 0.30) or the ollama-for-amd build, which ships kernels for %1.</source>
        <translation>HSA_OVERRIDE_GFX_VERSION no tiene efecto en Windows. Use el backend Vulkan (OLLAMA_VULKAN=1, activado de forma predeterminada desde Ollama 0.30) o la compilación ollama-for-amd, que incluye kernels para %1.</translation>
    </message>
    <message>
        <source>Set HSA_OVERRIDE_GFX_VERSION=%1 for the Ollama service (systemd drop-in) and restart it, or use the Vulkan backend (OLLAMA_VULKAN=1).</source>
        <translation>Defina HSA_OVERRIDE_GFX_VERSION=%1 para el servicio de Ollama (archivo drop-in de systemd) y reinícielo, o use el backend Vulkan (OLLAMA_VULKAN=1).</translation>
    </message>
    <message>
        <source>No ROCm override fits %1; use the Vulkan backend (OLLAMA_VULKAN=1).</source>
        <translation>Ningún destino gfx forzado de ROCm sirve para %1; use el backend Vulkan (OLLAMA_VULKAN=1).</translation>
    </message>
    <message>
        <source>Ollama saw the %1 device at %2 but it did not initialise, so Ollama dropped it. Usually the GPU driver is older than the bundled %1 runtime needs, or the gfx target is not in this build.</source>
        <translation>Ollama vio el dispositivo %1 en %2, pero no se inicializó, así que Ollama lo descartó. Normalmente el controlador de la GPU es más antiguo de lo que necesita el runtime de %1 incluido, o el destino gfx no está en esta compilación.</translation>
    </message>
    <message>
        <source>Update the AMD Adrenalin driver and restart Ollama; if it still fails, use the Vulkan backend (OLLAMA_VULKAN=1).</source>
        <translation>Actualice el controlador AMD Adrenalin y reinicie Ollama; si sigue fallando, use el backend Vulkan (OLLAMA_VULKAN=1).</translation>
    </message>
    <message>
        <source>Update the amdgpu/ROCm driver and restart Ollama; if it still fails, use the Vulkan backend (OLLAMA_VULKAN=1).</source>
        <translation>Actualice el controlador amdgpu/ROCm y reinicie Ollama; si sigue fallando, use el backend Vulkan (OLLAMA_VULKAN=1).</translation>
    </message>
    <message>
        <source>HSA_OVERRIDE_GFX_VERSION=%1 was recognised but Ollama ended with total_vram=&quot;0 B&quot;: the override only changes the reported architecture; the HIP runtime still cannot reach the GPU.</source>
        <translation>Se reconoció HSA_OVERRIDE_GFX_VERSION=%1, pero Ollama terminó con total_vram=&quot;0 B&quot;: el destino forzado solo cambia la arquitectura notificada; el runtime de HIP sigue sin poder acceder a la GPU.</translation>
    </message>
    <message>
        <source>Install the AMD HIP SDK, or (simpler) remove the override and use the Vulkan backend (OLLAMA_VULKAN=1).</source>
        <translation>Instale el AMD HIP SDK o (más sencillo) quite el destino forzado y use el backend Vulkan (OLLAMA_VULKAN=1).</translation>
    </message>
    <message>
        <source>Remove the override and use the Vulkan backend (OLLAMA_VULKAN=1), or install a ROCm runtime that supports this GPU.</source>
        <translation>Quite el destino forzado y use el backend Vulkan (OLLAMA_VULKAN=1), o instale un runtime de ROCm que admita esta GPU.</translation>
    </message>
    <message>
        <source>HSA_OVERRIDE_GFX_VERSION=%1 is set, but Windows does not go through HSA: the variable does nothing there.</source>
        <translation>HSA_OVERRIDE_GFX_VERSION=%1 está definida, pero Windows no pasa por HSA: la variable no hace nada allí.</translation>
    </message>
    <message>
        <source>Delete HSA_OVERRIDE_GFX_VERSION from the user and system environment variables and restart Ollama. For an unsupported GPU use Vulkan (OLLAMA_VULKAN=1) or the ollama-for-amd build.</source>
        <translation>Elimine HSA_OVERRIDE_GFX_VERSION de las variables de entorno del usuario y del sistema y reinicie Ollama. Para una GPU no compatible, use Vulkan (OLLAMA_VULKAN=1) o la compilación ollama-for-amd.</translation>
    </message>
    <message>
        <source>HSA_OVERRIDE_GFX_VERSION=%1 is left over from a ROCm attempt, but Ollama now uses Vulkan. If ROCm loads again the override can make it crash or pick the wrong kernels.</source>
        <translation>HSA_OVERRIDE_GFX_VERSION=%1 quedó de un intento con ROCm, pero Ollama ahora usa Vulkan. Si ROCm vuelve a cargarse, el destino forzado puede hacer que falle o que elija kernels equivocados.</translation>
    </message>
    <message>
        <source>Remove HSA_OVERRIDE_GFX_VERSION from the Ollama service environment and restart it.</source>
        <translation>Quite HSA_OVERRIDE_GFX_VERSION del entorno del servicio de Ollama y reinícielo.</translation>
    </message>
    <message>
        <source>Vulkan was requested, but Ollama prefers ROCm over Vulkan when both see the same GPU, so it still runs on ROCm.</source>
        <translation>Se solicitó Vulkan, pero Ollama prefiere ROCm a Vulkan cuando ambos ven la misma GPU, así que sigue ejecutándose en ROCm.</translation>
    </message>
    <message>
        <source>Set OLLAMA_LLM_LIBRARY=vulkan and hide the ROCm devices (%1), then restart Ollama.</source>
        <translation>Defina OLLAMA_LLM_LIBRARY=vulkan y oculte los dispositivos ROCm (%1); después, reinicie Ollama.</translation>
    </message>
    <message>
        <source>(detection: the user is not in the render group)</source>
        <translation>(detección: el usuario no está en el grupo render)</translation>
    </message>
    <message>
        <source>The account Ollama runs as cannot open /dev/kfd and /dev/dri/renderD*: it is not in the render group.</source>
        <translation>La cuenta con la que se ejecuta Ollama no puede abrir /dev/kfd ni /dev/dri/renderD*: no está en el grupo render.</translation>
    </message>
    <message>
        <source>sudo usermod -aG render,video ollama (for the service; use your own user name for `ollama serve`), then restart Ollama or log in again.</source>
        <translation>sudo usermod -aG render,video ollama (para el servicio; para `ollama serve` use su propio nombre de usuario); después, reinicie Ollama o vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>Only %1 of %2 layers fit in GPU memory; the rest run on the CPU, which is several times slower.</source>
        <translation>Solo %1 de %2 capas caben en la memoria de la GPU; el resto se ejecuta en la CPU, que es varias veces más lenta.</translation>
    </message>
    <message>
        <source>Use a smaller quantisation (Q4_K_M instead of Q8_0/F16), a smaller context (OLLAMA_CONTEXT_LENGTH=4096) or close other programs that use GPU memory.</source>
        <translation>Use una cuantización más pequeña (Q4_K_M en lugar de Q8_0/F16), un contexto más pequeño (OLLAMA_CONTEXT_LENGTH=4096) o cierre otros programas que usen memoria de la GPU.</translation>
    </message>
    <message>
        <source>Ollama found a GPU but offloaded 0 of %1 layers: the model did not fit at all, or num_gpu=0 was requested.</source>
        <translation>Ollama encontró una GPU, pero cargó en ella 0 de %1 capas: el modelo no cabía en absoluto, o se solicitó num_gpu=0.</translation>
    </message>
    <message>
        <source>Use a smaller model or quantisation, reduce the context, and check that no Modelfile/options set num_gpu 0.</source>
        <translation>Use un modelo o una cuantización más pequeños, reduzca el contexto y compruebe que ningún Modelfile ni ninguna opción establece num_gpu 0.</translation>
    </message>
    <message>
        <source>%1 does not fit in GPU memory; the CPU part slows every token.</source>
        <translation>%1 no cabe en la memoria de la GPU; la parte en la CPU ralentiza cada token.</translation>
    </message>
    <message>
        <source>Use a smaller quantisation or context (OLLAMA_CONTEXT_LENGTH), or close other GPU programs.</source>
        <translation>Use una cuantización o un contexto más pequeños (OLLAMA_CONTEXT_LENGTH), o cierre otros programas que usen la GPU.</translation>
    </message>
    <message>
        <source>%1 is loaded entirely in system memory.</source>
        <translation>%1 está cargado por completo en la memoria del sistema.</translation>
    </message>
    <message>
        <source>See the other findings for why Ollama has no usable GPU.</source>
        <translation>Consulte los demás hallazgos para saber por qué Ollama no tiene ninguna GPU utilizable.</translation>
    </message>
    <message>
        <source>%1=%2 (server saw &quot;%3&quot;)</source>
        <translation>%1=%2 (el servidor vio &quot;%3&quot;)</translation>
    </message>
    <message>
        <source>(no &quot;server config&quot; line in the log: the server has not restarted since logging began)</source>
        <translation>(no hay ninguna línea &quot;server config&quot; en el registro: el servidor no se ha reiniciado desde que empezó el registro)</translation>
    </message>
    <message>
        <source>The running Ollama server did not receive: %1. It was not restarted after the change, or the setting went to a place the server does not read%2.</source>
        <translation>El servidor de Ollama en ejecución no recibió: %1. No se reinició después del cambio, o la configuración fue a un lugar que el servidor no lee%2.</translation>
    </message>
    <message>
        <source> (the Windows app overwrites OLLAMA_HOST, OLLAMA_MODELS, OLLAMA_CONTEXT_LENGTH, OLLAMA_ORIGINS from its own settings)</source>
        <translation> (la aplicación de Windows sobrescribe OLLAMA_HOST, OLLAMA_MODELS, OLLAMA_CONTEXT_LENGTH y OLLAMA_ORIGINS con su propia configuración)</translation>
    </message>
    <message>
        <source> (the systemd service ignores ~/.bashrc; use a drop-in)</source>
        <translation> (el servicio de systemd ignora ~/.bashrc; use un archivo drop-in)</translation>
    </message>
    <message>
        <source>Quit Ollama from the tray icon and start it again, then re-run diagnose.</source>
        <translation>Cierre Ollama desde el icono de la bandeja del sistema y vuelva a iniciarlo; después, vuelva a ejecutar el diagnóstico.</translation>
    </message>
    <message>
        <source>sudo systemctl daemon-reload &amp;&amp; sudo systemctl restart ollama, then re-run diagnose.</source>
        <translation>sudo systemctl daemon-reload &amp;&amp; sudo systemctl restart ollama; después, vuelva a ejecutar el diagnóstico.</translation>
    </message>
    <message>
        <source>This Ollama has a Vulkan backend, but it is switched off.</source>
        <translation>Esta versión de Ollama tiene un backend Vulkan, pero está desactivado.</translation>
    </message>
    <message>
        <source>Set OLLAMA_VULKAN=1 for the Ollama server and restart it.</source>
        <translation>Defina OLLAMA_VULKAN=1 para el servidor de Ollama y reinícielo.</translation>
    </message>
    <message>
        <source>Ollama could not confirm a recent AMD driver.</source>
        <translation>Ollama no pudo confirmar que haya un controlador de AMD reciente.</translation>
    </message>
    <message>
        <source>Install the current AMD Adrenalin driver.</source>
        <translation>Instale el controlador AMD Adrenalin actual.</translation>
    </message>
    <message>
        <source>Usually harmless with the in-kernel amdgpu driver; update the kernel/firmware if the GPU is not found.</source>
        <translation>Normalmente es inofensivo con el controlador amdgpu integrado en el kernel; actualice el kernel o el firmware si no se encuentra la GPU.</translation>
    </message>
    <message>
        <source>Ollama skips Radeon integrated GPUs (id %1, %2 reported) by default.</source>
        <translation>Ollama omite de forma predeterminada las GPU integradas Radeon (id %1, %2 notificados).</translation>
    </message>
    <message>
        <source>Nothing to do if another GPU is used. To use the iGPU, set OLLAMA_IGPU_ENABLE=1 (Ollama 0.30+) or use the Vulkan backend.</source>
        <translation>No hay nada que hacer si se usa otra GPU. Para usar la iGPU, defina OLLAMA_IGPU_ENABLE=1 (Ollama 0.30+) o use el backend Vulkan.</translation>
    </message>
    <message>
        <source>Ollama found no usable GPU and runs on the CPU only.</source>
        <translation>Ollama no encontró ninguna GPU utilizable y solo se ejecuta en la CPU.</translation>
    </message>
    <message>
        <source>Check that the GPU driver is installed, then try the Vulkan backend (OLLAMA_VULKAN=1). Start Ollama with OLLAMA_DEBUG=1 to see why each GPU was rejected.</source>
        <translation>Compruebe que el controlador de la GPU está instalado y, después, pruebe el backend Vulkan (OLLAMA_VULKAN=1). Inicie Ollama con OLLAMA_DEBUG=1 para ver por qué se rechazó cada GPU.</translation>
    </message>
</context>
<context>
    <name>ogs::EnvText</name>
    <message>
        <source>cannot write %1: the file is read-only (no write permission for anyone); make it writable first if it should change</source>
        <translation>no se puede escribir %1: el archivo es de solo lectura (nadie tiene permiso de escritura); si debe cambiar, hágalo primero modificable</translation>
    </message>
    <message>
        <source>cannot write %1: permission denied (the file is read-only for this user)</source>
        <translation>no se puede escribir %1: permiso denegado (el archivo es de solo lectura para este usuario)</translation>
    </message>
    <message>
        <source>cannot create the folder %1 (permission denied?)</source>
        <translation>no se puede crear la carpeta %1 (¿permiso denegado?)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>cannot set the permissions of %1: %2</source>
        <translation>no se pueden establecer los permisos de %1: %2</translation>
    </message>
    <message>
        <source>cannot keep the owner of %1 (uid %2, gid %3): %4</source>
        <translation>no se puede conservar el propietario de %1 (uid %2, gid %3): %4</translation>
    </message>
    <message>
        <source>cannot remove %1: %2</source>
        <translation>no se puede eliminar %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 no es un archivo normal</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>cannot read the journal entry %1: %2</source>
        <translation>no se puede leer la entrada del registro %1: %2</translation>
    </message>
    <message>
        <source>the journal entry %1 is damaged: %2</source>
        <translation>la entrada del registro %1 está dañada: %2</translation>
    </message>
    <message>
        <source>the saved copy %1 is missing or damaged; %2 was not touched</source>
        <translation>la copia guardada %1 falta o está dañada; no se tocó %2</translation>
    </message>
    <message>
        <source>Nothing to change: %1 already has these values.</source>
        <translation>No hay nada que cambiar: %1 ya tiene estos valores.</translation>
    </message>
    <message>
        <source>; nothing was changed</source>
        <translation>; no se cambió nada</translation>
    </message>
    <message>
        <source>%1 changed since the plan was made; nothing was changed (make the plan again)</source>
        <translation>%1 cambió desde que se elaboró el plan; no se cambió nada (vuelva a elaborar el plan)</translation>
    </message>
    <message>
        <source>no registry on this platform; nothing was changed</source>
        <translation>no hay registro de Windows en esta plataforma; no se cambió nada</translation>
    </message>
    <message>
        <source>%1\%2 changed since the plan was made; nothing was changed (make the plan again)</source>
        <translation>%1\%2 cambió desde que se elaboró el plan; no se cambió nada (vuelva a elaborar el plan)</translation>
    </message>
    <message>
        <source>cannot create the journal folder %1; nothing was changed</source>
        <translation>no se puede crear la carpeta del registro %1; no se cambió nada</translation>
    </message>
    <message>
        <source>cannot save the backup: %1</source>
        <translation>no se puede guardar la copia de seguridad: %1</translation>
    </message>
    <message>
        <source>cannot write the journal: %1</source>
        <translation>no se puede escribir el registro: %1</translation>
    </message>
    <message>
        <source>%1; restoring the files already written failed too (%2); `env undo` can finish it from %3</source>
        <translation>%1; también falló la restauración de los archivos ya escritos (%2); `env undo` puede terminarla a partir de %3</translation>
    </message>
    <message>
        <source> (previous content saved in %1/%2)</source>
        <translation> (contenido anterior guardado en %1/%2)</translation>
    </message>
    <message>
        <source>%1; restoring failed too (%2)</source>
        <translation>%1; también falló la restauración (%2)</translation>
    </message>
    <message>
        <source>Warning: the change is made but the journal could not be updated (%1); `env undo` still works from the pending entry</source>
        <translation>Advertencia: el cambio está hecho, pero no se pudo actualizar el registro (%1); `env undo` sigue funcionando a partir de la entrada pendiente</translation>
    </message>
    <message>
        <source>Warning: programs were not told about the change (%1); they see it after a restart</source>
        <translation>Advertencia: no se notificó el cambio a los programas (%1); lo verán después de reiniciarse</translation>
    </message>
    <message>
        <source>; nothing was undone</source>
        <translation>; no se deshizo nada</translation>
    </message>
    <message>
        <source>nothing to undo: no applied change in %1</source>
        <translation>no hay nada que deshacer: no hay ningún cambio aplicado en %1</translation>
    </message>
    <message>
        <source>%1 changed after ollama-gpu-setup wrote it (%2)</source>
        <translation>%1 cambió después de que ollama-gpu-setup lo escribiera (%2)</translation>
    </message>
    <message>
        <source>the entry changed the Windows registry, which is not available here</source>
        <translation>la entrada modificó el registro de Windows, que no está disponible aquí</translation>
    </message>
    <message>
        <source>%1 changed after ollama-gpu-setup set it (%2)</source>
        <translation>%1 cambió después de que ollama-gpu-setup lo estableciera (%2)</translation>
    </message>
    <message>
        <source>cannot write %1: permission denied</source>
        <translation>no se puede escribir %1: permiso denegado</translation>
    </message>
    <message>
        <source>; nothing was undone (the saved copies are in %1)</source>
        <translation>; no se deshizo nada (las copias guardadas están en %1)</translation>
    </message>
    <message>
        <source>Entry %1 was already undone on disk</source>
        <translation>La entrada %1 ya estaba deshecha en el disco</translation>
    </message>
    <message>
        <source>Warning: the files are restored but the journal could not be updated (%1)</source>
        <translation>Advertencia: los archivos se restauraron, pero no se pudo actualizar el registro (%1)</translation>
    </message>
    <message>
        <source>Warning: programs were not told about the change (%1)</source>
        <translation>Advertencia: no se notificó el cambio a los programas (%1)</translation>
    </message>
    <message>
        <source>%1 is a symbolic link that points nowhere usable (a loop or a chain of broken links)</source>
        <translation>%1 es un enlace simbólico que no apunta a ningún sitio utilizable (un bucle o una cadena de enlaces rotos)</translation>
    </message>
    <message>
        <source>%1 is larger than 16 MiB; not editing it</source>
        <translation>%1 ocupa más de 16 MiB; no se editará</translation>
    </message>
    <message>
        <source>OLLAMA_HOST=%1 makes Ollama listen on every network interface, and its API has no authentication: anyone who can reach this machine can run, pull and delete models. If only WSL2 needs to reach Ollama on Windows, bind to the WSL virtual adapter&apos;s address instead (the IPv4 address of &apos;vEthernet (WSL)&apos; in ipconfig, e.g. OLLAMA_HOST=172.28.160.1:11434), or keep 0.0.0.0 behind a firewall rule that only allows the WSL subnet. To expose it anyway, add --allow-network-exposure</source>
        <translation>OLLAMA_HOST=%1 hace que Ollama escuche en todas las interfaces de red, y su API no tiene autenticación: cualquiera que pueda llegar a este equipo puede ejecutar, descargar y eliminar modelos. Si solo WSL2 necesita llegar a Ollama en Windows, vincúlelo en su lugar a la dirección del adaptador virtual de WSL (la dirección IPv4 de &apos;vEthernet (WSL)&apos; en ipconfig, p. ej. OLLAMA_HOST=172.28.160.1:11434), o mantenga 0.0.0.0 detrás de una regla del firewall que solo permita la subred de WSL. Para exponerlo de todos modos, añada --allow-network-exposure</translation>
    </message>
    <message>
        <source>%1 is set twice</source>
        <translation>%1 se define dos veces</translation>
    </message>
    <message>
        <source>%1 is both set and unset</source>
        <translation>%1 se define y se elimina a la vez</translation>
    </message>
    <message>
        <source>%1 is not a variable ollama-gpu-setup manages (see `env --help` for the list)</source>
        <translation>%1 no es una variable que gestione ollama-gpu-setup (consulte la lista con `env --help`)</translation>
    </message>
    <message>
        <source>%1 has no effect on Windows (ROCm on Windows does not go through HSA)</source>
        <translation>%1 no tiene efecto en Windows (ROCm en Windows no pasa por HSA)</translation>
    </message>
    <message>
        <source>HSA_ENABLE_DXG_DETECTION only matters inside WSL2</source>
        <translation>HSA_ENABLE_DXG_DETECTION solo importa dentro de WSL2</translation>
    </message>
    <message>
        <source>%1 exists, so bash login shells read it instead of %2; make sure it sources %2, or use the bashrc target</source>
        <translation>%1 existe, así que los shells de inicio de sesión de bash lo leen en lugar de %2; asegúrese de que carga %2 (source), o use el destino bashrc</translation>
    </message>
    <message>
        <source>%1 line %2 also sets %3 after our block, so that line wins; remove it by hand</source>
        <translation>%1, línea %2: también define %3 después de nuestro bloque, así que esa línea prevalece; elimínela a mano</translation>
    </message>
    <message>
        <source>%1 line %2 also sets %3; our block comes later and wins</source>
        <translation>%1, línea %2: también define %3; nuestro bloque viene después y prevalece</translation>
    </message>
    <message>
        <source>%1 line %2 still sets %3; ollama-gpu-setup did not write that line and does not edit it; remove it by hand</source>
        <translation>%1, línea %2: sigue definiendo %3; ollama-gpu-setup no escribió esa línea y no la edita; elimínela a mano</translation>
    </message>
    <message>
        <source>the %1 target is only available on Windows</source>
        <translation>el destino %1 solo está disponible en Windows</translation>
    </message>
    <message>
        <source>%1 in %2 is REG_EXPAND_SZ, where &apos;%&apos; would expand other variables; the value cannot contain &apos;%&apos;</source>
        <translation>%1 en %2 es REG_EXPAND_SZ, donde &apos;%&apos; expandiría otras variables; el valor no puede contener &apos;%&apos;</translation>
    </message>
    <message>
        <source>Could not check the Ollama app&apos;s own settings: %1</source>
        <translation>No se pudo comprobar la configuración propia de la aplicación Ollama: %1</translation>
    </message>
    <message>
        <source>The Ollama app sets %1=%2 itself when it starts the server, from its setting %3 in %4, so the value here does not reach the server: change that setting in Ollama&apos;s Settings window instead</source>
        <translation>La aplicación Ollama establece ella misma %1=%2 al iniciar el servidor, a partir de su ajuste %3 en %4, así que el valor de aquí no llega al servidor: cambie ese ajuste en la ventana Settings de Ollama</translation>
    </message>
    <message>
        <source>What the running Ollama sees is unknown (no &quot;server config&quot; log line found%1)</source>
        <translation>Se desconoce lo que ve el Ollama en ejecución (no se encontró ninguna línea &quot;server config&quot; en el registro%1)</translation>
    </message>
    <message>
        <source>; pass --log FILE to read a server.log</source>
        <translation>; indique --log ARCHIVO para leer un server.log</translation>
    </message>
    <message>
        <source>%1=%2 is set in %3, but the running Ollama has %4: restart Ollama</source>
        <translation>%1=%2 está definida en %3, pero el Ollama en ejecución tiene %4: reinicie Ollama</translation>
    </message>
    <message>
        <source>it unset</source>
        <translation>la variable sin definir</translation>
    </message>
    <message>
        <source>The Ollama app starts the server with %1=%2 from its setting %3, whatever the environment says</source>
        <translation>La aplicación Ollama inicia el servidor con %1=%2 a partir de su ajuste %3, diga lo que diga el entorno</translation>
    </message>
    <message>
        <source>a line break or control character cannot be written safely</source>
        <translation>un salto de línea o un carácter de control no se puede escribir de forma segura</translation>
    </message>
    <message>
        <source>open a new terminal (or source the file), then restart `ollama serve`</source>
        <translation>abra una terminal nueva (o cargue el archivo con source) y reinicie `ollama serve`</translation>
    </message>
    <message>
        <source>log out and back in, then restart `ollama serve`</source>
        <translation>cierre la sesión y vuelva a iniciarla; después, reinicie `ollama serve`</translation>
    </message>
    <message>
        <source>open a new fish shell, then restart `ollama serve`</source>
        <translation>abra un shell fish nuevo y reinicie `ollama serve`</translation>
    </message>
    <message>
        <source>log out and back in (pam_env reads it at login), then restart Ollama</source>
        <translation>cierre la sesión y vuelva a iniciarla (pam_env lo lee al iniciar sesión); después, reinicie Ollama</translation>
    </message>
    <message>
        <source>quit Ollama from the tray (or stop &apos;ollama app.exe&apos; and &apos;ollama.exe&apos;) and start it again</source>
        <translation>cierre Ollama desde la bandeja del sistema (o detenga &apos;ollama app.exe&apos; y &apos;ollama.exe&apos;) y vuelva a iniciarlo</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid variable name</source>
        <translation>&apos;%1&apos; no es un nombre de variable válido</translation>
    </message>
    <message>
        <source>%1 for etc-environment: the character %2 cannot be written safely (pam_env has no escapes); use another target</source>
        <translation>%1 para etc-environment: el carácter %2 no se puede escribir de forma segura (pam_env no admite secuencias de escape); use otro destino</translation>
    </message>
    <message>
        <source>unknown target</source>
        <translation>destino desconocido</translation>
    </message>
    <message>
        <source>%1: a second ollama-gpu-setup block starts at line %2 (the first at line %3); remove one by hand</source>
        <translation>%1: un segundo bloque de ollama-gpu-setup empieza en la línea %2 (el primero, en la línea %3); elimine uno a mano</translation>
    </message>
    <message>
        <source>%1: line %2 ends an ollama-gpu-setup block that was never started; fix the markers by hand</source>
        <translation>%1: la línea %2 cierra un bloque de ollama-gpu-setup que nunca se abrió; corrija los marcadores a mano</translation>
    </message>
    <message>
        <source>%1: the ollama-gpu-setup block starting at line %2 has no end marker (%3); fix it by hand</source>
        <translation>%1: el bloque de ollama-gpu-setup que empieza en la línea %2 no tiene marcador de fin (%3); corríjalo a mano</translation>
    </message>
    <message>
        <source>%1: line %2 inside the ollama-gpu-setup block was edited by hand and is not understood: %3</source>
        <translation>%1: la línea %2 dentro del bloque de ollama-gpu-setup se editó a mano y no se entiende: %3</translation>
    </message>
    <message>
        <source>cannot read %1: Qt&apos;s SQLite driver is not installed</source>
        <translation>no se puede leer %1: el controlador SQLite de Qt no está instalado</translation>
    </message>
    <message>
        <source>cannot read %1 (copying it failed)</source>
        <translation>no se puede leer %1 (falló la copia)</translation>
    </message>
    <message>
        <source>%1 has no settings table (not an Ollama app database?)</source>
        <translation>%1 no tiene tabla de configuración (¿no es una base de datos de la aplicación Ollama?)</translation>
    </message>
    <message>
        <source>cannot read the settings in %1: %2</source>
        <translation>no se puede leer la configuración de %1: %2</translation>
    </message>
    <message>
        <source>Ran systemctl %1</source>
        <translation>Se ejecutó systemctl %1</translation>
    </message>
    <message>
        <source>Warning: systemctl %1 failed; run: %2</source>
        <translation>Advertencia: systemctl %1 falló; ejecute: %2</translation>
    </message>
    <message>
        <source>Ollama on Windows runs as the tray app, which reads the user&apos;s environment variables when it starts</source>
        <translation>Ollama en Windows se ejecuta como aplicación de la bandeja del sistema, que lee las variables de entorno del usuario al iniciarse</translation>
    </message>
    <message>
        <source>the ollama systemd service is active; a service does not read ~/.bashrc, so the variables go into a drop-in for the unit</source>
        <translation>el servicio de systemd ollama está activo; un servicio no lee ~/.bashrc, así que las variables van a un archivo drop-in para la unidad</translation>
    </message>
    <message>
        <source>`ollama serve` runs by hand (pid %1, user %2); it takes its variables from the shell that starts it, so they go into %3</source>
        <translation>`ollama serve` se ejecuta a mano (pid %1, usuario %2); toma sus variables del shell que lo inicia, así que van a %3</translation>
    </message>
    <message>
        <source>Ollama is installed as a systemd service (%1), though it is not running now</source>
        <translation>Ollama está instalado como servicio de systemd (%1), aunque ahora no se está ejecutando</translation>
    </message>
    <message>
        <source>no Ollama service or running `ollama serve` was found; the variables go where your shell (%1) reads them, for a manual `ollama serve`</source>
        <translation>no se encontró ningún servicio de Ollama ni ningún `ollama serve` en ejecución; las variables van donde las lee su shell (%1), para un `ollama serve` manual</translation>
    </message>
    <message>
        <source>unknown, assuming bash</source>
        <translation>desconocido, se supone bash</translation>
    </message>
    <message>
        <source>. This is WSL2: if Ollama runs on Windows instead, its variables belong in the Windows user environment (run ollama-gpu-setup.exe env there, target windows-user), and only OLLAMA_HOST belongs here</source>
        <translation>. Esto es WSL2: si Ollama se ejecuta en Windows, sus variables van en el entorno de usuario de Windows (ejecute allí ollama-gpu-setup.exe env, destino windows-user), y aquí solo va OLLAMA_HOST</translation>
    </message>
    <message>
        <source>Ollama did not stop</source>
        <translation>Ollama no se detuvo</translation>
    </message>
    <message>
        <source>cannot start %1</source>
        <translation>no se puede iniciar %1</translation>
    </message>
    <message>
        <source>Restarted Ollama: stopped %1, started %2</source>
        <translation>Ollama reiniciado: se detuvo %1 y se inició %2</translation>
    </message>
    <message>
        <source>Ollama was not running; started %1</source>
        <translation>Ollama no estaba en ejecución; se inició %1</translation>
    </message>
    <message>
        <source>Warning: %1, so Ollama was not restarted; %2</source>
        <translation>Advertencia: %1, así que Ollama no se reinició; %2</translation>
    </message>
    <message>
        <source>Ollama is not running and its app is not at %1; start Ollama when it is installed: it reads the new variables when it starts</source>
        <translation>Ollama no está en ejecución y su aplicación no está en %1; inicie Ollama cuando esté instalado: lee las nuevas variables al iniciarse</translation>
    </message>
    <message>
        <source>Warning: Ollama&apos;s app is not at %1, so Ollama was not restarted (nothing was stopped); %2</source>
        <translation>Advertencia: la aplicación de Ollama no está en %1, así que Ollama no se reinició (no se detuvo nada); %2</translation>
    </message>
    <message>
        <source>Warning: %1; nothing was started; %2</source>
        <translation>Advertencia: %1; no se inició nada; %2</translation>
    </message>
    <message>
        <source>Warning: stopped %1, but %2; start Ollama from the Start menu</source>
        <translation>Advertencia: se detuvo %1, pero %2; inicie Ollama desde el menú Inicio</translation>
    </message>
    <message>
        <source>refusing to trust %1: %2; it must be owned by uid %3 and writable by nobody else (remove it or fix its owner and mode); nothing was changed</source>
        <translation>no se confía en %1: %2; debe pertenecer al uid %3 y nadie más debe poder escribir en él (elimínelo o corrija su propietario y permisos); no se cambió nada</translation>
    </message>
    <message>
        <source>it is a symbolic link</source>
        <translation>es un enlace simbólico</translation>
    </message>
    <message>
        <source>owner uid %1, mode %2</source>
        <translation>propietario uid %1, modo %2</translation>
    </message>
    <message>
        <source>the journal names %1, which is not a file this helper manages; refused, nothing was undone</source>
        <translation>el diario nombra %1, que no es un archivo que gestione este asistente; rechazado, no se deshizo nada</translation>
    </message>
    <message>
        <source>%1 changed since the plan was made (SHA-256 now %2, expected %3); nothing was changed (make the plan again)</source>
        <translation>%1 cambió desde que se hizo el plan (SHA-256 ahora %2, se esperaba %3); no se cambió nada (vuelva a hacer el plan)</translation>
    </message>
    <message>
        <source>another env apply or undo is running (it holds %1); nothing was changed, try again when it has finished</source>
        <translation>otro env apply o undo está en curso (tiene %1); no se cambió nada, inténtelo de nuevo cuando haya terminado</translation>
    </message>
    <message>
        <source>cannot create the folder %1; nothing was changed</source>
        <translation>no se puede crear la carpeta %1; no se cambió nada</translation>
    </message>
    <message>
        <source>%1, process %2</source>
        <translation>%1, proceso %2</translation>
    </message>
    <message>
        <source>cannot create the lock file %1 (disk full or read-only?); nothing was changed</source>
        <translation>no se puede crear el archivo de bloqueo %1 (¿disco lleno o de solo lectura?); no se cambió nada</translation>
    </message>
    <message>
        <source>cannot open the folder %1 to lock it</source>
        <translation>no se puede abrir la carpeta %1 para bloquearla</translation>
    </message>
    <message>
        <source>a lock on the folder %1</source>
        <translation>un bloqueo sobre la carpeta %1</translation>
    </message>
    <message>
        <source>%1 for etc-environment: the line would be %2 bytes, and pam_env drops a line over %3 bytes (and every line after it); use a shorter value or another target</source>
        <translation>%1 para etc-environment: la línea tendría %2 bytes, y pam_env descarta una línea de más de %3 bytes (y todas las siguientes); use un valor más corto u otro destino</translation>
    </message>
</context>
<context>
    <name>ogs::InstallText</name>
    <message>
        <source>no data for %1 s</source>
        <translation>sin datos durante %1 s</translation>
    </message>
    <message>
        <source>not an http(s) address</source>
        <translation>no es una dirección http(s)</translation>
    </message>
    <message>
        <source>cannot create the download folder %1</source>
        <translation>no se puede crear la carpeta de descargas %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>redirected from https to %1; refused</source>
        <translation>redirigido de https a %1; rechazado</translation>
    </message>
    <message>
        <source>redirected to another host (%1); refused</source>
        <translation>redirigido a otro host (%1); rechazado</translation>
    </message>
    <message>
        <source>larger than %1 bytes; refused</source>
        <translation>mayor de %1 bytes; rechazado</translation>
    </message>
    <message>
        <source>TLS certificate problem: %1</source>
        <translation>problema con el certificado TLS: %1</translation>
    </message>
    <message>
        <source>the connection broke after %1 bytes (%2)</source>
        <translation>la conexión se cortó después de %1 bytes (%2)</translation>
    </message>
    <message>
        <source>truncated: %1 of %2 bytes arrived</source>
        <translation>truncado: llegaron %1 de %2 bytes</translation>
    </message>
    <message>
        <source>SHA-256 mismatch: got %1, the release publishes %2</source>
        <translation>el SHA-256 no coincide: se obtuvo %1, la versión publica %2</translation>
    </message>
    <message>
        <source>cannot replace %1</source>
        <translation>no se puede reemplazar %1</translation>
    </message>
    <message>
        <source>cannot rename %1 to %2: %3</source>
        <translation>no se puede cambiar el nombre de %1 a %2: %3</translation>
    </message>
    <message>
        <source>The ollama-for-amd path needs the ollama-for-amd build, not the official one.</source>
        <translation>El método ollama-for-amd necesita la compilación ollama-for-amd, no la oficial.</translation>
    </message>
    <message>
        <source>ollama-for-amd is built for Windows only; on Linux the official build runs these GPUs (with HSA_OVERRIDE_GFX_VERSION or Vulkan).</source>
        <translation>ollama-for-amd solo se compila para Windows; en Linux, la compilación oficial hace funcionar estas GPU (con HSA_OVERRIDE_GFX_VERSION o Vulkan).</translation>
    </message>
    <message>
        <source>Ollama runs on the Windows host for this path; nothing is installed inside WSL.</source>
        <translation>Con este método, Ollama se ejecuta en el host de Windows; no se instala nada dentro de WSL.</translation>
    </message>
    <message>
        <source>Ollama %1 has no Vulkan backend; %2 or newer does.</source>
        <translation>Ollama %1 no tiene backend Vulkan; %2 o posterior sí lo tiene.</translation>
    </message>
    <message>
        <source>the newest Ollama</source>
        <translation>la versión más reciente de Ollama</translation>
    </message>
    <message>
        <source>Ollama is not installed; %1 (%2) will be.</source>
        <translation>Ollama no está instalado; se instalará %1 (%2).</translation>
    </message>
    <message>
        <source>Ollama is installed but its version is unknown (`ollama --version` said nothing); nothing is changed.</source>
        <translation>Ollama está instalado, pero se desconoce su versión (`ollama --version` no indicó nada); no se cambia nada.</translation>
    </message>
    <message>
        <source>Run `ollama --version`; the %1 path needs %2 or newer.</source>
        <translation>Ejecute `ollama --version`; el método %1 necesita %2 o posterior.</translation>
    </message>
    <message>
        <source>Ollama %1 is installed; you asked for %2.</source>
        <translation>Ollama %1 está instalado; usted pidió %2.</translation>
    </message>
    <message>
        <source>Ollama %1 is installed; %2 is the newest release.</source>
        <translation>Ollama %1 está instalado; %2 es la versión más reciente.</translation>
    </message>
    <message>
        <source>Ollama %1 (%2) is installed%3; nothing to change.</source>
        <translation>Ollama %1 (%2) está instalado%3; no hay nada que cambiar.</translation>
    </message>
    <message>
        <source> and fits the %1 path</source>
        <translation> y es adecuado para el método %1</translation>
    </message>
    <message>
        <source>The newest release is unknown (the release feed was not read).</source>
        <translation>Se desconoce la versión más reciente (no se leyó el canal de versiones).</translation>
    </message>
    <message>
        <source>Vulkan is opt-in before Ollama 0.30: set OLLAMA_VULKAN=1 (`ollama-gpu-setup env plan --path vulkan` does).</source>
        <translation>Antes de Ollama 0.30, Vulkan hay que activarlo: defina OLLAMA_VULKAN=1 (`ollama-gpu-setup env plan --path vulkan` lo hace).</translation>
    </message>
    <message>
        <source>HSA_OVERRIDE_GFX_VERSION only made sense for ollama-for-amd; it is cleared.</source>
        <translation>HSA_OVERRIDE_GFX_VERSION solo tenía sentido para ollama-for-amd; se elimina.</translation>
    </message>
    <message>
        <source>download failed, nothing was run: %1</source>
        <translation>la descarga falló, no se ejecutó nada: %1</translation>
    </message>
    <message>
        <source>Ollama did not answer at %1 within %2 s after the install: %3</source>
        <translation>Ollama no respondió en %1 en %2 s después de la instalación: %3</translation>
    </message>
    <message>
        <source>cannot read %1 to check it</source>
        <translation>no se puede leer %1 para comprobarlo</translation>
    </message>
    <message>
        <source>%1 has SHA-256 %2, not the published %3; it was deleted and not run</source>
        <translation>%1 tiene el SHA-256 %2, no el %3 publicado; se eliminó y no se ejecutó</translation>
    </message>
    <message>
        <source>cannot read %1 to show it</source>
        <translation>no se puede leer %1 para mostrarlo</translation>
    </message>
    <message>
        <source>stopped after showing %1; nothing was run</source>
        <translation>detenido después de mostrar %1; no se ejecutó nada</translation>
    </message>
    <message>
        <source>refusing to run %1: it was not verified</source>
        <translation>se rechaza ejecutar %1: no se verificó</translation>
    </message>
    <message>
        <source>refusing to run %1: it changed after it was verified (SHA-256 %2, verified %3)</source>
        <translation>se rechaza ejecutar %1: cambió después de verificarse (SHA-256 %2, verificado %3)</translation>
    </message>
    <message>
        <source>no process runner</source>
        <translation>no hay ningún ejecutor de procesos</translation>
    </message>
    <message>
        <source>could not start %1</source>
        <translation>no se pudo iniciar %1</translation>
    </message>
    <message>
        <source>%1 exited with code %2%3</source>
        <translation>%1 terminó con el código %2%3</translation>
    </message>
    <message>
        <source>Ollama is installed, but %1 could not be removed: %2</source>
        <translation>Ollama está instalado, pero no se pudo eliminar %1: %2</translation>
    </message>
    <message>
        <source>no way to change the environment here</source>
        <translation>aquí no hay forma de cambiar el entorno</translation>
    </message>
    <message>
        <source>Wait up to %1 s for Ollama to answer at %2</source>
        <translation>Esperar hasta %1 s a que Ollama responda en %2</translation>
    </message>
    <message>
        <source>no release was read, so there is no installer to download</source>
        <translation>no se leyó ninguna versión publicada, así que no hay ningún instalador que descargar</translation>
    </message>
    <message>
        <source>release %1 publishes no SHA-256 for %2 (no digest, no sha256sum.txt entry, no %2.sha256); refusing to run it unverified</source>
        <translation>la versión %1 no publica ningún SHA-256 para %2 (ni digest, ni entrada en sha256sum.txt, ni %2.sha256); se rechaza ejecutarlo sin verificar</translation>
    </message>
    <message>
        <source>%1 from release %2 of %3, run silently.</source>
        <translation>%1 de la versión %2 de %3, ejecutado en modo silencioso.</translation>
    </message>
    <message>
        <source>Download %1 to %2 (kept as .part until its SHA-256 matches)</source>
        <translation>Descargar %1 en %2 (se guarda como .part hasta que su SHA-256 coincida)</translation>
    </message>
    <message>
        <source>Check its SHA-256 is %1 (published in %2)</source>
        <translation>Comprobar que su SHA-256 es %1 (publicado en %2)</translation>
    </message>
    <message>
        <source>Run the installer silently</source>
        <translation>Ejecutar el instalador en modo silencioso</translation>
    </message>
    <message>
        <source>The new build is installed over the old one; the old uninstaller is not run, so downloaded models stay.</source>
        <translation>La nueva compilación se instala sobre la anterior; no se ejecuta el desinstalador anterior, así que los modelos descargados se conservan.</translation>
    </message>
    <message>
        <source>Install the %1 package</source>
        <translation>Instalar el paquete %1</translation>
    </message>
    <message>
        <source>Start the ollama service</source>
        <translation>Iniciar el servicio ollama</translation>
    </message>
    <message>
        <source>Install the %1 package and start the ollama service, as root through pkexec (the helper runs: pacman -S --needed --noconfirm %1; systemctl enable --now ollama.service)</source>
        <translation>Instalar el paquete %1 e iniciar el servicio ollama, como root mediante pkexec (el asistente ejecuta: pacman -S --needed --noconfirm %1; systemctl enable --now ollama.service)</translation>
    </message>
    <message>
        <source>Download the official install script %1 to %2</source>
        <translation>Descargar el script de instalación oficial %1 en %2</translation>
    </message>
    <message>
        <source>Show the script in full with its SHA-256; it runs only after you have seen it, and only if its SHA-256 is still the one shown</source>
        <translation>Mostrar el script completo con su SHA-256; solo se ejecuta después de que usted lo haya visto, y solo si su SHA-256 sigue siendo el mostrado</translation>
    </message>
    <message>
        <source>Run the script as root</source>
        <translation>Ejecutar el script como root</translation>
    </message>
    <message>
        <source>Run the script as root through pkexec (the helper checks its SHA-256 again and runs its own copy with sh)</source>
        <translation>Ejecutar el script como root mediante pkexec (el asistente vuelve a comprobar su SHA-256 y ejecuta su propia copia con sh)</translation>
    </message>
    <message>
        <source>installing Ollama on %1 is not supported; use the installer from ollama.com</source>
        <translation>no se admite instalar Ollama en %1; use el instalador de ollama.com</translation>
    </message>
    <message>
        <source>Remove HSA_OVERRIDE_GFX_VERSION (it only made sense for ollama-for-amd)</source>
        <translation>Quitar HSA_OVERRIDE_GFX_VERSION (solo tenía sentido para ollama-for-amd)</translation>
    </message>
    <message>
        <source>`%1 env apply --unset %2` failed</source>
        <translation>`%1 env apply --unset %2` falló</translation>
    </message>
    <message>
        <source>this system</source>
        <translation>este sistema</translation>
    </message>
    <message>
        <source>%1 has no Ollama package; the official install script is used.</source>
        <translation>%1 no tiene paquete de Ollama; se usa el script de instalación oficial.</translation>
    </message>
    <message>
        <source>pacman installs the repository&apos;s version, not %1; the official install script is used.</source>
        <translation>pacman instala la versión del repositorio, no %1; se usa el script de instalación oficial.</translation>
    </message>
    <message>
        <source>%1 packages Ollama; %2 is the package for the %3 path.</source>
        <translation>%1 empaqueta Ollama; %2 es el paquete para el método %3.</translation>
    </message>
    <message>
        <source>the official build</source>
        <translation>la compilación oficial</translation>
    </message>
    <message>
        <source>the ollama-for-amd build</source>
        <translation>la compilación ollama-for-amd</translation>
    </message>
    <message>
        <source>the release feed is not JSON (%1 at byte %2)</source>
        <translation>el canal de versiones no es JSON (%1 en el byte %2)</translation>
    </message>
    <message>
        <source>the release feed is not a JSON object</source>
        <translation>el canal de versiones no es un objeto JSON</translation>
    </message>
    <message>
        <source>the release feed has no tag_name</source>
        <translation>el canal de versiones no tiene tag_name</translation>
    </message>
    <message>
        <source>the release feed has no assets list</source>
        <translation>el canal de versiones no tiene lista de assets</translation>
    </message>
    <message>
        <source>the release feed has an asset without a name or a download address</source>
        <translation>el canal de versiones tiene un asset sin nombre o sin dirección de descarga</translation>
    </message>
    <message>
        <source>cannot read the release feed: %1</source>
        <translation>no se puede leer el canal de versiones: %1</translation>
    </message>
    <message>
        <source>release %1 has no Windows installer (OllamaSetup.exe)</source>
        <translation>la versión %1 no tiene instalador para Windows (OllamaSetup.exe)</translation>
    </message>
    <message>
        <source>the feed&apos;s digest</source>
        <translation>el digest del canal de versiones</translation>
    </message>
    <message>
        <source>release %1 publishes two different SHA-256 values for %2 (%3: %4, %5: %6); refused</source>
        <translation>la versión %1 publica dos valores SHA-256 distintos para %2 (%3: %4, %5: %6); rechazado</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>The installed Ollama%1 is %2; you asked for %3.</source>
        <translation>El Ollama%1 instalado es %2; usted pidió %3.</translation>
    </message>
    <message>
        <source>The installed Ollama%1 is %2; the %3 path needs %4.</source>
        <translation>El Ollama%1 instalado es %2; el método %3 necesita %4.</translation>
    </message>
    <message>
        <source>too many redirects (a loop, or more than %1)</source>
        <translation>demasiadas redirecciones (un bucle, o más de %1)</translation>
    </message>
</context>
<context>
    <name>ogs::OllamaText</name>
    <message>
        <source>The test prompt failed: %1</source>
        <translation>El prompt de prueba falló: %1</translation>
    </message>
    <message>
        <source>The model ran entirely on the CPU (%1). GPU acceleration is not working; run `ollama-gpu-setup diagnose`.</source>
        <translation>El modelo se ejecutó por completo en la CPU (%1). La aceleración por GPU no funciona; ejecute `ollama-gpu-setup diagnose`.</translation>
    </message>
    <message>
        <source>Generation ran at %1, below the %2 expected for this GPU. %3</source>
        <translation>La generación fue a %1, por debajo de los %2 esperados para esta GPU. %3</translation>
    </message>
    <message>
        <source>Part of the model is on the CPU (%1): use a smaller quantisation or context.</source>
        <translation>Parte del modelo está en la CPU (%1): use una cuantización o un contexto más pequeños.</translation>
    </message>
    <message>
        <source>Check for a partial offload or a slower backend with `ollama-gpu-setup diagnose`.</source>
        <translation>Compruebe con `ollama-gpu-setup diagnose` si hay una carga parcial en la GPU o un backend más lento.</translation>
    </message>
    <message>
        <source>Generation ran at %1, faster than the %2 expected. Acceleration works.</source>
        <translation>La generación fue a %1, más rápido que los %2 esperados. La aceleración funciona.</translation>
    </message>
    <message>
        <source>Generation ran at %1, within the %2 expected. Acceleration works.</source>
        <translation>La generación fue a %1, dentro de los %2 esperados. La aceleración funciona.</translation>
    </message>
    <message>
        <source>Generation ran at %1 on %2; no expected range is known for this GPU.</source>
        <translation>La generación fue a %1 en %2; no se conoce ningún rango esperado para esta GPU.</translation>
    </message>
    <message>
        <source>an unknown processor</source>
        <translation>un procesador desconocido</translation>
    </message>
    <message>
        <source>Contacting Ollama</source>
        <translation>Conectando con Ollama</translation>
    </message>
    <message>
        <source>Loading %1 on the %2</source>
        <translation>Cargando %1 en la %2</translation>
    </message>
    <message>
        <source>Generating %1 tokens on the %2</source>
        <translation>Generando %1 tokens en la %2</translation>
    </message>
    <message>
        <source>Ollama is not running at %1: the connection was still refused after %2 s. To start it, %3.</source>
        <translation>Ollama no se está ejecutando en %1: la conexión seguía rechazada después de %2 s. Para iniciarlo, %3.</translation>
    </message>
    <message>
        <source>Ollama is not running at %1 (connection refused). To start it, %2.</source>
        <translation>Ollama no se está ejecutando en %1 (conexión rechazada). Para iniciarlo, %2.</translation>
    </message>
    <message>
        <source>The host of %1 does not resolve. Check OLLAMA_HOST or --host.</source>
        <translation>El host de %1 no se puede resolver. Compruebe OLLAMA_HOST o --host.</translation>
    </message>
    <message>
        <source>No connection to Ollama at %1 within %2 s. Check the address, the firewall, and that Ollama listens on that interface (OLLAMA_HOST=0.0.0.0 when connecting from WSL2).</source>
        <translation>No hubo conexión con Ollama en %1 en %2 s. Compruebe la dirección, el firewall y que Ollama escucha en esa interfaz (OLLAMA_HOST=0.0.0.0 al conectarse desde WSL2).</translation>
    </message>
    <message>
        <source>Ollama stopped sending in the middle of the answer to %1: nothing for %2 s. The model runner may have hung or crashed; look at its server log.</source>
        <translation>Ollama dejó de enviar datos a mitad de la respuesta a %1: nada durante %2 s. Puede que el runner del modelo se haya colgado o bloqueado; consulte su registro del servidor.</translation>
    </message>
    <message>
        <source>The request %1 did not finish within %2 s and was cancelled.</source>
        <translation>La solicitud %1 no terminó en %2 s y se canceló.</translation>
    </message>
    <message>
        <source>Ollama answered HTTP %1 to %2: %3</source>
        <translation>Ollama respondió HTTP %1 a %2: %3</translation>
    </message>
    <message>
        <source>(no message)</source>
        <translation>(sin mensaje)</translation>
    </message>
    <message>
        <source>Ollama reported an error while answering %1: %2</source>
        <translation>Ollama notificó un error al responder a %1: %2</translation>
    </message>
    <message>
        <source>The answer to %1 from %2 is not valid JSON (it starts with &quot;%3&quot;). Is this address really Ollama?</source>
        <translation>La respuesta a %1 de %2 no es JSON válido (empieza por &quot;%3&quot;). ¿Es realmente Ollama esta dirección?</translation>
    </message>
    <message>
        <source>Ollama sent more than %1 KiB without a line break in the answer to %2; the answer was abandoned.</source>
        <translation>Ollama envió más de %1 KiB sin salto de línea en la respuesta a %2; se abandonó la respuesta.</translation>
    </message>
    <message>
        <source>The connection to Ollama closed before the answer to %1 was complete (after %2 objects). Ollama may have crashed or restarted; look at its server log.</source>
        <translation>La conexión con Ollama se cerró antes de que la respuesta a %1 estuviera completa (después de %2 objetos). Puede que Ollama se haya bloqueado o reiniciado; consulte su registro del servidor.</translation>
    </message>
    <message>
        <source>The request %1 was cancelled.</source>
        <translation>Se canceló la solicitud %1.</translation>
    </message>
    <message>
        <source>Could not talk to Ollama at %1: %2</source>
        <translation>No se pudo comunicar con Ollama en %1: %2</translation>
    </message>
    <message>
        <source>start the Ollama app from the Start menu, or run `ollama serve` in a terminal</source>
        <translation>inicie la aplicación Ollama desde el menú Inicio o ejecute `ollama serve` en una terminal</translation>
    </message>
    <message>
        <source>open the Ollama app, or run `ollama serve` in a terminal</source>
        <translation>abra la aplicación Ollama o ejecute `ollama serve` en una terminal</translation>
    </message>
    <message>
        <source>run `sudo systemctl start ollama` if it is installed as a service, otherwise `ollama serve` in a terminal</source>
        <translation>ejecute `sudo systemctl start ollama` si está instalado como servicio; si no, `ollama serve` en una terminal</translation>
    </message>
    <message>
        <source> Note: %1.</source>
        <translation> Nota: %1.</translation>
    </message>
    <message>
        <source>Generation ran at %1 with the GPU and %2 on the processor alone (%3x): the GPU is not speeding it up. Run `ollama-gpu-setup diagnose`.</source>
        <translation>La generación fue a %1 con la GPU y a %2 solo con el procesador (%3x): la GPU no la acelera. Ejecute `ollama-gpu-setup diagnose`.</translation>
    </message>
    <message>
        <source>Generation ran at %1, but only part of the model is on the GPU (%2): the rest runs on the processor. Use a smaller quantisation or context so that all of it fits.</source>
        <translation>La generación fue a %1, pero solo parte del modelo está en la GPU (%2): el resto se ejecuta en el procesador. Use una cuantización o un contexto menor para que quepa entero.</translation>
    </message>
    <message>
        <source>Ollama at %1 accepted the request %2 but sent nothing for %3 s: it may be stuck loading the model; look at its server log, or restart it.</source>
        <translation>Ollama en %1 aceptó la solicitud %2 pero no envió nada durante %3 s: puede que esté atascado cargando el modelo; mire su registro del servidor o reinícielo.</translation>
    </message>
    <message>
        <source>Ollama at %1 accepted the connection but sent nothing for %3 s in answer to %2: Ollama may be stuck; restart it.</source>
        <translation>Ollama en %1 aceptó la conexión pero no envió nada durante %3 s en respuesta a %2: Ollama puede estar atascado; reinícielo.</translation>
    </message>
    <message>
        <source>The model &apos;%1&apos; is not installed in Ollama (%2). Install it first: %3</source>
        <translation>El modelo &apos;%1&apos; no está instalado en Ollama (%2). Instálelo primero: %3</translation>
    </message>
    <message>
        <source>%1 at %2 answered with too many redirects (a loop, or more than %3); not followed. Is this address really Ollama?</source>
        <translation>%1 en %2 respondió con demasiadas redirecciones (un bucle, o más de %3); no se siguieron. ¿Es esta dirección realmente Ollama?</translation>
    </message>
    <message>
        <source>%1 at %2 redirected to another address (%3); not followed, so no answer from another server is taken for Ollama&apos;s. Check OLLAMA_HOST or --host.</source>
        <translation>%1 en %2 redirigió a otra dirección (%3); no se siguió, para que ninguna respuesta de otro servidor pase por la de Ollama. Compruebe OLLAMA_HOST o --host.</translation>
    </message>
</context>
<context>
    <name>ogs::RecommendText</name>
    <message>
        <source>no expected speed: the %1 path is not offered for %2</source>
        <translation>sin velocidad esperada: el método %1 no se ofrece para %2</translation>
    </message>
    <message>
        <source>no expected speed: the speed table has no row for %1</source>
        <translation>sin velocidad esperada: la tabla de velocidades no tiene ninguna fila para %1</translation>
    </message>
    <message>
        <source>the expected speed was measured with %1; %2 may be faster or slower</source>
        <translation>la velocidad esperada se midió con %1; %2 puede ser más rápido o más lento</translation>
    </message>
    <message>
        <source>%1 GPUs were found; this advice is for %2. Use --gpu to choose another.</source>
        <translation>Se encontraron %1 GPU; este consejo es para %2. Use --gpu para elegir otra.</translation>
    </message>
    <message>
        <source>This machine also has an integrated GPU. If Vulkan uses it or it is unstable, keep Vulkan on and set GGML_VK_VISIBLE_DEVICES to the discrete GPU&apos;s Vulkan index (Ollama docs/gpu.mdx).</source>
        <translation>Este equipo también tiene una GPU integrada. Si Vulkan la usa o es inestable, mantenga Vulkan activado y defina GGML_VK_VISIBLE_DEVICES con el índice Vulkan de la GPU dedicada (docs/gpu.mdx de Ollama).</translation>
    </message>
    <message>
        <source>Uninstall the official Ollama first: ollama-for-amd replaces it and the two cannot run side by side</source>
        <translation>Desinstale primero el Ollama oficial: ollama-for-amd lo reemplaza y los dos no pueden ejecutarse a la vez</translation>
    </message>
    <message>
        <source>Install the latest OllamaSetup.exe from https://github.com/likelovewant/ollama-for-amd/releases</source>
        <translation>Instale el OllamaSetup.exe más reciente desde https://github.com/likelovewant/ollama-for-amd/releases</translation>
    </message>
    <message>
        <source>NVIDIA driver 550 or newer (570 or newer for compute capability 5.0 to 6.2)</source>
        <translation>Controlador NVIDIA 550 o posterior (570 o posterior para capacidad de cómputo 5.0 a 6.2)</translation>
    </message>
    <message>
        <source>Ollama installed and running on Windows</source>
        <translation>Ollama instalado y en ejecución en Windows</translation>
    </message>
    <message>
        <source>On Windows, OLLAMA_HOST=0.0.0.0 for the Ollama server (a user environment variable), then restart Ollama</source>
        <translation>En Windows, OLLAMA_HOST=0.0.0.0 para el servidor de Ollama (una variable de entorno de usuario); después, reinicie Ollama</translation>
    </message>
    <message>
        <source>Windows Firewall allowing inbound TCP port 11434</source>
        <translation>El Firewall de Windows permite el tráfico TCP entrante en el puerto 11434</translation>
    </message>
    <message>
        <source>On RDNA 4 with ROCm, Qwen 3 and Qwen 3.5 models leave the GPU stuck at 100% busy and full clock after they unload, until a reboot; Vulkan (RADV) does not have this bug and runs these models about as fast.</source>
        <translation>En RDNA 4 con ROCm, los modelos Qwen 3 y Qwen 3.5 dejan la GPU bloqueada al 100 % de uso y a la frecuencia máxima después de descargarse, hasta que se reinicia; Vulkan (RADV) no tiene este error y ejecuta estos modelos a una velocidad similar.</translation>
    </message>
    <message>
        <source>OLLAMA_LLM_LIBRARY=vulkan alone is not enough: Ollama still starts its ROCm runner next to the Vulkan one and prefers ROCm for the same card, so ROCm must also be kept from seeing the GPU (ROCR_VISIBLE_DEVICES=NOT_A_DEVICE, HIP_VISIBLE_DEVICES=-1).</source>
        <translation>OLLAMA_LLM_LIBRARY=vulkan por sí solo no basta: Ollama sigue iniciando su runner de ROCm junto al de Vulkan y prefiere ROCm para la misma tarjeta, así que también hay que impedir que ROCm vea la GPU (ROCR_VISIBLE_DEVICES=NOT_A_DEVICE, HIP_VISIBLE_DEVICES=-1).</translation>
    </message>
    <message>
        <source>With a Qwen 3 / Qwen 3.5 model this GPU stays stuck at 100% busy after the model unloads (ROCm bug on RDNA 4); only a reboot or reloading the amdgpu driver clears it.</source>
        <translation>Con un modelo Qwen 3 / Qwen 3.5, esta GPU se queda bloqueada al 100 % de uso después de que el modelo se descargue (error de ROCm en RDNA 4); solo un reinicio o recargar el controlador amdgpu lo soluciona.</translation>
    </message>
    <message>
        <source>If the GPU stays at 100% busy and high power after Ollama goes idle, set GPU_MAX_HW_QUEUES=1 and update linux-firmware (AMD traces it to the MES firmware).</source>
        <translation>Si la GPU se queda al 100 % de uso y con un consumo alto después de que Ollama quede inactivo, defina GPU_MAX_HW_QUEUES=1 y actualice linux-firmware (AMD lo atribuye al firmware MES).</translation>
    </message>
    <message>
        <source>On this APU the GPU stays busy (about 25 W more) while two or more Ollama models are loaded; OLLAMA_MAX_LOADED_MODELS=1 avoids it.</source>
        <translation>En esta APU, la GPU se queda en uso (unos 25 W más) mientras haya dos o más modelos de Ollama cargados; OLLAMA_MAX_LOADED_MODELS=1 lo evita.</translation>
    </message>
    <message>
        <source>An integrated GPU shares system memory: large models compete with the rest of the system for RAM.</source>
        <translation>Una GPU integrada comparte la memoria del sistema: los modelos grandes compiten por la RAM con el resto del sistema.</translation>
    </message>
    <message>
        <source>The AMD ROCm 7 driver (install it with amdgpu-install from AMD&apos;s ROCm documentation), then reboot</source>
        <translation>El controlador AMD ROCm 7 (instálelo con amdgpu-install según la documentación de ROCm de AMD); después, reinicie el equipo</translation>
    </message>
    <message>
        <source>With an older AMD driver, GPU discovery hangs for 30 s (&apos;failed to finish discovery before timeout&apos;) and Ollama falls back to the CPU.</source>
        <translation>Con un controlador de AMD más antiguo, la detección de la GPU se cuelga durante 30 s (&apos;failed to finish discovery before timeout&apos;) y Ollama vuelve a la CPU.</translation>
    </message>
    <message>
        <source>An AMD Adrenalin driver recent enough to ship HIP 7 (amdhip64_7.dll)</source>
        <translation>Un controlador AMD Adrenalin lo bastante reciente como para incluir HIP 7 (amdhip64_7.dll)</translation>
    </message>
    <message>
        <source>If Ollama&apos;s log says &apos;AMD driver is too old&apos;, the driver only has amdhip64_6.dll: update the AMD driver.</source>
        <translation>Si el registro de Ollama dice &apos;AMD driver is too old&apos;, el controlador solo tiene amdhip64_6.dll: actualice el controlador de AMD.</translation>
    </message>
    <message>
        <source>The ollama service user may need to be in the &apos;render&apos; group to reach the GPU through Vulkan.</source>
        <translation>Puede que el usuario del servicio ollama tenga que estar en el grupo &apos;render&apos; para acceder a la GPU mediante Vulkan.</translation>
    </message>
    <message>
        <source>Vulkan reports free VRAM to Ollama only when it runs as root or after `sudo setcap cap_perfmon+ep /usr/local/bin/ollama`; otherwise Ollama schedules from approximate model sizes.</source>
        <translation>Vulkan solo informa a Ollama de la VRAM libre cuando se ejecuta como root o después de `sudo setcap cap_perfmon+ep /usr/local/bin/ollama`; de lo contrario, Ollama planifica a partir de tamaños de modelo aproximados.</translation>
    </message>
    <message>
        <source>The RX Vega 56 needs HSA_ENABLE_SDMA=0.</source>
        <translation>La RX Vega 56 necesita HSA_ENABLE_SDMA=0.</translation>
    </message>
    <message>
        <source>Posing the 780M/760M (gfx1103) as a discrete RDNA 3 target is unreliable with ROCm 7.2: the iGPU lacks some instructions those kernels use. Vulkan is the safer choice.</source>
        <translation>Hacer pasar la 780M/760M (gfx1103) por un destino RDNA 3 dedicado no es fiable con ROCm 7.2: a la iGPU le faltan algunas instrucciones que usan esos kernels. Vulkan es la opción más segura.</translation>
    </message>
    <message>
        <source>WSL2 has no /dev/kfd: ROCm inside WSL2 needs AMD&apos;s WSL driver and HSA_ENABLE_DXG_DETECTION=1, and Ollama&apos;s installer does not detect it. Running Ollama on Windows avoids all of that.</source>
        <translation>WSL2 no tiene /dev/kfd: ROCm dentro de WSL2 necesita el controlador WSL de AMD y HSA_ENABLE_DXG_DETECTION=1, y el instalador de Ollama no lo detecta. Ejecutar Ollama en Windows evita todo eso.</translation>
    </message>
    <message>
        <source>Ollama&apos;s version is unknown; this advice assumes %1, the newest release known to this program.</source>
        <translation>Se desconoce la versión de Ollama; este consejo supone %1, la versión más reciente que conoce este programa.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a software renderer on the CPU; it never accelerates Ollama.</source>
        <translation>&quot;%1&quot; es un renderizador por software en la CPU; nunca acelera Ollama.</translation>
    </message>
    <message>
        <source>On macOS Ollama uses Apple GPUs through Metal by itself; there is nothing to set up.</source>
        <translation>En macOS, Ollama usa por sí mismo las GPU de Apple mediante Metal; no hay nada que configurar.</translation>
    </message>
    <message>
        <source>Without Apple silicon, Ollama runs on the CPU.</source>
        <translation>Sin Apple silicon, Ollama se ejecuta en la CPU.</translation>
    </message>
    <message>
        <source>No GPU was found, so Ollama runs on the CPU.</source>
        <translation>No se encontró ninguna GPU, así que Ollama se ejecuta en la CPU.</translation>
    </message>
    <message>
        <source>Vulkan is Ollama&apos;s backend for %1 GPUs such as %2.</source>
        <translation>Vulkan es el backend de Ollama para GPU %1 como %2.</translation>
    </message>
    <message>
        <source>non-AMD, non-NVIDIA</source>
        <translation>de otros fabricantes (ni AMD ni NVIDIA)</translation>
    </message>
    <message>
        <source>ROCm is for AMD GPUs only.</source>
        <translation>ROCm es solo para GPU de AMD.</translation>
    </message>
    <message>
        <source>CUDA is for NVIDIA GPUs only.</source>
        <translation>CUDA es solo para GPU de NVIDIA.</translation>
    </message>
    <message>
        <source>The fallback when the GPU cannot be used.</source>
        <translation>La alternativa cuando no se puede usar la GPU.</translation>
    </message>
    <message>
        <source>measured on %1</source>
        <translation>medido con %1</translation>
    </message>
    <message>
        <source>scaled from %1 by relative speed</source>
        <translation>escalado a partir de %1 según la velocidad relativa</translation>
    </message>
    <message>
        <source>%1 is an AMD GPU this program does not know (gfx target: %2); it is treated as an unknown AMD GPU, and Vulkan, which works with any GPU that has a Vulkan driver, is the path to try.</source>
        <translation>%1 es una GPU de AMD que este programa no conoce (destino gfx: %2); se trata como una GPU de AMD desconocida, y Vulkan, que funciona con cualquier GPU que tenga un controlador Vulkan, es el método que hay que probar.</translation>
    </message>
    <message>
        <source>Your Ollama install ships ROCm kernels for %1%2 (rocBLAS files in %3/%4), so Ollama uses this GPU by itself at full speed.</source>
        <translation>Su instalación de Ollama incluye kernels de ROCm para %1%2 (archivos de rocBLAS en %3/%4), así que Ollama usa esta GPU por sí mismo a máxima velocidad.</translation>
    </message>
    <message>
        <source>Ollama %1 for %2 ships ROCm kernels for %3%4, so Ollama uses this GPU by itself at full speed.</source>
        <translation>Ollama %1 para %2 incluye kernels de ROCm para %3%4, así que Ollama usa esta GPU por sí mismo a máxima velocidad.</translation>
    </message>
    <message>
        <source>The GPU&apos;s gfx target is unknown, so ROCm support cannot be confirmed.</source>
        <translation>Se desconoce el destino gfx de la GPU, así que no se puede confirmar la compatibilidad con ROCm.</translation>
    </message>
    <message>
        <source>Your Ollama install has no ROCm kernels for %1%2 (no rocBLAS files in %3/%4), so its ROCm backend skips this GPU.</source>
        <translation>Su instalación de Ollama no tiene kernels de ROCm para %1%2 (no hay archivos de rocBLAS en %3/%4), así que su backend ROCm omite esta GPU.</translation>
    </message>
    <message>
        <source>Ollama %1 for %2 ships no ROCm kernels for %3%4, so its ROCm backend skips this GPU.</source>
        <translation>Ollama %1 para %2 no incluye kernels de ROCm para %3%4, así que su backend ROCm omite esta GPU.</translation>
    </message>
    <message>
        <source>Ollama&apos;s ROCm libraries: %1 has no rocm folder; reinstall Ollama (on Linux the installer adds them when it sees an AMD GPU)</source>
        <translation>Bibliotecas de ROCm de Ollama: %1 no tiene carpeta rocm; reinstale Ollama (en Linux, el instalador las añade cuando detecta una GPU de AMD)</translation>
    </message>
    <message>
        <source>Vulkan works with %1 without ROCm, using the normal graphics driver.</source>
        <translation>Vulkan funciona con %1 sin ROCm, usando el controlador gráfico normal.</translation>
    </message>
    <message>
        <source>%1 is the nearest target Ollama ships in the same family (%2); HSA_OVERRIDE_GFX_VERSION=%3 makes ROCm treat %4 as %1. Not official: if answers come out garbled or Ollama crashes, remove it and use Vulkan.</source>
        <translation>%1 es el destino más cercano que incluye Ollama en la misma familia (%2); HSA_OVERRIDE_GFX_VERSION=%3 hace que ROCm trate %4 como %1. No es oficial: si las respuestas salen ilegibles o Ollama se bloquea, quítelo y use Vulkan.</translation>
    </message>
    <message>
        <source>No target of the same family (%1) is in Ollama %2&apos;s ROCm build, so there is nothing close enough to pose as.</source>
        <translation>Ningún destino de la misma familia (%1) está en la compilación de ROCm de Ollama %2, así que no hay nada lo bastante parecido por lo que hacerse pasar.</translation>
    </message>
    <message>
        <source>The GPU&apos;s gfx target is unknown to this program, so there is no known target of the same family to pose as.</source>
        <translation>Este programa no conoce el destino gfx de la GPU, así que no hay ningún destino conocido de la misma familia por el que hacerse pasar.</translation>
    </message>
    <message>
        <source>HSA_OVERRIDE_GFX_VERSION does nothing on Windows: ROCm on Windows does not go through HSA (ROCm/TheRock#1719, ollama#3107), and with the override Ollama reports 0 B of VRAM.</source>
        <translation>HSA_OVERRIDE_GFX_VERSION no hace nada en Windows: ROCm en Windows no pasa por HSA (ROCm/TheRock#1719, ollama#3107), y con el destino forzado Ollama informa de 0 B de VRAM.</translation>
    </message>
    <message>
        <source> Having the AMD HIP SDK installed does not change this.</source>
        <translation> Tener instalado el AMD HIP SDK no cambia esto.</translation>
    </message>
    <message>
        <source>The community build ollama-for-amd compiles ROCm kernels for %1, so it runs this GPU at ROCm speed.</source>
        <translation>La compilación de la comunidad ollama-for-amd compila kernels de ROCm para %1, así que ejecuta esta GPU a la velocidad de ROCm.</translation>
    </message>
    <message>
        <source>ollama-for-amd has no kernels for %1 either.</source>
        <translation>ollama-for-amd tampoco tiene kernels para %1.</translation>
    </message>
    <message>
        <source>an unknown gfx target</source>
        <translation>un destino gfx desconocido</translation>
    </message>
    <message>
        <source>ollama-for-amd is built for Windows only.</source>
        <translation>ollama-for-amd solo se compila para Windows.</translation>
    </message>
    <message>
        <source>Ollama %1 or newer: Ollama %2 has no Vulkan backend</source>
        <translation>Ollama %1 o posterior: Ollama %2 no tiene backend Vulkan</translation>
    </message>
    <message>
        <source>Ollama %1 ships Vulkan switched off; OLLAMA_VULKAN=1 switches it on.</source>
        <translation>Ollama %1 incluye Vulkan desactivado; OLLAMA_VULKAN=1 lo activa.</translation>
    </message>
    <message>
        <source>Vulkan is on by default since Ollama %1; a leftover OLLAMA_VULKAN=0 would switch it off.</source>
        <translation>Vulkan está activado de forma predeterminada desde Ollama %1; un OLLAMA_VULKAN=0 que haya quedado lo desactivaría.</translation>
    </message>
    <message>
        <source>CUDA also drives this GPU and Ollama prefers CUDA over Vulkan for the same card, so CUDA is hidden.</source>
        <translation>CUDA también controla esta GPU y Ollama prefiere CUDA a Vulkan para la misma tarjeta, así que CUDA se oculta.</translation>
    </message>
    <message>
        <source>ROCm also supports this GPU and Ollama prefers ROCm over Vulkan for the same card, so ROCm is kept from seeing it.</source>
        <translation>ROCm también admite esta GPU y Ollama prefiere ROCm a Vulkan para la misma tarjeta, así que se impide que ROCm la vea.</translation>
    </message>
    <message>
        <source>Vulkan needs no extra install: it ships with Ollama and uses the normal graphics driver.</source>
        <translation>Vulkan no necesita ninguna instalación adicional: viene con Ollama y usa el controlador gráfico normal.</translation>
    </message>
    <message>
        <source>%1 has CUDA compute capability %2 (Ollama needs 5.0 or newer); Ollama uses it by itself.</source>
        <translation>%1 tiene la capacidad de cómputo CUDA %2 (Ollama necesita 5.0 o superior); Ollama la usa por sí mismo.</translation>
    </message>
    <message>
        <source>NVIDIA GPUs run on Ollama&apos;s CUDA backend by themselves.</source>
        <translation>Las GPU de NVIDIA funcionan por sí solas con el backend CUDA de Ollama.</translation>
    </message>
    <message>
        <source>The compute capability is unknown: Ollama&apos;s CUDA backend needs 5.0 or newer (GTX 750 and later).</source>
        <translation>Se desconoce la capacidad de cómputo: el backend CUDA de Ollama necesita 5.0 o superior (GTX 750 y posteriores).</translation>
    </message>
    <message>
        <source>Compute capability %1 is below the 5.0 that Ollama&apos;s CUDA backend needs.</source>
        <translation>La capacidad de cómputo %1 es inferior a la 5.0 que necesita el backend CUDA de Ollama.</translation>
    </message>
    <message>
        <source>Vulkan can still use this GPU where CUDA cannot.</source>
        <translation>Vulkan todavía puede usar esta GPU donde CUDA no puede.</translation>
    </message>
    <message>
        <source>Ollama on Windows uses the GPU with the full Windows driver, and WSL2 programs reach it over the network.</source>
        <translation>Ollama en Windows usa la GPU con el controlador completo de Windows, y los programas de WSL2 acceden a él a través de la red.</translation>
    </message>
    <message>
        <source>WSL2 gives Linux no direct access to AMD or Intel GPU compute; Ollama on Windows has the GPU, and WSL2 programs reach it over the network.</source>
        <translation>WSL2 no da a Linux acceso directo al cómputo de las GPU de AMD o Intel; Ollama en Windows tiene la GPU, y los programas de WSL2 acceden a él a través de la red.</translation>
    </message>
    <message>
        <source>Replace WINDOWS_HOST_IP with the Windows address: `ip route show default | awk &apos;{print $3}&apos;`.</source>
        <translation>Sustituya WINDOWS_HOST_IP por la dirección de Windows: `ip route show default | awk &apos;{print $3}&apos;`.</translation>
    </message>
    <message>
        <source>On Windows, the &apos;%1&apos; path for this GPU (run `ollama-gpu-setup recommend` there)</source>
        <translation>En Windows, el método &apos;%1&apos; para esta GPU (ejecute allí `ollama-gpu-setup recommend`)</translation>
    </message>
    <message>
        <source>CUDA also works inside WSL2 through the Windows NVIDIA driver, if you prefer Ollama inside Linux.</source>
        <translation>CUDA también funciona dentro de WSL2 a través del controlador NVIDIA de Windows, si prefiere Ollama dentro de Linux.</translation>
    </message>
    <message>
        <source>Inside WSL2 there is no /dev/kfd, so Ollama&apos;s ROCm backend cannot reach the GPU.</source>
        <translation>Dentro de WSL2 no hay /dev/kfd, así que el backend ROCm de Ollama no puede acceder a la GPU.</translation>
    </message>
    <message>
        <source>Inside WSL2 Vulkan only reaches the GPU through a translation layer that Ollama does not support well; use Vulkan on the Windows side instead.</source>
        <translation>Dentro de WSL2, Vulkan solo llega a la GPU a través de una capa de traducción que Ollama no admite bien; use Vulkan en el lado de Windows.</translation>
    </message>
    <message>
        <source>Ollama inside WSL2 without a GPU runs on the CPU.</source>
        <translation>Ollama dentro de WSL2 sin GPU se ejecuta en la CPU.</translation>
    </message>
    <message>
        <source>A fallback if ROCm misbehaves; usually 60-80% of ROCm&apos;s speed.</source>
        <translation>Una alternativa si ROCm falla; normalmente, entre el 60 y el 80 % de la velocidad de ROCm.</translation>
    </message>
    <message>
        <source>A fallback if CUDA misbehaves.</source>
        <translation>Una alternativa si CUDA falla.</translation>
    </message>
    <message>
        <source>this AMD GPU (%1)</source>
        <translation>esta GPU de AMD (%1)</translation>
    </message>
    <message>
        <source>this GPU</source>
        <translation>esta GPU</translation>
    </message>
    <message>
        <source>Your Ollama install (%1) ships ROCm kernels for %2, but the table for Ollama %3 on %4 says it should not; the install is what counts.</source>
        <translation>Su instalación de Ollama (%1) incluye kernels de ROCm para %2, aunque según la tabla de Ollama %3 en %4 no debería; lo que cuenta es la instalación.</translation>
    </message>
    <message>
        <source>Your Ollama install (%1) does not ship ROCm kernels for %2, but the table for Ollama %3 on %4 says it should; the install is what counts.</source>
        <translation>Su instalación de Ollama (%1) no incluye kernels de ROCm para %2, aunque según la tabla de Ollama %3 en %4 debería; lo que cuenta es la instalación.</translation>
    </message>
    <message>
        <source>Ollama&apos;s version is unknown (no server answered and `ollama --version` gave none here), so this advice assumes the newest release known to this program, %1. Pass --ollama-version to be exact.</source>
        <translation>La versión de Ollama es desconocida (ningún servidor respondió y `ollama --version` no dio ninguna aquí), así que este consejo supone la versión más reciente que conoce este programa, %1. Indique --ollama-version para ser exacto.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an Ollama version (it looks like 0.12.11), so this advice assumes %2, the newest release this program knows. Give the version `ollama --version` prints to be exact.</source>
        <translation>&apos;%1&apos; no es una versión de Ollama (tiene el aspecto de 0.12.11), así que este consejo supone %2, la versión más reciente que conoce este programa. Indique la versión que muestra `ollama --version` para ser exacto.</translation>
    </message>
    <message>
        <source>%1 is a file where a folder should be, so Ollama finds no ROCm kernels there; reinstall Ollama.</source>
        <translation>%1 es un archivo donde debería haber una carpeta, así que Ollama no encuentra allí núcleos ROCm; reinstale Ollama.</translation>
    </message>
    <message>
        <source>%1 is missing, so Ollama finds no ROCm kernels there; reinstall Ollama.</source>
        <translation>falta %1, así que Ollama no encuentra allí núcleos ROCm; reinstale Ollama.</translation>
    </message>
    <message>
        <source>%1 holds no TensileLibrary_lazy_gfx*.dat file, so Ollama&apos;s ROCm backend runs on no GPU; the ROCm part of this install looks incomplete: reinstall Ollama.</source>
        <translation>%1 no contiene ningún archivo TensileLibrary_lazy_gfx*.dat, así que el backend ROCm de Ollama no funciona en ninguna GPU; la parte ROCm de esta instalación parece incompleta: reinstale Ollama.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not exist</source>
        <translation>&apos;%1&apos; no existe</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a file, not a folder</source>
        <translation>&apos;%1&apos; es un archivo, no una carpeta</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be read (no permission)</source>
        <translation>&apos;%1&apos; no se puede leer (sin permiso)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a file where Ollama&apos;s library folder should be</source>
        <translation>&apos;%1&apos; es un archivo donde debería estar la carpeta de bibliotecas de Ollama</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is empty</source>
        <translation>&apos;%1&apos; está vacío</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds no Ollama install (no lib/ollama with backend folders)</source>
        <translation>&apos;%1&apos; no contiene ninguna instalación de Ollama (no hay lib/ollama con carpetas de backend)</translation>
    </message>
    <message>
        <source>Ollama %1 is newer than the newest version this program has facts for (%2). This advice is based on Ollama&apos;s behaviour up to %2 and assumes %1 behaves the same.</source>
        <translation>Ollama %1 es más reciente que la última versión de la que este programa tiene datos (%2). Este consejo se basa en el comportamiento de Ollama hasta %2 y supone que %1 se comporta igual.</translation>
    </message>
    <message>
        <source>Ollama %1 and newer use %2 through ROCm without OLLAMA_IGPU_ENABLE: it is the one integrated GPU they admit by default.</source>
        <translation>Ollama %1 y posteriores usan %2 mediante ROCm sin OLLAMA_IGPU_ENABLE: es la única GPU integrada que admiten por defecto.</translation>
    </message>
    <message>
        <source>The GPU driver&apos;s Vulkan loader, %SystemRoot%\System32\vulkan-1.dll: reinstall or update the graphics driver, which installs it</source>
        <translation>El cargador Vulkan del controlador gráfico, %SystemRoot%\System32\vulkan-1.dll: reinstale o actualice el controlador gráfico, que lo instala</translation>
    </message>
    <message>
        <source>%SystemRoot%\System32\vulkan-1.dll is missing. Since %1 Ollama for Windows no longer ships its own Vulkan loader and uses the driver&apos;s, so without it Vulkan finds no GPU.</source>
        <translation>Falta %SystemRoot%\System32\vulkan-1.dll. Desde %1, Ollama para Windows ya no incluye su propio cargador Vulkan y usa el del controlador; sin él, Vulkan no encuentra ninguna GPU.</translation>
    </message>
    <message>
        <source>Your Ollama install: %1</source>
        <translation>Su instalación de Ollama: %1</translation>
    </message>
    <message>
        <source>%1 is not a gfx target this program knows, so ROCm support cannot be confirmed; none of the Ollama builds it knows ships ROCm kernels for it.</source>
        <translation>%1 no es un destino gfx que conozca este programa, así que no se puede confirmar el soporte de ROCm; ninguna de las versiones de Ollama que conoce incluye núcleos ROCm para él.</translation>
    </message>
    <message>
        <source>Ollama %1 for Windows ships no ROCm kernels for %2%3: its ROCm backend uses the rocBLAS of AMD&apos;s HIP SDK, which has none for this GPU, so ROCm skips it.</source>
        <translation>Ollama %1 para Windows no incluye núcleos ROCm para %2%3: su backend ROCm usa el rocBLAS del HIP SDK de AMD, que no tiene ninguno para esta GPU, así que ROCm la omite.</translation>
    </message>
    <message>
        <source>Community-maintained: it replaces the official Ollama, and its newest known release (%1) lags behind official Ollama, so official fixes reach it late.</source>
        <translation>Mantenido por la comunidad: sustituye al Ollama oficial, y su última versión conocida (%1) va por detrás del Ollama oficial, así que las correcciones oficiales le llegan tarde.</translation>
    </message>
    <message>
        <source>Ollama %1 and newer drop integrated GPUs unless OLLAMA_IGPU_ENABLE=1 is set (the log says &quot;dropping integrated GPU&quot;); only %2 through ROCm is admitted by default (since %3), so without the variable Ollama runs on the CPU.</source>
        <translation>Ollama %1 y posteriores descartan las GPU integradas salvo que se defina OLLAMA_IGPU_ENABLE=1 (el registro dice &quot;dropping integrated GPU&quot;); por defecto solo se admite %2 mediante ROCm (desde %3), así que sin la variable Ollama funciona en el procesador.</translation>
    </message>
</context>
<context>
    <name>ogs::TelemetryText</name>
    <message>
        <source>busy %1 % for %2 s while Ollama has no model loaded or no runner process</source>
        <translation>en uso al %1 % durante %2 s mientras Ollama no tiene ningún modelo cargado ni ningún proceso runner</translation>
    </message>
    <message>
        <source>core clock %1 MHz, its top level%2</source>
        <translation>frecuencia del núcleo %1 MHz, su nivel máximo%2</translation>
    </message>
    <message>
        <source>power %1 W against %2 W when idle</source>
        <translation>potencia %1 W frente a %2 W en reposo</translation>
    </message>
    <message>
        <source>power %1 W (no idle baseline seen yet)</source>
        <translation>potencia %1 W (todavía no se ha visto ninguna referencia en reposo)</translation>
    </message>
    <message>
        <source>With the ROCm/HIP backend some GPUs (RDNA4 with Qwen 3 models, and other RDNA3/RDNA4 cases) keep running orphaned compute queues after the model is unloaded: the GPU stays at 100 % busy and maximum clock, drawing power, until the amdgpu driver is reloaded or the computer restarts. Restarting Ollama does not clear it.</source>
        <translation>Con el backend ROCm/HIP, algunas GPU (RDNA4 con modelos Qwen 3, y otros casos de RDNA3/RDNA4) siguen ejecutando colas de cómputo huérfanas después de que se descargue el modelo: la GPU se queda al 100 % de uso y a la frecuencia máxima, consumiendo energía, hasta que se recarga el controlador amdgpu o se reinicia el equipo. Reiniciar Ollama no lo soluciona.</translation>
    </message>
    <message>
        <source>Run Ollama on Vulkan with ROCm devices hidden: OLLAMA_LLM_LIBRARY=vulkan, ROCR_VISIBLE_DEVICES=NOT_A_DEVICE, HIP_VISIBLE_DEVICES=-1 (one click in the wizard)</source>
        <translation>Ejecute Ollama con Vulkan y los dispositivos ROCm ocultos: OLLAMA_LLM_LIBRARY=vulkan, ROCR_VISIBLE_DEVICES=NOT_A_DEVICE, HIP_VISIBLE_DEVICES=-1 (un clic en el asistente)</translation>
    </message>
    <message>
        <source>Or keep ROCm with GPU_MAX_HW_QUEUES=1</source>
        <translation>O mantenga ROCm con GPU_MAX_HW_QUEUES=1</translation>
    </message>
    <message>
        <source>Set OLLAMA_MAX_LOADED_MODELS=1 so only one runner holds the GPU</source>
        <translation>Defina OLLAMA_MAX_LOADED_MODELS=1 para que solo un runner ocupe la GPU</translation>
    </message>
    <message>
        <source>Update the GPU firmware (linux-firmware, for the MES fix)</source>
        <translation>Actualice el firmware de la GPU (linux-firmware, para la corrección de MES)</translation>
    </message>
    <message>
        <source>Last resort: reload the amdgpu driver or restart the computer</source>
        <translation>Último recurso: recargue el controlador amdgpu o reinicie el equipo</translation>
    </message>
    <message>
        <source>no clock levels in &quot;%1&quot;</source>
        <translation>no hay niveles de frecuencia en &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no amdgpu card under %1/class/drm</source>
        <translation>no hay ninguna tarjeta amdgpu en %1/class/drm</translation>
    </message>
    <message>
        <source>reading NVIDIA GPUs from %1 instead</source>
        <translation>en su lugar, las GPU de NVIDIA se leen mediante %1</translation>
    </message>
    <message>
        <source>%1 is not an executable file</source>
        <translation>%1 no es un archivo ejecutable</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>no se puede iniciar %1: %2</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>no iniciado</translation>
    </message>
    <message>
        <source>exited with code %1</source>
        <translation>terminó con el código %1</translation>
    </message>
    <message>
        <source>%1 fields, expected %2</source>
        <translation>%1 campos en lugar de los %2 esperados</translation>
    </message>
    <message>
        <source>index &quot;%1&quot; is not a number</source>
        <translation>el índice &quot;%1&quot; no es un número</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a number</source>
        <translation>%1 &quot;%2&quot; no es un número</translation>
    </message>
    <message>
        <source>; no NVIDIA telemetry</source>
        <translation>; sin telemetría de NVIDIA</translation>
    </message>
    <message>
        <source>%1 printed &quot;%2&quot;: %3; such lines are skipped</source>
        <translation>%1 imprimió &quot;%2&quot;: %3; esas líneas se omiten</translation>
    </message>
    <message>
        <source>%1 %2; it is not restarted, NVIDIA values are no longer read</source>
        <translation>%1 %2; no se reinicia y los valores de NVIDIA ya no se leen</translation>
    </message>
    <message>
        <source>%1 lacks %2: the NVIDIA driver is too old or this is not NVML; no NVIDIA telemetry (update the driver)</source>
        <translation>a %1 le falta %2: el controlador NVIDIA es demasiado antiguo o esto no es NVML; sin telemetría de NVIDIA (actualice el controlador)</translation>
    </message>
    <message>
        <source>%1 lacks %2; those values stay null</source>
        <translation>a %1 le falta %2; esos valores quedan en null</translation>
    </message>
    <message>
        <source>nvmlInit_v2 failed: %1; no NVIDIA telemetry</source>
        <translation>nvmlInit_v2 falló: %1; sin telemetría de NVIDIA</translation>
    </message>
    <message>
        <source> (the NVIDIA kernel module is not loaded)</source>
        <translation> (el módulo del kernel de NVIDIA no está cargado)</translation>
    </message>
    <message>
        <source>nvmlDeviceGetCount_v2 failed: %1; no NVIDIA telemetry</source>
        <translation>nvmlDeviceGetCount_v2 falló: %1; sin telemetría de NVIDIA</translation>
    </message>
    <message>
        <source>NVML reports %1 GPUs; sampling only the first %2</source>
        <translation>NVML informa de %1 GPU; solo se muestrean las %2 primeras</translation>
    </message>
    <message>
        <source>NVIDIA GPU %1: nvmlDeviceGetHandleByIndex_v2 failed: %2; not sampled</source>
        <translation>GPU NVIDIA %1: nvmlDeviceGetHandleByIndex_v2 falló: %2; no se muestrea</translation>
    </message>
    <message>
        <source>NVIDIA GPU %1: nvmlDeviceGetName failed: %2</source>
        <translation>GPU NVIDIA %1: nvmlDeviceGetName falló: %2</translation>
    </message>
    <message>
        <source>NVIDIA GPU %1</source>
        <translation>GPU NVIDIA %1</translation>
    </message>
    <message>
        <source>%1: nvmlDeviceGetPciInfo_v3 failed: %2</source>
        <translation>%1: nvmlDeviceGetPciInfo_v3 falló: %2</translation>
    </message>
    <message>
        <source>%1: NVML bus id &quot;%2&quot; is not domain:bus:device.function</source>
        <translation>%1: el ID de bus de NVML &quot;%2&quot; no tiene el formato domain:bus:device.function</translation>
    </message>
    <message>
        <source>%1 (%2): %3 failed: %4; the GPU has fallen off the bus, so all its values are null until it is reset (reload the NVIDIA driver or reboot)</source>
        <translation>%1 (%2): %3 falló: %4; la GPU se ha desconectado del bus, así que todos sus valores son null hasta que se restablezca (recargue el controlador NVIDIA o reinicie el equipo)</translation>
    </message>
    <message>
        <source>%1 (%2): %3 failed: %4; %5 is null%6</source>
        <translation>%1 (%2): %3 falló: %4; %5 es null%6</translation>
    </message>
    <message>
        <source> (this GPU cannot report it)</source>
        <translation> (esta GPU no puede informar de este valor)</translation>
    </message>
    <message>
        <source> until it reads again</source>
        <translation> hasta que se vuelva a leer</translation>
    </message>
    <message>
        <source>%1 (%2): %3 gave %4 % busy, %5 % memory busy, outside 0-100; util_percent is null</source>
        <translation>%1 (%2): %3 dio un %4 % de uso y un %5 % de uso de memoria, fuera de 0-100; util_percent es null</translation>
    </message>
    <message>
        <source>DXGI: %1; adapters are named by LUID</source>
        <translation>DXGI: %1; los adaptadores se identifican por su LUID</translation>
    </message>
    <message>
        <source>; no utilisation or memory use from Windows</source>
        <translation>; sin datos de uso ni de memoria usada de Windows</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>cannot seek: </source>
        <translation>no se puede posicionar en el archivo: </translation>
    </message>
    <message>
        <source>read failed: </source>
        <translation>error de lectura: </translation>
    </message>
    <message>
        <source>not a number: &quot;%1&quot;</source>
        <translation>no es un número: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>se bloqueó</translation>
    </message>
</context>
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
    <message>
        <source>applied</source>
        <translation>aplicado</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>deshecho</translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>sin terminar</translation>
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
    <message>
        <source>%1 (%2, %3 GB)</source>
        <translation>%1 (%2, %3 GB)</translation>
    </message>
    <message>
        <source>%1 (%2, %3 GB; built locally with %4)</source>
        <translation>%1 (%2, %3 GB; compilado localmente con %4)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Suggested for this card:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Sugerido para esta tarjeta:&lt;/b&gt; %1</translation>
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
    <message>
        <source>%1, %2</source>
        <comment>GPU count, samples kept</comment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n GPU(s)</source>
        <translation>
            <numerusform>%n GPU</numerusform>
            <numerusform>%n GPU</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s) kept</source>
        <translation>
            <numerusform>%n muestra guardada</numerusform>
            <numerusform>%n muestras guardadas</numerusform>
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
    <message>
        <source>installed</source>
        <translation>instalado</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>no instalado</translation>
    </message>
    <message>
        <source>Ollama &lt;b&gt;%1&lt;/b&gt; is installed and running at %2.</source>
        <translation>Ollama &lt;b&gt;%1&lt;/b&gt; está instalado y en ejecución en %2.</translation>
    </message>
    <message>
        <source>Ollama &lt;b&gt;%1&lt;/b&gt; is installed but not running (nothing answers at %2).</source>
        <translation>Ollama &lt;b&gt;%1&lt;/b&gt; está instalado pero no en ejecución (nada responde en %2).</translation>
    </message>
    <message>
        <source>Ollama &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Ollama &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Ollama was &lt;b&gt;not found&lt;/b&gt;: nothing answers at %1 and there is no &lt;code&gt;ollama&lt;/code&gt; command. The advice assumes Ollama %2, the newest release this program knows.</source>
        <translation>&lt;b&gt;No se encontró&lt;/b&gt; Ollama: nada responde en %1 y no existe el comando &lt;code&gt;ollama&lt;/code&gt;. El consejo supone Ollama %2, la versión más reciente que conoce este programa.</translation>
    </message>
    <message>
        <source>Its install (%1) ships ROCm kernels for: %2.</source>
        <translation>Su instalación (%1) incluye kernels de ROCm para: %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Its install (%1) has no ROCm runner.</source>
        <translation>Su instalación (%1) no tiene ejecutor de ROCm.</translation>
    </message>
    <message>
        <source>AMD HIP SDK: %1.</source>
        <translation>AMD HIP SDK: %1.</translation>
    </message>
    <message>
        <source>ROCm runtime on the system: %1 (Ollama brings its own; this matters for the HSA override).</source>
        <translation>Entorno de ejecución de ROCm en el sistema: %1 (Ollama trae el suyo; importa para el destino gfx forzado de HSA).</translation>
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
    <message>
        <source>Stopped Ollama (%1) and started %2.</source>
        <translation>Se detuvo Ollama (%1) y se inició %2.</translation>
    </message>
    <message>
        <source>Ollama was not running; started %1.</source>
        <translation>Ollama no estaba en ejecución; se inició %1.</translation>
    </message>
    <message>
        <source>⚠ Could not tell whether Ollama runs: %1. Nothing was stopped or started.</source>
        <translation>⚠ No se pudo saber si Ollama está en ejecución: %1. No se detuvo ni se inició nada.</translation>
    </message>
    <message>
        <source>⚠ Ollama&apos;s app is not at %1, so it was not restarted; nothing was stopped.</source>
        <translation>⚠ La aplicación de Ollama no está en %1, así que no se reinició; no se detuvo nada.</translation>
    </message>
    <message>
        <source>⚠ Could not stop Ollama: %1. Nothing was started.</source>
        <translation>⚠ No se pudo detener Ollama: %1. No se inició nada.</translation>
    </message>
    <message>
        <source>⚠ Stopped Ollama (%1), but it did not start again: %2.</source>
        <translation>⚠ Se detuvo Ollama (%1), pero no volvió a iniciarse: %2.</translation>
    </message>
    <message>
        <source>After applying, Ollama is restarted so it reads the new variables: ollama app.exe and ollama.exe are stopped and %1 is started again (or started, if Ollama is not running).</source>
        <translation>Después de aplicar, Ollama se reinicia para que lea las variables nuevas: se detienen ollama app.exe y ollama.exe y se vuelve a iniciar %1 (o se inicia, si Ollama no está en ejecución).</translation>
    </message>
    <message>
        <source>After applying: Ollama&apos;s app is not at %1, so it cannot be restarted from here. %2</source>
        <translation>Después de aplicar: la aplicación de Ollama no está en %1, así que no se puede reiniciar desde aquí. %2</translation>
    </message>
    <message>
        <source>After applying, the Ollama service is restarted (systemctl daemon-reload, systemctl restart ollama) and its log is read to confirm the settings.</source>
        <translation>Después de aplicar, se reinicia el servicio de Ollama (systemctl daemon-reload, systemctl restart ollama) y se lee su registro para confirmar los ajustes.</translation>
    </message>
    <message>
        <source>After applying: %1</source>
        <translation>Después de aplicar: %1</translation>
    </message>
    <message>
        <source>Restarting Ollama: stopping ollama app.exe and ollama.exe, then starting %1…</source>
        <translation>Reiniciando Ollama: deteniendo ollama app.exe y ollama.exe y luego iniciando %1…</translation>
    </message>
    <message>
        <source>Start Ollama from the Start menu: it reads the new variables when it starts.</source>
        <translation>Inicie Ollama desde el menú Inicio: lee las variables nuevas al iniciarse.</translation>
    </message>
    <message>
        <source>✔ Started Ollama; it answers (version %1).</source>
        <translation>✔ Ollama se inició y responde (versión %1).</translation>
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
    <message>
        <source>Save &amp;diagnostic bundle…</source>
        <translation>Guardar el paquete de &amp;diagnóstico…</translation>
    </message>
    <message>
        <source>Save a diagnostic bundle (zip file) for a bug report</source>
        <translation>Guardar un paquete de diagnóstico (archivo zip) para un informe de error</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Save diagnostic bundle…&lt;/b&gt; puts the same in one .zip file, each part also as JSON, to attach to a bug report.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Guardar el paquete de diagnóstico…&lt;/b&gt; pone lo mismo en un solo archivo .zip, cada parte también en JSON, para adjuntarlo a un informe de error.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Save diagnostic bundle</source>
        <translation>Guardar el paquete de diagnóstico</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Archivos zip (*.zip)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Diagnostic bundle saved to &lt;b&gt;%1&lt;/b&gt;. Attach it to your bug report.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Paquete de diagnóstico guardado en &lt;b&gt;%1&lt;/b&gt;. Adjúntelo a su informe de error.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Could not save the diagnostic bundle:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;No se pudo guardar el paquete de diagnóstico:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;Report saved to &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Informe guardado en &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Could not save the report:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;No se pudo guardar el informe:&lt;/b&gt; %1&lt;/p&gt;</translation>
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
    <message>
        <source>%1 is not installed yet (install it with: %2); the test uses %3 instead.</source>
        <translation>%1 aún no está instalado (instálelo con: %2); la prueba usa %3 en su lugar.</translation>
    </message>
    <message>
        <source>No model is installed. Install one first, for example: %1</source>
        <translation>No hay ningún modelo instalado. Instale uno primero, por ejemplo: %1</translation>
    </message>
    <message>
        <source>⚠ The GPU is not speeding it up: %1 tok/s, and %2 tok/s on the processor alone (%3×).</source>
        <translation>⚠ La GPU no acelera: %1 tok/s, y %2 tok/s solo con el procesador (%3×).</translation>
    </message>
    <message>
        <source>⚠ Running, but only partly on the GPU: %1 tok/s.</source>
        <translation>⚠ Funciona, pero solo en parte en la GPU: %1 tok/s.</translation>
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
