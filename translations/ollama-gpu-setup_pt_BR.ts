<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>ogs::BudgetText</name>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation>%1 não respondeu em %2 s</translation>
    </message>
    <message>
        <source>cannot reach Ollama at %1: %2</source>
        <translation>não é possível acessar o Ollama em %1: %2</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2%3</source>
        <translation>%1 respondeu HTTP %2%3</translation>
    </message>
    <message>
        <source>Ollama&apos;s /api/show answer for %1 is not JSON</source>
        <translation>A resposta de /api/show do Ollama para %1 não é JSON</translation>
    </message>
    <message>
        <source>%1 (%2, %3) is the largest variant whose minimum VRAM (%4) this card meets and that fits fully on the GPU at %5 tokens of context.</source>
        <translation>%1 (%2, %3) é a maior variante cuja VRAM mínima (%4) esta placa atende e que cabe inteira na GPU com %5 tokens de contexto.</translation>
    </message>
    <message>
        <source>Even the smallest variant, %1 (%2), does not fit fully at %3 tokens of context; it will run partly on the CPU. A shorter context helps.</source>
        <translation>Nem a menor variante, %1 (%2), cabe inteira com %3 tokens de contexto; ela vai rodar em parte na CPU. Um contexto mais curto ajuda.</translation>
    </message>
    <message>
        <source>Without the model&apos;s architecture the KV cache and compute buffer are left out, so this is a lower bound: pass --model or --arch-file for the full figure.</source>
        <translation>Sem a arquitetura do modelo, o cache KV e o buffer de computação ficam de fora; por isso, este é um limite inferior: informe --model ou --arch-file para obter o valor completo.</translation>
    </message>
    <message>
        <source>The vocabulary size is unknown, so the compute buffer leaves out the output logits; it may be a few hundred MB low.</source>
        <translation>O tamanho do vocabulário é desconhecido; por isso, o buffer de computação não inclui os logits de saída e pode estar algumas centenas de MB abaixo do real.</translation>
    </message>
    <message>
        <source>A %1 KV cache needs flash attention: set OLLAMA_FLASH_ATTENTION=1 and OLLAMA_KV_CACHE_TYPE=%1, or Ollama falls back to f16.</source>
        <translation>Um cache KV %1 requer flash attention: defina OLLAMA_FLASH_ATTENTION=1 e OLLAMA_KV_CACHE_TYPE=%1; caso contrário, o Ollama volta para f16.</translation>
    </message>
    <message>
        <source>Good for most tasks</source>
        <translation>Boa para a maioria das tarefas</translation>
    </message>
    <message>
        <source>Better accuracy (default)</source>
        <translation>Mais precisão (padrão)</translation>
    </message>
    <message>
        <source>Full precision</source>
        <translation>Precisão total</translation>
    </message>
    <message>
        <source>Ollama at %1 does not have the model %2 (%3): download it with `ollama pull %2`, or give its file size with --model-size</source>
        <translation>O Ollama em %1 não tem o modelo %2 (%3): baixe-o com `ollama pull %2` ou informe o tamanho do arquivo com --model-size</translation>
    </message>
    <message>
        <source>%1 (%2, %3) is the largest choice from Ollama&apos;s library that fits fully on this card&apos;s GPU at %4 tokens of context.</source>
        <translation>%1 (%2, %3) é a maior opção da biblioteca do Ollama que cabe inteira na GPU desta placa com %4 tokens de contexto.</translation>
    </message>
</context>
<context>
    <name>ogs::DetectText</name>
    <message>
        <source>%1: DXGI reports %2 MiB of dedicated memory, which some drivers cap at 4 GiB, and the driver&apos;s registry size could not be read (%3)</source>
        <translation>%1: o DXGI informa %2 MiB de memória dedicada, valor que alguns drivers limitam a 4 GiB, e não foi possível ler o tamanho que o driver grava no registro do Windows (%3)</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>nenhum motivo informado</translation>
    </message>
    <message>
        <source>the built-in AMD PCI id table could not be loaded; gfx targets may be missing</source>
        <translation>não foi possível carregar a tabela interna de ids PCI da AMD; alvos gfx podem estar faltando</translation>
    </message>
    <message>
        <source>Unknown vendor</source>
        <translation>Fabricante desconhecido</translation>
    </message>
    <message>
        <source>%1 exists but cannot be loaded: %2</source>
        <translation>%1 existe, mas não pode ser carregado: %2</translation>
    </message>
    <message>
        <source>NVML does not exist on this platform</source>
        <translation>NVML não existe nesta plataforma</translation>
    </message>
    <message>
        <source>no NVIDIA driver (NVML not found: %1)</source>
        <translation>nenhum driver NVIDIA (NVML não encontrado: %1)</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erro desconhecido</translation>
    </message>
    <message>
        <source>%1 (NVML error %2)</source>
        <translation>%1 (erro NVML %2)</translation>
    </message>
    <message>
        <source>%1: NVML bus id &quot;%2&quot; is not domain:bus:device.function; %3</source>
        <translation>%1: o bus id &quot;%2&quot; do NVML não está no formato domain:bus:device.function; %3</translation>
    </message>
    <message>
        <source>its PCI address is unknown</source>
        <translation>o endereço PCI dela é desconhecido</translation>
    </message>
    <message>
        <source>using %1 from its fields</source>
        <translation>usando %1, obtido dos campos dela</translation>
    </message>
    <message>
        <source>%1: implausible CUDA compute capability %2.%3</source>
        <translation>%1: capacidade de computação CUDA implausível: %2.%3</translation>
    </message>
    <message>
        <source>%1 lacks %2: the NVIDIA driver is too old or this is not NVML; update the driver</source>
        <translation>%1 não tem %2: o driver NVIDIA é antigo demais ou esta biblioteca não é o NVML; atualize o driver</translation>
    </message>
    <message>
        <source>%1 lacks %2; those fields stay empty</source>
        <translation>%1 não tem %2; esses campos ficam vazios</translation>
    </message>
    <message>
        <source>nvmlInit_v2 failed: %1</source>
        <translation>nvmlInit_v2 falhou: %1</translation>
    </message>
    <message>
        <source>; the NVIDIA kernel module is not loaded (reboot after installing the driver, or check Secure Boot module signing)</source>
        <translation>; o módulo de kernel da NVIDIA não está carregado (reinicie o computador depois de instalar o driver ou verifique a assinatura de módulos do Secure Boot)</translation>
    </message>
    <message>
        <source>nvmlDeviceGetCount_v2 failed: %1</source>
        <translation>nvmlDeviceGetCount_v2 falhou: %1</translation>
    </message>
    <message>
        <source>NVML reports %1 GPUs; reading only the first %2</source>
        <translation>o NVML informa %1 GPUs; lendo apenas as %2 primeiras</translation>
    </message>
    <message>
        <source>GPU %1: nvmlDeviceGetHandleByIndex_v2 failed: %2</source>
        <translation>GPU %1: nvmlDeviceGetHandleByIndex_v2 falhou: %2</translation>
    </message>
    <message>
        <source>nvmlShutdown failed: %1</source>
        <translation>nvmlShutdown falhou: %1</translation>
    </message>
    <message>
        <source>This looks like WSL 1 (kernel %1, no /dev/dxg): WSL 1 has no GPU access; use WSL 2 or run Ollama on Windows</source>
        <translation>Isto parece ser o WSL 1 (kernel %1, sem /dev/dxg): o WSL 1 não tem acesso à GPU; use o WSL 2 ou rode o Ollama no Windows</translation>
    </message>
    <message>
        <source>WSL 2 without /dev/dxg (kernel %1): the Windows GPU driver is not shared with Linux; run &apos;wsl --update&apos; in Windows and install a current GPU driver there</source>
        <translation>WSL 2 sem /dev/dxg (kernel %1): o driver de GPU do Windows não é compartilhado com o Linux; execute &apos;wsl --update&apos; no Windows e instale lá um driver de GPU atual</translation>
    </message>
    <message>
        <source>%1 exists but this user cannot open it for reading and writing: add the user to the &apos;render&apos; (and &apos;video&apos;) group and log in again</source>
        <translation>%1 existe, mas este usuário não consegue abri-lo para leitura e gravação: adicione o usuário ao grupo &apos;render&apos; (e &apos;video&apos;) e faça login novamente</translation>
    </message>
    <message>
        <source>%1: cannot read the primary group (%2)</source>
        <translation>%1: não é possível ler o grupo primário (%2)</translation>
    </message>
    <message>
        <source>%1: cannot read group memberships (%2)</source>
        <translation>%1: não é possível ler os grupos dos quais o usuário faz parte (%2)</translation>
    </message>
    <message>
        <source>%1: not a number: &quot;%2&quot;</source>
        <translation>%1: não é um número: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1/class does not exist; no sysfs to read</source>
        <translation>%1/class não existe; não há sysfs para ler</translation>
    </message>
    <message>
        <source>%1: no readable PCI vendor/device id (vendor, device, uevent PCI_ID); card skipped</source>
        <translation>%1: nenhum id PCI de fabricante/dispositivo legível (vendor, device, uevent PCI_ID); placa ignorada</translation>
    </message>
    <message>
        <source>%1/revision: not a revision: &quot;%2&quot;</source>
        <translation>%1/revision: não é uma revisão: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: garbled line &quot;%2&quot;</source>
        <translation>%1: linha corrompida &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: no gfx_target_version</source>
        <translation>%1: sem gfx_target_version</translation>
    </message>
    <message>
        <source>%1: gfx_target_version %2 is not a valid target</source>
        <translation>%1: gfx_target_version %2 não é um alvo válido</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>não é um arquivo comum</translation>
    </message>
    <message>
        <source>the Vulkan loader does not provide vkCreateInstance; detection continues without Vulkan</source>
        <translation>o loader do Vulkan não fornece vkCreateInstance; a detecção continua sem Vulkan</translation>
    </message>
    <message>
        <source>vkCreateInstance failed with %1: no working Vulkan driver (ICD) was found or a driver is broken; detection continues without Vulkan</source>
        <translation>vkCreateInstance falhou com %1: nenhum driver Vulkan (ICD) funcional foi encontrado ou um driver está com defeito; a detecção continua sem Vulkan</translation>
    </message>
    <message>
        <source>the Vulkan loader lacks vkEnumeratePhysicalDevices or vkGetPhysicalDeviceProperties; no Vulkan devices listed</source>
        <translation>o loader do Vulkan não tem vkEnumeratePhysicalDevices ou vkGetPhysicalDeviceProperties; nenhum dispositivo Vulkan listado</translation>
    </message>
    <message>
        <source>vkEnumeratePhysicalDevices failed with %1; no Vulkan devices listed</source>
        <translation>vkEnumeratePhysicalDevices falhou com %1; nenhum dispositivo Vulkan listado</translation>
    </message>
    <message>
        <source>the Vulkan loader found no devices (no driver installed for this GPU?)</source>
        <translation>o loader do Vulkan não encontrou nenhum dispositivo (nenhum driver instalado para esta GPU?)</translation>
    </message>
    <message>
        <source>the Vulkan loader &apos;%1&apos; could not be loaded (%2); detection continues without Vulkan</source>
        <translation>não foi possível carregar o loader do Vulkan &apos;%1&apos; (%2); a detecção continua sem Vulkan</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not export vkGetInstanceProcAddr, so it is not a Vulkan loader; detection continues without Vulkan</source>
        <translation>&apos;%1&apos; não exporta vkGetInstanceProcAddr; por isso, não é um loader do Vulkan; a detecção continua sem Vulkan</translation>
    </message>
</context>
<context>
    <name>ogs::DiagnoseText</name>
    <message>
        <source>Ollama found the GPU (%1) but its ROCm folder offers no GPU targets at all (supported types:[]): the rocBLAS kernel files are missing or were replaced by an incompatible set.</source>
        <translation>O Ollama encontrou a GPU (%1), mas a pasta ROCm dele não oferece nenhum alvo de GPU (supported types:[]): os arquivos de kernels do rocBLAS estão faltando ou foram substituídos por um conjunto incompatível.</translation>
    </message>
    <message>
        <source>Ollama&apos;s ROCm build has no kernels for %1%2, so it dropped the GPU.</source>
        <translation>O build ROCm do Ollama não tem kernels para %1%2; por isso, ele descartou a GPU.</translation>
    </message>
    <message>
        <source> (it supports %1)</source>
        <translation> (ele suporta %1)</translation>
    </message>
    <message>
        <source>HSA_OVERRIDE_GFX_VERSION has no effect on Windows. Use the Vulkan backend (OLLAMA_VULKAN=1, on by default since Ollama 0.30) or the ollama-for-amd build, which ships kernels for %1.</source>
        <translation>HSA_OVERRIDE_GFX_VERSION não tem efeito no Windows. Use o backend Vulkan (OLLAMA_VULKAN=1, ativado por padrão desde o Ollama 0.30) ou o build ollama-for-amd, que inclui kernels para %1.</translation>
    </message>
    <message>
        <source>Set HSA_OVERRIDE_GFX_VERSION=%1 for the Ollama service (systemd drop-in) and restart it, or use the Vulkan backend (OLLAMA_VULKAN=1).</source>
        <translation>Defina HSA_OVERRIDE_GFX_VERSION=%1 para o serviço do Ollama (arquivo drop-in do systemd) e reinicie-o, ou use o backend Vulkan (OLLAMA_VULKAN=1).</translation>
    </message>
    <message>
        <source>No ROCm override fits %1; use the Vulkan backend (OLLAMA_VULKAN=1).</source>
        <translation>Nenhuma substituição do ROCm serve para %1; use o backend Vulkan (OLLAMA_VULKAN=1).</translation>
    </message>
    <message>
        <source>Ollama saw the %1 device at %2 but it did not initialise, so Ollama dropped it. Usually the GPU driver is older than the bundled %1 runtime needs, or the gfx target is not in this build.</source>
        <translation>O Ollama viu o dispositivo %1 em %2, mas ele não foi inicializado; por isso, o Ollama o descartou. Normalmente o driver da GPU é mais antigo do que o runtime %1 incluído exige, ou o alvo gfx não está neste build.</translation>
    </message>
    <message>
        <source>Update the AMD Adrenalin driver and restart Ollama; if it still fails, use the Vulkan backend (OLLAMA_VULKAN=1).</source>
        <translation>Atualize o driver AMD Adrenalin e reinicie o Ollama; se ainda falhar, use o backend Vulkan (OLLAMA_VULKAN=1).</translation>
    </message>
    <message>
        <source>Update the amdgpu/ROCm driver and restart Ollama; if it still fails, use the Vulkan backend (OLLAMA_VULKAN=1).</source>
        <translation>Atualize o driver amdgpu/ROCm e reinicie o Ollama; se ainda falhar, use o backend Vulkan (OLLAMA_VULKAN=1).</translation>
    </message>
    <message>
        <source>HSA_OVERRIDE_GFX_VERSION=%1 was recognised but Ollama ended with total_vram=&quot;0 B&quot;: the override only changes the reported architecture; the HIP runtime still cannot reach the GPU.</source>
        <translation>HSA_OVERRIDE_GFX_VERSION=%1 foi reconhecida, mas o Ollama terminou com total_vram=&quot;0 B&quot;: a substituição só muda a arquitetura informada; o runtime HIP continua sem conseguir acessar a GPU.</translation>
    </message>
    <message>
        <source>Install the AMD HIP SDK, or (simpler) remove the override and use the Vulkan backend (OLLAMA_VULKAN=1).</source>
        <translation>Instale o AMD HIP SDK ou (mais simples) remova a substituição e use o backend Vulkan (OLLAMA_VULKAN=1).</translation>
    </message>
    <message>
        <source>Remove the override and use the Vulkan backend (OLLAMA_VULKAN=1), or install a ROCm runtime that supports this GPU.</source>
        <translation>Remova a substituição e use o backend Vulkan (OLLAMA_VULKAN=1), ou instale um runtime ROCm que suporte esta GPU.</translation>
    </message>
    <message>
        <source>HSA_OVERRIDE_GFX_VERSION=%1 is set, but Windows does not go through HSA: the variable does nothing there.</source>
        <translation>HSA_OVERRIDE_GFX_VERSION=%1 está definida, mas o Windows não passa pelo HSA: a variável não faz nada lá.</translation>
    </message>
    <message>
        <source>Delete HSA_OVERRIDE_GFX_VERSION from the user and system environment variables and restart Ollama. For an unsupported GPU use Vulkan (OLLAMA_VULKAN=1) or the ollama-for-amd build.</source>
        <translation>Exclua HSA_OVERRIDE_GFX_VERSION das variáveis de ambiente do usuário e do sistema e reinicie o Ollama. Para uma GPU sem suporte, use Vulkan (OLLAMA_VULKAN=1) ou o build ollama-for-amd.</translation>
    </message>
    <message>
        <source>HSA_OVERRIDE_GFX_VERSION=%1 is left over from a ROCm attempt, but Ollama now uses Vulkan. If ROCm loads again the override can make it crash or pick the wrong kernels.</source>
        <translation>HSA_OVERRIDE_GFX_VERSION=%1 sobrou de uma tentativa com ROCm, mas agora o Ollama usa Vulkan. Se o ROCm voltar a ser carregado, a substituição pode fazê-lo travar ou escolher os kernels errados.</translation>
    </message>
    <message>
        <source>Remove HSA_OVERRIDE_GFX_VERSION from the Ollama service environment and restart it.</source>
        <translation>Remova HSA_OVERRIDE_GFX_VERSION do ambiente do serviço do Ollama e reinicie-o.</translation>
    </message>
    <message>
        <source>Vulkan was requested, but Ollama prefers ROCm over Vulkan when both see the same GPU, so it still runs on ROCm.</source>
        <translation>Vulkan foi solicitado, mas o Ollama prefere ROCm a Vulkan quando os dois veem a mesma GPU; por isso, ele continua rodando no ROCm.</translation>
    </message>
    <message>
        <source>Set OLLAMA_LLM_LIBRARY=vulkan and hide the ROCm devices (%1), then restart Ollama.</source>
        <translation>Defina OLLAMA_LLM_LIBRARY=vulkan e oculte os dispositivos ROCm (%1); depois, reinicie o Ollama.</translation>
    </message>
    <message>
        <source>(detection: the user is not in the render group)</source>
        <translation>(detecção: o usuário não está no grupo render)</translation>
    </message>
    <message>
        <source>The account Ollama runs as cannot open /dev/kfd and /dev/dri/renderD*: it is not in the render group.</source>
        <translation>A conta com a qual o Ollama roda não consegue abrir /dev/kfd e /dev/dri/renderD*: ela não está no grupo render.</translation>
    </message>
    <message>
        <source>sudo usermod -aG render,video ollama (for the service; use your own user name for `ollama serve`), then restart Ollama or log in again.</source>
        <translation>sudo usermod -aG render,video ollama (para o serviço; para `ollama serve`, use o seu próprio nome de usuário); depois, reinicie o Ollama ou faça login novamente.</translation>
    </message>
    <message>
        <source>Only %1 of %2 layers fit in GPU memory; the rest run on the CPU, which is several times slower.</source>
        <translation>Apenas %1 de %2 camadas cabem na memória da GPU; o restante roda na CPU, que é várias vezes mais lenta.</translation>
    </message>
    <message>
        <source>Use a smaller quantisation (Q4_K_M instead of Q8_0/F16), a smaller context (OLLAMA_CONTEXT_LENGTH=4096) or close other programs that use GPU memory.</source>
        <translation>Use uma quantização menor (Q4_K_M em vez de Q8_0/F16), um contexto menor (OLLAMA_CONTEXT_LENGTH=4096) ou feche outros programas que usam memória da GPU.</translation>
    </message>
    <message>
        <source>Ollama found a GPU but offloaded 0 of %1 layers: the model did not fit at all, or num_gpu=0 was requested.</source>
        <translation>O Ollama encontrou uma GPU, mas carregou nela 0 de %1 camadas: o modelo não coube de jeito nenhum, ou num_gpu=0 foi solicitado.</translation>
    </message>
    <message>
        <source>Use a smaller model or quantisation, reduce the context, and check that no Modelfile/options set num_gpu 0.</source>
        <translation>Use um modelo ou uma quantização menor, reduza o contexto e verifique se nenhum Modelfile ou opção define num_gpu 0.</translation>
    </message>
    <message>
        <source>%1 does not fit in GPU memory; the CPU part slows every token.</source>
        <translation>%1 não cabe na memória da GPU; a parte na CPU deixa cada token mais lento.</translation>
    </message>
    <message>
        <source>Use a smaller quantisation or context (OLLAMA_CONTEXT_LENGTH), or close other GPU programs.</source>
        <translation>Use uma quantização ou um contexto menor (OLLAMA_CONTEXT_LENGTH), ou feche outros programas que usam a GPU.</translation>
    </message>
    <message>
        <source>%1 is loaded entirely in system memory.</source>
        <translation>%1 está carregado inteiramente na memória do sistema.</translation>
    </message>
    <message>
        <source>See the other findings for why Ollama has no usable GPU.</source>
        <translation>Veja as outras constatações para saber por que o Ollama não tem nenhuma GPU utilizável.</translation>
    </message>
    <message>
        <source>%1=%2 (server saw &quot;%3&quot;)</source>
        <translation>%1=%2 (o servidor viu &quot;%3&quot;)</translation>
    </message>
    <message>
        <source>(no &quot;server config&quot; line in the log: the server has not restarted since logging began)</source>
        <translation>(nenhuma linha &quot;server config&quot; no log: o servidor não foi reiniciado desde que o log começou)</translation>
    </message>
    <message>
        <source>The running Ollama server did not receive: %1. It was not restarted after the change, or the setting went to a place the server does not read%2.</source>
        <translation>O servidor do Ollama em execução não recebeu: %1. Ele não foi reiniciado após a alteração, ou a configuração foi para um lugar que o servidor não lê%2.</translation>
    </message>
    <message>
        <source> (the Windows app overwrites OLLAMA_HOST, OLLAMA_MODELS, OLLAMA_CONTEXT_LENGTH, OLLAMA_ORIGINS from its own settings)</source>
        <translation> (o aplicativo do Windows sobrescreve OLLAMA_HOST, OLLAMA_MODELS, OLLAMA_CONTEXT_LENGTH e OLLAMA_ORIGINS com as próprias configurações)</translation>
    </message>
    <message>
        <source> (the systemd service ignores ~/.bashrc; use a drop-in)</source>
        <translation> (o serviço do systemd ignora ~/.bashrc; use um arquivo drop-in)</translation>
    </message>
    <message>
        <source>Quit Ollama from the tray icon and start it again, then re-run diagnose.</source>
        <translation>Encerre o Ollama pelo ícone na bandeja do sistema e inicie-o novamente; depois, execute o diagnóstico de novo.</translation>
    </message>
    <message>
        <source>sudo systemctl daemon-reload &amp;&amp; sudo systemctl restart ollama, then re-run diagnose.</source>
        <translation>sudo systemctl daemon-reload &amp;&amp; sudo systemctl restart ollama; depois, execute o diagnóstico de novo.</translation>
    </message>
    <message>
        <source>This Ollama has a Vulkan backend, but it is switched off.</source>
        <translation>Este Ollama tem um backend Vulkan, mas ele está desativado.</translation>
    </message>
    <message>
        <source>Set OLLAMA_VULKAN=1 for the Ollama server and restart it.</source>
        <translation>Defina OLLAMA_VULKAN=1 para o servidor do Ollama e reinicie-o.</translation>
    </message>
    <message>
        <source>Ollama could not confirm a recent AMD driver.</source>
        <translation>O Ollama não conseguiu confirmar um driver AMD recente.</translation>
    </message>
    <message>
        <source>Install the current AMD Adrenalin driver.</source>
        <translation>Instale o driver AMD Adrenalin atual.</translation>
    </message>
    <message>
        <source>Usually harmless with the in-kernel amdgpu driver; update the kernel/firmware if the GPU is not found.</source>
        <translation>Normalmente é inofensivo com o driver amdgpu embutido no kernel; atualize o kernel/firmware se a GPU não for encontrada.</translation>
    </message>
    <message>
        <source>Ollama skips Radeon integrated GPUs (id %1, %2 reported) by default.</source>
        <translation>Por padrão, o Ollama ignora GPUs integradas Radeon (id %1, %2 informados).</translation>
    </message>
    <message>
        <source>Nothing to do if another GPU is used. To use the iGPU, set OLLAMA_IGPU_ENABLE=1 (Ollama 0.30+) or use the Vulkan backend.</source>
        <translation>Não há nada a fazer se outra GPU for usada. Para usar a iGPU, defina OLLAMA_IGPU_ENABLE=1 (Ollama 0.30+) ou use o backend Vulkan.</translation>
    </message>
    <message>
        <source>Ollama found no usable GPU and runs on the CPU only.</source>
        <translation>O Ollama não encontrou nenhuma GPU utilizável e roda somente na CPU.</translation>
    </message>
    <message>
        <source>Check that the GPU driver is installed, then try the Vulkan backend (OLLAMA_VULKAN=1). Start Ollama with OLLAMA_DEBUG=1 to see why each GPU was rejected.</source>
        <translation>Verifique se o driver da GPU está instalado e depois experimente o backend Vulkan (OLLAMA_VULKAN=1). Inicie o Ollama com OLLAMA_DEBUG=1 para ver por que cada GPU foi rejeitada.</translation>
    </message>
</context>
<context>
    <name>ogs::EnvText</name>
    <message>
        <source>cannot write %1: the file is read-only (no write permission for anyone); make it writable first if it should change</source>
        <translation>não é possível gravar %1: o arquivo é somente leitura (ninguém tem permissão de gravação); se ele precisar mudar, torne-o gravável primeiro</translation>
    </message>
    <message>
        <source>cannot write %1: permission denied (the file is read-only for this user)</source>
        <translation>não é possível gravar %1: permissão negada (o arquivo é somente leitura para este usuário)</translation>
    </message>
    <message>
        <source>cannot create the folder %1 (permission denied?)</source>
        <translation>não é possível criar a pasta %1 (permissão negada?)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>não é possível gravar %1: %2</translation>
    </message>
    <message>
        <source>cannot set the permissions of %1: %2</source>
        <translation>não é possível definir as permissões de %1: %2</translation>
    </message>
    <message>
        <source>cannot keep the owner of %1 (uid %2, gid %3): %4</source>
        <translation>não é possível manter o proprietário de %1 (uid %2, gid %3): %4</translation>
    </message>
    <message>
        <source>cannot remove %1: %2</source>
        <translation>não é possível remover %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 não é um arquivo comum</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>cannot read the journal entry %1: %2</source>
        <translation>não é possível ler a entrada %1 do registro: %2</translation>
    </message>
    <message>
        <source>the journal entry %1 is damaged: %2</source>
        <translation>a entrada %1 do registro está danificada: %2</translation>
    </message>
    <message>
        <source>the saved copy %1 is missing or damaged; %2 was not touched</source>
        <translation>a cópia salva %1 está faltando ou danificada; %2 não foi alterado</translation>
    </message>
    <message>
        <source>Nothing to change: %1 already has these values.</source>
        <translation>Nada a alterar: %1 já tem esses valores.</translation>
    </message>
    <message>
        <source>; nothing was changed</source>
        <translation>; nada foi alterado</translation>
    </message>
    <message>
        <source>%1 changed since the plan was made; nothing was changed (make the plan again)</source>
        <translation>%1 mudou desde que o plano foi feito; nada foi alterado (faça o plano novamente)</translation>
    </message>
    <message>
        <source>no registry on this platform; nothing was changed</source>
        <translation>não há registro do Windows nesta plataforma; nada foi alterado</translation>
    </message>
    <message>
        <source>%1\%2 changed since the plan was made; nothing was changed (make the plan again)</source>
        <translation>%1\%2 mudou desde que o plano foi feito; nada foi alterado (faça o plano novamente)</translation>
    </message>
    <message>
        <source>cannot create the journal folder %1; nothing was changed</source>
        <translation>não é possível criar a pasta do registro %1; nada foi alterado</translation>
    </message>
    <message>
        <source>cannot save the backup: %1</source>
        <translation>não é possível salvar o backup: %1</translation>
    </message>
    <message>
        <source>cannot write the journal: %1</source>
        <translation>não é possível gravar o registro: %1</translation>
    </message>
    <message>
        <source>%1; restoring the files already written failed too (%2); `env undo` can finish it from %3</source>
        <translation>%1; a restauração dos arquivos já gravados também falhou (%2); `env undo` pode concluí-la a partir de %3</translation>
    </message>
    <message>
        <source> (previous content saved in %1/%2)</source>
        <translation> (conteúdo anterior salvo em %1/%2)</translation>
    </message>
    <message>
        <source>%1; restoring failed too (%2)</source>
        <translation>%1; a restauração também falhou (%2)</translation>
    </message>
    <message>
        <source>Warning: the change is made but the journal could not be updated (%1); `env undo` still works from the pending entry</source>
        <translation>Aviso: a alteração foi feita, mas não foi possível atualizar o registro (%1); `env undo` ainda funciona a partir da entrada pendente</translation>
    </message>
    <message>
        <source>Warning: programs were not told about the change (%1); they see it after a restart</source>
        <translation>Aviso: os programas não foram notificados da alteração (%1); eles a verão após reiniciar</translation>
    </message>
    <message>
        <source>; nothing was undone</source>
        <translation>; nada foi desfeito</translation>
    </message>
    <message>
        <source>nothing to undo: no applied change in %1</source>
        <translation>nada a desfazer: nenhuma alteração aplicada em %1</translation>
    </message>
    <message>
        <source>%1 changed after ollama-gpu-setup wrote it (%2)</source>
        <translation>%1 mudou depois que o ollama-gpu-setup o gravou (%2)</translation>
    </message>
    <message>
        <source>the entry changed the Windows registry, which is not available here</source>
        <translation>a entrada alterou o registro do Windows, que não está disponível aqui</translation>
    </message>
    <message>
        <source>%1 changed after ollama-gpu-setup set it (%2)</source>
        <translation>%1 mudou depois que o ollama-gpu-setup o definiu (%2)</translation>
    </message>
    <message>
        <source>cannot write %1: permission denied</source>
        <translation>não é possível gravar %1: permissão negada</translation>
    </message>
    <message>
        <source>; nothing was undone (the saved copies are in %1)</source>
        <translation>; nada foi desfeito (as cópias salvas estão em %1)</translation>
    </message>
    <message>
        <source>Entry %1 was already undone on disk</source>
        <translation>A entrada %1 já tinha sido desfeita no disco</translation>
    </message>
    <message>
        <source>Warning: the files are restored but the journal could not be updated (%1)</source>
        <translation>Aviso: os arquivos foram restaurados, mas não foi possível atualizar o registro (%1)</translation>
    </message>
    <message>
        <source>Warning: programs were not told about the change (%1)</source>
        <translation>Aviso: os programas não foram notificados da alteração (%1)</translation>
    </message>
    <message>
        <source>%1 is a symbolic link that points nowhere usable (a loop or a chain of broken links)</source>
        <translation>%1 é um link simbólico que não aponta para nenhum lugar utilizável (um loop ou uma cadeia de links quebrados)</translation>
    </message>
    <message>
        <source>%1 is larger than 16 MiB; not editing it</source>
        <translation>%1 tem mais de 16 MiB; ele não será editado</translation>
    </message>
    <message>
        <source>OLLAMA_HOST=%1 makes Ollama listen on every network interface, and its API has no authentication: anyone who can reach this machine can run, pull and delete models. If only WSL2 needs to reach Ollama on Windows, bind to the WSL virtual adapter&apos;s address instead (the IPv4 address of &apos;vEthernet (WSL)&apos; in ipconfig, e.g. OLLAMA_HOST=172.28.160.1:11434), or keep 0.0.0.0 behind a firewall rule that only allows the WSL subnet. To expose it anyway, add --allow-network-exposure</source>
        <translation>OLLAMA_HOST=%1 faz o Ollama escutar em todas as interfaces de rede, e a API dele não tem autenticação: qualquer pessoa que consiga acessar esta máquina pode executar, baixar e excluir modelos. Se só o WSL2 precisa acessar o Ollama no Windows, vincule-o ao endereço do adaptador virtual do WSL (o endereço IPv4 de &apos;vEthernet (WSL)&apos; no ipconfig, por exemplo OLLAMA_HOST=172.28.160.1:11434), ou mantenha 0.0.0.0 atrás de uma regra de firewall que só permita a sub-rede do WSL. Para expô-lo mesmo assim, adicione --allow-network-exposure</translation>
    </message>
    <message>
        <source>%1 is set twice</source>
        <translation>%1 foi definida duas vezes</translation>
    </message>
    <message>
        <source>%1 is both set and unset</source>
        <translation>%1 foi definida e removida ao mesmo tempo</translation>
    </message>
    <message>
        <source>%1 is not a variable ollama-gpu-setup manages (see `env --help` for the list)</source>
        <translation>%1 não é uma variável gerenciada pelo ollama-gpu-setup (veja a lista em `env --help`)</translation>
    </message>
    <message>
        <source>%1 has no effect on Windows (ROCm on Windows does not go through HSA)</source>
        <translation>%1 não tem efeito no Windows (o ROCm no Windows não passa pelo HSA)</translation>
    </message>
    <message>
        <source>HSA_ENABLE_DXG_DETECTION only matters inside WSL2</source>
        <translation>HSA_ENABLE_DXG_DETECTION só importa dentro do WSL2</translation>
    </message>
    <message>
        <source>%1 exists, so bash login shells read it instead of %2; make sure it sources %2, or use the bashrc target</source>
        <translation>%1 existe; por isso, os shells de login do bash o leem em vez de %2; verifique se ele carrega %2 (source) ou use o destino bashrc</translation>
    </message>
    <message>
        <source>%1 line %2 also sets %3 after our block, so that line wins; remove it by hand</source>
        <translation>%1, linha %2: também define %3 depois do nosso bloco; por isso, essa linha prevalece; remova-a manualmente</translation>
    </message>
    <message>
        <source>%1 line %2 also sets %3; our block comes later and wins</source>
        <translation>%1, linha %2: também define %3; o nosso bloco vem depois e prevalece</translation>
    </message>
    <message>
        <source>%1 line %2 still sets %3; ollama-gpu-setup did not write that line and does not edit it; remove it by hand</source>
        <translation>%1, linha %2: ainda define %3; o ollama-gpu-setup não gravou essa linha e não a edita; remova-a manualmente</translation>
    </message>
    <message>
        <source>the %1 target is only available on Windows</source>
        <translation>o destino %1 só está disponível no Windows</translation>
    </message>
    <message>
        <source>%1 in %2 is REG_EXPAND_SZ, where &apos;%&apos; would expand other variables; the value cannot contain &apos;%&apos;</source>
        <translation>%1 em %2 é REG_EXPAND_SZ, em que &apos;%&apos; expandiria outras variáveis; o valor não pode conter &apos;%&apos;</translation>
    </message>
    <message>
        <source>Could not check the Ollama app&apos;s own settings: %1</source>
        <translation>Não foi possível verificar as configurações do próprio aplicativo Ollama: %1</translation>
    </message>
    <message>
        <source>The Ollama app sets %1=%2 itself when it starts the server, from its setting %3 in %4, so the value here does not reach the server: change that setting in Ollama&apos;s Settings window instead</source>
        <translation>O aplicativo Ollama define ele mesmo %1=%2 ao iniciar o servidor, a partir da configuração %3 em %4; por isso, o valor daqui não chega ao servidor: altere essa configuração na janela Settings do Ollama</translation>
    </message>
    <message>
        <source>What the running Ollama sees is unknown (no &quot;server config&quot; log line found%1)</source>
        <translation>Não se sabe o que o Ollama em execução vê (nenhuma linha &quot;server config&quot; encontrada no log%1)</translation>
    </message>
    <message>
        <source>; pass --log FILE to read a server.log</source>
        <translation>; informe --log ARQUIVO para ler um server.log</translation>
    </message>
    <message>
        <source>%1=%2 is set in %3, but the running Ollama has %4: restart Ollama</source>
        <translation>%1=%2 está definida em %3, mas o Ollama em execução tem %4: reinicie o Ollama</translation>
    </message>
    <message>
        <source>it unset</source>
        <translation>a variável indefinida</translation>
    </message>
    <message>
        <source>The Ollama app starts the server with %1=%2 from its setting %3, whatever the environment says</source>
        <translation>O aplicativo Ollama inicia o servidor com %1=%2 a partir da configuração %3, independentemente do que o ambiente diga</translation>
    </message>
    <message>
        <source>a line break or control character cannot be written safely</source>
        <translation>uma quebra de linha ou um caractere de controle não pode ser gravado com segurança</translation>
    </message>
    <message>
        <source>open a new terminal (or source the file), then restart `ollama serve`</source>
        <translation>abra um novo terminal (ou carregue o arquivo com source) e reinicie `ollama serve`</translation>
    </message>
    <message>
        <source>log out and back in, then restart `ollama serve`</source>
        <translation>saia da sessão e entre novamente; depois, reinicie `ollama serve`</translation>
    </message>
    <message>
        <source>open a new fish shell, then restart `ollama serve`</source>
        <translation>abra um novo shell fish e reinicie `ollama serve`</translation>
    </message>
    <message>
        <source>log out and back in (pam_env reads it at login), then restart Ollama</source>
        <translation>saia da sessão e entre novamente (o pam_env o lê no login); depois, reinicie o Ollama</translation>
    </message>
    <message>
        <source>quit Ollama from the tray (or stop &apos;ollama app.exe&apos; and &apos;ollama.exe&apos;) and start it again</source>
        <translation>encerre o Ollama pela bandeja do sistema (ou interrompa &apos;ollama app.exe&apos; e &apos;ollama.exe&apos;) e inicie-o novamente</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid variable name</source>
        <translation>&apos;%1&apos; não é um nome de variável válido</translation>
    </message>
    <message>
        <source>%1 for etc-environment: the character %2 cannot be written safely (pam_env has no escapes); use another target</source>
        <translation>%1 para etc-environment: o caractere %2 não pode ser gravado com segurança (o pam_env não tem sequências de escape); use outro destino</translation>
    </message>
    <message>
        <source>unknown target</source>
        <translation>destino desconhecido</translation>
    </message>
    <message>
        <source>%1: a second ollama-gpu-setup block starts at line %2 (the first at line %3); remove one by hand</source>
        <translation>%1: um segundo bloco do ollama-gpu-setup começa na linha %2 (o primeiro, na linha %3); remova um deles manualmente</translation>
    </message>
    <message>
        <source>%1: line %2 ends an ollama-gpu-setup block that was never started; fix the markers by hand</source>
        <translation>%1: a linha %2 fecha um bloco do ollama-gpu-setup que nunca foi aberto; corrija os marcadores manualmente</translation>
    </message>
    <message>
        <source>%1: the ollama-gpu-setup block starting at line %2 has no end marker (%3); fix it by hand</source>
        <translation>%1: o bloco do ollama-gpu-setup que começa na linha %2 não tem marcador de fim (%3); corrija-o manualmente</translation>
    </message>
    <message>
        <source>%1: line %2 inside the ollama-gpu-setup block was edited by hand and is not understood: %3</source>
        <translation>%1: a linha %2 dentro do bloco do ollama-gpu-setup foi editada à mão e não é compreendida: %3</translation>
    </message>
    <message>
        <source>cannot read %1: Qt&apos;s SQLite driver is not installed</source>
        <translation>não é possível ler %1: o driver SQLite do Qt não está instalado</translation>
    </message>
    <message>
        <source>cannot read %1 (copying it failed)</source>
        <translation>não é possível ler %1 (a cópia falhou)</translation>
    </message>
    <message>
        <source>%1 has no settings table (not an Ollama app database?)</source>
        <translation>%1 não tem tabela de configurações (não é um banco de dados do aplicativo Ollama?)</translation>
    </message>
    <message>
        <source>cannot read the settings in %1: %2</source>
        <translation>não é possível ler as configurações em %1: %2</translation>
    </message>
    <message>
        <source>Ran systemctl %1</source>
        <translation>systemctl %1 executado</translation>
    </message>
    <message>
        <source>Warning: systemctl %1 failed; run: %2</source>
        <translation>Aviso: systemctl %1 falhou; execute: %2</translation>
    </message>
    <message>
        <source>Ollama on Windows runs as the tray app, which reads the user&apos;s environment variables when it starts</source>
        <translation>O Ollama no Windows roda como o aplicativo da bandeja do sistema, que lê as variáveis de ambiente do usuário ao iniciar</translation>
    </message>
    <message>
        <source>the ollama systemd service is active; a service does not read ~/.bashrc, so the variables go into a drop-in for the unit</source>
        <translation>o serviço ollama do systemd está ativo; um serviço não lê ~/.bashrc; por isso, as variáveis vão para um arquivo drop-in da unidade</translation>
    </message>
    <message>
        <source>`ollama serve` runs by hand (pid %1, user %2); it takes its variables from the shell that starts it, so they go into %3</source>
        <translation>`ollama serve` roda manualmente (pid %1, usuário %2); ele recebe as variáveis do shell que o inicia; por isso, elas vão para %3</translation>
    </message>
    <message>
        <source>Ollama is installed as a systemd service (%1), though it is not running now</source>
        <translation>O Ollama está instalado como serviço do systemd (%1), embora não esteja em execução agora</translation>
    </message>
    <message>
        <source>no Ollama service or running `ollama serve` was found; the variables go where your shell (%1) reads them, for a manual `ollama serve`</source>
        <translation>nenhum serviço do Ollama nem `ollama serve` em execução foi encontrado; as variáveis vão para onde o seu shell (%1) as lê, para um `ollama serve` manual</translation>
    </message>
    <message>
        <source>unknown, assuming bash</source>
        <translation>desconhecido, supondo bash</translation>
    </message>
    <message>
        <source>. This is WSL2: if Ollama runs on Windows instead, its variables belong in the Windows user environment (run ollama-gpu-setup.exe env there, target windows-user), and only OLLAMA_HOST belongs here</source>
        <translation>. Isto é o WSL2: se o Ollama rodar no Windows, as variáveis dele devem ficar no ambiente de usuário do Windows (execute lá ollama-gpu-setup.exe env, destino windows-user), e só OLLAMA_HOST deve ficar aqui</translation>
    </message>
    <message>
        <source>Ollama did not stop</source>
        <translation>O Ollama não parou</translation>
    </message>
    <message>
        <source>cannot start %1</source>
        <translation>não é possível iniciar %1</translation>
    </message>
    <message>
        <source>Restarted Ollama: stopped %1, started %2</source>
        <translation>Ollama reiniciado: %1 parado, %2 iniciado</translation>
    </message>
    <message>
        <source>Ollama was not running; started %1</source>
        <translation>O Ollama não estava em execução; %1 iniciado</translation>
    </message>
    <message>
        <source>Warning: %1, so Ollama was not restarted; %2</source>
        <translation>Aviso: %1, então o Ollama não foi reiniciado; %2</translation>
    </message>
    <message>
        <source>Ollama is not running and its app is not at %1; start Ollama when it is installed: it reads the new variables when it starts</source>
        <translation>O Ollama não está em execução e o aplicativo dele não está em %1; inicie o Ollama quando estiver instalado: ele lê as novas variáveis ao iniciar</translation>
    </message>
    <message>
        <source>Warning: Ollama&apos;s app is not at %1, so Ollama was not restarted (nothing was stopped); %2</source>
        <translation>Aviso: o aplicativo do Ollama não está em %1, então o Ollama não foi reiniciado (nada foi parado); %2</translation>
    </message>
    <message>
        <source>Warning: %1; nothing was started; %2</source>
        <translation>Aviso: %1; nada foi iniciado; %2</translation>
    </message>
    <message>
        <source>Warning: stopped %1, but %2; start Ollama from the Start menu</source>
        <translation>Aviso: %1 parado, mas %2; inicie o Ollama pelo menu Iniciar</translation>
    </message>
    <message>
        <source>refusing to trust %1: %2; it must be owned by uid %3 and writable by nobody else (remove it or fix its owner and mode); nothing was changed</source>
        <translation>não é possível confiar em %1: %2; ele deve pertencer ao uid %3 e não pode ser gravável por mais ninguém (remova-o ou corrija o dono e as permissões); nada foi alterado</translation>
    </message>
    <message>
        <source>it is a symbolic link</source>
        <translation>é um link simbólico</translation>
    </message>
    <message>
        <source>owner uid %1, mode %2</source>
        <translation>dono uid %1, modo %2</translation>
    </message>
    <message>
        <source>the journal names %1, which is not a file this helper manages; refused, nothing was undone</source>
        <translation>o diário cita %1, que não é um arquivo gerenciado por este auxiliar; recusado, nada foi desfeito</translation>
    </message>
    <message>
        <source>%1 changed since the plan was made (SHA-256 now %2, expected %3); nothing was changed (make the plan again)</source>
        <translation>%1 mudou desde que o plano foi feito (SHA-256 agora %2, esperado %3); nada foi alterado (refaça o plano)</translation>
    </message>
    <message>
        <source>another env apply or undo is running (it holds %1); nothing was changed, try again when it has finished</source>
        <translation>outro env apply ou undo está em andamento (ele detém %1); nada foi alterado, tente de novo quando ele terminar</translation>
    </message>
    <message>
        <source>cannot create the folder %1; nothing was changed</source>
        <translation>não é possível criar a pasta %1; nada foi alterado</translation>
    </message>
    <message>
        <source>%1, process %2</source>
        <translation>%1, processo %2</translation>
    </message>
    <message>
        <source>cannot create the lock file %1 (disk full or read-only?); nothing was changed</source>
        <translation>não é possível criar o arquivo de trava %1 (disco cheio ou somente leitura?); nada foi alterado</translation>
    </message>
    <message>
        <source>cannot open the folder %1 to lock it</source>
        <translation>não é possível abrir a pasta %1 para travá-la</translation>
    </message>
    <message>
        <source>a lock on the folder %1</source>
        <translation>uma trava na pasta %1</translation>
    </message>
    <message>
        <source>%1 for etc-environment: the line would be %2 bytes, and pam_env drops a line over %3 bytes (and every line after it); use a shorter value or another target</source>
        <translation>%1 para etc-environment: a linha teria %2 bytes, e o pam_env descarta uma linha com mais de %3 bytes (e todas as linhas seguintes); use um valor mais curto ou outro destino</translation>
    </message>
</context>
<context>
    <name>ogs::InstallText</name>
    <message>
        <source>no data for %1 s</source>
        <translation>nenhum dado por %1 s</translation>
    </message>
    <message>
        <source>not an http(s) address</source>
        <translation>não é um endereço http(s)</translation>
    </message>
    <message>
        <source>cannot create the download folder %1</source>
        <translation>não é possível criar a pasta de downloads %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>não é possível gravar %1: %2</translation>
    </message>
    <message>
        <source>redirected from https to %1; refused</source>
        <translation>redirecionado de https para %1; recusado</translation>
    </message>
    <message>
        <source>redirected to another host (%1); refused</source>
        <translation>redirecionado para outro host (%1); recusado</translation>
    </message>
    <message>
        <source>larger than %1 bytes; refused</source>
        <translation>maior que %1 bytes; recusado</translation>
    </message>
    <message>
        <source>TLS certificate problem: %1</source>
        <translation>problema no certificado TLS: %1</translation>
    </message>
    <message>
        <source>the connection broke after %1 bytes (%2)</source>
        <translation>a conexão caiu depois de %1 bytes (%2)</translation>
    </message>
    <message>
        <source>truncated: %1 of %2 bytes arrived</source>
        <translation>truncado: chegaram %1 de %2 bytes</translation>
    </message>
    <message>
        <source>SHA-256 mismatch: got %1, the release publishes %2</source>
        <translation>SHA-256 não confere: obtido %1, a versão publica %2</translation>
    </message>
    <message>
        <source>cannot replace %1</source>
        <translation>não é possível substituir %1</translation>
    </message>
    <message>
        <source>cannot rename %1 to %2: %3</source>
        <translation>não é possível renomear %1 para %2: %3</translation>
    </message>
    <message>
        <source>The ollama-for-amd path needs the ollama-for-amd build, not the official one.</source>
        <translation>O caminho ollama-for-amd exige o build ollama-for-amd, não o oficial.</translation>
    </message>
    <message>
        <source>ollama-for-amd is built for Windows only; on Linux the official build runs these GPUs (with HSA_OVERRIDE_GFX_VERSION or Vulkan).</source>
        <translation>O ollama-for-amd é compilado só para Windows; no Linux, o build oficial roda essas GPUs (com HSA_OVERRIDE_GFX_VERSION ou Vulkan).</translation>
    </message>
    <message>
        <source>Ollama runs on the Windows host for this path; nothing is installed inside WSL.</source>
        <translation>Neste caminho, o Ollama roda no host Windows; nada é instalado dentro do WSL.</translation>
    </message>
    <message>
        <source>Ollama %1 has no Vulkan backend; %2 or newer does.</source>
        <translation>O Ollama %1 não tem backend Vulkan; o %2 ou mais recente tem.</translation>
    </message>
    <message>
        <source>the newest Ollama</source>
        <translation>o Ollama mais recente</translation>
    </message>
    <message>
        <source>Ollama is not installed; %1 (%2) will be.</source>
        <translation>O Ollama não está instalado; %1 (%2) será instalado.</translation>
    </message>
    <message>
        <source>Ollama is installed but its version is unknown (`ollama --version` said nothing); nothing is changed.</source>
        <translation>O Ollama está instalado, mas a versão dele é desconhecida (`ollama --version` não informou nada); nada é alterado.</translation>
    </message>
    <message>
        <source>Run `ollama --version`; the %1 path needs %2 or newer.</source>
        <translation>Execute `ollama --version`; o caminho %1 exige %2 ou mais recente.</translation>
    </message>
    <message>
        <source>Ollama %1 is installed; you asked for %2.</source>
        <translation>O Ollama %1 está instalado; você pediu %2.</translation>
    </message>
    <message>
        <source>Ollama %1 is installed; %2 is the newest release.</source>
        <translation>O Ollama %1 está instalado; %2 é a versão mais recente.</translation>
    </message>
    <message>
        <source>Ollama %1 (%2) is installed%3; nothing to change.</source>
        <translation>O Ollama %1 (%2) está instalado%3; nada a alterar.</translation>
    </message>
    <message>
        <source> and fits the %1 path</source>
        <translation> e atende ao caminho %1</translation>
    </message>
    <message>
        <source>The newest release is unknown (the release feed was not read).</source>
        <translation>A versão mais recente é desconhecida (o feed de versões não foi lido).</translation>
    </message>
    <message>
        <source>Vulkan is opt-in before Ollama 0.30: set OLLAMA_VULKAN=1 (`ollama-gpu-setup env plan --path vulkan` does).</source>
        <translation>Antes do Ollama 0.30, o Vulkan precisa ser ativado: defina OLLAMA_VULKAN=1 (`ollama-gpu-setup env plan --path vulkan` faz isso).</translation>
    </message>
    <message>
        <source>HSA_OVERRIDE_GFX_VERSION only made sense for ollama-for-amd; it is cleared.</source>
        <translation>HSA_OVERRIDE_GFX_VERSION só fazia sentido para o ollama-for-amd; ela será removida.</translation>
    </message>
    <message>
        <source>download failed, nothing was run: %1</source>
        <translation>o download falhou, nada foi executado: %1</translation>
    </message>
    <message>
        <source>Ollama did not answer at %1 within %2 s after the install: %3</source>
        <translation>O Ollama não respondeu em %1 dentro de %2 s após a instalação: %3</translation>
    </message>
    <message>
        <source>cannot read %1 to check it</source>
        <translation>não é possível ler %1 para verificá-lo</translation>
    </message>
    <message>
        <source>%1 has SHA-256 %2, not the published %3; it was deleted and not run</source>
        <translation>%1 tem SHA-256 %2, não o %3 publicado; ele foi excluído e não foi executado</translation>
    </message>
    <message>
        <source>cannot read %1 to show it</source>
        <translation>não é possível ler %1 para mostrá-lo</translation>
    </message>
    <message>
        <source>stopped after showing %1; nothing was run</source>
        <translation>interrompido após mostrar %1; nada foi executado</translation>
    </message>
    <message>
        <source>refusing to run %1: it was not verified</source>
        <translation>recusando executar %1: ele não foi verificado</translation>
    </message>
    <message>
        <source>refusing to run %1: it changed after it was verified (SHA-256 %2, verified %3)</source>
        <translation>recusando executar %1: ele mudou depois de ser verificado (SHA-256 %2, verificado %3)</translation>
    </message>
    <message>
        <source>no process runner</source>
        <translation>nenhum executor de processos</translation>
    </message>
    <message>
        <source>could not start %1</source>
        <translation>não foi possível iniciar %1</translation>
    </message>
    <message>
        <source>%1 exited with code %2%3</source>
        <translation>%1 terminou com o código %2%3</translation>
    </message>
    <message>
        <source>Ollama is installed, but %1 could not be removed: %2</source>
        <translation>O Ollama está instalado, mas não foi possível remover %1: %2</translation>
    </message>
    <message>
        <source>no way to change the environment here</source>
        <translation>não há como alterar o ambiente aqui</translation>
    </message>
    <message>
        <source>Wait up to %1 s for Ollama to answer at %2</source>
        <translation>Aguardar até %1 s para o Ollama responder em %2</translation>
    </message>
    <message>
        <source>no release was read, so there is no installer to download</source>
        <translation>nenhuma versão publicada foi lida; por isso, não há instalador para baixar</translation>
    </message>
    <message>
        <source>release %1 publishes no SHA-256 for %2 (no digest, no sha256sum.txt entry, no %2.sha256); refusing to run it unverified</source>
        <translation>a versão %1 não publica nenhum SHA-256 para %2 (nenhum digest, nenhuma entrada em sha256sum.txt, nenhum %2.sha256); recusando executá-lo sem verificação</translation>
    </message>
    <message>
        <source>%1 from release %2 of %3, run silently.</source>
        <translation>%1 da versão %2 de %3, executado em modo silencioso.</translation>
    </message>
    <message>
        <source>Download %1 to %2 (kept as .part until its SHA-256 matches)</source>
        <translation>Baixar %1 para %2 (mantido como .part até o SHA-256 conferir)</translation>
    </message>
    <message>
        <source>Check its SHA-256 is %1 (published in %2)</source>
        <translation>Verificar se o SHA-256 é %1 (publicado em %2)</translation>
    </message>
    <message>
        <source>Run the installer silently</source>
        <translation>Executar o instalador em modo silencioso</translation>
    </message>
    <message>
        <source>The new build is installed over the old one; the old uninstaller is not run, so downloaded models stay.</source>
        <translation>O novo build é instalado sobre o antigo; o desinstalador antigo não é executado; por isso, os modelos baixados são mantidos.</translation>
    </message>
    <message>
        <source>Install the %1 package</source>
        <translation>Instalar o pacote %1</translation>
    </message>
    <message>
        <source>Start the ollama service</source>
        <translation>Iniciar o serviço ollama</translation>
    </message>
    <message>
        <source>Install the %1 package and start the ollama service, as root through pkexec (the helper runs: pacman -S --needed --noconfirm %1; systemctl enable --now ollama.service)</source>
        <translation>Instalar o pacote %1 e iniciar o serviço ollama, como root via pkexec (o auxiliar executa: pacman -S --needed --noconfirm %1; systemctl enable --now ollama.service)</translation>
    </message>
    <message>
        <source>Download the official install script %1 to %2</source>
        <translation>Baixar o script de instalação oficial %1 para %2</translation>
    </message>
    <message>
        <source>Show the script in full with its SHA-256; it runs only after you have seen it, and only if its SHA-256 is still the one shown</source>
        <translation>Mostrar o script completo com o SHA-256 dele; ele só é executado depois que você o tiver visto, e só se o SHA-256 ainda for o mostrado</translation>
    </message>
    <message>
        <source>Run the script as root</source>
        <translation>Executar o script como root</translation>
    </message>
    <message>
        <source>Run the script as root through pkexec (the helper checks its SHA-256 again and runs its own copy with sh)</source>
        <translation>Executar o script como root via pkexec (o auxiliar verifica o SHA-256 de novo e executa a própria cópia com sh)</translation>
    </message>
    <message>
        <source>installing Ollama on %1 is not supported; use the installer from ollama.com</source>
        <translation>instalar o Ollama em %1 não é suportado; use o instalador de ollama.com</translation>
    </message>
    <message>
        <source>Remove HSA_OVERRIDE_GFX_VERSION (it only made sense for ollama-for-amd)</source>
        <translation>Remover HSA_OVERRIDE_GFX_VERSION (só fazia sentido para o ollama-for-amd)</translation>
    </message>
    <message>
        <source>`%1 env apply --unset %2` failed</source>
        <translation>`%1 env apply --unset %2` falhou</translation>
    </message>
    <message>
        <source>this system</source>
        <translation>este sistema</translation>
    </message>
    <message>
        <source>%1 has no Ollama package; the official install script is used.</source>
        <translation>%1 não tem pacote do Ollama; o script de instalação oficial é usado.</translation>
    </message>
    <message>
        <source>pacman installs the repository&apos;s version, not %1; the official install script is used.</source>
        <translation>O pacman instala a versão do repositório, não %1; o script de instalação oficial é usado.</translation>
    </message>
    <message>
        <source>%1 packages Ollama; %2 is the package for the %3 path.</source>
        <translation>%1 empacota o Ollama; %2 é o pacote para o caminho %3.</translation>
    </message>
    <message>
        <source>the official build</source>
        <translation>o build oficial</translation>
    </message>
    <message>
        <source>the ollama-for-amd build</source>
        <translation>o build ollama-for-amd</translation>
    </message>
    <message>
        <source>the release feed is not JSON (%1 at byte %2)</source>
        <translation>o feed de versões não é JSON (%1 no byte %2)</translation>
    </message>
    <message>
        <source>the release feed is not a JSON object</source>
        <translation>o feed de versões não é um objeto JSON</translation>
    </message>
    <message>
        <source>the release feed has no tag_name</source>
        <translation>o feed de versões não tem tag_name</translation>
    </message>
    <message>
        <source>the release feed has no assets list</source>
        <translation>o feed de versões não tem lista de assets</translation>
    </message>
    <message>
        <source>the release feed has an asset without a name or a download address</source>
        <translation>o feed de versões tem um asset sem nome ou sem endereço de download</translation>
    </message>
    <message>
        <source>cannot read the release feed: %1</source>
        <translation>não é possível ler o feed de versões: %1</translation>
    </message>
    <message>
        <source>release %1 has no Windows installer (OllamaSetup.exe)</source>
        <translation>a versão %1 não tem instalador para Windows (OllamaSetup.exe)</translation>
    </message>
    <message>
        <source>the feed&apos;s digest</source>
        <translation>o digest do feed</translation>
    </message>
    <message>
        <source>release %1 publishes two different SHA-256 values for %2 (%3: %4, %5: %6); refused</source>
        <translation>a versão %1 publica dois valores SHA-256 diferentes para %2 (%3: %4, %5: %6); recusado</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>The installed Ollama%1 is %2; you asked for %3.</source>
        <translation>O Ollama%1 instalado é %2; você pediu %3.</translation>
    </message>
    <message>
        <source>The installed Ollama%1 is %2; the %3 path needs %4.</source>
        <translation>O Ollama%1 instalado é %2; o caminho %3 exige %4.</translation>
    </message>
    <message>
        <source>too many redirects (a loop, or more than %1)</source>
        <translation>redirecionamentos demais (um laço, ou mais de %1)</translation>
    </message>
</context>
<context>
    <name>ogs::OllamaText</name>
    <message>
        <source>The test prompt failed: %1</source>
        <translation>O prompt de teste falhou: %1</translation>
    </message>
    <message>
        <source>The model ran entirely on the CPU (%1). GPU acceleration is not working; run `ollama-gpu-setup diagnose`.</source>
        <translation>O modelo rodou inteiramente na CPU (%1). A aceleração por GPU não está funcionando; execute `ollama-gpu-setup diagnose`.</translation>
    </message>
    <message>
        <source>Generation ran at %1, below the %2 expected for this GPU. %3</source>
        <translation>A geração rodou a %1, abaixo dos %2 esperados para esta GPU. %3</translation>
    </message>
    <message>
        <source>Part of the model is on the CPU (%1): use a smaller quantisation or context.</source>
        <translation>Parte do modelo está na CPU (%1): use uma quantização ou um contexto menor.</translation>
    </message>
    <message>
        <source>Check for a partial offload or a slower backend with `ollama-gpu-setup diagnose`.</source>
        <translation>Verifique com `ollama-gpu-setup diagnose` se há carregamento parcial na GPU ou um backend mais lento.</translation>
    </message>
    <message>
        <source>Generation ran at %1, faster than the %2 expected. Acceleration works.</source>
        <translation>A geração rodou a %1, mais rápido que os %2 esperados. A aceleração funciona.</translation>
    </message>
    <message>
        <source>Generation ran at %1, within the %2 expected. Acceleration works.</source>
        <translation>A geração rodou a %1, dentro dos %2 esperados. A aceleração funciona.</translation>
    </message>
    <message>
        <source>Generation ran at %1 on %2; no expected range is known for this GPU.</source>
        <translation>A geração rodou a %1 em %2; não há faixa esperada conhecida para esta GPU.</translation>
    </message>
    <message>
        <source>an unknown processor</source>
        <translation>um processador desconhecido</translation>
    </message>
    <message>
        <source>Contacting Ollama</source>
        <translation>Conectando ao Ollama</translation>
    </message>
    <message>
        <source>Loading %1 on the %2</source>
        <translation>Carregando %1 na %2</translation>
    </message>
    <message>
        <source>Generating %1 tokens on the %2</source>
        <translation>Gerando %1 tokens na %2</translation>
    </message>
    <message>
        <source>Ollama is not running at %1: the connection was still refused after %2 s. To start it, %3.</source>
        <translation>O Ollama não está rodando em %1: a conexão continuava sendo recusada após %2 s. Para iniciá-lo, %3.</translation>
    </message>
    <message>
        <source>Ollama is not running at %1 (connection refused). To start it, %2.</source>
        <translation>O Ollama não está rodando em %1 (conexão recusada). Para iniciá-lo, %2.</translation>
    </message>
    <message>
        <source>The host of %1 does not resolve. Check OLLAMA_HOST or --host.</source>
        <translation>O host de %1 não pode ser resolvido. Verifique OLLAMA_HOST ou --host.</translation>
    </message>
    <message>
        <source>No connection to Ollama at %1 within %2 s. Check the address, the firewall, and that Ollama listens on that interface (OLLAMA_HOST=0.0.0.0 when connecting from WSL2).</source>
        <translation>Nenhuma conexão com o Ollama em %1 dentro de %2 s. Verifique o endereço, o firewall e se o Ollama escuta nessa interface (OLLAMA_HOST=0.0.0.0 ao conectar a partir do WSL2).</translation>
    </message>
    <message>
        <source>Ollama stopped sending in the middle of the answer to %1: nothing for %2 s. The model runner may have hung or crashed; look at its server log.</source>
        <translation>O Ollama parou de enviar no meio da resposta a %1: nada por %2 s. O runner do modelo pode ter travado ou falhado; consulte o log do servidor dele.</translation>
    </message>
    <message>
        <source>The request %1 did not finish within %2 s and was cancelled.</source>
        <translation>A requisição %1 não terminou dentro de %2 s e foi cancelada.</translation>
    </message>
    <message>
        <source>Ollama answered HTTP %1 to %2: %3</source>
        <translation>O Ollama respondeu HTTP %1 a %2: %3</translation>
    </message>
    <message>
        <source>(no message)</source>
        <translation>(sem mensagem)</translation>
    </message>
    <message>
        <source>Ollama reported an error while answering %1: %2</source>
        <translation>O Ollama informou um erro ao responder a %1: %2</translation>
    </message>
    <message>
        <source>The answer to %1 from %2 is not valid JSON (it starts with &quot;%3&quot;). Is this address really Ollama?</source>
        <translation>A resposta a %1 de %2 não é um JSON válido (começa com &quot;%3&quot;). Este endereço é mesmo do Ollama?</translation>
    </message>
    <message>
        <source>Ollama sent more than %1 KiB without a line break in the answer to %2; the answer was abandoned.</source>
        <translation>O Ollama enviou mais de %1 KiB sem quebra de linha na resposta a %2; a resposta foi abandonada.</translation>
    </message>
    <message>
        <source>The connection to Ollama closed before the answer to %1 was complete (after %2 objects). Ollama may have crashed or restarted; look at its server log.</source>
        <translation>A conexão com o Ollama foi fechada antes de a resposta a %1 estar completa (após %2 objetos). O Ollama pode ter falhado ou reiniciado; consulte o log do servidor dele.</translation>
    </message>
    <message>
        <source>The request %1 was cancelled.</source>
        <translation>A requisição %1 foi cancelada.</translation>
    </message>
    <message>
        <source>Could not talk to Ollama at %1: %2</source>
        <translation>Não foi possível se comunicar com o Ollama em %1: %2</translation>
    </message>
    <message>
        <source>start the Ollama app from the Start menu, or run `ollama serve` in a terminal</source>
        <translation>inicie o aplicativo Ollama pelo menu Iniciar ou execute `ollama serve` em um terminal</translation>
    </message>
    <message>
        <source>open the Ollama app, or run `ollama serve` in a terminal</source>
        <translation>abra o aplicativo Ollama ou execute `ollama serve` em um terminal</translation>
    </message>
    <message>
        <source>run `sudo systemctl start ollama` if it is installed as a service, otherwise `ollama serve` in a terminal</source>
        <translation>execute `sudo systemctl start ollama` se ele estiver instalado como serviço; caso contrário, `ollama serve` em um terminal</translation>
    </message>
    <message>
        <source> Note: %1.</source>
        <translation> Observação: %1.</translation>
    </message>
    <message>
        <source>Generation ran at %1 with the GPU and %2 on the processor alone (%3x): the GPU is not speeding it up. Run `ollama-gpu-setup diagnose`.</source>
        <translation>A geração rodou a %1 com a GPU e a %2 só no processador (%3x): a GPU não a está acelerando. Execute `ollama-gpu-setup diagnose`.</translation>
    </message>
    <message>
        <source>Generation ran at %1, but only part of the model is on the GPU (%2): the rest runs on the processor. Use a smaller quantisation or context so that all of it fits.</source>
        <translation>A geração rodou a %1, mas só parte do modelo está na GPU (%2): o resto roda no processador. Use uma quantização ou um contexto menor para que tudo caiba.</translation>
    </message>
    <message>
        <source>Ollama at %1 accepted the request %2 but sent nothing for %3 s: it may be stuck loading the model; look at its server log, or restart it.</source>
        <translation>O Ollama em %1 aceitou a requisição %2, mas não enviou nada por %3 s: pode estar travado carregando o modelo; veja o log do servidor ou reinicie-o.</translation>
    </message>
    <message>
        <source>Ollama at %1 accepted the connection but sent nothing for %3 s in answer to %2: Ollama may be stuck; restart it.</source>
        <translation>O Ollama em %1 aceitou a conexão, mas não enviou nada por %3 s em resposta a %2: o Ollama pode estar travado; reinicie-o.</translation>
    </message>
    <message>
        <source>The model &apos;%1&apos; is not installed in Ollama (%2). Install it first: %3</source>
        <translation>O modelo &apos;%1&apos; não está instalado no Ollama (%2). Instale-o primeiro: %3</translation>
    </message>
    <message>
        <source>%1 at %2 answered with too many redirects (a loop, or more than %3); not followed. Is this address really Ollama?</source>
        <translation>%1 em %2 respondeu com redirecionamentos demais (um laço, ou mais de %3); não seguidos. Este endereço é mesmo o Ollama?</translation>
    </message>
    <message>
        <source>%1 at %2 redirected to another address (%3); not followed, so no answer from another server is taken for Ollama&apos;s. Check OLLAMA_HOST or --host.</source>
        <translation>%1 em %2 redirecionou para outro endereço (%3); não seguido, para que nenhuma resposta de outro servidor seja tomada pela do Ollama. Verifique OLLAMA_HOST ou --host.</translation>
    </message>
</context>
<context>
    <name>ogs::RecommendText</name>
    <message>
        <source>no expected speed: the %1 path is not offered for %2</source>
        <translation>sem velocidade esperada: o caminho %1 não é oferecido para %2</translation>
    </message>
    <message>
        <source>no expected speed: the speed table has no row for %1</source>
        <translation>sem velocidade esperada: a tabela de velocidades não tem linha para %1</translation>
    </message>
    <message>
        <source>the expected speed was measured with %1; %2 may be faster or slower</source>
        <translation>a velocidade esperada foi medida com %1; %2 pode ser mais rápido ou mais lento</translation>
    </message>
    <message>
        <source>%1 GPUs were found; this advice is for %2. Use --gpu to choose another.</source>
        <translation>Foram encontradas %1 GPUs; esta recomendação é para %2. Use --gpu para escolher outra.</translation>
    </message>
    <message>
        <source>This machine also has an integrated GPU. If Vulkan uses it or it is unstable, keep Vulkan on and set GGML_VK_VISIBLE_DEVICES to the discrete GPU&apos;s Vulkan index (Ollama docs/gpu.mdx).</source>
        <translation>Esta máquina também tem uma GPU integrada. Se o Vulkan a usar ou ela for instável, mantenha o Vulkan ativado e defina GGML_VK_VISIBLE_DEVICES com o índice Vulkan da GPU dedicada (docs/gpu.mdx do Ollama).</translation>
    </message>
    <message>
        <source>Uninstall the official Ollama first: ollama-for-amd replaces it and the two cannot run side by side</source>
        <translation>Desinstale primeiro o Ollama oficial: o ollama-for-amd o substitui e os dois não podem rodar lado a lado</translation>
    </message>
    <message>
        <source>Install the latest OllamaSetup.exe from https://github.com/likelovewant/ollama-for-amd/releases</source>
        <translation>Instale o OllamaSetup.exe mais recente de https://github.com/likelovewant/ollama-for-amd/releases</translation>
    </message>
    <message>
        <source>NVIDIA driver 550 or newer (570 or newer for compute capability 5.0 to 6.2)</source>
        <translation>Driver NVIDIA 550 ou mais recente (570 ou mais recente para capacidade de computação 5.0 a 6.2)</translation>
    </message>
    <message>
        <source>Ollama installed and running on Windows</source>
        <translation>Ollama instalado e em execução no Windows</translation>
    </message>
    <message>
        <source>On Windows, OLLAMA_HOST=0.0.0.0 for the Ollama server (a user environment variable), then restart Ollama</source>
        <translation>No Windows, OLLAMA_HOST=0.0.0.0 para o servidor do Ollama (uma variável de ambiente do usuário); depois, reinicie o Ollama</translation>
    </message>
    <message>
        <source>Windows Firewall allowing inbound TCP port 11434</source>
        <translation>Firewall do Windows liberando a porta TCP 11434 para entrada</translation>
    </message>
    <message>
        <source>On RDNA 4 with ROCm, Qwen 3 and Qwen 3.5 models leave the GPU stuck at 100% busy and full clock after they unload, until a reboot; Vulkan (RADV) does not have this bug and runs these models about as fast.</source>
        <translation>Em RDNA 4 com ROCm, os modelos Qwen 3 e Qwen 3.5 deixam a GPU travada em 100% de uso e clock máximo depois de serem descarregados, até reiniciar; o Vulkan (RADV) não tem esse bug e roda esses modelos com velocidade parecida.</translation>
    </message>
    <message>
        <source>OLLAMA_LLM_LIBRARY=vulkan alone is not enough: Ollama still starts its ROCm runner next to the Vulkan one and prefers ROCm for the same card, so ROCm must also be kept from seeing the GPU (ROCR_VISIBLE_DEVICES=NOT_A_DEVICE, HIP_VISIBLE_DEVICES=-1).</source>
        <translation>OLLAMA_LLM_LIBRARY=vulkan sozinho não basta: o Ollama continua iniciando o runner ROCm ao lado do Vulkan e prefere ROCm para a mesma placa; por isso, o ROCm também precisa ser impedido de ver a GPU (ROCR_VISIBLE_DEVICES=NOT_A_DEVICE, HIP_VISIBLE_DEVICES=-1).</translation>
    </message>
    <message>
        <source>With a Qwen 3 / Qwen 3.5 model this GPU stays stuck at 100% busy after the model unloads (ROCm bug on RDNA 4); only a reboot or reloading the amdgpu driver clears it.</source>
        <translation>Com um modelo Qwen 3 / Qwen 3.5, esta GPU fica travada em 100% de uso depois que o modelo é descarregado (bug do ROCm em RDNA 4); só uma reinicialização ou recarregar o driver amdgpu resolve.</translation>
    </message>
    <message>
        <source>If the GPU stays at 100% busy and high power after Ollama goes idle, set GPU_MAX_HW_QUEUES=1 and update linux-firmware (AMD traces it to the MES firmware).</source>
        <translation>Se a GPU ficar em 100% de uso e com consumo alto depois que o Ollama ficar ocioso, defina GPU_MAX_HW_QUEUES=1 e atualize o linux-firmware (a AMD atribui isso ao firmware MES).</translation>
    </message>
    <message>
        <source>On this APU the GPU stays busy (about 25 W more) while two or more Ollama models are loaded; OLLAMA_MAX_LOADED_MODELS=1 avoids it.</source>
        <translation>Nesta APU, a GPU fica ocupada (cerca de 25 W a mais) enquanto dois ou mais modelos do Ollama estão carregados; OLLAMA_MAX_LOADED_MODELS=1 evita isso.</translation>
    </message>
    <message>
        <source>An integrated GPU shares system memory: large models compete with the rest of the system for RAM.</source>
        <translation>Uma GPU integrada compartilha a memória do sistema: modelos grandes disputam a RAM com o resto do sistema.</translation>
    </message>
    <message>
        <source>The AMD ROCm 7 driver (install it with amdgpu-install from AMD&apos;s ROCm documentation), then reboot</source>
        <translation>O driver AMD ROCm 7 (instale-o com o amdgpu-install, conforme a documentação do ROCm da AMD); depois, reinicie o computador</translation>
    </message>
    <message>
        <source>With an older AMD driver, GPU discovery hangs for 30 s (&apos;failed to finish discovery before timeout&apos;) and Ollama falls back to the CPU.</source>
        <translation>Com um driver AMD mais antigo, a detecção da GPU trava por 30 s (&apos;failed to finish discovery before timeout&apos;) e o Ollama volta para a CPU.</translation>
    </message>
    <message>
        <source>An AMD Adrenalin driver recent enough to ship HIP 7 (amdhip64_7.dll)</source>
        <translation>Um driver AMD Adrenalin recente o bastante para incluir o HIP 7 (amdhip64_7.dll)</translation>
    </message>
    <message>
        <source>If Ollama&apos;s log says &apos;AMD driver is too old&apos;, the driver only has amdhip64_6.dll: update the AMD driver.</source>
        <translation>Se o log do Ollama disser &apos;AMD driver is too old&apos;, o driver só tem amdhip64_6.dll: atualize o driver AMD.</translation>
    </message>
    <message>
        <source>The ollama service user may need to be in the &apos;render&apos; group to reach the GPU through Vulkan.</source>
        <translation>O usuário do serviço ollama pode precisar estar no grupo &apos;render&apos; para acessar a GPU pelo Vulkan.</translation>
    </message>
    <message>
        <source>Vulkan reports free VRAM to Ollama only when it runs as root or after `sudo setcap cap_perfmon+ep /usr/local/bin/ollama`; otherwise Ollama schedules from approximate model sizes.</source>
        <translation>O Vulkan só informa a VRAM livre ao Ollama quando ele roda como root ou depois de `sudo setcap cap_perfmon+ep /usr/local/bin/ollama`; caso contrário, o Ollama faz o agendamento a partir de tamanhos aproximados dos modelos.</translation>
    </message>
    <message>
        <source>The RX Vega 56 needs HSA_ENABLE_SDMA=0.</source>
        <translation>A RX Vega 56 exige HSA_ENABLE_SDMA=0.</translation>
    </message>
    <message>
        <source>Posing the 780M/760M (gfx1103) as a discrete RDNA 3 target is unreliable with ROCm 7.2: the iGPU lacks some instructions those kernels use. Vulkan is the safer choice.</source>
        <translation>Fazer a 780M/760M (gfx1103) se passar por um alvo RDNA 3 dedicado não é confiável com o ROCm 7.2: a iGPU não tem algumas instruções que esses kernels usam. O Vulkan é a opção mais segura.</translation>
    </message>
    <message>
        <source>WSL2 has no /dev/kfd: ROCm inside WSL2 needs AMD&apos;s WSL driver and HSA_ENABLE_DXG_DETECTION=1, and Ollama&apos;s installer does not detect it. Running Ollama on Windows avoids all of that.</source>
        <translation>O WSL2 não tem /dev/kfd: o ROCm dentro do WSL2 exige o driver WSL da AMD e HSA_ENABLE_DXG_DETECTION=1, e o instalador do Ollama não detecta isso. Rodar o Ollama no Windows evita tudo isso.</translation>
    </message>
    <message>
        <source>Ollama&apos;s version is unknown; this advice assumes %1, the newest release known to this program.</source>
        <translation>A versão do Ollama é desconhecida; esta recomendação supõe %1, a versão mais recente conhecida por este programa.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a software renderer on the CPU; it never accelerates Ollama.</source>
        <translation>&quot;%1&quot; é um renderizador por software na CPU; ele nunca acelera o Ollama.</translation>
    </message>
    <message>
        <source>On macOS Ollama uses Apple GPUs through Metal by itself; there is nothing to set up.</source>
        <translation>No macOS, o Ollama usa as GPUs da Apple por conta própria, via Metal; não há nada a configurar.</translation>
    </message>
    <message>
        <source>Without Apple silicon, Ollama runs on the CPU.</source>
        <translation>Sem Apple silicon, o Ollama roda na CPU.</translation>
    </message>
    <message>
        <source>No GPU was found, so Ollama runs on the CPU.</source>
        <translation>Nenhuma GPU foi encontrada; por isso, o Ollama roda na CPU.</translation>
    </message>
    <message>
        <source>Vulkan is Ollama&apos;s backend for %1 GPUs such as %2.</source>
        <translation>O Vulkan é o backend do Ollama para GPUs %1, como %2.</translation>
    </message>
    <message>
        <source>non-AMD, non-NVIDIA</source>
        <translation>de outros fabricantes (nem AMD nem NVIDIA)</translation>
    </message>
    <message>
        <source>ROCm is for AMD GPUs only.</source>
        <translation>O ROCm é só para GPUs AMD.</translation>
    </message>
    <message>
        <source>CUDA is for NVIDIA GPUs only.</source>
        <translation>O CUDA é só para GPUs NVIDIA.</translation>
    </message>
    <message>
        <source>The fallback when the GPU cannot be used.</source>
        <translation>A alternativa quando a GPU não pode ser usada.</translation>
    </message>
    <message>
        <source>measured on %1</source>
        <translation>medido com %1</translation>
    </message>
    <message>
        <source>scaled from %1 by relative speed</source>
        <translation>extrapolado a partir de %1 pela velocidade relativa</translation>
    </message>
    <message>
        <source>%1 is an AMD GPU this program does not know (gfx target: %2); it is treated as an unknown AMD GPU, and Vulkan, which works with any GPU that has a Vulkan driver, is the path to try.</source>
        <translation>%1 é uma GPU AMD que este programa não conhece (alvo gfx: %2); ela é tratada como uma GPU AMD desconhecida, e o Vulkan, que funciona com qualquer GPU que tenha um driver Vulkan, é o caminho a tentar.</translation>
    </message>
    <message>
        <source>Your Ollama install ships ROCm kernels for %1%2 (rocBLAS files in %3/%4), so Ollama uses this GPU by itself at full speed.</source>
        <translation>A sua instalação do Ollama inclui kernels ROCm para %1%2 (arquivos do rocBLAS em %3/%4); por isso, o Ollama usa esta GPU por conta própria, em velocidade máxima.</translation>
    </message>
    <message>
        <source>Ollama %1 for %2 ships ROCm kernels for %3%4, so Ollama uses this GPU by itself at full speed.</source>
        <translation>O Ollama %1 para %2 inclui kernels ROCm para %3%4; por isso, o Ollama usa esta GPU por conta própria, em velocidade máxima.</translation>
    </message>
    <message>
        <source>The GPU&apos;s gfx target is unknown, so ROCm support cannot be confirmed.</source>
        <translation>O alvo gfx da GPU é desconhecido; por isso, o suporte ao ROCm não pode ser confirmado.</translation>
    </message>
    <message>
        <source>Your Ollama install has no ROCm kernels for %1%2 (no rocBLAS files in %3/%4), so its ROCm backend skips this GPU.</source>
        <translation>A sua instalação do Ollama não tem kernels ROCm para %1%2 (nenhum arquivo do rocBLAS em %3/%4); por isso, o backend ROCm dela ignora esta GPU.</translation>
    </message>
    <message>
        <source>Ollama %1 for %2 ships no ROCm kernels for %3%4, so its ROCm backend skips this GPU.</source>
        <translation>O Ollama %1 para %2 não inclui kernels ROCm para %3%4; por isso, o backend ROCm dele ignora esta GPU.</translation>
    </message>
    <message>
        <source>Ollama&apos;s ROCm libraries: %1 has no rocm folder; reinstall Ollama (on Linux the installer adds them when it sees an AMD GPU)</source>
        <translation>Bibliotecas ROCm do Ollama: %1 não tem pasta rocm; reinstale o Ollama (no Linux, o instalador as adiciona quando encontra uma GPU AMD)</translation>
    </message>
    <message>
        <source>Vulkan works with %1 without ROCm, using the normal graphics driver.</source>
        <translation>O Vulkan funciona com %1 sem ROCm, usando o driver gráfico normal.</translation>
    </message>
    <message>
        <source>%1 is the nearest target Ollama ships in the same family (%2); HSA_OVERRIDE_GFX_VERSION=%3 makes ROCm treat %4 as %1. Not official: if answers come out garbled or Ollama crashes, remove it and use Vulkan.</source>
        <translation>%1 é o alvo mais próximo da mesma família (%2) que o Ollama inclui; HSA_OVERRIDE_GFX_VERSION=%3 faz o ROCm tratar %4 como %1. Não é oficial: se as respostas saírem embaralhadas ou o Ollama travar, remova-a e use o Vulkan.</translation>
    </message>
    <message>
        <source>No target of the same family (%1) is in Ollama %2&apos;s ROCm build, so there is nothing close enough to pose as.</source>
        <translation>Nenhum alvo da mesma família (%1) está no build ROCm do Ollama %2; por isso, não há nada próximo o bastante para se passar por ele.</translation>
    </message>
    <message>
        <source>The GPU&apos;s gfx target is unknown to this program, so there is no known target of the same family to pose as.</source>
        <translation>O alvo gfx da GPU é desconhecido para este programa; por isso, não há alvo conhecido da mesma família pelo qual se passar.</translation>
    </message>
    <message>
        <source>HSA_OVERRIDE_GFX_VERSION does nothing on Windows: ROCm on Windows does not go through HSA (ROCm/TheRock#1719, ollama#3107), and with the override Ollama reports 0 B of VRAM.</source>
        <translation>HSA_OVERRIDE_GFX_VERSION não faz nada no Windows: o ROCm no Windows não passa pelo HSA (ROCm/TheRock#1719, ollama#3107), e com a substituição o Ollama informa 0 B de VRAM.</translation>
    </message>
    <message>
        <source> Having the AMD HIP SDK installed does not change this.</source>
        <translation> Ter o AMD HIP SDK instalado não muda isso.</translation>
    </message>
    <message>
        <source>The community build ollama-for-amd compiles ROCm kernels for %1, so it runs this GPU at ROCm speed.</source>
        <translation>O build da comunidade ollama-for-amd compila kernels ROCm para %1; por isso, ele roda esta GPU na velocidade do ROCm.</translation>
    </message>
    <message>
        <source>ollama-for-amd has no kernels for %1 either.</source>
        <translation>O ollama-for-amd também não tem kernels para %1.</translation>
    </message>
    <message>
        <source>an unknown gfx target</source>
        <translation>um alvo gfx desconhecido</translation>
    </message>
    <message>
        <source>ollama-for-amd is built for Windows only.</source>
        <translation>O ollama-for-amd é compilado só para Windows.</translation>
    </message>
    <message>
        <source>Ollama %1 or newer: Ollama %2 has no Vulkan backend</source>
        <translation>Ollama %1 ou mais recente: o Ollama %2 não tem backend Vulkan</translation>
    </message>
    <message>
        <source>Ollama %1 ships Vulkan switched off; OLLAMA_VULKAN=1 switches it on.</source>
        <translation>O Ollama %1 vem com o Vulkan desativado; OLLAMA_VULKAN=1 o ativa.</translation>
    </message>
    <message>
        <source>Vulkan is on by default since Ollama %1; a leftover OLLAMA_VULKAN=0 would switch it off.</source>
        <translation>O Vulkan está ativado por padrão desde o Ollama %1; um OLLAMA_VULKAN=0 que tenha sobrado o desativaria.</translation>
    </message>
    <message>
        <source>CUDA also drives this GPU and Ollama prefers CUDA over Vulkan for the same card, so CUDA is hidden.</source>
        <translation>O CUDA também controla esta GPU e o Ollama prefere CUDA a Vulkan para a mesma placa; por isso, o CUDA é ocultado.</translation>
    </message>
    <message>
        <source>ROCm also supports this GPU and Ollama prefers ROCm over Vulkan for the same card, so ROCm is kept from seeing it.</source>
        <translation>O ROCm também suporta esta GPU e o Ollama prefere ROCm a Vulkan para a mesma placa; por isso, o ROCm é impedido de vê-la.</translation>
    </message>
    <message>
        <source>Vulkan needs no extra install: it ships with Ollama and uses the normal graphics driver.</source>
        <translation>O Vulkan não exige instalação extra: ele vem com o Ollama e usa o driver gráfico normal.</translation>
    </message>
    <message>
        <source>%1 has CUDA compute capability %2 (Ollama needs 5.0 or newer); Ollama uses it by itself.</source>
        <translation>%1 tem capacidade de computação CUDA %2 (o Ollama exige 5.0 ou superior); o Ollama a usa por conta própria.</translation>
    </message>
    <message>
        <source>NVIDIA GPUs run on Ollama&apos;s CUDA backend by themselves.</source>
        <translation>As GPUs NVIDIA rodam no backend CUDA do Ollama por conta própria.</translation>
    </message>
    <message>
        <source>The compute capability is unknown: Ollama&apos;s CUDA backend needs 5.0 or newer (GTX 750 and later).</source>
        <translation>A capacidade de computação é desconhecida: o backend CUDA do Ollama exige 5.0 ou superior (GTX 750 e posteriores).</translation>
    </message>
    <message>
        <source>Compute capability %1 is below the 5.0 that Ollama&apos;s CUDA backend needs.</source>
        <translation>A capacidade de computação %1 está abaixo da 5.0 que o backend CUDA do Ollama exige.</translation>
    </message>
    <message>
        <source>Vulkan can still use this GPU where CUDA cannot.</source>
        <translation>O Vulkan ainda pode usar esta GPU onde o CUDA não pode.</translation>
    </message>
    <message>
        <source>Ollama on Windows uses the GPU with the full Windows driver, and WSL2 programs reach it over the network.</source>
        <translation>O Ollama no Windows usa a GPU com o driver completo do Windows, e os programas do WSL2 o acessam pela rede.</translation>
    </message>
    <message>
        <source>WSL2 gives Linux no direct access to AMD or Intel GPU compute; Ollama on Windows has the GPU, and WSL2 programs reach it over the network.</source>
        <translation>O WSL2 não dá ao Linux acesso direto à computação das GPUs AMD ou Intel; o Ollama no Windows tem a GPU, e os programas do WSL2 o acessam pela rede.</translation>
    </message>
    <message>
        <source>Replace WINDOWS_HOST_IP with the Windows address: `ip route show default | awk &apos;{print $3}&apos;`.</source>
        <translation>Substitua WINDOWS_HOST_IP pelo endereço do Windows: `ip route show default | awk &apos;{print $3}&apos;`.</translation>
    </message>
    <message>
        <source>On Windows, the &apos;%1&apos; path for this GPU (run `ollama-gpu-setup recommend` there)</source>
        <translation>No Windows, o caminho &apos;%1&apos; para esta GPU (execute `ollama-gpu-setup recommend` lá)</translation>
    </message>
    <message>
        <source>CUDA also works inside WSL2 through the Windows NVIDIA driver, if you prefer Ollama inside Linux.</source>
        <translation>O CUDA também funciona dentro do WSL2 pelo driver NVIDIA do Windows, se você preferir o Ollama dentro do Linux.</translation>
    </message>
    <message>
        <source>Inside WSL2 there is no /dev/kfd, so Ollama&apos;s ROCm backend cannot reach the GPU.</source>
        <translation>Dentro do WSL2 não há /dev/kfd; por isso, o backend ROCm do Ollama não consegue acessar a GPU.</translation>
    </message>
    <message>
        <source>Inside WSL2 Vulkan only reaches the GPU through a translation layer that Ollama does not support well; use Vulkan on the Windows side instead.</source>
        <translation>Dentro do WSL2, o Vulkan só chega à GPU por uma camada de tradução que o Ollama não suporta bem; use o Vulkan no lado do Windows.</translation>
    </message>
    <message>
        <source>Ollama inside WSL2 without a GPU runs on the CPU.</source>
        <translation>O Ollama dentro do WSL2 sem GPU roda na CPU.</translation>
    </message>
    <message>
        <source>A fallback if ROCm misbehaves; usually 60-80% of ROCm&apos;s speed.</source>
        <translation>Uma alternativa se o ROCm der problemas; normalmente, 60-80% da velocidade do ROCm.</translation>
    </message>
    <message>
        <source>A fallback if CUDA misbehaves.</source>
        <translation>Uma alternativa se o CUDA der problemas.</translation>
    </message>
    <message>
        <source>this AMD GPU (%1)</source>
        <translation>esta GPU AMD (%1)</translation>
    </message>
    <message>
        <source>this GPU</source>
        <translation>esta GPU</translation>
    </message>
    <message>
        <source>Your Ollama install (%1) ships ROCm kernels for %2, but the table for Ollama %3 on %4 says it should not; the install is what counts.</source>
        <translation>A sua instalação do Ollama (%1) inclui kernels ROCm para %2, mas a tabela do Ollama %3 no %4 diz que não deveria incluir; o que vale é a instalação.</translation>
    </message>
    <message>
        <source>Your Ollama install (%1) does not ship ROCm kernels for %2, but the table for Ollama %3 on %4 says it should; the install is what counts.</source>
        <translation>A sua instalação do Ollama (%1) não inclui kernels ROCm para %2, mas a tabela do Ollama %3 no %4 diz que deveria incluir; o que vale é a instalação.</translation>
    </message>
    <message>
        <source>Ollama&apos;s version is unknown (no server answered and `ollama --version` gave none here), so this advice assumes the newest release known to this program, %1. Pass --ollama-version to be exact.</source>
        <translation>A versão do Ollama é desconhecida (nenhum servidor respondeu e `ollama --version` não deu nenhuma aqui), então esta recomendação supõe a versão mais recente que este programa conhece, %1. Passe --ollama-version para ser exato.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an Ollama version (it looks like 0.12.11), so this advice assumes %2, the newest release this program knows. Give the version `ollama --version` prints to be exact.</source>
        <translation>&apos;%1&apos; não é uma versão do Ollama (parece com 0.12.11), então este conselho supõe %2, a versão mais recente que este programa conhece. Informe a versão que `ollama --version` mostra para ser exato.</translation>
    </message>
    <message>
        <source>%1 is a file where a folder should be, so Ollama finds no ROCm kernels there; reinstall Ollama.</source>
        <translation>%1 é um arquivo onde deveria haver uma pasta, então o Ollama não encontra kernels ROCm ali; reinstale o Ollama.</translation>
    </message>
    <message>
        <source>%1 is missing, so Ollama finds no ROCm kernels there; reinstall Ollama.</source>
        <translation>%1 está faltando, então o Ollama não encontra kernels ROCm ali; reinstale o Ollama.</translation>
    </message>
    <message>
        <source>%1 holds no TensileLibrary_lazy_gfx*.dat file, so Ollama&apos;s ROCm backend runs on no GPU; the ROCm part of this install looks incomplete: reinstall Ollama.</source>
        <translation>%1 não contém nenhum arquivo TensileLibrary_lazy_gfx*.dat, então o backend ROCm do Ollama não roda em nenhuma GPU; a parte ROCm desta instalação parece incompleta: reinstale o Ollama.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not exist</source>
        <translation>&apos;%1&apos; não existe</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a file, not a folder</source>
        <translation>&apos;%1&apos; é um arquivo, não uma pasta</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be read (no permission)</source>
        <translation>&apos;%1&apos; não pode ser lido (sem permissão)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a file where Ollama&apos;s library folder should be</source>
        <translation>&apos;%1&apos; é um arquivo onde deveria estar a pasta de bibliotecas do Ollama</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is empty</source>
        <translation>&apos;%1&apos; está vazio</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds no Ollama install (no lib/ollama with backend folders)</source>
        <translation>&apos;%1&apos; não contém nenhuma instalação do Ollama (sem lib/ollama com pastas de backend)</translation>
    </message>
    <message>
        <source>Ollama %1 is newer than the newest version this program has facts for (%2). This advice is based on Ollama&apos;s behaviour up to %2 and assumes %1 behaves the same.</source>
        <translation>O Ollama %1 é mais novo que a versão mais recente sobre a qual este programa tem fatos (%2). Este conselho se baseia no comportamento do Ollama até %2 e supõe que %1 se comporte da mesma forma.</translation>
    </message>
    <message>
        <source>Ollama %1 and newer use %2 through ROCm without OLLAMA_IGPU_ENABLE: it is the one integrated GPU they admit by default.</source>
        <translation>O Ollama %1 e mais novos usam %2 via ROCm sem OLLAMA_IGPU_ENABLE: é a única GPU integrada que eles admitem por padrão.</translation>
    </message>
    <message>
        <source>The GPU driver&apos;s Vulkan loader, %SystemRoot%\System32\vulkan-1.dll: reinstall or update the graphics driver, which installs it</source>
        <translation>O carregador Vulkan do driver gráfico, %SystemRoot%\System32\vulkan-1.dll: reinstale ou atualize o driver gráfico, que o instala</translation>
    </message>
    <message>
        <source>%SystemRoot%\System32\vulkan-1.dll is missing. Since %1 Ollama for Windows no longer ships its own Vulkan loader and uses the driver&apos;s, so without it Vulkan finds no GPU.</source>
        <translation>%SystemRoot%\System32\vulkan-1.dll está faltando. Desde %1, o Ollama para Windows não traz mais seu próprio carregador Vulkan e usa o do driver; sem ele, o Vulkan não encontra nenhuma GPU.</translation>
    </message>
    <message>
        <source>Your Ollama install: %1</source>
        <translation>Sua instalação do Ollama: %1</translation>
    </message>
    <message>
        <source>%1 is not a gfx target this program knows, so ROCm support cannot be confirmed; none of the Ollama builds it knows ships ROCm kernels for it.</source>
        <translation>%1 não é um alvo gfx que este programa conhece, então o suporte a ROCm não pode ser confirmado; nenhuma das versões do Ollama que ele conhece traz kernels ROCm para ele.</translation>
    </message>
    <message>
        <source>Ollama %1 for Windows ships no ROCm kernels for %2%3: its ROCm backend uses the rocBLAS of AMD&apos;s HIP SDK, which has none for this GPU, so ROCm skips it.</source>
        <translation>O Ollama %1 para Windows não traz kernels ROCm para %2%3: seu backend ROCm usa o rocBLAS do HIP SDK da AMD, que não tem nenhum para esta GPU, então o ROCm a ignora.</translation>
    </message>
    <message>
        <source>Community-maintained: it replaces the official Ollama, and its newest known release (%1) lags behind official Ollama, so official fixes reach it late.</source>
        <translation>Mantido pela comunidade: substitui o Ollama oficial, e sua versão mais recente conhecida (%1) está atrás do Ollama oficial, então as correções oficiais chegam tarde.</translation>
    </message>
    <message>
        <source>Ollama %1 and newer drop integrated GPUs unless OLLAMA_IGPU_ENABLE=1 is set (the log says &quot;dropping integrated GPU&quot;); only %2 through ROCm is admitted by default (since %3), so without the variable Ollama runs on the CPU.</source>
        <translation>O Ollama %1 e mais novos descartam GPUs integradas a menos que OLLAMA_IGPU_ENABLE=1 esteja definido (o log diz &quot;dropping integrated GPU&quot;); por padrão só %2 via ROCm é admitida (desde %3), então sem a variável o Ollama roda no processador.</translation>
    </message>
</context>
<context>
    <name>ogs::TelemetryText</name>
    <message>
        <source>busy %1 % for %2 s while Ollama has no model loaded or no runner process</source>
        <translation>ocupada %1 % por %2 s enquanto o Ollama não tem nenhum modelo carregado nem processo runner</translation>
    </message>
    <message>
        <source>core clock %1 MHz, its top level%2</source>
        <translation>clock do núcleo %1 MHz, o nível máximo dele%2</translation>
    </message>
    <message>
        <source>power %1 W against %2 W when idle</source>
        <translation>consumo de %1 W contra %2 W em repouso</translation>
    </message>
    <message>
        <source>power %1 W (no idle baseline seen yet)</source>
        <translation>consumo de %1 W (nenhuma referência em repouso vista ainda)</translation>
    </message>
    <message>
        <source>With the ROCm/HIP backend some GPUs (RDNA4 with Qwen 3 models, and other RDNA3/RDNA4 cases) keep running orphaned compute queues after the model is unloaded: the GPU stays at 100 % busy and maximum clock, drawing power, until the amdgpu driver is reloaded or the computer restarts. Restarting Ollama does not clear it.</source>
        <translation>Com o backend ROCm/HIP, algumas GPUs (RDNA4 com modelos Qwen 3 e outros casos de RDNA3/RDNA4) continuam executando filas de computação órfãs depois que o modelo é descarregado: a GPU fica em 100 % de uso e clock máximo, consumindo energia, até o driver amdgpu ser recarregado ou o computador ser reiniciado. Reiniciar o Ollama não resolve.</translation>
    </message>
    <message>
        <source>Run Ollama on Vulkan with ROCm devices hidden: OLLAMA_LLM_LIBRARY=vulkan, ROCR_VISIBLE_DEVICES=NOT_A_DEVICE, HIP_VISIBLE_DEVICES=-1 (one click in the wizard)</source>
        <translation>Rode o Ollama no Vulkan com os dispositivos ROCm ocultos: OLLAMA_LLM_LIBRARY=vulkan, ROCR_VISIBLE_DEVICES=NOT_A_DEVICE, HIP_VISIBLE_DEVICES=-1 (um clique no assistente)</translation>
    </message>
    <message>
        <source>Or keep ROCm with GPU_MAX_HW_QUEUES=1</source>
        <translation>Ou mantenha o ROCm com GPU_MAX_HW_QUEUES=1</translation>
    </message>
    <message>
        <source>Set OLLAMA_MAX_LOADED_MODELS=1 so only one runner holds the GPU</source>
        <translation>Defina OLLAMA_MAX_LOADED_MODELS=1 para que só um runner ocupe a GPU</translation>
    </message>
    <message>
        <source>Update the GPU firmware (linux-firmware, for the MES fix)</source>
        <translation>Atualize o firmware da GPU (linux-firmware, para a correção do MES)</translation>
    </message>
    <message>
        <source>Last resort: reload the amdgpu driver or restart the computer</source>
        <translation>Último recurso: recarregue o driver amdgpu ou reinicie o computador</translation>
    </message>
    <message>
        <source>no clock levels in &quot;%1&quot;</source>
        <translation>nenhum nível de clock em &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no amdgpu card under %1/class/drm</source>
        <translation>nenhuma placa amdgpu em %1/class/drm</translation>
    </message>
    <message>
        <source>reading NVIDIA GPUs from %1 instead</source>
        <translation>em vez disso, lendo as GPUs NVIDIA a partir de %1</translation>
    </message>
    <message>
        <source>%1 is not an executable file</source>
        <translation>%1 não é um arquivo executável</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>não é possível iniciar %1: %2</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>não iniciado</translation>
    </message>
    <message>
        <source>exited with code %1</source>
        <translation>terminou com o código %1</translation>
    </message>
    <message>
        <source>%1 fields, expected %2</source>
        <translation>%1 campos, esperados %2</translation>
    </message>
    <message>
        <source>index &quot;%1&quot; is not a number</source>
        <translation>o índice &quot;%1&quot; não é um número</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a number</source>
        <translation>%1 &quot;%2&quot; não é um número</translation>
    </message>
    <message>
        <source>; no NVIDIA telemetry</source>
        <translation>; sem telemetria NVIDIA</translation>
    </message>
    <message>
        <source>%1 printed &quot;%2&quot;: %3; such lines are skipped</source>
        <translation>%1 imprimiu &quot;%2&quot;: %3; linhas assim são ignoradas</translation>
    </message>
    <message>
        <source>%1 %2; it is not restarted, NVIDIA values are no longer read</source>
        <translation>%1 %2; ele não será reiniciado, e os valores NVIDIA não são mais lidos</translation>
    </message>
    <message>
        <source>%1 lacks %2: the NVIDIA driver is too old or this is not NVML; no NVIDIA telemetry (update the driver)</source>
        <translation>%1 não tem %2: o driver NVIDIA é antigo demais ou esta biblioteca não é o NVML; sem telemetria NVIDIA (atualize o driver)</translation>
    </message>
    <message>
        <source>%1 lacks %2; those values stay null</source>
        <translation>%1 não tem %2; esses valores ficam nulos</translation>
    </message>
    <message>
        <source>nvmlInit_v2 failed: %1; no NVIDIA telemetry</source>
        <translation>nvmlInit_v2 falhou: %1; sem telemetria NVIDIA</translation>
    </message>
    <message>
        <source> (the NVIDIA kernel module is not loaded)</source>
        <translation> (o módulo de kernel da NVIDIA não está carregado)</translation>
    </message>
    <message>
        <source>nvmlDeviceGetCount_v2 failed: %1; no NVIDIA telemetry</source>
        <translation>nvmlDeviceGetCount_v2 falhou: %1; sem telemetria NVIDIA</translation>
    </message>
    <message>
        <source>NVML reports %1 GPUs; sampling only the first %2</source>
        <translation>o NVML informa %1 GPUs; amostrando apenas as %2 primeiras</translation>
    </message>
    <message>
        <source>NVIDIA GPU %1: nvmlDeviceGetHandleByIndex_v2 failed: %2; not sampled</source>
        <translation>GPU NVIDIA %1: nvmlDeviceGetHandleByIndex_v2 falhou: %2; não amostrada</translation>
    </message>
    <message>
        <source>NVIDIA GPU %1: nvmlDeviceGetName failed: %2</source>
        <translation>GPU NVIDIA %1: nvmlDeviceGetName falhou: %2</translation>
    </message>
    <message>
        <source>NVIDIA GPU %1</source>
        <translation>GPU NVIDIA %1</translation>
    </message>
    <message>
        <source>%1: nvmlDeviceGetPciInfo_v3 failed: %2</source>
        <translation>%1: nvmlDeviceGetPciInfo_v3 falhou: %2</translation>
    </message>
    <message>
        <source>%1: NVML bus id &quot;%2&quot; is not domain:bus:device.function</source>
        <translation>%1: o bus id &quot;%2&quot; do NVML não está no formato domain:bus:device.function</translation>
    </message>
    <message>
        <source>%1 (%2): %3 failed: %4; the GPU has fallen off the bus, so all its values are null until it is reset (reload the NVIDIA driver or reboot)</source>
        <translation>%1 (%2): %3 falhou: %4; a GPU caiu do barramento; por isso, todos os valores dela ficam nulos até ela ser reinicializada (recarregue o driver NVIDIA ou reinicie o computador)</translation>
    </message>
    <message>
        <source>%1 (%2): %3 failed: %4; %5 is null%6</source>
        <translation>%1 (%2): %3 falhou: %4; %5 fica nulo%6</translation>
    </message>
    <message>
        <source> (this GPU cannot report it)</source>
        <translation> (esta GPU não consegue informar esse valor)</translation>
    </message>
    <message>
        <source> until it reads again</source>
        <translation> até voltar a ser lido</translation>
    </message>
    <message>
        <source>%1 (%2): %3 gave %4 % busy, %5 % memory busy, outside 0-100; util_percent is null</source>
        <translation>%1 (%2): %3 retornou %4 % de uso e %5 % de uso da memória, fora de 0-100; util_percent fica nulo</translation>
    </message>
    <message>
        <source>DXGI: %1; adapters are named by LUID</source>
        <translation>DXGI: %1; os adaptadores são identificados pelo LUID</translation>
    </message>
    <message>
        <source>; no utilisation or memory use from Windows</source>
        <translation>; sem dados de utilização nem de uso de memória do Windows</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>não é um arquivo comum</translation>
    </message>
    <message>
        <source>cannot seek: </source>
        <translation>não é possível posicionar no arquivo: </translation>
    </message>
    <message>
        <source>read failed: </source>
        <translation>a leitura falhou: </translation>
    </message>
    <message>
        <source>not a number: &quot;%1&quot;</source>
        <translation>não é um número: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>travou</translation>
    </message>
</context>
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
    <message>
        <source>applied</source>
        <translation>aplicado</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>desfeito</translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>não concluído</translation>
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
    <message>
        <source>%1 (%2, %3 GB)</source>
        <translation>%1 (%2, %3 GB)</translation>
    </message>
    <message>
        <source>%1 (%2, %3 GB; built locally with %4)</source>
        <translation>%1 (%2, %3 GB; gerado localmente com %4)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Suggested for this card:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Sugerido para esta placa:&lt;/b&gt; %1</translation>
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
            <numerusform>%n amostra mantida</numerusform>
            <numerusform>%n amostras mantidas</numerusform>
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
    <message>
        <source>installed</source>
        <translation>instalado</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>não instalado</translation>
    </message>
    <message>
        <source>Ollama &lt;b&gt;%1&lt;/b&gt; is installed and running at %2.</source>
        <translation>O Ollama &lt;b&gt;%1&lt;/b&gt; está instalado e em execução em %2.</translation>
    </message>
    <message>
        <source>Ollama &lt;b&gt;%1&lt;/b&gt; is installed but not running (nothing answers at %2).</source>
        <translation>O Ollama &lt;b&gt;%1&lt;/b&gt; está instalado, mas não está em execução (nada responde em %2).</translation>
    </message>
    <message>
        <source>Ollama &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Ollama &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Ollama was &lt;b&gt;not found&lt;/b&gt;: nothing answers at %1 and there is no &lt;code&gt;ollama&lt;/code&gt; command. The advice assumes Ollama %2, the newest release this program knows.</source>
        <translation>O Ollama &lt;b&gt;não foi encontrado&lt;/b&gt;: nada responde em %1 e não existe o comando &lt;code&gt;ollama&lt;/code&gt;. A recomendação supõe o Ollama %2, a versão mais recente que este programa conhece.</translation>
    </message>
    <message>
        <source>Its install (%1) ships ROCm kernels for: %2.</source>
        <translation>A instalação dele (%1) inclui kernels ROCm para: %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>Its install (%1) has no ROCm runner.</source>
        <translation>A instalação dele (%1) não tem runner ROCm.</translation>
    </message>
    <message>
        <source>AMD HIP SDK: %1.</source>
        <translation>AMD HIP SDK: %1.</translation>
    </message>
    <message>
        <source>ROCm runtime on the system: %1 (Ollama brings its own; this matters for the HSA override).</source>
        <translation>Runtime ROCm no sistema: %1 (o Ollama traz o seu próprio; isso importa para a substituição HSA).</translation>
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
    <message>
        <source>Stopped Ollama (%1) and started %2.</source>
        <translation>O Ollama foi encerrado (%1) e %2 foi iniciado.</translation>
    </message>
    <message>
        <source>Ollama was not running; started %1.</source>
        <translation>O Ollama não estava em execução; %1 foi iniciado.</translation>
    </message>
    <message>
        <source>⚠ Could not tell whether Ollama runs: %1. Nothing was stopped or started.</source>
        <translation>⚠ Não foi possível saber se o Ollama está em execução: %1. Nada foi encerrado nem iniciado.</translation>
    </message>
    <message>
        <source>⚠ Ollama&apos;s app is not at %1, so it was not restarted; nothing was stopped.</source>
        <translation>⚠ O aplicativo do Ollama não está em %1, então ele não foi reiniciado; nada foi encerrado.</translation>
    </message>
    <message>
        <source>⚠ Could not stop Ollama: %1. Nothing was started.</source>
        <translation>⚠ Não foi possível encerrar o Ollama: %1. Nada foi iniciado.</translation>
    </message>
    <message>
        <source>⚠ Stopped Ollama (%1), but it did not start again: %2.</source>
        <translation>⚠ O Ollama foi encerrado (%1), mas não voltou a iniciar: %2.</translation>
    </message>
    <message>
        <source>After applying, Ollama is restarted so it reads the new variables: ollama app.exe and ollama.exe are stopped and %1 is started again (or started, if Ollama is not running).</source>
        <translation>Após aplicar, o Ollama é reiniciado para ler as novas variáveis: ollama app.exe e ollama.exe são encerrados e %1 é iniciado novamente (ou iniciado, se o Ollama não estiver em execução).</translation>
    </message>
    <message>
        <source>After applying: Ollama&apos;s app is not at %1, so it cannot be restarted from here. %2</source>
        <translation>Após aplicar: o aplicativo do Ollama não está em %1, então ele não pode ser reiniciado daqui. %2</translation>
    </message>
    <message>
        <source>After applying, the Ollama service is restarted (systemctl daemon-reload, systemctl restart ollama) and its log is read to confirm the settings.</source>
        <translation>Após aplicar, o serviço do Ollama é reiniciado (systemctl daemon-reload, systemctl restart ollama) e o log dele é lido para confirmar as configurações.</translation>
    </message>
    <message>
        <source>After applying: %1</source>
        <translation>Após aplicar: %1</translation>
    </message>
    <message>
        <source>Restarting Ollama: stopping ollama app.exe and ollama.exe, then starting %1…</source>
        <translation>Reiniciando o Ollama: encerrando ollama app.exe e ollama.exe e depois iniciando %1…</translation>
    </message>
    <message>
        <source>Start Ollama from the Start menu: it reads the new variables when it starts.</source>
        <translation>Inicie o Ollama pelo menu Iniciar: ele lê as novas variáveis ao iniciar.</translation>
    </message>
    <message>
        <source>✔ Started Ollama; it answers (version %1).</source>
        <translation>✔ O Ollama foi iniciado e está respondendo (versão %1).</translation>
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
    <message>
        <source>Save &amp;diagnostic bundle…</source>
        <translation>Salvar pacote de &amp;diagnóstico…</translation>
    </message>
    <message>
        <source>Save a diagnostic bundle (zip file) for a bug report</source>
        <translation>Salvar um pacote de diagnóstico (arquivo zip) para um relato de bug</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Save diagnostic bundle…&lt;/b&gt; puts the same in one .zip file, each part also as JSON, to attach to a bug report.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Salvar pacote de diagnóstico…&lt;/b&gt; coloca o mesmo em um único arquivo .zip, cada parte também em JSON, para anexar a um relato de bug.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Save diagnostic bundle</source>
        <translation>Salvar pacote de diagnóstico</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Arquivos zip (*.zip)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Diagnostic bundle saved to &lt;b&gt;%1&lt;/b&gt;. Attach it to your bug report.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Pacote de diagnóstico salvo em &lt;b&gt;%1&lt;/b&gt;. Anexe-o ao seu relato de bug.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Could not save the diagnostic bundle:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Não foi possível salvar o pacote de diagnóstico:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>não é possível gravar %1: %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;Report saved to &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Relatório salvo em &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Could not save the report:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Não foi possível salvar o relatório:&lt;/b&gt; %1&lt;/p&gt;</translation>
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
    <message>
        <source>%1 is not installed yet (install it with: %2); the test uses %3 instead.</source>
        <translation>%1 ainda não está instalado (instale com: %2); o teste usa %3 no lugar.</translation>
    </message>
    <message>
        <source>No model is installed. Install one first, for example: %1</source>
        <translation>Nenhum modelo está instalado. Instale um primeiro, por exemplo: %1</translation>
    </message>
    <message>
        <source>⚠ The GPU is not speeding it up: %1 tok/s, and %2 tok/s on the processor alone (%3×).</source>
        <translation>⚠ A GPU não está acelerando: %1 tok/s, e %2 tok/s só no processador (%3×).</translation>
    </message>
    <message>
        <source>⚠ Running, but only partly on the GPU: %1 tok/s.</source>
        <translation>⚠ Funcionando, mas só em parte na GPU: %1 tok/s.</translation>
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
