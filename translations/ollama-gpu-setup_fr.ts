<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ogs::BudgetText</name>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation>%1 n’a pas répondu dans les %2 s</translation>
    </message>
    <message>
        <source>cannot reach Ollama at %1: %2</source>
        <translation>impossible de joindre Ollama à l’adresse %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2%3</source>
        <translation>%1 a répondu HTTP %2%3</translation>
    </message>
    <message>
        <source>Ollama&apos;s /api/show answer for %1 is not JSON</source>
        <translation>la réponse de /api/show d’Ollama pour %1 n’est pas du JSON</translation>
    </message>
    <message>
        <source>%1 (%2, %3) is the largest variant whose minimum VRAM (%4) this card meets and that fits fully on the GPU at %5 tokens of context.</source>
        <translation>%1 (%2, %3) est la plus grande variante dont cette carte atteint la VRAM minimale (%4) et qui tient entièrement sur le GPU avec un contexte de %5 tokens.</translation>
    </message>
    <message>
        <source>Even the smallest variant, %1 (%2), does not fit fully at %3 tokens of context; it will run partly on the CPU. A shorter context helps.</source>
        <translation>Même la plus petite variante, %1 (%2), ne tient pas entièrement avec un contexte de %3 tokens&#xa0;; elle s’exécutera en partie sur le CPU. Un contexte plus court aide.</translation>
    </message>
    <message>
        <source>Without the model&apos;s architecture the KV cache and compute buffer are left out, so this is a lower bound: pass --model or --arch-file for the full figure.</source>
        <translation>Sans l’architecture du modèle, le cache KV et le tampon de calcul ne sont pas comptés, c’est donc une borne inférieure&#xa0;: passez --model ou --arch-file pour obtenir le chiffre complet.</translation>
    </message>
    <message>
        <source>The vocabulary size is unknown, so the compute buffer leaves out the output logits; it may be a few hundred MB low.</source>
        <translation>La taille du vocabulaire est inconnue, le tampon de calcul ne compte donc pas les logits de sortie&#xa0;; il peut être sous-estimé de quelques centaines de Mo.</translation>
    </message>
    <message>
        <source>A %1 KV cache needs flash attention: set OLLAMA_FLASH_ATTENTION=1 and OLLAMA_KV_CACHE_TYPE=%1, or Ollama falls back to f16.</source>
        <translation>Un cache KV %1 nécessite la flash attention&#xa0;: définissez OLLAMA_FLASH_ATTENTION=1 et OLLAMA_KV_CACHE_TYPE=%1, sinon Ollama se rabat sur f16.</translation>
    </message>
    <message>
        <source>Good for most tasks</source>
        <translation>Convient à la plupart des tâches</translation>
    </message>
    <message>
        <source>Better accuracy (default)</source>
        <translation>Meilleure précision (par défaut)</translation>
    </message>
    <message>
        <source>Full precision</source>
        <translation>Pleine précision</translation>
    </message>
    <message>
        <source>Ollama at %1 does not have the model %2 (%3): download it with `ollama pull %2`, or give its file size with --model-size</source>
        <translation>Ollama à %1 n’a pas le modèle %2 (%3) : téléchargez-le avec `ollama pull %2`, ou donnez sa taille de fichier avec --model-size</translation>
    </message>
    <message>
        <source>%1 (%2, %3) is the largest choice from Ollama&apos;s library that fits fully on this card&apos;s GPU at %4 tokens of context.</source>
        <translation>%1 (%2, %3) est le plus grand choix de la bibliothèque d&apos;Ollama qui tient entièrement sur le GPU de cette carte avec %4 jetons de contexte.</translation>
    </message>
</context>
<context>
    <name>ogs::DetectText</name>
    <message>
        <source>%1: DXGI reports %2 MiB of dedicated memory, which some drivers cap at 4 GiB, and the driver&apos;s registry size could not be read (%3)</source>
        <translation>%1&#xa0;: DXGI indique %2 Mio de mémoire dédiée, une valeur que certains pilotes plafonnent à 4 Gio, et la taille inscrite par le pilote dans le registre n’a pas pu être lue (%3)</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucune raison indiquée</translation>
    </message>
    <message>
        <source>the built-in AMD PCI id table could not be loaded; gfx targets may be missing</source>
        <translation>la table intégrée des identifiants PCI AMD n’a pas pu être chargée&#xa0;; des cibles gfx peuvent manquer</translation>
    </message>
    <message>
        <source>Unknown vendor</source>
        <translation>Fabricant inconnu</translation>
    </message>
    <message>
        <source>%1 exists but cannot be loaded: %2</source>
        <translation>%1 existe mais ne peut pas être chargé&#xa0;: %2</translation>
    </message>
    <message>
        <source>NVML does not exist on this platform</source>
        <translation>NVML n’existe pas sur cette plateforme</translation>
    </message>
    <message>
        <source>no NVIDIA driver (NVML not found: %1)</source>
        <translation>aucun pilote NVIDIA (NVML introuvable&#xa0;: %1)</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <source>%1 (NVML error %2)</source>
        <translation>%1 (erreur NVML %2)</translation>
    </message>
    <message>
        <source>%1: NVML bus id &quot;%2&quot; is not domain:bus:device.function; %3</source>
        <translation>%1&#xa0;: l’identifiant de bus NVML &quot;%2&quot; n’est pas au format domain:bus:device.function&#xa0;; %3</translation>
    </message>
    <message>
        <source>its PCI address is unknown</source>
        <translation>son adresse PCI est inconnue</translation>
    </message>
    <message>
        <source>using %1 from its fields</source>
        <translation>utilisation de %1, reconstitué à partir de ses champs</translation>
    </message>
    <message>
        <source>%1: implausible CUDA compute capability %2.%3</source>
        <translation>%1&#xa0;: compute capability CUDA %2.%3 invraisemblable</translation>
    </message>
    <message>
        <source>%1 lacks %2: the NVIDIA driver is too old or this is not NVML; update the driver</source>
        <translation>il manque %2 dans %1&#xa0;: le pilote NVIDIA est trop ancien ou il ne s’agit pas de NVML&#xa0;; mettez à jour le pilote</translation>
    </message>
    <message>
        <source>%1 lacks %2; those fields stay empty</source>
        <translation>il manque %2 dans %1&#xa0;; ces champs restent vides</translation>
    </message>
    <message>
        <source>nvmlInit_v2 failed: %1</source>
        <translation>échec de nvmlInit_v2&#xa0;: %1</translation>
    </message>
    <message>
        <source>; the NVIDIA kernel module is not loaded (reboot after installing the driver, or check Secure Boot module signing)</source>
        <translation>; le module noyau NVIDIA n’est pas chargé (redémarrez après avoir installé le pilote, ou vérifiez la signature des modules pour Secure Boot)</translation>
    </message>
    <message>
        <source>nvmlDeviceGetCount_v2 failed: %1</source>
        <translation>échec de nvmlDeviceGetCount_v2&#xa0;: %1</translation>
    </message>
    <message>
        <source>NVML reports %1 GPUs; reading only the first %2</source>
        <translation>NVML signale %1 GPU&#xa0;; seuls les %2 premiers sont lus</translation>
    </message>
    <message>
        <source>GPU %1: nvmlDeviceGetHandleByIndex_v2 failed: %2</source>
        <translation>GPU %1&#xa0;: échec de nvmlDeviceGetHandleByIndex_v2&#xa0;: %2</translation>
    </message>
    <message>
        <source>nvmlShutdown failed: %1</source>
        <translation>échec de nvmlShutdown&#xa0;: %1</translation>
    </message>
    <message>
        <source>This looks like WSL 1 (kernel %1, no /dev/dxg): WSL 1 has no GPU access; use WSL 2 or run Ollama on Windows</source>
        <translation>Il semble s’agir de WSL 1 (noyau %1, pas de /dev/dxg)&#xa0;: WSL 1 n’a pas accès au GPU&#xa0;; utilisez WSL 2 ou exécutez Ollama sous Windows</translation>
    </message>
    <message>
        <source>WSL 2 without /dev/dxg (kernel %1): the Windows GPU driver is not shared with Linux; run &apos;wsl --update&apos; in Windows and install a current GPU driver there</source>
        <translation>WSL 2 sans /dev/dxg (noyau %1)&#xa0;: le pilote GPU de Windows n’est pas partagé avec Linux&#xa0;; exécutez &apos;wsl --update&apos; sous Windows et installez-y un pilote GPU récent</translation>
    </message>
    <message>
        <source>%1 exists but this user cannot open it for reading and writing: add the user to the &apos;render&apos; (and &apos;video&apos;) group and log in again</source>
        <translation>%1 existe mais cet utilisateur ne peut pas l’ouvrir en lecture et en écriture&#xa0;: ajoutez l’utilisateur au groupe &apos;render&apos; (et &apos;video&apos;) puis reconnectez-vous</translation>
    </message>
    <message>
        <source>%1: cannot read the primary group (%2)</source>
        <translation>%1&#xa0;: impossible de lire le groupe principal (%2)</translation>
    </message>
    <message>
        <source>%1: cannot read group memberships (%2)</source>
        <translation>%1&#xa0;: impossible de lire les appartenances aux groupes (%2)</translation>
    </message>
    <message>
        <source>%1: not a number: &quot;%2&quot;</source>
        <translation>%1&#xa0;: ce n’est pas un nombre&#xa0;: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1/class does not exist; no sysfs to read</source>
        <translation>%1/class n’existe pas&#xa0;; aucun sysfs à lire</translation>
    </message>
    <message>
        <source>%1: no readable PCI vendor/device id (vendor, device, uevent PCI_ID); card skipped</source>
        <translation>%1&#xa0;: aucun identifiant PCI de fabricant/périphérique lisible (vendor, device, uevent PCI_ID)&#xa0;; carte ignorée</translation>
    </message>
    <message>
        <source>%1/revision: not a revision: &quot;%2&quot;</source>
        <translation>%1/revision&#xa0;: révision non valide&#xa0;: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: garbled line &quot;%2&quot;</source>
        <translation>%1&#xa0;: ligne illisible &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: no gfx_target_version</source>
        <translation>%1&#xa0;: pas de gfx_target_version</translation>
    </message>
    <message>
        <source>%1: gfx_target_version %2 is not a valid target</source>
        <translation>%1&#xa0;: gfx_target_version %2 n’est pas une cible valide</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>the Vulkan loader does not provide vkCreateInstance; detection continues without Vulkan</source>
        <translation>le chargeur Vulkan ne fournit pas vkCreateInstance&#xa0;; la détection continue sans Vulkan</translation>
    </message>
    <message>
        <source>vkCreateInstance failed with %1: no working Vulkan driver (ICD) was found or a driver is broken; detection continues without Vulkan</source>
        <translation>vkCreateInstance a échoué avec %1&#xa0;: aucun pilote Vulkan (ICD) fonctionnel n’a été trouvé ou un pilote est défectueux&#xa0;; la détection continue sans Vulkan</translation>
    </message>
    <message>
        <source>the Vulkan loader lacks vkEnumeratePhysicalDevices or vkGetPhysicalDeviceProperties; no Vulkan devices listed</source>
        <translation>il manque vkEnumeratePhysicalDevices ou vkGetPhysicalDeviceProperties au chargeur Vulkan&#xa0;; aucun périphérique Vulkan n’est listé</translation>
    </message>
    <message>
        <source>vkEnumeratePhysicalDevices failed with %1; no Vulkan devices listed</source>
        <translation>vkEnumeratePhysicalDevices a échoué avec %1&#xa0;; aucun périphérique Vulkan n’est listé</translation>
    </message>
    <message>
        <source>the Vulkan loader found no devices (no driver installed for this GPU?)</source>
        <translation>le chargeur Vulkan n’a trouvé aucun périphérique (aucun pilote installé pour ce GPU&#xa0;?)</translation>
    </message>
    <message>
        <source>the Vulkan loader &apos;%1&apos; could not be loaded (%2); detection continues without Vulkan</source>
        <translation>le chargeur Vulkan &apos;%1&apos; n’a pas pu être chargé (%2)&#xa0;; la détection continue sans Vulkan</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not export vkGetInstanceProcAddr, so it is not a Vulkan loader; detection continues without Vulkan</source>
        <translation>&apos;%1&apos; n’exporte pas vkGetInstanceProcAddr, ce n’est donc pas un chargeur Vulkan&#xa0;; la détection continue sans Vulkan</translation>
    </message>
</context>
<context>
    <name>ogs::DiagnoseText</name>
    <message>
        <source>Ollama found the GPU (%1) but its ROCm folder offers no GPU targets at all (supported types:[]): the rocBLAS kernel files are missing or were replaced by an incompatible set.</source>
        <translation>Ollama a trouvé le GPU (%1), mais son dossier ROCm ne propose aucune cible GPU (supported types:[])&#xa0;: les fichiers de kernels rocBLAS manquent ou ont été remplacés par un jeu incompatible.</translation>
    </message>
    <message>
        <source>Ollama&apos;s ROCm build has no kernels for %1%2, so it dropped the GPU.</source>
        <translation>La version ROCm d’Ollama n’a pas de kernels pour %1%2&#xa0;; Ollama a donc écarté le GPU.</translation>
    </message>
    <message>
        <source> (it supports %1)</source>
        <translation> (elle prend en charge %1)</translation>
    </message>
    <message>
        <source>HSA_OVERRIDE_GFX_VERSION has no effect on Windows. Use the Vulkan backend (OLLAMA_VULKAN=1, on by default since Ollama 0.30) or the ollama-for-amd build, which ships kernels for %1.</source>
        <translation>HSA_OVERRIDE_GFX_VERSION n’a aucun effet sous Windows. Utilisez le backend Vulkan (OLLAMA_VULKAN=1, activé par défaut depuis Ollama 0.30) ou la version ollama-for-amd, qui fournit des kernels pour %1.</translation>
    </message>
    <message>
        <source>Set HSA_OVERRIDE_GFX_VERSION=%1 for the Ollama service (systemd drop-in) and restart it, or use the Vulkan backend (OLLAMA_VULKAN=1).</source>
        <translation>Définissez HSA_OVERRIDE_GFX_VERSION=%1 pour le service Ollama (fichier drop-in systemd) et redémarrez-le, ou utilisez le backend Vulkan (OLLAMA_VULKAN=1).</translation>
    </message>
    <message>
        <source>No ROCm override fits %1; use the Vulkan backend (OLLAMA_VULKAN=1).</source>
        <translation>Aucune cible ROCm forcée ne convient à %1&#xa0;; utilisez le backend Vulkan (OLLAMA_VULKAN=1).</translation>
    </message>
    <message>
        <source>Ollama saw the %1 device at %2 but it did not initialise, so Ollama dropped it. Usually the GPU driver is older than the bundled %1 runtime needs, or the gfx target is not in this build.</source>
        <translation>Ollama a vu le périphérique %1 à l’emplacement %2, mais celui-ci ne s’est pas initialisé&#xa0;: Ollama l’a donc écarté. En général, le pilote du GPU est plus ancien que ce qu’exige le runtime %1 fourni, ou la cible gfx ne fait pas partie de cette version.</translation>
    </message>
    <message>
        <source>Update the AMD Adrenalin driver and restart Ollama; if it still fails, use the Vulkan backend (OLLAMA_VULKAN=1).</source>
        <translation>Mettez à jour le pilote AMD Adrenalin et redémarrez Ollama&#xa0;; si l’échec persiste, utilisez le backend Vulkan (OLLAMA_VULKAN=1).</translation>
    </message>
    <message>
        <source>Update the amdgpu/ROCm driver and restart Ollama; if it still fails, use the Vulkan backend (OLLAMA_VULKAN=1).</source>
        <translation>Mettez à jour le pilote amdgpu/ROCm et redémarrez Ollama&#xa0;; si l’échec persiste, utilisez le backend Vulkan (OLLAMA_VULKAN=1).</translation>
    </message>
    <message>
        <source>HSA_OVERRIDE_GFX_VERSION=%1 was recognised but Ollama ended with total_vram=&quot;0 B&quot;: the override only changes the reported architecture; the HIP runtime still cannot reach the GPU.</source>
        <translation>HSA_OVERRIDE_GFX_VERSION=%1 a été reconnu, mais Ollama s’est terminé avec total_vram=&quot;0 B&quot;&#xa0;: le forçage ne change que l’architecture annoncée&#xa0;; le runtime HIP ne peut toujours pas atteindre le GPU.</translation>
    </message>
    <message>
        <source>Install the AMD HIP SDK, or (simpler) remove the override and use the Vulkan backend (OLLAMA_VULKAN=1).</source>
        <translation>Installez l’AMD HIP SDK ou (plus simple) supprimez le forçage et utilisez le backend Vulkan (OLLAMA_VULKAN=1).</translation>
    </message>
    <message>
        <source>Remove the override and use the Vulkan backend (OLLAMA_VULKAN=1), or install a ROCm runtime that supports this GPU.</source>
        <translation>Supprimez le forçage et utilisez le backend Vulkan (OLLAMA_VULKAN=1), ou installez un runtime ROCm qui prend en charge ce GPU.</translation>
    </message>
    <message>
        <source>HSA_OVERRIDE_GFX_VERSION=%1 is set, but Windows does not go through HSA: the variable does nothing there.</source>
        <translation>HSA_OVERRIDE_GFX_VERSION=%1 est défini, mais Windows ne passe pas par HSA&#xa0;: la variable n’y a aucun effet.</translation>
    </message>
    <message>
        <source>Delete HSA_OVERRIDE_GFX_VERSION from the user and system environment variables and restart Ollama. For an unsupported GPU use Vulkan (OLLAMA_VULKAN=1) or the ollama-for-amd build.</source>
        <translation>Supprimez HSA_OVERRIDE_GFX_VERSION des variables d’environnement utilisateur et système, puis redémarrez Ollama. Pour un GPU non pris en charge, utilisez Vulkan (OLLAMA_VULKAN=1) ou la version ollama-for-amd.</translation>
    </message>
    <message>
        <source>HSA_OVERRIDE_GFX_VERSION=%1 is left over from a ROCm attempt, but Ollama now uses Vulkan. If ROCm loads again the override can make it crash or pick the wrong kernels.</source>
        <translation>HSA_OVERRIDE_GFX_VERSION=%1 reste d’une tentative avec ROCm, mais Ollama utilise désormais Vulkan. Si ROCm se charge à nouveau, ce forçage peut le faire planter ou lui faire choisir les mauvais kernels.</translation>
    </message>
    <message>
        <source>Remove HSA_OVERRIDE_GFX_VERSION from the Ollama service environment and restart it.</source>
        <translation>Supprimez HSA_OVERRIDE_GFX_VERSION de l’environnement du service Ollama et redémarrez-le.</translation>
    </message>
    <message>
        <source>Vulkan was requested, but Ollama prefers ROCm over Vulkan when both see the same GPU, so it still runs on ROCm.</source>
        <translation>Vulkan a été demandé, mais Ollama préfère ROCm à Vulkan quand les deux voient le même GPU&#xa0;: il tourne donc toujours sur ROCm.</translation>
    </message>
    <message>
        <source>Set OLLAMA_LLM_LIBRARY=vulkan and hide the ROCm devices (%1), then restart Ollama.</source>
        <translation>Définissez OLLAMA_LLM_LIBRARY=vulkan et masquez les périphériques ROCm (%1), puis redémarrez Ollama.</translation>
    </message>
    <message>
        <source>(detection: the user is not in the render group)</source>
        <translation>(détection&#xa0;: l’utilisateur n’est pas dans le groupe render)</translation>
    </message>
    <message>
        <source>The account Ollama runs as cannot open /dev/kfd and /dev/dri/renderD*: it is not in the render group.</source>
        <translation>Le compte sous lequel Ollama s’exécute ne peut pas ouvrir /dev/kfd et /dev/dri/renderD*&#xa0;: il n’est pas dans le groupe render.</translation>
    </message>
    <message>
        <source>sudo usermod -aG render,video ollama (for the service; use your own user name for `ollama serve`), then restart Ollama or log in again.</source>
        <translation>sudo usermod -aG render,video ollama (pour le service&#xa0;; pour `ollama serve`, utilisez votre propre nom d’utilisateur), puis redémarrez Ollama ou rouvrez votre session.</translation>
    </message>
    <message>
        <source>Only %1 of %2 layers fit in GPU memory; the rest run on the CPU, which is several times slower.</source>
        <translation>Seules %1 couches sur %2 tiennent dans la mémoire du GPU&#xa0;; le reste s’exécute sur le CPU, plusieurs fois plus lent.</translation>
    </message>
    <message>
        <source>Use a smaller quantisation (Q4_K_M instead of Q8_0/F16), a smaller context (OLLAMA_CONTEXT_LENGTH=4096) or close other programs that use GPU memory.</source>
        <translation>Utilisez une quantification plus petite (Q4_K_M au lieu de Q8_0/F16), un contexte plus petit (OLLAMA_CONTEXT_LENGTH=4096) ou fermez les autres programmes qui utilisent la mémoire du GPU.</translation>
    </message>
    <message>
        <source>Ollama found a GPU but offloaded 0 of %1 layers: the model did not fit at all, or num_gpu=0 was requested.</source>
        <translation>Ollama a trouvé un GPU mais y a déchargé 0 couche sur %1&#xa0;: le modèle ne tenait pas du tout, ou num_gpu=0 a été demandé.</translation>
    </message>
    <message>
        <source>Use a smaller model or quantisation, reduce the context, and check that no Modelfile/options set num_gpu 0.</source>
        <translation>Utilisez un modèle ou une quantification plus petits, réduisez le contexte et vérifiez qu’aucun Modelfile ni aucune option ne définit num_gpu 0.</translation>
    </message>
    <message>
        <source>%1 does not fit in GPU memory; the CPU part slows every token.</source>
        <translation>%1 ne tient pas dans la mémoire du GPU&#xa0;; la partie sur le CPU ralentit chaque token.</translation>
    </message>
    <message>
        <source>Use a smaller quantisation or context (OLLAMA_CONTEXT_LENGTH), or close other GPU programs.</source>
        <translation>Utilisez une quantification ou un contexte plus petits (OLLAMA_CONTEXT_LENGTH), ou fermez les autres programmes qui utilisent le GPU.</translation>
    </message>
    <message>
        <source>%1 is loaded entirely in system memory.</source>
        <translation>%1 est entièrement chargé en mémoire système.</translation>
    </message>
    <message>
        <source>See the other findings for why Ollama has no usable GPU.</source>
        <translation>Consultez les autres constats pour savoir pourquoi Ollama n’a aucun GPU utilisable.</translation>
    </message>
    <message>
        <source>%1=%2 (server saw &quot;%3&quot;)</source>
        <translation>%1=%2 (le serveur a vu &quot;%3&quot;)</translation>
    </message>
    <message>
        <source>(no &quot;server config&quot; line in the log: the server has not restarted since logging began)</source>
        <translation>(aucune ligne &quot;server config&quot; dans le journal&#xa0;: le serveur n’a pas redémarré depuis le début de la journalisation)</translation>
    </message>
    <message>
        <source>The running Ollama server did not receive: %1. It was not restarted after the change, or the setting went to a place the server does not read%2.</source>
        <translation>Le serveur Ollama en cours d’exécution n’a pas reçu&#xa0;: %1. Il n’a pas été redémarré après la modification, ou le réglage a été écrit à un endroit que le serveur ne lit pas%2.</translation>
    </message>
    <message>
        <source> (the Windows app overwrites OLLAMA_HOST, OLLAMA_MODELS, OLLAMA_CONTEXT_LENGTH, OLLAMA_ORIGINS from its own settings)</source>
        <translation> (l’application Windows écrase OLLAMA_HOST, OLLAMA_MODELS, OLLAMA_CONTEXT_LENGTH et OLLAMA_ORIGINS avec ses propres réglages)</translation>
    </message>
    <message>
        <source> (the systemd service ignores ~/.bashrc; use a drop-in)</source>
        <translation> (le service systemd ignore ~/.bashrc&#xa0;; utilisez un fichier drop-in)</translation>
    </message>
    <message>
        <source>Quit Ollama from the tray icon and start it again, then re-run diagnose.</source>
        <translation>Quittez Ollama depuis son icône dans la zone de notification et relancez-le, puis relancez diagnose.</translation>
    </message>
    <message>
        <source>sudo systemctl daemon-reload &amp;&amp; sudo systemctl restart ollama, then re-run diagnose.</source>
        <translation>sudo systemctl daemon-reload &amp;&amp; sudo systemctl restart ollama, puis relancez diagnose.</translation>
    </message>
    <message>
        <source>This Ollama has a Vulkan backend, but it is switched off.</source>
        <translation>Cet Ollama dispose d’un backend Vulkan, mais celui-ci est désactivé.</translation>
    </message>
    <message>
        <source>Set OLLAMA_VULKAN=1 for the Ollama server and restart it.</source>
        <translation>Définissez OLLAMA_VULKAN=1 pour le serveur Ollama et redémarrez-le.</translation>
    </message>
    <message>
        <source>Ollama could not confirm a recent AMD driver.</source>
        <translation>Ollama n’a pas pu confirmer la présence d’un pilote AMD récent.</translation>
    </message>
    <message>
        <source>Install the current AMD Adrenalin driver.</source>
        <translation>Installez le pilote AMD Adrenalin actuel.</translation>
    </message>
    <message>
        <source>Usually harmless with the in-kernel amdgpu driver; update the kernel/firmware if the GPU is not found.</source>
        <translation>Généralement sans gravité avec le pilote amdgpu intégré au noyau&#xa0;; mettez à jour le noyau ou le firmware si le GPU n’est pas trouvé.</translation>
    </message>
    <message>
        <source>Ollama skips Radeon integrated GPUs (id %1, %2 reported) by default.</source>
        <translation>Par défaut, Ollama ignore les GPU Radeon intégrés (id %1, %2 annoncés).</translation>
    </message>
    <message>
        <source>Nothing to do if another GPU is used. To use the iGPU, set OLLAMA_IGPU_ENABLE=1 (Ollama 0.30+) or use the Vulkan backend.</source>
        <translation>Rien à faire si un autre GPU est utilisé. Pour utiliser l’iGPU, définissez OLLAMA_IGPU_ENABLE=1 (Ollama 0.30+) ou utilisez le backend Vulkan.</translation>
    </message>
    <message>
        <source>Ollama found no usable GPU and runs on the CPU only.</source>
        <translation>Ollama n’a trouvé aucun GPU utilisable et s’exécute uniquement sur le CPU.</translation>
    </message>
    <message>
        <source>Check that the GPU driver is installed, then try the Vulkan backend (OLLAMA_VULKAN=1). Start Ollama with OLLAMA_DEBUG=1 to see why each GPU was rejected.</source>
        <translation>Vérifiez que le pilote du GPU est installé, puis essayez le backend Vulkan (OLLAMA_VULKAN=1). Lancez Ollama avec OLLAMA_DEBUG=1 pour voir pourquoi chaque GPU a été rejeté.</translation>
    </message>
</context>
<context>
    <name>ogs::EnvText</name>
    <message>
        <source>cannot write %1: the file is read-only (no write permission for anyone); make it writable first if it should change</source>
        <translation>impossible d’écrire %1&#xa0;: le fichier est en lecture seule (personne n’a le droit d’écriture)&#xa0;; rendez-le d’abord accessible en écriture s’il doit changer</translation>
    </message>
    <message>
        <source>cannot write %1: permission denied (the file is read-only for this user)</source>
        <translation>impossible d’écrire %1&#xa0;: permission refusée (le fichier est en lecture seule pour cet utilisateur)</translation>
    </message>
    <message>
        <source>cannot create the folder %1 (permission denied?)</source>
        <translation>impossible de créer le dossier %1 (permission refusée&#xa0;?)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot set the permissions of %1: %2</source>
        <translation>impossible de définir les permissions de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot keep the owner of %1 (uid %2, gid %3): %4</source>
        <translation>impossible de conserver le propriétaire de %1 (uid %2, gid %3)&#xa0;: %4</translation>
    </message>
    <message>
        <source>cannot remove %1: %2</source>
        <translation>impossible de supprimer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 n’est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot read the journal entry %1: %2</source>
        <translation>impossible de lire l’entrée de journal %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the journal entry %1 is damaged: %2</source>
        <translation>l’entrée de journal %1 est endommagée&#xa0;: %2</translation>
    </message>
    <message>
        <source>the saved copy %1 is missing or damaged; %2 was not touched</source>
        <translation>la copie sauvegardée %1 est manquante ou endommagée&#xa0;; %2 n’a pas été touché</translation>
    </message>
    <message>
        <source>Nothing to change: %1 already has these values.</source>
        <translation>Rien à modifier&#xa0;: %1 a déjà ces valeurs.</translation>
    </message>
    <message>
        <source>; nothing was changed</source>
        <translation>; rien n’a été modifié</translation>
    </message>
    <message>
        <source>%1 changed since the plan was made; nothing was changed (make the plan again)</source>
        <translation>%1 a changé depuis l’établissement du plan&#xa0;; rien n’a été modifié (établissez à nouveau le plan)</translation>
    </message>
    <message>
        <source>no registry on this platform; nothing was changed</source>
        <translation>pas de registre sur cette plateforme&#xa0;; rien n’a été modifié</translation>
    </message>
    <message>
        <source>%1\%2 changed since the plan was made; nothing was changed (make the plan again)</source>
        <translation>%1\%2 a changé depuis l’établissement du plan&#xa0;; rien n’a été modifié (établissez à nouveau le plan)</translation>
    </message>
    <message>
        <source>cannot create the journal folder %1; nothing was changed</source>
        <translation>impossible de créer le dossier du journal %1&#xa0;; rien n’a été modifié</translation>
    </message>
    <message>
        <source>cannot save the backup: %1</source>
        <translation>impossible d’enregistrer la sauvegarde&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot write the journal: %1</source>
        <translation>impossible d’écrire le journal&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1; restoring the files already written failed too (%2); `env undo` can finish it from %3</source>
        <translation>%1&#xa0;; la restauration des fichiers déjà écrits a également échoué (%2)&#xa0;; `env undo` peut la terminer à partir de %3</translation>
    </message>
    <message>
        <source> (previous content saved in %1/%2)</source>
        <translation> (contenu précédent sauvegardé dans %1/%2)</translation>
    </message>
    <message>
        <source>%1; restoring failed too (%2)</source>
        <translation>%1&#xa0;; la restauration a également échoué (%2)</translation>
    </message>
    <message>
        <source>Warning: the change is made but the journal could not be updated (%1); `env undo` still works from the pending entry</source>
        <translation>Avertissement&#xa0;: la modification est faite, mais le journal n’a pas pu être mis à jour (%1)&#xa0;; `env undo` fonctionne toujours à partir de l’entrée en attente</translation>
    </message>
    <message>
        <source>Warning: programs were not told about the change (%1); they see it after a restart</source>
        <translation>Avertissement&#xa0;: les programmes n’ont pas été informés de la modification (%1)&#xa0;; ils la verront après un redémarrage</translation>
    </message>
    <message>
        <source>; nothing was undone</source>
        <translation>; rien n’a été défait</translation>
    </message>
    <message>
        <source>nothing to undo: no applied change in %1</source>
        <translation>rien à défaire&#xa0;: aucune modification appliquée dans %1</translation>
    </message>
    <message>
        <source>%1 changed after ollama-gpu-setup wrote it (%2)</source>
        <translation>%1 a changé après son écriture par ollama-gpu-setup (%2)</translation>
    </message>
    <message>
        <source>the entry changed the Windows registry, which is not available here</source>
        <translation>l’entrée a modifié le registre Windows, qui n’est pas disponible ici</translation>
    </message>
    <message>
        <source>%1 changed after ollama-gpu-setup set it (%2)</source>
        <translation>%1 a changé après sa définition par ollama-gpu-setup (%2)</translation>
    </message>
    <message>
        <source>cannot write %1: permission denied</source>
        <translation>impossible d’écrire %1&#xa0;: permission refusée</translation>
    </message>
    <message>
        <source>; nothing was undone (the saved copies are in %1)</source>
        <translation>; rien n’a été défait (les copies sauvegardées sont dans %1)</translation>
    </message>
    <message>
        <source>Entry %1 was already undone on disk</source>
        <translation>L’entrée %1 avait déjà été défaite sur le disque</translation>
    </message>
    <message>
        <source>Warning: the files are restored but the journal could not be updated (%1)</source>
        <translation>Avertissement&#xa0;: les fichiers sont restaurés, mais le journal n’a pas pu être mis à jour (%1)</translation>
    </message>
    <message>
        <source>Warning: programs were not told about the change (%1)</source>
        <translation>Avertissement&#xa0;: les programmes n’ont pas été informés de la modification (%1)</translation>
    </message>
    <message>
        <source>%1 is a symbolic link that points nowhere usable (a loop or a chain of broken links)</source>
        <translation>%1 est un lien symbolique qui ne pointe vers rien d’utilisable (une boucle ou une chaîne de liens cassés)</translation>
    </message>
    <message>
        <source>%1 is larger than 16 MiB; not editing it</source>
        <translation>%1 dépasse 16 Mio&#xa0;; il n’est pas modifié</translation>
    </message>
    <message>
        <source>OLLAMA_HOST=%1 makes Ollama listen on every network interface, and its API has no authentication: anyone who can reach this machine can run, pull and delete models. If only WSL2 needs to reach Ollama on Windows, bind to the WSL virtual adapter&apos;s address instead (the IPv4 address of &apos;vEthernet (WSL)&apos; in ipconfig, e.g. OLLAMA_HOST=172.28.160.1:11434), or keep 0.0.0.0 behind a firewall rule that only allows the WSL subnet. To expose it anyway, add --allow-network-exposure</source>
        <translation>OLLAMA_HOST=%1 fait écouter Ollama sur toutes les interfaces réseau, et son API n’a aucune authentification&#xa0;: toute personne qui peut joindre cette machine peut exécuter, télécharger et supprimer des modèles. Si seul WSL2 doit joindre Ollama sous Windows, liez-le plutôt à l’adresse de l’adaptateur virtuel WSL (l’adresse IPv4 de &apos;vEthernet (WSL)&apos; dans ipconfig, p. ex. OLLAMA_HOST=172.28.160.1:11434), ou gardez 0.0.0.0 derrière une règle de pare-feu qui n’autorise que le sous-réseau WSL. Pour l’exposer malgré tout, ajoutez --allow-network-exposure</translation>
    </message>
    <message>
        <source>%1 is set twice</source>
        <translation>%1 est défini deux fois</translation>
    </message>
    <message>
        <source>%1 is both set and unset</source>
        <translation>%1 est à la fois défini et supprimé</translation>
    </message>
    <message>
        <source>%1 is not a variable ollama-gpu-setup manages (see `env --help` for the list)</source>
        <translation>%1 n’est pas une variable gérée par ollama-gpu-setup (voir `env --help` pour la liste)</translation>
    </message>
    <message>
        <source>%1 has no effect on Windows (ROCm on Windows does not go through HSA)</source>
        <translation>%1 n’a aucun effet sous Windows (ROCm sous Windows ne passe pas par HSA)</translation>
    </message>
    <message>
        <source>HSA_ENABLE_DXG_DETECTION only matters inside WSL2</source>
        <translation>HSA_ENABLE_DXG_DETECTION n’a d’importance qu’à l’intérieur de WSL2</translation>
    </message>
    <message>
        <source>%1 exists, so bash login shells read it instead of %2; make sure it sources %2, or use the bashrc target</source>
        <translation>%1 existe, les shells de connexion bash le lisent donc à la place de %2&#xa0;; assurez-vous qu’il source %2, ou utilisez la cible bashrc</translation>
    </message>
    <message>
        <source>%1 line %2 also sets %3 after our block, so that line wins; remove it by hand</source>
        <translation>%1, ligne %2, définit aussi %3 après notre bloc, c’est donc cette ligne qui l’emporte&#xa0;; supprimez-la à la main</translation>
    </message>
    <message>
        <source>%1 line %2 also sets %3; our block comes later and wins</source>
        <translation>%1, ligne %2, définit aussi %3&#xa0;; notre bloc vient après et l’emporte</translation>
    </message>
    <message>
        <source>%1 line %2 still sets %3; ollama-gpu-setup did not write that line and does not edit it; remove it by hand</source>
        <translation>%1, ligne %2, définit toujours %3&#xa0;; ollama-gpu-setup n’a pas écrit cette ligne et ne la modifie pas&#xa0;; supprimez-la à la main</translation>
    </message>
    <message>
        <source>the %1 target is only available on Windows</source>
        <translation>la cible %1 n’est disponible que sous Windows</translation>
    </message>
    <message>
        <source>%1 in %2 is REG_EXPAND_SZ, where &apos;%&apos; would expand other variables; the value cannot contain &apos;%&apos;</source>
        <translation>%1 dans %2 est de type REG_EXPAND_SZ, où &apos;%&apos; développerait d’autres variables&#xa0;; la valeur ne peut pas contenir &apos;%&apos;</translation>
    </message>
    <message>
        <source>Could not check the Ollama app&apos;s own settings: %1</source>
        <translation>Impossible de vérifier les réglages propres à l’application Ollama&#xa0;: %1</translation>
    </message>
    <message>
        <source>The Ollama app sets %1=%2 itself when it starts the server, from its setting %3 in %4, so the value here does not reach the server: change that setting in Ollama&apos;s Settings window instead</source>
        <translation>L’application Ollama définit elle-même %1=%2 quand elle démarre le serveur, à partir de son réglage %3 dans %4, donc la valeur définie ici n’atteint pas le serveur&#xa0;: modifiez plutôt ce réglage dans la fenêtre des réglages (Settings) d’Ollama</translation>
    </message>
    <message>
        <source>What the running Ollama sees is unknown (no &quot;server config&quot; log line found%1)</source>
        <translation>Ce que voit l’Ollama en cours d’exécution est inconnu (aucune ligne de journal &quot;server config&quot; trouvée%1)</translation>
    </message>
    <message>
        <source>; pass --log FILE to read a server.log</source>
        <translation>; passez --log FILE pour lire un server.log</translation>
    </message>
    <message>
        <source>%1=%2 is set in %3, but the running Ollama has %4: restart Ollama</source>
        <translation>%1=%2 est défini dans %3, mais l’Ollama en cours d’exécution voit %4&#xa0;: redémarrez Ollama</translation>
    </message>
    <message>
        <source>it unset</source>
        <translation>la variable non définie</translation>
    </message>
    <message>
        <source>The Ollama app starts the server with %1=%2 from its setting %3, whatever the environment says</source>
        <translation>L’application Ollama démarre le serveur avec %1=%2 d’après son réglage %3, quoi que dise l’environnement</translation>
    </message>
    <message>
        <source>a line break or control character cannot be written safely</source>
        <translation>un saut de ligne ou un caractère de contrôle ne peut pas être écrit sans risque</translation>
    </message>
    <message>
        <source>open a new terminal (or source the file), then restart `ollama serve`</source>
        <translation>ouvrez un nouveau terminal (ou sourcez le fichier), puis relancez `ollama serve`</translation>
    </message>
    <message>
        <source>log out and back in, then restart `ollama serve`</source>
        <translation>fermez la session et rouvrez-la, puis relancez `ollama serve`</translation>
    </message>
    <message>
        <source>open a new fish shell, then restart `ollama serve`</source>
        <translation>ouvrez un nouveau shell fish, puis relancez `ollama serve`</translation>
    </message>
    <message>
        <source>log out and back in (pam_env reads it at login), then restart Ollama</source>
        <translation>fermez la session et rouvrez-la (pam_env le lit à l’ouverture de session), puis relancez Ollama</translation>
    </message>
    <message>
        <source>quit Ollama from the tray (or stop &apos;ollama app.exe&apos; and &apos;ollama.exe&apos;) and start it again</source>
        <translation>quittez Ollama depuis la zone de notification (ou arrêtez &apos;ollama app.exe&apos; et &apos;ollama.exe&apos;) et relancez-le</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid variable name</source>
        <translation>&apos;%1&apos; n’est pas un nom de variable valide</translation>
    </message>
    <message>
        <source>%1 for etc-environment: the character %2 cannot be written safely (pam_env has no escapes); use another target</source>
        <translation>%1 pour etc-environment&#xa0;: le caractère %2 ne peut pas être écrit sans risque (pam_env n’a pas de séquences d’échappement)&#xa0;; utilisez une autre cible</translation>
    </message>
    <message>
        <source>unknown target</source>
        <translation>cible inconnue</translation>
    </message>
    <message>
        <source>%1: a second ollama-gpu-setup block starts at line %2 (the first at line %3); remove one by hand</source>
        <translation>%1&#xa0;: un second bloc ollama-gpu-setup commence à la ligne %2 (le premier à la ligne %3)&#xa0;; supprimez-en un à la main</translation>
    </message>
    <message>
        <source>%1: line %2 ends an ollama-gpu-setup block that was never started; fix the markers by hand</source>
        <translation>%1&#xa0;: la ligne %2 termine un bloc ollama-gpu-setup qui n’a jamais commencé&#xa0;; corrigez les marqueurs à la main</translation>
    </message>
    <message>
        <source>%1: the ollama-gpu-setup block starting at line %2 has no end marker (%3); fix it by hand</source>
        <translation>%1&#xa0;: le bloc ollama-gpu-setup qui commence à la ligne %2 n’a pas de marqueur de fin (%3)&#xa0;; corrigez-le à la main</translation>
    </message>
    <message>
        <source>%1: line %2 inside the ollama-gpu-setup block was edited by hand and is not understood: %3</source>
        <translation>%1&#xa0;: la ligne %2 du bloc ollama-gpu-setup a été modifiée à la main et n’est pas comprise&#xa0;: %3</translation>
    </message>
    <message>
        <source>cannot read %1: Qt&apos;s SQLite driver is not installed</source>
        <translation>impossible de lire %1&#xa0;: le pilote SQLite de Qt n’est pas installé</translation>
    </message>
    <message>
        <source>cannot read %1 (copying it failed)</source>
        <translation>impossible de lire %1 (la copie a échoué)</translation>
    </message>
    <message>
        <source>%1 has no settings table (not an Ollama app database?)</source>
        <translation>%1 n’a pas de table settings (ce n’est pas une base de données de l’application Ollama&#xa0;?)</translation>
    </message>
    <message>
        <source>cannot read the settings in %1: %2</source>
        <translation>impossible de lire les réglages dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Ran systemctl %1</source>
        <translation>systemctl %1 exécuté</translation>
    </message>
    <message>
        <source>Warning: systemctl %1 failed; run: %2</source>
        <translation>Avertissement&#xa0;: systemctl %1 a échoué&#xa0;; exécutez&#xa0;: %2</translation>
    </message>
    <message>
        <source>Ollama on Windows runs as the tray app, which reads the user&apos;s environment variables when it starts</source>
        <translation>Ollama sous Windows s’exécute comme application de la zone de notification, qui lit les variables d’environnement de l’utilisateur à son démarrage</translation>
    </message>
    <message>
        <source>the ollama systemd service is active; a service does not read ~/.bashrc, so the variables go into a drop-in for the unit</source>
        <translation>le service systemd ollama est actif&#xa0;; un service ne lit pas ~/.bashrc, les variables vont donc dans un fichier drop-in pour l’unité</translation>
    </message>
    <message>
        <source>`ollama serve` runs by hand (pid %1, user %2); it takes its variables from the shell that starts it, so they go into %3</source>
        <translation>`ollama serve` a été lancé à la main (pid %1, utilisateur %2)&#xa0;; il prend ses variables dans le shell qui le lance, elles vont donc dans %3</translation>
    </message>
    <message>
        <source>Ollama is installed as a systemd service (%1), though it is not running now</source>
        <translation>Ollama est installé comme service systemd (%1), même s’il ne s’exécute pas en ce moment</translation>
    </message>
    <message>
        <source>no Ollama service or running `ollama serve` was found; the variables go where your shell (%1) reads them, for a manual `ollama serve`</source>
        <translation>aucun service Ollama ni aucun `ollama serve` en cours d’exécution n’a été trouvé&#xa0;; les variables vont là où votre shell (%1) les lit, pour un `ollama serve` lancé à la main</translation>
    </message>
    <message>
        <source>unknown, assuming bash</source>
        <translation>inconnu, bash supposé</translation>
    </message>
    <message>
        <source>. This is WSL2: if Ollama runs on Windows instead, its variables belong in the Windows user environment (run ollama-gpu-setup.exe env there, target windows-user), and only OLLAMA_HOST belongs here</source>
        <translation>. Ceci est WSL2&#xa0;: si Ollama s’exécute plutôt sous Windows, ses variables doivent aller dans l’environnement utilisateur de Windows (exécutez-y ollama-gpu-setup.exe env, cible windows-user), et seul OLLAMA_HOST doit aller ici</translation>
    </message>
    <message>
        <source>Ollama did not stop</source>
        <translation>Ollama ne s’est pas arrêté</translation>
    </message>
    <message>
        <source>cannot start %1</source>
        <translation>impossible de démarrer %1</translation>
    </message>
    <message>
        <source>Restarted Ollama: stopped %1, started %2</source>
        <translation>Ollama redémarré&#xa0;: %1 arrêté, %2 démarré</translation>
    </message>
    <message>
        <source>Ollama was not running; started %1</source>
        <translation>Ollama ne tournait pas&#xa0;; %1 démarré</translation>
    </message>
    <message>
        <source>Warning: %1, so Ollama was not restarted; %2</source>
        <translation>Avertissement&#xa0;: %1, donc Ollama n’a pas été redémarré&#xa0;; %2</translation>
    </message>
    <message>
        <source>Ollama is not running and its app is not at %1; start Ollama when it is installed: it reads the new variables when it starts</source>
        <translation>Ollama ne tourne pas et son application n’est pas dans %1&#xa0;; démarrez Ollama une fois installé&#xa0;: il lit les nouvelles variables au démarrage</translation>
    </message>
    <message>
        <source>Warning: Ollama&apos;s app is not at %1, so Ollama was not restarted (nothing was stopped); %2</source>
        <translation>Avertissement&#xa0;: l’application Ollama n’est pas dans %1, donc Ollama n’a pas été redémarré (rien n’a été arrêté)&#xa0;; %2</translation>
    </message>
    <message>
        <source>Warning: %1; nothing was started; %2</source>
        <translation>Avertissement&#xa0;: %1&#xa0;; rien n’a été démarré&#xa0;; %2</translation>
    </message>
    <message>
        <source>Warning: stopped %1, but %2; start Ollama from the Start menu</source>
        <translation>Avertissement&#xa0;: %1 arrêté, mais %2&#xa0;; démarrez Ollama depuis le menu Démarrer</translation>
    </message>
    <message>
        <source>refusing to trust %1: %2; it must be owned by uid %3 and writable by nobody else (remove it or fix its owner and mode); nothing was changed</source>
        <translation>%1 n&apos;est pas digne de confiance : %2 ; il doit appartenir à l&apos;uid %3 et n&apos;être modifiable par personne d&apos;autre (supprimez-le ou corrigez son propriétaire et ses droits) ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>it is a symbolic link</source>
        <translation>c&apos;est un lien symbolique</translation>
    </message>
    <message>
        <source>owner uid %1, mode %2</source>
        <translation>propriétaire uid %1, mode %2</translation>
    </message>
    <message>
        <source>the journal names %1, which is not a file this helper manages; refused, nothing was undone</source>
        <translation>le journal nomme %1, qui n&apos;est pas un fichier géré par cet assistant ; refusé, rien n&apos;a été annulé</translation>
    </message>
    <message>
        <source>%1 changed since the plan was made (SHA-256 now %2, expected %3); nothing was changed (make the plan again)</source>
        <translation>%1 a changé depuis le plan (SHA-256 maintenant %2, attendu %3) ; rien n&apos;a été modifié (refaites le plan)</translation>
    </message>
    <message>
        <source>another env apply or undo is running (it holds %1); nothing was changed, try again when it has finished</source>
        <translation>un autre env apply ou undo est en cours (il détient %1) ; rien n&apos;a été modifié, réessayez quand il aura fini</translation>
    </message>
    <message>
        <source>cannot create the folder %1; nothing was changed</source>
        <translation>impossible de créer le dossier %1 ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>%1, process %2</source>
        <translation>%1, processus %2</translation>
    </message>
    <message>
        <source>cannot create the lock file %1 (disk full or read-only?); nothing was changed</source>
        <translation>impossible de créer le fichier de verrou %1 (disque plein ou en lecture seule ?) ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>cannot open the folder %1 to lock it</source>
        <translation>impossible d&apos;ouvrir le dossier %1 pour le verrouiller</translation>
    </message>
    <message>
        <source>a lock on the folder %1</source>
        <translation>un verrou sur le dossier %1</translation>
    </message>
    <message>
        <source>%1 for etc-environment: the line would be %2 bytes, and pam_env drops a line over %3 bytes (and every line after it); use a shorter value or another target</source>
        <translation>%1 pour etc-environment : la ligne ferait %2 octets, et pam_env ignore une ligne de plus de %3 octets (et toutes les lignes suivantes) ; utilisez une valeur plus courte ou une autre cible</translation>
    </message>
</context>
<context>
    <name>ogs::InstallText</name>
    <message>
        <source>no data for %1 s</source>
        <translation>aucune donnée depuis %1 s</translation>
    </message>
    <message>
        <source>not an http(s) address</source>
        <translation>ce n’est pas une adresse http(s)</translation>
    </message>
    <message>
        <source>cannot create the download folder %1</source>
        <translation>impossible de créer le dossier de téléchargement %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>redirected from https to %1; refused</source>
        <translation>redirigé de https vers %1&#xa0;; refusé</translation>
    </message>
    <message>
        <source>redirected to another host (%1); refused</source>
        <translation>redirigé vers un autre hôte (%1)&#xa0;; refusé</translation>
    </message>
    <message>
        <source>larger than %1 bytes; refused</source>
        <translation>plus de %1 octets&#xa0;; refusé</translation>
    </message>
    <message>
        <source>TLS certificate problem: %1</source>
        <translation>problème de certificat TLS&#xa0;: %1</translation>
    </message>
    <message>
        <source>the connection broke after %1 bytes (%2)</source>
        <translation>la connexion a été coupée après %1 octets (%2)</translation>
    </message>
    <message>
        <source>truncated: %1 of %2 bytes arrived</source>
        <translation>tronqué&#xa0;: %1 octets sur %2 reçus</translation>
    </message>
    <message>
        <source>SHA-256 mismatch: got %1, the release publishes %2</source>
        <translation>SHA-256 différent&#xa0;: obtenu %1, la version publiée annonce %2</translation>
    </message>
    <message>
        <source>cannot replace %1</source>
        <translation>impossible de remplacer %1</translation>
    </message>
    <message>
        <source>cannot rename %1 to %2: %3</source>
        <translation>impossible de renommer %1 en %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>The ollama-for-amd path needs the ollama-for-amd build, not the official one.</source>
        <translation>Le mode ollama-for-amd nécessite la version ollama-for-amd, pas la version officielle.</translation>
    </message>
    <message>
        <source>ollama-for-amd is built for Windows only; on Linux the official build runs these GPUs (with HSA_OVERRIDE_GFX_VERSION or Vulkan).</source>
        <translation>ollama-for-amd n’est compilé que pour Windows&#xa0;; sous Linux, la version officielle fait fonctionner ces GPU (avec HSA_OVERRIDE_GFX_VERSION ou Vulkan).</translation>
    </message>
    <message>
        <source>Ollama runs on the Windows host for this path; nothing is installed inside WSL.</source>
        <translation>Avec ce mode, Ollama s’exécute sur l’hôte Windows&#xa0;; rien n’est installé dans WSL.</translation>
    </message>
    <message>
        <source>Ollama %1 has no Vulkan backend; %2 or newer does.</source>
        <translation>Ollama %1 n’a pas de backend Vulkan&#xa0;; les versions %2 et ultérieures en ont un.</translation>
    </message>
    <message>
        <source>the newest Ollama</source>
        <translation>la dernière version d’Ollama</translation>
    </message>
    <message>
        <source>Ollama is not installed; %1 (%2) will be.</source>
        <translation>Ollama n’est pas installé&#xa0;; %1 (%2) le sera.</translation>
    </message>
    <message>
        <source>Ollama is installed but its version is unknown (`ollama --version` said nothing); nothing is changed.</source>
        <translation>Ollama est installé mais sa version est inconnue (`ollama --version` n’a rien renvoyé)&#xa0;; rien n’est modifié.</translation>
    </message>
    <message>
        <source>Run `ollama --version`; the %1 path needs %2 or newer.</source>
        <translation>Exécutez `ollama --version`&#xa0;; le mode %1 nécessite %2 ou une version ultérieure.</translation>
    </message>
    <message>
        <source>Ollama %1 is installed; you asked for %2.</source>
        <translation>Ollama %1 est installé&#xa0;; vous avez demandé %2.</translation>
    </message>
    <message>
        <source>Ollama %1 is installed; %2 is the newest release.</source>
        <translation>Ollama %1 est installé&#xa0;; %2 est la dernière version publiée.</translation>
    </message>
    <message>
        <source>Ollama %1 (%2) is installed%3; nothing to change.</source>
        <translation>Ollama %1 (%2) est installé%3&#xa0;; rien à modifier.</translation>
    </message>
    <message>
        <source> and fits the %1 path</source>
        <translation> et convient au mode %1</translation>
    </message>
    <message>
        <source>The newest release is unknown (the release feed was not read).</source>
        <translation>La dernière version publiée est inconnue (le flux des versions n’a pas été lu).</translation>
    </message>
    <message>
        <source>Vulkan is opt-in before Ollama 0.30: set OLLAMA_VULKAN=1 (`ollama-gpu-setup env plan --path vulkan` does).</source>
        <translation>Avant Ollama 0.30, Vulkan doit être activé explicitement&#xa0;: définissez OLLAMA_VULKAN=1 (c’est ce que fait `ollama-gpu-setup env plan --path vulkan`).</translation>
    </message>
    <message>
        <source>HSA_OVERRIDE_GFX_VERSION only made sense for ollama-for-amd; it is cleared.</source>
        <translation>HSA_OVERRIDE_GFX_VERSION n’avait de sens que pour ollama-for-amd&#xa0;; il est supprimé.</translation>
    </message>
    <message>
        <source>download failed, nothing was run: %1</source>
        <translation>échec du téléchargement, rien n’a été exécuté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Ollama did not answer at %1 within %2 s after the install: %3</source>
        <translation>Ollama n’a pas répondu à l’adresse %1 dans les %2 s suivant l’installation&#xa0;: %3</translation>
    </message>
    <message>
        <source>cannot read %1 to check it</source>
        <translation>impossible de lire %1 pour le vérifier</translation>
    </message>
    <message>
        <source>%1 has SHA-256 %2, not the published %3; it was deleted and not run</source>
        <translation>%1 a le SHA-256 %2, et non le %3 publié&#xa0;; il a été supprimé et n’a pas été exécuté</translation>
    </message>
    <message>
        <source>cannot read %1 to show it</source>
        <translation>impossible de lire %1 pour l’afficher</translation>
    </message>
    <message>
        <source>stopped after showing %1; nothing was run</source>
        <translation>arrêt après l’affichage de %1&#xa0;; rien n’a été exécuté</translation>
    </message>
    <message>
        <source>refusing to run %1: it was not verified</source>
        <translation>refus d’exécuter %1&#xa0;: il n’a pas été vérifié</translation>
    </message>
    <message>
        <source>refusing to run %1: it changed after it was verified (SHA-256 %2, verified %3)</source>
        <translation>refus d’exécuter %1&#xa0;: il a changé après sa vérification (SHA-256 %2, vérifié %3)</translation>
    </message>
    <message>
        <source>no process runner</source>
        <translation>aucun exécuteur de processus</translation>
    </message>
    <message>
        <source>could not start %1</source>
        <translation>impossible de démarrer %1</translation>
    </message>
    <message>
        <source>%1 exited with code %2%3</source>
        <translation>%1 s’est terminé avec le code %2%3</translation>
    </message>
    <message>
        <source>Ollama is installed, but %1 could not be removed: %2</source>
        <translation>Ollama est installé, mais %1 n’a pas pu être supprimé&#xa0;: %2</translation>
    </message>
    <message>
        <source>no way to change the environment here</source>
        <translation>aucun moyen de modifier l’environnement ici</translation>
    </message>
    <message>
        <source>Wait up to %1 s for Ollama to answer at %2</source>
        <translation>Attendre jusqu’à %1 s qu’Ollama réponde à l’adresse %2</translation>
    </message>
    <message>
        <source>no release was read, so there is no installer to download</source>
        <translation>aucune version publiée n’a été lue, il n’y a donc pas de programme d’installation à télécharger</translation>
    </message>
    <message>
        <source>release %1 publishes no SHA-256 for %2 (no digest, no sha256sum.txt entry, no %2.sha256); refusing to run it unverified</source>
        <translation>la version %1 ne publie aucun SHA-256 pour %2 (pas de digest, pas d’entrée dans sha256sum.txt, pas de %2.sha256)&#xa0;; refus de l’exécuter sans vérification</translation>
    </message>
    <message>
        <source>%1 from release %2 of %3, run silently.</source>
        <translation>%1 de la version publiée %2 (%3), exécuté en mode silencieux.</translation>
    </message>
    <message>
        <source>Download %1 to %2 (kept as .part until its SHA-256 matches)</source>
        <translation>Télécharger %1 dans %2 (conservé en .part jusqu’à ce que son SHA-256 corresponde)</translation>
    </message>
    <message>
        <source>Check its SHA-256 is %1 (published in %2)</source>
        <translation>Vérifier que son SHA-256 est %1 (publié dans&#xa0;: %2)</translation>
    </message>
    <message>
        <source>Run the installer silently</source>
        <translation>Exécuter le programme d’installation en mode silencieux</translation>
    </message>
    <message>
        <source>The new build is installed over the old one; the old uninstaller is not run, so downloaded models stay.</source>
        <translation>La nouvelle version est installée par-dessus l’ancienne&#xa0;; l’ancien programme de désinstallation n’est pas exécuté, les modèles téléchargés sont donc conservés.</translation>
    </message>
    <message>
        <source>Install the %1 package</source>
        <translation>Installer le paquet %1</translation>
    </message>
    <message>
        <source>Start the ollama service</source>
        <translation>Démarrer le service ollama</translation>
    </message>
    <message>
        <source>Install the %1 package and start the ollama service, as root through pkexec (the helper runs: pacman -S --needed --noconfirm %1; systemctl enable --now ollama.service)</source>
        <translation>Installer le paquet %1 et démarrer le service ollama, en tant que root via pkexec (le programme auxiliaire exécute&#xa0;: pacman -S --needed --noconfirm %1; systemctl enable --now ollama.service)</translation>
    </message>
    <message>
        <source>Download the official install script %1 to %2</source>
        <translation>Télécharger le script d’installation officiel %1 dans %2</translation>
    </message>
    <message>
        <source>Show the script in full with its SHA-256; it runs only after you have seen it, and only if its SHA-256 is still the one shown</source>
        <translation>Afficher le script en entier avec son SHA-256&#xa0;; il ne s’exécute qu’après que vous l’avez vu, et seulement si son SHA-256 est toujours celui affiché</translation>
    </message>
    <message>
        <source>Run the script as root</source>
        <translation>Exécuter le script en tant que root</translation>
    </message>
    <message>
        <source>Run the script as root through pkexec (the helper checks its SHA-256 again and runs its own copy with sh)</source>
        <translation>Exécuter le script en tant que root via pkexec (le programme auxiliaire vérifie à nouveau son SHA-256 et exécute sa propre copie avec sh)</translation>
    </message>
    <message>
        <source>installing Ollama on %1 is not supported; use the installer from ollama.com</source>
        <translation>l’installation d’Ollama sur %1 n’est pas prise en charge&#xa0;; utilisez le programme d’installation d’ollama.com</translation>
    </message>
    <message>
        <source>Remove HSA_OVERRIDE_GFX_VERSION (it only made sense for ollama-for-amd)</source>
        <translation>Supprimer HSA_OVERRIDE_GFX_VERSION (il n’avait de sens que pour ollama-for-amd)</translation>
    </message>
    <message>
        <source>`%1 env apply --unset %2` failed</source>
        <translation>`%1 env apply --unset %2` a échoué</translation>
    </message>
    <message>
        <source>this system</source>
        <translation>ce système</translation>
    </message>
    <message>
        <source>%1 has no Ollama package; the official install script is used.</source>
        <translation>%1 n’a pas de paquet Ollama&#xa0;; le script d’installation officiel est utilisé.</translation>
    </message>
    <message>
        <source>pacman installs the repository&apos;s version, not %1; the official install script is used.</source>
        <translation>pacman installe la version du dépôt, pas %1&#xa0;; le script d’installation officiel est utilisé.</translation>
    </message>
    <message>
        <source>%1 packages Ollama; %2 is the package for the %3 path.</source>
        <translation>%1 fournit Ollama en paquet&#xa0;; %2 est le paquet pour le mode %3.</translation>
    </message>
    <message>
        <source>the official build</source>
        <translation>la version officielle</translation>
    </message>
    <message>
        <source>the ollama-for-amd build</source>
        <translation>la version ollama-for-amd</translation>
    </message>
    <message>
        <source>the release feed is not JSON (%1 at byte %2)</source>
        <translation>le flux des versions n’est pas du JSON (%1 à l’octet %2)</translation>
    </message>
    <message>
        <source>the release feed is not a JSON object</source>
        <translation>le flux des versions n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>the release feed has no tag_name</source>
        <translation>le flux des versions n’a pas de tag_name</translation>
    </message>
    <message>
        <source>the release feed has no assets list</source>
        <translation>le flux des versions n’a pas de liste assets</translation>
    </message>
    <message>
        <source>the release feed has an asset without a name or a download address</source>
        <translation>le flux des versions contient un fichier sans nom ni adresse de téléchargement</translation>
    </message>
    <message>
        <source>cannot read the release feed: %1</source>
        <translation>impossible de lire le flux des versions&#xa0;: %1</translation>
    </message>
    <message>
        <source>release %1 has no Windows installer (OllamaSetup.exe)</source>
        <translation>la version %1 n’a pas de programme d’installation Windows (OllamaSetup.exe)</translation>
    </message>
    <message>
        <source>the feed&apos;s digest</source>
        <translation>le digest du flux</translation>
    </message>
    <message>
        <source>release %1 publishes two different SHA-256 values for %2 (%3: %4, %5: %6); refused</source>
        <translation>la version %1 publie deux SHA-256 différents pour %2 (%3&#xa0;: %4, %5&#xa0;: %6)&#xa0;; refusé</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The installed Ollama%1 is %2; you asked for %3.</source>
        <translation>L’Ollama%1 installé est %2&#xa0;; vous avez demandé %3.</translation>
    </message>
    <message>
        <source>The installed Ollama%1 is %2; the %3 path needs %4.</source>
        <translation>L’Ollama%1 installé est %2&#xa0;; le mode %3 nécessite %4.</translation>
    </message>
    <message>
        <source>too many redirects (a loop, or more than %1)</source>
        <translation>trop de redirections (une boucle, ou plus de %1)</translation>
    </message>
</context>
<context>
    <name>ogs::OllamaText</name>
    <message>
        <source>The test prompt failed: %1</source>
        <translation>La requête de test a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>The model ran entirely on the CPU (%1). GPU acceleration is not working; run `ollama-gpu-setup diagnose`.</source>
        <translation>Le modèle s’est exécuté entièrement sur le CPU (%1). L’accélération GPU ne fonctionne pas&#xa0;; exécutez `ollama-gpu-setup diagnose`.</translation>
    </message>
    <message>
        <source>Generation ran at %1, below the %2 expected for this GPU. %3</source>
        <translation>La génération a atteint %1, en dessous des %2 attendus pour ce GPU. %3</translation>
    </message>
    <message>
        <source>Part of the model is on the CPU (%1): use a smaller quantisation or context.</source>
        <translation>Une partie du modèle est sur le CPU (%1)&#xa0;: utilisez une quantification ou un contexte plus petits.</translation>
    </message>
    <message>
        <source>Check for a partial offload or a slower backend with `ollama-gpu-setup diagnose`.</source>
        <translation>Recherchez un déchargement partiel ou un backend plus lent avec `ollama-gpu-setup diagnose`.</translation>
    </message>
    <message>
        <source>Generation ran at %1, faster than the %2 expected. Acceleration works.</source>
        <translation>La génération a atteint %1, plus vite que les %2 attendus. L’accélération fonctionne.</translation>
    </message>
    <message>
        <source>Generation ran at %1, within the %2 expected. Acceleration works.</source>
        <translation>La génération a atteint %1, dans la plage attendue de %2. L’accélération fonctionne.</translation>
    </message>
    <message>
        <source>Generation ran at %1 on %2; no expected range is known for this GPU.</source>
        <translation>La génération a atteint %1 sur %2&#xa0;; aucune plage attendue n’est connue pour ce GPU.</translation>
    </message>
    <message>
        <source>an unknown processor</source>
        <translation>un processeur inconnu</translation>
    </message>
    <message>
        <source>Contacting Ollama</source>
        <translation>Connexion à Ollama</translation>
    </message>
    <message>
        <source>Loading %1 on the %2</source>
        <translation>Chargement de %1 sur le %2</translation>
    </message>
    <message>
        <source>Generating %1 tokens on the %2</source>
        <translation>Génération de %1 tokens sur le %2</translation>
    </message>
    <message>
        <source>Ollama is not running at %1: the connection was still refused after %2 s. To start it, %3.</source>
        <translation>Ollama ne s’exécute pas à l’adresse %1&#xa0;: la connexion était toujours refusée après %2 s. Pour le démarrer, %3.</translation>
    </message>
    <message>
        <source>Ollama is not running at %1 (connection refused). To start it, %2.</source>
        <translation>Ollama ne s’exécute pas à l’adresse %1 (connexion refusée). Pour le démarrer, %2.</translation>
    </message>
    <message>
        <source>The host of %1 does not resolve. Check OLLAMA_HOST or --host.</source>
        <translation>L’hôte de %1 ne peut pas être résolu. Vérifiez OLLAMA_HOST ou --host.</translation>
    </message>
    <message>
        <source>No connection to Ollama at %1 within %2 s. Check the address, the firewall, and that Ollama listens on that interface (OLLAMA_HOST=0.0.0.0 when connecting from WSL2).</source>
        <translation>Aucune connexion à Ollama à l’adresse %1 dans les %2 s. Vérifiez l’adresse, le pare-feu et qu’Ollama écoute sur cette interface (OLLAMA_HOST=0.0.0.0 pour une connexion depuis WSL2).</translation>
    </message>
    <message>
        <source>Ollama stopped sending in the middle of the answer to %1: nothing for %2 s. The model runner may have hung or crashed; look at its server log.</source>
        <translation>Ollama a cessé d’envoyer au milieu de la réponse à %1&#xa0;: rien depuis %2 s. Le runner du modèle s’est peut-être figé ou a planté&#xa0;; consultez le journal de son serveur.</translation>
    </message>
    <message>
        <source>The request %1 did not finish within %2 s and was cancelled.</source>
        <translation>La requête %1 ne s’est pas terminée dans les %2 s et a été annulée.</translation>
    </message>
    <message>
        <source>Ollama answered HTTP %1 to %2: %3</source>
        <translation>Ollama a répondu HTTP %1 à %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>(no message)</source>
        <translation>(aucun message)</translation>
    </message>
    <message>
        <source>Ollama reported an error while answering %1: %2</source>
        <translation>Ollama a signalé une erreur en répondant à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The answer to %1 from %2 is not valid JSON (it starts with &quot;%3&quot;). Is this address really Ollama?</source>
        <translation>La réponse à %1 venant de %2 n’est pas du JSON valide (elle commence par &quot;%3&quot;). Cette adresse est-elle vraiment celle d’Ollama&#xa0;?</translation>
    </message>
    <message>
        <source>Ollama sent more than %1 KiB without a line break in the answer to %2; the answer was abandoned.</source>
        <translation>Ollama a envoyé plus de %1 Kio sans saut de ligne dans la réponse à %2&#xa0;; la réponse a été abandonnée.</translation>
    </message>
    <message>
        <source>The connection to Ollama closed before the answer to %1 was complete (after %2 objects). Ollama may have crashed or restarted; look at its server log.</source>
        <translation>La connexion à Ollama s’est fermée avant que la réponse à %1 soit complète (après %2 objets). Ollama a peut-être planté ou redémarré&#xa0;; consultez le journal de son serveur.</translation>
    </message>
    <message>
        <source>The request %1 was cancelled.</source>
        <translation>La requête %1 a été annulée.</translation>
    </message>
    <message>
        <source>Could not talk to Ollama at %1: %2</source>
        <translation>Impossible de communiquer avec Ollama à l’adresse %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>start the Ollama app from the Start menu, or run `ollama serve` in a terminal</source>
        <translation>démarrez l’application Ollama depuis le menu Démarrer, ou exécutez `ollama serve` dans un terminal</translation>
    </message>
    <message>
        <source>open the Ollama app, or run `ollama serve` in a terminal</source>
        <translation>ouvrez l’application Ollama, ou exécutez `ollama serve` dans un terminal</translation>
    </message>
    <message>
        <source>run `sudo systemctl start ollama` if it is installed as a service, otherwise `ollama serve` in a terminal</source>
        <translation>exécutez `sudo systemctl start ollama` s’il est installé comme service, sinon `ollama serve` dans un terminal</translation>
    </message>
    <message>
        <source> Note: %1.</source>
        <translation> Remarque&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Generation ran at %1 with the GPU and %2 on the processor alone (%3x): the GPU is not speeding it up. Run `ollama-gpu-setup diagnose`.</source>
        <translation>La génération a tourné à %1 avec le GPU et à %2 sur le processeur seul (%3x) : le GPU ne l’accélère pas. Lancez `ollama-gpu-setup diagnose`.</translation>
    </message>
    <message>
        <source>Generation ran at %1, but only part of the model is on the GPU (%2): the rest runs on the processor. Use a smaller quantisation or context so that all of it fits.</source>
        <translation>La génération a tourné à %1, mais seule une partie du modèle est sur le GPU (%2) : le reste tourne sur le processeur. Utilisez une quantification ou un contexte plus petits pour que tout tienne.</translation>
    </message>
    <message>
        <source>Ollama at %1 accepted the request %2 but sent nothing for %3 s: it may be stuck loading the model; look at its server log, or restart it.</source>
        <translation>Ollama à %1 a accepté la requête %2 mais n’a rien envoyé pendant %3 s : il est peut-être bloqué au chargement du modèle ; consultez son journal serveur ou redémarrez-le.</translation>
    </message>
    <message>
        <source>Ollama at %1 accepted the connection but sent nothing for %3 s in answer to %2: Ollama may be stuck; restart it.</source>
        <translation>Ollama à %1 a accepté la connexion mais n’a rien envoyé pendant %3 s en réponse à %2 : Ollama est peut-être bloqué ; redémarrez-le.</translation>
    </message>
    <message>
        <source>The model &apos;%1&apos; is not installed in Ollama (%2). Install it first: %3</source>
        <translation>Le modèle &apos;%1&apos; n&apos;est pas installé dans Ollama (%2). Installez-le d&apos;abord : %3</translation>
    </message>
    <message>
        <source>%1 at %2 answered with too many redirects (a loop, or more than %3); not followed. Is this address really Ollama?</source>
        <translation>%1 à %2 a répondu par trop de redirections (une boucle, ou plus de %3) ; non suivies. Cette adresse est-elle vraiment Ollama ?</translation>
    </message>
    <message>
        <source>%1 at %2 redirected to another address (%3); not followed, so no answer from another server is taken for Ollama&apos;s. Check OLLAMA_HOST or --host.</source>
        <translation>%1 à %2 a redirigé vers une autre adresse (%3) ; non suivie, afin qu&apos;aucune réponse d&apos;un autre serveur ne passe pour celle d&apos;Ollama. Vérifiez OLLAMA_HOST ou --host.</translation>
    </message>
</context>
<context>
    <name>ogs::RecommendText</name>
    <message>
        <source>no expected speed: the %1 path is not offered for %2</source>
        <translation>pas de vitesse attendue&#xa0;: le mode %1 n’est pas proposé pour %2</translation>
    </message>
    <message>
        <source>no expected speed: the speed table has no row for %1</source>
        <translation>pas de vitesse attendue&#xa0;: la table des vitesses n’a pas de ligne pour %1</translation>
    </message>
    <message>
        <source>the expected speed was measured with %1; %2 may be faster or slower</source>
        <translation>la vitesse attendue a été mesurée avec %1&#xa0;; %2 peut être plus rapide ou plus lent</translation>
    </message>
    <message>
        <source>%1 GPUs were found; this advice is for %2. Use --gpu to choose another.</source>
        <translation>%1 GPU ont été trouvés&#xa0;; ce conseil concerne %2. Utilisez --gpu pour en choisir un autre.</translation>
    </message>
    <message>
        <source>This machine also has an integrated GPU. If Vulkan uses it or it is unstable, keep Vulkan on and set GGML_VK_VISIBLE_DEVICES to the discrete GPU&apos;s Vulkan index (Ollama docs/gpu.mdx).</source>
        <translation>Cette machine a aussi un GPU intégré. Si Vulkan l’utilise ou s’il est instable, laissez Vulkan activé et définissez GGML_VK_VISIBLE_DEVICES sur l’index Vulkan du GPU dédié (Ollama docs/gpu.mdx).</translation>
    </message>
    <message>
        <source>Uninstall the official Ollama first: ollama-for-amd replaces it and the two cannot run side by side</source>
        <translation>Désinstallez d’abord l’Ollama officiel&#xa0;: ollama-for-amd le remplace et les deux ne peuvent pas fonctionner côte à côte</translation>
    </message>
    <message>
        <source>Install the latest OllamaSetup.exe from https://github.com/likelovewant/ollama-for-amd/releases</source>
        <translation>Installez le dernier OllamaSetup.exe depuis https://github.com/likelovewant/ollama-for-amd/releases</translation>
    </message>
    <message>
        <source>NVIDIA driver 550 or newer (570 or newer for compute capability 5.0 to 6.2)</source>
        <translation>Pilote NVIDIA 550 ou plus récent (570 ou plus récent pour la compute capability 5.0 à 6.2)</translation>
    </message>
    <message>
        <source>Ollama installed and running on Windows</source>
        <translation>Ollama installé et en cours d’exécution sous Windows</translation>
    </message>
    <message>
        <source>On Windows, OLLAMA_HOST=0.0.0.0 for the Ollama server (a user environment variable), then restart Ollama</source>
        <translation>Sous Windows, OLLAMA_HOST=0.0.0.0 pour le serveur Ollama (variable d’environnement utilisateur), puis redémarrer Ollama</translation>
    </message>
    <message>
        <source>Windows Firewall allowing inbound TCP port 11434</source>
        <translation>Pare-feu Windows autorisant les connexions TCP entrantes sur le port 11434</translation>
    </message>
    <message>
        <source>On RDNA 4 with ROCm, Qwen 3 and Qwen 3.5 models leave the GPU stuck at 100% busy and full clock after they unload, until a reboot; Vulkan (RADV) does not have this bug and runs these models about as fast.</source>
        <translation>Sur RDNA 4 avec ROCm, les modèles Qwen 3 et Qwen 3.5 laissent le GPU bloqué à 100&#xa0;% d’occupation et à fréquence maximale après leur déchargement, jusqu’à un redémarrage&#xa0;; Vulkan (RADV) n’a pas ce bogue et exécute ces modèles à peu près aussi vite.</translation>
    </message>
    <message>
        <source>OLLAMA_LLM_LIBRARY=vulkan alone is not enough: Ollama still starts its ROCm runner next to the Vulkan one and prefers ROCm for the same card, so ROCm must also be kept from seeing the GPU (ROCR_VISIBLE_DEVICES=NOT_A_DEVICE, HIP_VISIBLE_DEVICES=-1).</source>
        <translation>OLLAMA_LLM_LIBRARY=vulkan seul ne suffit pas&#xa0;: Ollama démarre toujours son runner ROCm à côté du runner Vulkan et préfère ROCm pour la même carte&#xa0;; il faut donc aussi empêcher ROCm de voir le GPU (ROCR_VISIBLE_DEVICES=NOT_A_DEVICE, HIP_VISIBLE_DEVICES=-1).</translation>
    </message>
    <message>
        <source>With a Qwen 3 / Qwen 3.5 model this GPU stays stuck at 100% busy after the model unloads (ROCm bug on RDNA 4); only a reboot or reloading the amdgpu driver clears it.</source>
        <translation>Avec un modèle Qwen 3 / Qwen 3.5, ce GPU reste bloqué à 100&#xa0;% d’occupation après le déchargement du modèle (bogue de ROCm sur RDNA 4)&#xa0;; seul un redémarrage ou le rechargement du pilote amdgpu le débloque.</translation>
    </message>
    <message>
        <source>If the GPU stays at 100% busy and high power after Ollama goes idle, set GPU_MAX_HW_QUEUES=1 and update linux-firmware (AMD traces it to the MES firmware).</source>
        <translation>Si le GPU reste à 100&#xa0;% d’occupation et à forte consommation une fois Ollama inactif, définissez GPU_MAX_HW_QUEUES=1 et mettez à jour linux-firmware (AMD attribue le problème au firmware MES).</translation>
    </message>
    <message>
        <source>On this APU the GPU stays busy (about 25 W more) while two or more Ollama models are loaded; OLLAMA_MAX_LOADED_MODELS=1 avoids it.</source>
        <translation>Sur cet APU, le GPU reste occupé (environ 25 W de plus) tant que deux modèles Ollama ou plus sont chargés&#xa0;; OLLAMA_MAX_LOADED_MODELS=1 évite cela.</translation>
    </message>
    <message>
        <source>An integrated GPU shares system memory: large models compete with the rest of the system for RAM.</source>
        <translation>Un GPU intégré partage la mémoire système&#xa0;: les grands modèles entrent en concurrence avec le reste du système pour la RAM.</translation>
    </message>
    <message>
        <source>The AMD ROCm 7 driver (install it with amdgpu-install from AMD&apos;s ROCm documentation), then reboot</source>
        <translation>Le pilote AMD ROCm 7 (à installer avec amdgpu-install, d’après la documentation ROCm d’AMD), puis un redémarrage</translation>
    </message>
    <message>
        <source>With an older AMD driver, GPU discovery hangs for 30 s (&apos;failed to finish discovery before timeout&apos;) and Ollama falls back to the CPU.</source>
        <translation>Avec un pilote AMD plus ancien, la détection des GPU se bloque pendant 30 s (&apos;failed to finish discovery before timeout&apos;) et Ollama se rabat sur le CPU.</translation>
    </message>
    <message>
        <source>An AMD Adrenalin driver recent enough to ship HIP 7 (amdhip64_7.dll)</source>
        <translation>Un pilote AMD Adrenalin assez récent pour fournir HIP 7 (amdhip64_7.dll)</translation>
    </message>
    <message>
        <source>If Ollama&apos;s log says &apos;AMD driver is too old&apos;, the driver only has amdhip64_6.dll: update the AMD driver.</source>
        <translation>Si le journal d’Ollama indique &apos;AMD driver is too old&apos;, le pilote n’a que amdhip64_6.dll&#xa0;: mettez à jour le pilote AMD.</translation>
    </message>
    <message>
        <source>The ollama service user may need to be in the &apos;render&apos; group to reach the GPU through Vulkan.</source>
        <translation>L’utilisateur du service ollama doit peut-être faire partie du groupe &apos;render&apos; pour atteindre le GPU via Vulkan.</translation>
    </message>
    <message>
        <source>Vulkan reports free VRAM to Ollama only when it runs as root or after `sudo setcap cap_perfmon+ep /usr/local/bin/ollama`; otherwise Ollama schedules from approximate model sizes.</source>
        <translation>Vulkan ne signale la VRAM libre à Ollama que s’il s’exécute en tant que root ou après `sudo setcap cap_perfmon+ep /usr/local/bin/ollama`&#xa0;; sinon, Ollama planifie d’après des tailles de modèle approximatives.</translation>
    </message>
    <message>
        <source>The RX Vega 56 needs HSA_ENABLE_SDMA=0.</source>
        <translation>La RX Vega 56 nécessite HSA_ENABLE_SDMA=0.</translation>
    </message>
    <message>
        <source>Posing the 780M/760M (gfx1103) as a discrete RDNA 3 target is unreliable with ROCm 7.2: the iGPU lacks some instructions those kernels use. Vulkan is the safer choice.</source>
        <translation>Faire passer la 780M/760M (gfx1103) pour une cible RDNA 3 dédiée n’est pas fiable avec ROCm 7.2&#xa0;: il manque à l’iGPU certaines instructions utilisées par ces kernels. Vulkan est le choix le plus sûr.</translation>
    </message>
    <message>
        <source>WSL2 has no /dev/kfd: ROCm inside WSL2 needs AMD&apos;s WSL driver and HSA_ENABLE_DXG_DETECTION=1, and Ollama&apos;s installer does not detect it. Running Ollama on Windows avoids all of that.</source>
        <translation>WSL2 n’a pas de /dev/kfd&#xa0;: ROCm dans WSL2 nécessite le pilote WSL d’AMD et HSA_ENABLE_DXG_DETECTION=1, et le programme d’installation d’Ollama ne le détecte pas. Exécuter Ollama sous Windows évite tout cela.</translation>
    </message>
    <message>
        <source>Ollama&apos;s version is unknown; this advice assumes %1, the newest release known to this program.</source>
        <translation>La version d’Ollama est inconnue&#xa0;; ce conseil suppose %1, la dernière version publiée connue de ce programme.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a software renderer on the CPU; it never accelerates Ollama.</source>
        <translation>&quot;%1&quot; est un moteur de rendu logiciel sur le CPU&#xa0;; il n’accélère jamais Ollama.</translation>
    </message>
    <message>
        <source>On macOS Ollama uses Apple GPUs through Metal by itself; there is nothing to set up.</source>
        <translation>Sous macOS, Ollama utilise de lui-même les GPU Apple via Metal&#xa0;; il n’y a rien à configurer.</translation>
    </message>
    <message>
        <source>Without Apple silicon, Ollama runs on the CPU.</source>
        <translation>Sans Apple Silicon, Ollama s’exécute sur le CPU.</translation>
    </message>
    <message>
        <source>No GPU was found, so Ollama runs on the CPU.</source>
        <translation>Aucun GPU n’a été trouvé, Ollama s’exécute donc sur le CPU.</translation>
    </message>
    <message>
        <source>Vulkan is Ollama&apos;s backend for %1 GPUs such as %2.</source>
        <translation>Vulkan est le backend d’Ollama pour les GPU %1 tels que %2.</translation>
    </message>
    <message>
        <source>non-AMD, non-NVIDIA</source>
        <translation>non AMD et non NVIDIA</translation>
    </message>
    <message>
        <source>ROCm is for AMD GPUs only.</source>
        <translation>ROCm est réservé aux GPU AMD.</translation>
    </message>
    <message>
        <source>CUDA is for NVIDIA GPUs only.</source>
        <translation>CUDA est réservé aux GPU NVIDIA.</translation>
    </message>
    <message>
        <source>The fallback when the GPU cannot be used.</source>
        <translation>La solution de repli quand le GPU ne peut pas être utilisé.</translation>
    </message>
    <message>
        <source>measured on %1</source>
        <translation>mesuré avec %1</translation>
    </message>
    <message>
        <source>scaled from %1 by relative speed</source>
        <translation>extrapolé depuis %1 selon la vitesse relative</translation>
    </message>
    <message>
        <source>%1 is an AMD GPU this program does not know (gfx target: %2); it is treated as an unknown AMD GPU, and Vulkan, which works with any GPU that has a Vulkan driver, is the path to try.</source>
        <translation>%1 est un GPU AMD que ce programme ne connaît pas (cible gfx&#xa0;: %2)&#xa0;; il est traité comme un GPU AMD inconnu, et Vulkan, qui fonctionne avec tout GPU disposant d’un pilote Vulkan, est le mode à essayer.</translation>
    </message>
    <message>
        <source>Your Ollama install ships ROCm kernels for %1%2 (rocBLAS files in %3/%4), so Ollama uses this GPU by itself at full speed.</source>
        <translation>Votre installation d’Ollama fournit des kernels ROCm pour %1%2 (fichiers rocBLAS dans %3/%4)&#xa0;: Ollama utilise donc ce GPU de lui-même, à pleine vitesse.</translation>
    </message>
    <message>
        <source>Ollama %1 for %2 ships ROCm kernels for %3%4, so Ollama uses this GPU by itself at full speed.</source>
        <translation>Ollama %1 pour %2 fournit des kernels ROCm pour %3%4&#xa0;: Ollama utilise donc ce GPU de lui-même, à pleine vitesse.</translation>
    </message>
    <message>
        <source>The GPU&apos;s gfx target is unknown, so ROCm support cannot be confirmed.</source>
        <translation>La cible gfx du GPU est inconnue, la prise en charge par ROCm ne peut donc pas être confirmée.</translation>
    </message>
    <message>
        <source>Your Ollama install has no ROCm kernels for %1%2 (no rocBLAS files in %3/%4), so its ROCm backend skips this GPU.</source>
        <translation>Votre installation d’Ollama n’a pas de kernels ROCm pour %1%2 (aucun fichier rocBLAS dans %3/%4)&#xa0;: son backend ROCm ignore donc ce GPU.</translation>
    </message>
    <message>
        <source>Ollama %1 for %2 ships no ROCm kernels for %3%4, so its ROCm backend skips this GPU.</source>
        <translation>Ollama %1 pour %2 ne fournit pas de kernels ROCm pour %3%4&#xa0;: son backend ROCm ignore donc ce GPU.</translation>
    </message>
    <message>
        <source>Ollama&apos;s ROCm libraries: %1 has no rocm folder; reinstall Ollama (on Linux the installer adds them when it sees an AMD GPU)</source>
        <translation>Bibliothèques ROCm d’Ollama&#xa0;: %1 n’a pas de dossier rocm&#xa0;; réinstallez Ollama (sous Linux, le programme d’installation les ajoute quand il détecte un GPU AMD)</translation>
    </message>
    <message>
        <source>Vulkan works with %1 without ROCm, using the normal graphics driver.</source>
        <translation>Vulkan fonctionne avec %1 sans ROCm, en utilisant le pilote graphique normal.</translation>
    </message>
    <message>
        <source>%1 is the nearest target Ollama ships in the same family (%2); HSA_OVERRIDE_GFX_VERSION=%3 makes ROCm treat %4 as %1. Not official: if answers come out garbled or Ollama crashes, remove it and use Vulkan.</source>
        <translation>%1 est la cible la plus proche fournie par Ollama dans la même famille (%2)&#xa0;; HSA_OVERRIDE_GFX_VERSION=%3 fait traiter %4 comme %1 par ROCm. Non officiel&#xa0;: si les réponses sont incohérentes ou si Ollama plante, supprimez la variable et utilisez Vulkan.</translation>
    </message>
    <message>
        <source>No target of the same family (%1) is in Ollama %2&apos;s ROCm build, so there is nothing close enough to pose as.</source>
        <translation>Aucune cible de la même famille (%1) n’est présente dans la version ROCm d’Ollama %2&#xa0;: il n’y a donc rien d’assez proche pour s’y faire passer.</translation>
    </message>
    <message>
        <source>The GPU&apos;s gfx target is unknown to this program, so there is no known target of the same family to pose as.</source>
        <translation>La cible gfx du GPU est inconnue de ce programme&#xa0;: il n’y a donc aucune cible connue de la même famille pour laquelle se faire passer.</translation>
    </message>
    <message>
        <source>HSA_OVERRIDE_GFX_VERSION does nothing on Windows: ROCm on Windows does not go through HSA (ROCm/TheRock#1719, ollama#3107), and with the override Ollama reports 0 B of VRAM.</source>
        <translation>HSA_OVERRIDE_GFX_VERSION n’a aucun effet sous Windows&#xa0;: ROCm sous Windows ne passe pas par HSA (ROCm/TheRock#1719, ollama#3107), et avec ce forçage, Ollama annonce 0 B de VRAM.</translation>
    </message>
    <message>
        <source> Having the AMD HIP SDK installed does not change this.</source>
        <translation> Avoir installé l’AMD HIP SDK n’y change rien.</translation>
    </message>
    <message>
        <source>The community build ollama-for-amd compiles ROCm kernels for %1, so it runs this GPU at ROCm speed.</source>
        <translation>La version communautaire ollama-for-amd compile des kernels ROCm pour %1&#xa0;: elle fait donc fonctionner ce GPU à la vitesse de ROCm.</translation>
    </message>
    <message>
        <source>ollama-for-amd has no kernels for %1 either.</source>
        <translation>ollama-for-amd n’a pas non plus de kernels pour %1.</translation>
    </message>
    <message>
        <source>an unknown gfx target</source>
        <translation>une cible gfx inconnue</translation>
    </message>
    <message>
        <source>ollama-for-amd is built for Windows only.</source>
        <translation>ollama-for-amd n’est compilé que pour Windows.</translation>
    </message>
    <message>
        <source>Ollama %1 or newer: Ollama %2 has no Vulkan backend</source>
        <translation>Ollama %1 ou plus récent&#xa0;: Ollama %2 n’a pas de backend Vulkan</translation>
    </message>
    <message>
        <source>Ollama %1 ships Vulkan switched off; OLLAMA_VULKAN=1 switches it on.</source>
        <translation>Ollama %1 est livré avec Vulkan désactivé&#xa0;; OLLAMA_VULKAN=1 l’active.</translation>
    </message>
    <message>
        <source>Vulkan is on by default since Ollama %1; a leftover OLLAMA_VULKAN=0 would switch it off.</source>
        <translation>Vulkan est activé par défaut depuis Ollama %1&#xa0;; un OLLAMA_VULKAN=0 resté en place le désactiverait.</translation>
    </message>
    <message>
        <source>CUDA also drives this GPU and Ollama prefers CUDA over Vulkan for the same card, so CUDA is hidden.</source>
        <translation>CUDA prend aussi en charge ce GPU et Ollama préfère CUDA à Vulkan pour la même carte&#xa0;: CUDA est donc masqué.</translation>
    </message>
    <message>
        <source>ROCm also supports this GPU and Ollama prefers ROCm over Vulkan for the same card, so ROCm is kept from seeing it.</source>
        <translation>ROCm prend aussi en charge ce GPU et Ollama préfère ROCm à Vulkan pour la même carte&#xa0;: on empêche donc ROCm de le voir.</translation>
    </message>
    <message>
        <source>Vulkan needs no extra install: it ships with Ollama and uses the normal graphics driver.</source>
        <translation>Vulkan ne nécessite aucune installation supplémentaire&#xa0;: il est livré avec Ollama et utilise le pilote graphique normal.</translation>
    </message>
    <message>
        <source>%1 has CUDA compute capability %2 (Ollama needs 5.0 or newer); Ollama uses it by itself.</source>
        <translation>%1 a la compute capability CUDA %2 (Ollama nécessite 5.0 ou plus)&#xa0;; Ollama l’utilise de lui-même.</translation>
    </message>
    <message>
        <source>NVIDIA GPUs run on Ollama&apos;s CUDA backend by themselves.</source>
        <translation>Les GPU NVIDIA fonctionnent d’eux-mêmes avec le backend CUDA d’Ollama.</translation>
    </message>
    <message>
        <source>The compute capability is unknown: Ollama&apos;s CUDA backend needs 5.0 or newer (GTX 750 and later).</source>
        <translation>La compute capability est inconnue&#xa0;: le backend CUDA d’Ollama nécessite 5.0 ou plus (GTX 750 et ultérieures).</translation>
    </message>
    <message>
        <source>Compute capability %1 is below the 5.0 that Ollama&apos;s CUDA backend needs.</source>
        <translation>La compute capability %1 est inférieure au 5.0 requis par le backend CUDA d’Ollama.</translation>
    </message>
    <message>
        <source>Vulkan can still use this GPU where CUDA cannot.</source>
        <translation>Vulkan peut quand même utiliser ce GPU là où CUDA ne le peut pas.</translation>
    </message>
    <message>
        <source>Ollama on Windows uses the GPU with the full Windows driver, and WSL2 programs reach it over the network.</source>
        <translation>Ollama sous Windows utilise le GPU avec le pilote Windows complet, et les programmes WSL2 y accèdent par le réseau.</translation>
    </message>
    <message>
        <source>WSL2 gives Linux no direct access to AMD or Intel GPU compute; Ollama on Windows has the GPU, and WSL2 programs reach it over the network.</source>
        <translation>WSL2 ne donne à Linux aucun accès direct au calcul sur GPU AMD ou Intel&#xa0;; Ollama sous Windows dispose du GPU, et les programmes WSL2 y accèdent par le réseau.</translation>
    </message>
    <message>
        <source>Replace WINDOWS_HOST_IP with the Windows address: `ip route show default | awk &apos;{print $3}&apos;`.</source>
        <translation>Remplacez WINDOWS_HOST_IP par l’adresse de Windows&#xa0;: `ip route show default | awk &apos;{print $3}&apos;`.</translation>
    </message>
    <message>
        <source>On Windows, the &apos;%1&apos; path for this GPU (run `ollama-gpu-setup recommend` there)</source>
        <translation>Sous Windows, le mode &apos;%1&apos; pour ce GPU (exécutez-y `ollama-gpu-setup recommend`)</translation>
    </message>
    <message>
        <source>CUDA also works inside WSL2 through the Windows NVIDIA driver, if you prefer Ollama inside Linux.</source>
        <translation>CUDA fonctionne aussi dans WSL2 grâce au pilote NVIDIA de Windows, si vous préférez Ollama sous Linux.</translation>
    </message>
    <message>
        <source>Inside WSL2 there is no /dev/kfd, so Ollama&apos;s ROCm backend cannot reach the GPU.</source>
        <translation>Dans WSL2, il n’y a pas de /dev/kfd&#xa0;: le backend ROCm d’Ollama ne peut donc pas atteindre le GPU.</translation>
    </message>
    <message>
        <source>Inside WSL2 Vulkan only reaches the GPU through a translation layer that Ollama does not support well; use Vulkan on the Windows side instead.</source>
        <translation>Dans WSL2, Vulkan n’atteint le GPU que par une couche de traduction mal prise en charge par Ollama&#xa0;; utilisez plutôt Vulkan côté Windows.</translation>
    </message>
    <message>
        <source>Ollama inside WSL2 without a GPU runs on the CPU.</source>
        <translation>Ollama dans WSL2 sans GPU s’exécute sur le CPU.</translation>
    </message>
    <message>
        <source>A fallback if ROCm misbehaves; usually 60-80% of ROCm&apos;s speed.</source>
        <translation>Une solution de repli si ROCm pose problème&#xa0;; généralement 60 à 80&#xa0;% de la vitesse de ROCm.</translation>
    </message>
    <message>
        <source>A fallback if CUDA misbehaves.</source>
        <translation>Une solution de repli si CUDA pose problème.</translation>
    </message>
    <message>
        <source>this AMD GPU (%1)</source>
        <translation>ce GPU AMD (%1)</translation>
    </message>
    <message>
        <source>this GPU</source>
        <translation>ce GPU</translation>
    </message>
    <message>
        <source>Your Ollama install (%1) ships ROCm kernels for %2, but the table for Ollama %3 on %4 says it should not; the install is what counts.</source>
        <translation>Votre installation d’Ollama (%1) fournit des kernels ROCm pour %2, alors que d’après la table d’Ollama %3 sous %4 elle ne le devrait pas&#xa0;; c’est l’installation qui compte.</translation>
    </message>
    <message>
        <source>Your Ollama install (%1) does not ship ROCm kernels for %2, but the table for Ollama %3 on %4 says it should; the install is what counts.</source>
        <translation>Votre installation d’Ollama (%1) ne fournit pas de kernels ROCm pour %2, alors que d’après la table d’Ollama %3 sous %4 elle le devrait&#xa0;; c’est l’installation qui compte.</translation>
    </message>
    <message>
        <source>Ollama&apos;s version is unknown (no server answered and `ollama --version` gave none here), so this advice assumes the newest release known to this program, %1. Pass --ollama-version to be exact.</source>
        <translation>La version d’Ollama est inconnue (aucun serveur n’a répondu et `ollama --version` n’a rien donné ici)&#xa0;; ce conseil suppose donc la version la plus récente connue de ce programme, %1. Passez --ollama-version pour être exact.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an Ollama version (it looks like 0.12.11), so this advice assumes %2, the newest release this program knows. Give the version `ollama --version` prints to be exact.</source>
        <translation>&apos;%1&apos; n&apos;est pas une version d&apos;Ollama (elle ressemble à 0.12.11), donc ce conseil suppose %2, la version la plus récente que ce programme connaît. Donnez la version qu&apos;affiche `ollama --version` pour un résultat exact.</translation>
    </message>
    <message>
        <source>%1 is a file where a folder should be, so Ollama finds no ROCm kernels there; reinstall Ollama.</source>
        <translation>%1 est un fichier là où un dossier devrait se trouver, donc Ollama n&apos;y trouve aucun noyau ROCm ; réinstallez Ollama.</translation>
    </message>
    <message>
        <source>%1 is missing, so Ollama finds no ROCm kernels there; reinstall Ollama.</source>
        <translation>%1 est absent, donc Ollama n&apos;y trouve aucun noyau ROCm ; réinstallez Ollama.</translation>
    </message>
    <message>
        <source>%1 holds no TensileLibrary_lazy_gfx*.dat file, so Ollama&apos;s ROCm backend runs on no GPU; the ROCm part of this install looks incomplete: reinstall Ollama.</source>
        <translation>%1 ne contient aucun fichier TensileLibrary_lazy_gfx*.dat, donc le backend ROCm d&apos;Ollama ne fonctionne sur aucun GPU ; la partie ROCm de cette installation semble incomplète : réinstallez Ollama.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not exist</source>
        <translation>&apos;%1&apos; n&apos;existe pas</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a file, not a folder</source>
        <translation>&apos;%1&apos; est un fichier, pas un dossier</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be read (no permission)</source>
        <translation>&apos;%1&apos; ne peut pas être lu (pas d&apos;autorisation)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a file where Ollama&apos;s library folder should be</source>
        <translation>&apos;%1&apos; est un fichier là où le dossier de bibliothèques d&apos;Ollama devrait se trouver</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is empty</source>
        <translation>&apos;%1&apos; est vide</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds no Ollama install (no lib/ollama with backend folders)</source>
        <translation>&apos;%1&apos; ne contient aucune installation d&apos;Ollama (pas de lib/ollama avec des dossiers de backend)</translation>
    </message>
    <message>
        <source>Ollama %1 is newer than the newest version this program has facts for (%2). This advice is based on Ollama&apos;s behaviour up to %2 and assumes %1 behaves the same.</source>
        <translation>Ollama %1 est plus récent que la dernière version pour laquelle ce programme a des faits (%2). Ce conseil repose sur le comportement d&apos;Ollama jusqu&apos;à %2 et suppose que %1 se comporte de même.</translation>
    </message>
    <message>
        <source>Ollama %1 and newer use %2 through ROCm without OLLAMA_IGPU_ENABLE: it is the one integrated GPU they admit by default.</source>
        <translation>Ollama %1 et plus récent utilisent %2 via ROCm sans OLLAMA_IGPU_ENABLE : c&apos;est le seul GPU intégré qu&apos;ils admettent par défaut.</translation>
    </message>
    <message>
        <source>The GPU driver&apos;s Vulkan loader, %SystemRoot%\System32\vulkan-1.dll: reinstall or update the graphics driver, which installs it</source>
        <translation>Le chargeur Vulkan du pilote graphique, %SystemRoot%\System32\vulkan-1.dll : réinstallez ou mettez à jour le pilote graphique, qui l&apos;installe</translation>
    </message>
    <message>
        <source>%SystemRoot%\System32\vulkan-1.dll is missing. Since %1 Ollama for Windows no longer ships its own Vulkan loader and uses the driver&apos;s, so without it Vulkan finds no GPU.</source>
        <translation>%SystemRoot%\System32\vulkan-1.dll est absent. Depuis %1, Ollama pour Windows ne fournit plus son propre chargeur Vulkan et utilise celui du pilote ; sans lui, Vulkan ne trouve aucun GPU.</translation>
    </message>
    <message>
        <source>Your Ollama install: %1</source>
        <translation>Votre installation d&apos;Ollama : %1</translation>
    </message>
    <message>
        <source>%1 is not a gfx target this program knows, so ROCm support cannot be confirmed; none of the Ollama builds it knows ships ROCm kernels for it.</source>
        <translation>%1 n&apos;est pas une cible gfx que ce programme connaît, donc la prise en charge ROCm ne peut pas être confirmée ; aucune des versions d&apos;Ollama qu&apos;il connaît ne fournit de noyaux ROCm pour elle.</translation>
    </message>
    <message>
        <source>Ollama %1 for Windows ships no ROCm kernels for %2%3: its ROCm backend uses the rocBLAS of AMD&apos;s HIP SDK, which has none for this GPU, so ROCm skips it.</source>
        <translation>Ollama %1 pour Windows ne fournit aucun noyau ROCm pour %2%3 : son backend ROCm utilise le rocBLAS du HIP SDK d&apos;AMD, qui n&apos;en a aucun pour ce GPU, donc ROCm l&apos;ignore.</translation>
    </message>
    <message>
        <source>Community-maintained: it replaces the official Ollama, and its newest known release (%1) lags behind official Ollama, so official fixes reach it late.</source>
        <translation>Maintenu par la communauté : il remplace l&apos;Ollama officiel, et sa dernière version connue (%1) est en retard sur l&apos;Ollama officiel, donc les correctifs officiels y arrivent tard.</translation>
    </message>
    <message>
        <source>Ollama %1 and newer drop integrated GPUs unless OLLAMA_IGPU_ENABLE=1 is set (the log says &quot;dropping integrated GPU&quot;); only %2 through ROCm is admitted by default (since %3), so without the variable Ollama runs on the CPU.</source>
        <translation>Ollama %1 et plus récent écartent les GPU intégrés sauf si OLLAMA_IGPU_ENABLE=1 est défini (le journal indique &quot;dropping integrated GPU&quot;) ; seul %2 via ROCm est admis par défaut (depuis %3), donc sans la variable Ollama tourne sur le processeur.</translation>
    </message>
</context>
<context>
    <name>ogs::TelemetryText</name>
    <message>
        <source>busy %1 % for %2 s while Ollama has no model loaded or no runner process</source>
        <translation>occupé à %1&#xa0;% pendant %2 s alors qu’Ollama n’a aucun modèle chargé ou aucun processus runner</translation>
    </message>
    <message>
        <source>core clock %1 MHz, its top level%2</source>
        <translation>fréquence du cœur %1 MHz, son niveau maximal%2</translation>
    </message>
    <message>
        <source>power %1 W against %2 W when idle</source>
        <translation>puissance %1 W contre %2 W au repos</translation>
    </message>
    <message>
        <source>power %1 W (no idle baseline seen yet)</source>
        <translation>puissance %1 W (aucune référence au repos encore relevée)</translation>
    </message>
    <message>
        <source>With the ROCm/HIP backend some GPUs (RDNA4 with Qwen 3 models, and other RDNA3/RDNA4 cases) keep running orphaned compute queues after the model is unloaded: the GPU stays at 100 % busy and maximum clock, drawing power, until the amdgpu driver is reloaded or the computer restarts. Restarting Ollama does not clear it.</source>
        <translation>Avec le backend ROCm/HIP, certains GPU (RDNA4 avec les modèles Qwen 3, et d’autres cas RDNA3/RDNA4) continuent d’exécuter des files de calcul orphelines après le déchargement du modèle&#xa0;: le GPU reste à 100&#xa0;% d’occupation et à fréquence maximale, et consomme de l’énergie, jusqu’au rechargement du pilote amdgpu ou au redémarrage de l’ordinateur. Redémarrer Ollama ne règle pas le problème.</translation>
    </message>
    <message>
        <source>Run Ollama on Vulkan with ROCm devices hidden: OLLAMA_LLM_LIBRARY=vulkan, ROCR_VISIBLE_DEVICES=NOT_A_DEVICE, HIP_VISIBLE_DEVICES=-1 (one click in the wizard)</source>
        <translation>Exécutez Ollama sur Vulkan avec les périphériques ROCm masqués&#xa0;: OLLAMA_LLM_LIBRARY=vulkan, ROCR_VISIBLE_DEVICES=NOT_A_DEVICE, HIP_VISIBLE_DEVICES=-1 (un clic dans l’assistant)</translation>
    </message>
    <message>
        <source>Or keep ROCm with GPU_MAX_HW_QUEUES=1</source>
        <translation>Ou conservez ROCm avec GPU_MAX_HW_QUEUES=1</translation>
    </message>
    <message>
        <source>Set OLLAMA_MAX_LOADED_MODELS=1 so only one runner holds the GPU</source>
        <translation>Définissez OLLAMA_MAX_LOADED_MODELS=1 pour qu’un seul runner occupe le GPU</translation>
    </message>
    <message>
        <source>Update the GPU firmware (linux-firmware, for the MES fix)</source>
        <translation>Mettez à jour le firmware du GPU (linux-firmware, pour le correctif MES)</translation>
    </message>
    <message>
        <source>Last resort: reload the amdgpu driver or restart the computer</source>
        <translation>Dernier recours&#xa0;: rechargez le pilote amdgpu ou redémarrez l’ordinateur</translation>
    </message>
    <message>
        <source>no clock levels in &quot;%1&quot;</source>
        <translation>aucun niveau de fréquence dans &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no amdgpu card under %1/class/drm</source>
        <translation>aucune carte amdgpu sous %1/class/drm</translation>
    </message>
    <message>
        <source>reading NVIDIA GPUs from %1 instead</source>
        <translation>lecture des GPU NVIDIA via %1 à la place</translation>
    </message>
    <message>
        <source>%1 is not an executable file</source>
        <translation>%1 n’est pas un fichier exécutable</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>impossible de démarrer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>non démarré</translation>
    </message>
    <message>
        <source>exited with code %1</source>
        <translation>s’est terminé avec le code %1</translation>
    </message>
    <message>
        <source>%1 fields, expected %2</source>
        <translation>%1 champs au lieu des %2 attendus</translation>
    </message>
    <message>
        <source>index &quot;%1&quot; is not a number</source>
        <translation>l’index &quot;%1&quot; n’est pas un nombre</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a number</source>
        <translation>%1 &quot;%2&quot; n’est pas un nombre</translation>
    </message>
    <message>
        <source>; no NVIDIA telemetry</source>
        <translation>; pas de télémétrie NVIDIA</translation>
    </message>
    <message>
        <source>%1 printed &quot;%2&quot;: %3; such lines are skipped</source>
        <translation>%1 a affiché &quot;%2&quot;&#xa0;: %3&#xa0;; ces lignes sont ignorées</translation>
    </message>
    <message>
        <source>%1 %2; it is not restarted, NVIDIA values are no longer read</source>
        <translation>%1 %2&#xa0;; il n’est pas redémarré, les valeurs NVIDIA ne sont plus lues</translation>
    </message>
    <message>
        <source>%1 lacks %2: the NVIDIA driver is too old or this is not NVML; no NVIDIA telemetry (update the driver)</source>
        <translation>il manque %2 dans %1&#xa0;: le pilote NVIDIA est trop ancien ou il ne s’agit pas de NVML&#xa0;; pas de télémétrie NVIDIA (mettez à jour le pilote)</translation>
    </message>
    <message>
        <source>%1 lacks %2; those values stay null</source>
        <translation>il manque %2 dans %1&#xa0;; ces valeurs restent à null</translation>
    </message>
    <message>
        <source>nvmlInit_v2 failed: %1; no NVIDIA telemetry</source>
        <translation>échec de nvmlInit_v2&#xa0;: %1&#xa0;; pas de télémétrie NVIDIA</translation>
    </message>
    <message>
        <source> (the NVIDIA kernel module is not loaded)</source>
        <translation> (le module noyau NVIDIA n’est pas chargé)</translation>
    </message>
    <message>
        <source>nvmlDeviceGetCount_v2 failed: %1; no NVIDIA telemetry</source>
        <translation>échec de nvmlDeviceGetCount_v2&#xa0;: %1&#xa0;; pas de télémétrie NVIDIA</translation>
    </message>
    <message>
        <source>NVML reports %1 GPUs; sampling only the first %2</source>
        <translation>NVML signale %1 GPU&#xa0;; seuls les %2 premiers sont échantillonnés</translation>
    </message>
    <message>
        <source>NVIDIA GPU %1: nvmlDeviceGetHandleByIndex_v2 failed: %2; not sampled</source>
        <translation>GPU NVIDIA %1&#xa0;: échec de nvmlDeviceGetHandleByIndex_v2&#xa0;: %2&#xa0;; non échantillonné</translation>
    </message>
    <message>
        <source>NVIDIA GPU %1: nvmlDeviceGetName failed: %2</source>
        <translation>GPU NVIDIA %1&#xa0;: échec de nvmlDeviceGetName&#xa0;: %2</translation>
    </message>
    <message>
        <source>NVIDIA GPU %1</source>
        <translation>GPU NVIDIA %1</translation>
    </message>
    <message>
        <source>%1: nvmlDeviceGetPciInfo_v3 failed: %2</source>
        <translation>%1&#xa0;: échec de nvmlDeviceGetPciInfo_v3&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: NVML bus id &quot;%2&quot; is not domain:bus:device.function</source>
        <translation>%1&#xa0;: l’identifiant de bus NVML &quot;%2&quot; n’est pas au format domain:bus:device.function</translation>
    </message>
    <message>
        <source>%1 (%2): %3 failed: %4; the GPU has fallen off the bus, so all its values are null until it is reset (reload the NVIDIA driver or reboot)</source>
        <translation>%1 (%2)&#xa0;: échec de %3&#xa0;: %4&#xa0;; le GPU a disparu du bus, toutes ses valeurs sont donc à null jusqu’à sa réinitialisation (rechargez le pilote NVIDIA ou redémarrez l’ordinateur)</translation>
    </message>
    <message>
        <source>%1 (%2): %3 failed: %4; %5 is null%6</source>
        <translation>%1 (%2)&#xa0;: échec de %3&#xa0;: %4&#xa0;; %5 est à null%6</translation>
    </message>
    <message>
        <source> (this GPU cannot report it)</source>
        <translation> (ce GPU ne peut pas fournir cette valeur)</translation>
    </message>
    <message>
        <source> until it reads again</source>
        <translation> jusqu’à la prochaine lecture réussie</translation>
    </message>
    <message>
        <source>%1 (%2): %3 gave %4 % busy, %5 % memory busy, outside 0-100; util_percent is null</source>
        <translation>%1 (%2)&#xa0;: %3 a renvoyé %4&#xa0;% d’occupation et %5&#xa0;% d’occupation de la mémoire, hors de 0-100&#xa0;; util_percent est à null</translation>
    </message>
    <message>
        <source>DXGI: %1; adapters are named by LUID</source>
        <translation>DXGI&#xa0;: %1&#xa0;; les adaptateurs sont désignés par leur LUID</translation>
    </message>
    <message>
        <source>; no utilisation or memory use from Windows</source>
        <translation>; ni utilisation ni mémoire utilisée fournies par Windows</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>cannot seek: </source>
        <translation>impossible de se positionner&#xa0;: </translation>
    </message>
    <message>
        <source>read failed: </source>
        <translation>échec de la lecture&#xa0;: </translation>
    </message>
    <message>
        <source>not a number: &quot;%1&quot;</source>
        <translation>ce n’est pas un nombre&#xa0;: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>a planté</translation>
    </message>
</context>
<context>
    <name>ogs::ui::AboutBox</name>
    <message>
        <source>&lt;h3&gt;Ollama GPU Setup %1&lt;/h3&gt;&lt;p&gt;Finds out why Ollama runs on the processor and makes it use your graphics card: detection, the fastest acceleration path, the VRAM budget, the environment where it takes effect (with undo), a test prompt and a live GPU monitor.&lt;/p&gt;&lt;p&gt;Built with Qt %2. Every step is also a command: &lt;code&gt;ollama-gpu-setup --help&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ollama GPU Setup %1&lt;/h3&gt;&lt;p&gt;Découvre pourquoi Ollama s’exécute sur le processeur et lui fait utiliser votre carte graphique&#xa0;: détection, mode d’accélération le plus rapide, budget de VRAM, environnement où les réglages prennent effet (avec possibilité de les défaire), requête de test et moniteur GPU en direct.&lt;/p&gt;&lt;p&gt;Compilé avec Qt %2. Chaque étape existe aussi sous forme de commande&#xa0;: &lt;code&gt;ollama-gpu-setup --help&lt;/code&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Ollama GPU Setup</source>
        <translation>À propos d’Ollama GPU Setup</translation>
    </message>
</context>
<context>
    <name>ogs::ui::ApplyPage</name>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Défaire</translation>
    </message>
    <message>
        <source>Apply the settings</source>
        <translation>Appliquer les réglages</translation>
    </message>
    <message>
        <source>These are the exact changes. Nothing is written until you press Apply, and Undo restores the previous bytes.</source>
        <translation>Voici les modifications exactes. Rien n’est écrit avant que vous appuyiez sur Appliquer, et Défaire rétablit le contenu précédent à l’octet près.</translation>
    </message>
    <message>
        <source>Where to write the settings</source>
        <translation>Où écrire les réglages</translation>
    </message>
    <message>
        <source>Applying</source>
        <translation>Application en cours</translation>
    </message>
    <message>
        <source>Apply the changes</source>
        <translation>Appliquer les modifications</translation>
    </message>
    <message>
        <source>Undo the last apply</source>
        <translation>Défaire la dernière application</translation>
    </message>
    <message>
        <source>&amp;Write to:</source>
        <translation>&amp;Écrire dans&#xa0;:</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Traitement en cours…</translation>
    </message>
    <message>
        <source>Suggested: &lt;b&gt;%1&lt;/b&gt;, because %2.</source>
        <translation>Suggestion&#xa0;: &lt;b&gt;%1&lt;/b&gt;, car %2.</translation>
    </message>
    <message>
        <source>⚠ This plan cannot be made: %1</source>
        <translation>⚠ Impossible d’établir ce plan&#xa0;: %1</translation>
    </message>
    <message>
        <source>This target needs administrator rights. Run in a terminal: &lt;code&gt;sudo ollama-gpu-setup env apply --target %1 --path %2 --yes&lt;/code&gt;</source>
        <translation>Cette cible nécessite les droits d’administrateur. Exécutez dans un terminal&#xa0;: &lt;code&gt;sudo ollama-gpu-setup env apply --target %1 --path %2 --yes&lt;/code&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Failed:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Échec&#xa0;:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&amp;Stop waiting</source>
        <translation>A&amp;rrêter l’attente</translation>
    </message>
    <message>
        <source>Stop waiting for Ollama to restart</source>
        <translation>Ne plus attendre le redémarrage d’Ollama</translation>
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
        <translation>Délai avant le premier token</translation>
    </message>
    <message>
        <source>Generation speed</source>
        <translation>Vitesse de génération</translation>
    </message>
    <message>
        <source>Prompt processing speed</source>
        <translation>Vitesse de traitement de la requête</translation>
    </message>
    <message>
        <source>Where the model runs</source>
        <translation>Où le modèle s’exécute</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>Génération</translation>
    </message>
    <message>
        <source>Prompt processing</source>
        <translation>Traitement de la requête</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Processeur</translation>
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
        <translation>%1 Gio</translation>
    </message>
    <message>
        <source>Video memory budget</source>
        <translation>Budget de mémoire vidéo</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>Cache KV</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Calcul</translation>
    </message>
    <message>
        <source>Overhead</source>
        <translation>Surcharge</translation>
    </message>
    <message>
        <source>%1 of %2 available</source>
        <translation>%1 sur %2 disponibles</translation>
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
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>&amp;Cancel test</source>
        <translation>Annuler le &amp;test</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>No answer from %1: %2</source>
        <translation>Pas de réponse de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 answered, but not like Ollama does.</source>
        <translation>%1 a répondu, mais pas comme le fait Ollama.</translation>
    </message>
    <message>
        <source>Connected: Ollama %1 at %2.</source>
        <translation>Connecté&#xa0;: Ollama %1 à l’adresse %2.</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>Test annulé.</translation>
    </message>
</context>
<context>
    <name>ogs::ui::DiffView</name>
    <message>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <source>Changes that will be made</source>
        <translation>Modifications qui seront effectuées</translation>
    </message>
    <message>
        <source>Nothing to change: every value is already in place.</source>
        <translation>Rien à modifier&#xa0;: toutes les valeurs sont déjà en place.</translation>
    </message>
</context>
<context>
    <name>ogs::ui::FindingsList</name>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>The server log shows nothing that explains this.</source>
        <translation>Le journal du serveur ne montre rien qui l’explique.</translation>
    </message>
    <message>
        <source>&lt;b style=&quot;color:%1&quot;&gt;%2:&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Fix:&lt;/b&gt; %4&lt;br&gt;&lt;small&gt;&lt;code&gt;%5&lt;/code&gt;&lt;/small&gt;</source>
        <translation>&lt;b style=&quot;color:%1&quot;&gt;%2&#xa0;:&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Solution&#xa0;:&lt;/b&gt; %4&lt;br&gt;&lt;small&gt;&lt;code&gt;%5&lt;/code&gt;&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Apply this &amp;fix</source>
        <translation>&amp;Appliquer cette solution</translation>
    </message>
    <message>
        <source>Apply the fix: %1</source>
        <translation>Appliquer la solution&#xa0;: %1</translation>
    </message>
    <message>
        <source>Shows what it writes (%1) before anything changes</source>
        <translation>Montre ce qui sera écrit (%1) avant toute modification</translation>
    </message>
</context>
<context>
    <name>ogs::ui::GpuMonitorPanel</name>
    <message>
        <source>Utilisation</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>Gio</translation>
    </message>
    <message>
        <source>Core clock</source>
        <translation>Fréquence du cœur</translation>
    </message>
    <message>
        <source>MHz</source>
        <translation>MHz</translation>
    </message>
    <message>
        <source>Power and temperature</source>
        <translation>Puissance et température</translation>
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
        <translation>occupé</translation>
    </message>
    <message>
        <source>VRAM used</source>
        <translation>VRAM utilisée</translation>
    </message>
    <message>
        <source>GTT used</source>
        <translation>GTT utilisée</translation>
    </message>
    <message>
        <source>core clock</source>
        <translation>fréquence du cœur</translation>
    </message>
    <message>
        <source>power (W)</source>
        <translation>puissance (W)</translation>
    </message>
    <message>
        <source>temperature (°C)</source>
        <translation>température (°C)</translation>
    </message>
</context>
<context>
    <name>ogs::ui::HomeView</name>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Check again whether Ollama runs on the GPU</source>
        <translation>Vérifier à nouveau si Ollama s’exécute sur le GPU</translation>
    </message>
    <message>
        <source>&amp;Load the model and check</source>
        <translation>&amp;Charger le modèle et vérifier</translation>
    </message>
    <message>
        <source>Load the model and check where it runs</source>
        <translation>Charger le modèle et vérifier où il s’exécute</translation>
    </message>
    <message>
        <source>Ollama GPU Setup</source>
        <translation>Ollama GPU Setup</translation>
    </message>
    <message>
        <source>The applied setup</source>
        <translation>La configuration appliquée</translation>
    </message>
    <message>
        <source>Whether Ollama runs on the GPU</source>
        <translation>Si Ollama s’exécute sur le GPU</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Ollama GPU Setup&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Ollama GPU Setup&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Applied setup</source>
        <translation>Configuration appliquée</translation>
    </message>
    <message>
        <source>Does Ollama run on the GPU?</source>
        <translation>Ollama s’exécute-t-il sur le GPU&#xa0;?</translation>
    </message>
    <message>
        <source>Open the GPU &amp;monitor</source>
        <translation>Ouvrir le &amp;moniteur GPU</translation>
    </message>
    <message>
        <source>Open the GPU monitor</source>
        <translation>Ouvrir le moniteur GPU</translation>
    </message>
    <message>
        <source>&amp;Run setup again</source>
        <translation>&amp;Relancer la configuration</translation>
    </message>
    <message>
        <source>Run the setup again from the first page</source>
        <translation>Relancer la configuration depuis la première page</translation>
    </message>
    <message>
        <source>Abou&amp;t</source>
        <translation>À pr&amp;opos</translation>
    </message>
    <message>
        <source>About Ollama GPU Setup</source>
        <translation>À propos d’Ollama GPU Setup</translation>
    </message>
    <message>
        <source>Acceleration path: &lt;b&gt;%1&lt;/b&gt;.&lt;br&gt;</source>
        <translation>Mode d’accélération&#xa0;: &lt;b&gt;%1&lt;/b&gt;.&lt;br&gt;</translation>
    </message>
    <message>
        <source>Model: &lt;b&gt;%1&lt;/b&gt; with %2 tokens of context.&lt;br&gt;</source>
        <translation>Modèle&#xa0;: &lt;b&gt;%1&lt;/b&gt; avec un contexte de %2 tokens.&lt;br&gt;</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; holds no settings of ours (undone, or edited by hand).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; ne contient aucun de nos réglages (défaits, ou modifiés à la main).</translation>
    </message>
    <message>
        <source>Settings in &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Réglages dans &lt;b&gt;%1&lt;/b&gt;&#xa0;:</translation>
    </message>
    <message>
        <source>Undo with &lt;code&gt;ollama-gpu-setup env undo&lt;/code&gt; (latest change %1, %2).</source>
        <translation>Pour défaire&#xa0;: &lt;code&gt;ollama-gpu-setup env undo&lt;/code&gt; (dernière modification %1, %2).</translation>
    </message>
    <message>
        <source>Nothing was written to this computer&apos;s environment.</source>
        <translation>Rien n’a été écrit dans l’environnement de cet ordinateur.</translation>
    </message>
    <message>
        <source>Asking Ollama at %1…</source>
        <translation>Interrogation d’Ollama à l’adresse %1…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ollama does not answer at %1.&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Ollama ne répond pas à l’adresse %1.&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>Ollama runs at %1, but no model is loaded, so where it computes cannot be seen right now. Load the model to check, or look at Ollama&apos;s log below.</source>
        <translation>Ollama fonctionne à l’adresse %1, mais aucun modèle n’est chargé&#xa0;: on ne peut donc pas voir pour l’instant où il calcule. Chargez le modèle pour vérifier, ou consultez le journal d’Ollama ci-dessous.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Yes: Ollama runs on the GPU.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Oui&#xa0;: Ollama s’exécute sur le GPU.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not entirely: part of the model runs on the processor.&lt;/b&gt; A smaller variant or a shorter context would fit; run the setup again to choose.</source>
        <translation>&lt;b&gt;Pas entièrement&#xa0;: une partie du modèle s’exécute sur le processeur.&lt;/b&gt; Une variante plus petite ou un contexte plus court tiendrait&#xa0;; relancez la configuration pour choisir.</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Chargement de %1…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Could not load %1:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Impossible de charger %1&#xa0;:&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>No Ollama log was found.</source>
        <translation>Aucun journal d’Ollama n’a été trouvé.</translation>
    </message>
    <message>
        <source>Ollama&apos;s log (%1) says it computes on: &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>D’après le journal d’Ollama (%1), il calcule sur&#xa0;: &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ollama&apos;s log (%1) says it found no usable GPU and computes on the processor.&lt;/b&gt; Run the setup again.</source>
        <translation>&lt;b&gt;D’après le journal d’Ollama (%1), il n’a trouvé aucun GPU utilisable et calcule sur le processeur.&lt;/b&gt; Relancez la configuration.</translation>
    </message>
    <message>
        <source>Ollama&apos;s log (%1) does not say which device it uses.</source>
        <translation>Le journal d’Ollama (%1) n’indique pas quel périphérique il utilise.</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>appliqué</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>non terminé</translation>
    </message>
</context>
<context>
    <name>ogs::ui::LoadedModelsPanel</name>
    <message>
        <source>Models Ollama has loaded</source>
        <translation>Modèles chargés par Ollama</translation>
    </message>
    <message>
        <source>Asking Ollama…</source>
        <translation>Interrogation d’Ollama…</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Processeur</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu’à</translation>
    </message>
    <message>
        <source>Ollama does not answer at %1: %2</source>
        <translation>Ollama ne répond pas à l’adresse %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No model is loaded at %1.</source>
        <translation>Aucun modèle n’est chargé à l’adresse %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) loaded at %1:</source>
        <translation>
            <numerusform>%n modèle chargé à l’adresse %1&#xa0;:</numerusform>
            <numerusform>%n modèles chargés à l’adresse %1&#xa0;:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ogs::ui::ModelDownloader</name>
    <message>
        <source>&amp;Download</source>
        <translation>Téléc&amp;harger</translation>
    </message>
    <message>
        <source>Cancel do&amp;wnload</source>
        <translation>&amp;Annuler le téléchargement</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Progression du téléchargement</translation>
    </message>
    <message>
        <source>Download the model</source>
        <translation>Télécharger le modèle</translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation>Annuler le téléchargement</translation>
    </message>
    <message>
        <source>Asking Ollama whether %1 is installed…</source>
        <translation>Demande à Ollama si %1 est installé…</translation>
    </message>
    <message>
        <source>Could not ask Ollama which models are installed: %1</source>
        <translation>Impossible de demander à Ollama quels modèles sont installés&#xa0;: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is installed in Ollama.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; est installé dans Ollama.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is not installed in Ollama yet. Download it here or later with &lt;code&gt;ollama pull %1&lt;/code&gt;.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; n’est pas encore installé dans Ollama. Téléchargez-le ici ou plus tard avec &lt;code&gt;ollama pull %1&lt;/code&gt;.</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>Téléchargement de %1…</translation>
    </message>
    <message>
        <source>%1 of %2 MB</source>
        <translation>%1 sur %2 Mo</translation>
    </message>
    <message>
        <source>Downloading %1: %2</source>
        <translation>Téléchargement de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Download of %1 cancelled. Nothing was installed; download it again at any time.</source>
        <translation>Téléchargement de %1 annulé. Rien n’a été installé&#xa0;; vous pouvez le télécharger de nouveau à tout moment.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The download of %1 failed:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Le téléchargement de %1 a échoué&#xa0;:&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>&amp;Try the download again</source>
        <translation>Réessayer le téléc&amp;hargement</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>démarrage…</translation>
    </message>
</context>
<context>
    <name>ogs::ui::ModelPage</name>
    <message>
        <source>&amp;Use the suggested variant</source>
        <translation>&amp;Utiliser la variante suggérée</translation>
    </message>
    <message>
        <source>Model and memory</source>
        <translation>Modèle et mémoire</translation>
    </message>
    <message>
        <source>Whether the model fits in video memory. What does not fit runs on the processor, much more slowly.</source>
        <translation>Le modèle tient-il dans la mémoire vidéo&#xa0;? Ce qui n’y tient pas s’exécute sur le processeur, beaucoup plus lentement.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>Longueur du contexte</translation>
    </message>
    <message>
        <source>Use the suggested variant</source>
        <translation>Utiliser la variante suggérée</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Context length:</source>
        <translation>Longueur du &amp;contexte&#xa0;:</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 tokens</translation>
    </message>
    <message>
        <source>No GPU memory was detected: the model will run on the processor.</source>
        <translation>Aucune mémoire GPU détectée&#xa0;: le modèle s’exécutera sur le processeur.</translation>
    </message>
    <message>
        <source>Predicted &lt;code&gt;ollama ps&lt;/code&gt;: &lt;b&gt;%1&lt;/b&gt; — the whole model runs on the GPU.</source>
        <translation>Prévision de &lt;code&gt;ollama ps&lt;/code&gt;&#xa0;: &lt;b&gt;%1&lt;/b&gt; — tout le modèle s’exécute sur le GPU.</translation>
    </message>
    <message>
        <source>Predicted &lt;code&gt;ollama ps&lt;/code&gt;: &lt;b&gt;%1&lt;/b&gt; — %2 of %3 layers on the GPU; the rest runs on the processor.</source>
        <translation>Prévision de &lt;code&gt;ollama ps&lt;/code&gt;&#xa0;: &lt;b&gt;%1&lt;/b&gt; — %2 couches sur %3 sur le GPU&#xa0;; le reste s’exécute sur le processeur.</translation>
    </message>
    <message>
        <source>Asking Ollama about %1…</source>
        <translation>Interrogation d’Ollama sur %1…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot size %1:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Impossible de déterminer la taille de %1&#xa0;:&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>%1 — installed in Ollama</source>
        <translation>%1 — installé dans Ollama</translation>
    </message>
    <message>
        <source>%1 — installed</source>
        <translation>%1 — installé</translation>
    </message>
    <message>
        <source>%1 (%2, %3 GB)</source>
        <translation>%1 (%2, %3 Go)</translation>
    </message>
    <message>
        <source>%1 (%2, %3 GB; built locally with %4)</source>
        <translation>%1 (%2, %3 Go ; construit localement avec %4)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Suggested for this card:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Suggéré pour cette carte :&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>ogs::ui::MonitorSession</name>
    <message>
        <source>No GPU to sample: %1</source>
        <translation>Aucun GPU à échantillonner&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ogs::ui::MonitorWindow</name>
    <message>
        <source>GPU Monitor — Ollama GPU Setup</source>
        <translation>Moniteur GPU — Ollama GPU Setup</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Moniteur</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Freeze the charts; samples are still recorded</source>
        <translation>Figer les graphiques&#xa0;; les mesures continuent d’être enregistrées</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>Export P&amp;NG…</source>
        <translation>Exporter en P&amp;NG…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>GPU stuck alert</source>
        <translation>Alerte&#xa0;: GPU bloqué</translation>
    </message>
    <message>
        <source>Processes using the GPUs</source>
        <translation>Processus utilisant les GPU</translation>
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
        <translation>Processus</translation>
    </message>
    <message>
        <source>VRAM</source>
        <translation>VRAM</translation>
    </message>
    <message>
        <source>Engine busy</source>
        <translation>Occupation du moteur</translation>
    </message>
    <message>
        <source>Processes using the GPUs:</source>
        <translation>Processus utilisant les GPU&#xa0;:</translation>
    </message>
    <message>
        <source>Waiting for the first sample…</source>
        <translation>En attente de la première mesure…</translation>
    </message>
    <message>
        <source>No GPU with live readings found.</source>
        <translation>Aucun GPU ne fournit de mesures en direct.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 is stuck busy&lt;/b&gt; (%2).&lt;br&gt;%3&lt;br&gt;&lt;b&gt;Fix:&lt;/b&gt; %4</source>
        <translation>&lt;b&gt;%1 est bloqué en pleine activité&lt;/b&gt; (%2).&lt;br&gt;%3&lt;br&gt;&lt;b&gt;Solution&#xa0;:&lt;/b&gt; %4</translation>
    </message>
    <message>
        <source>Export samples as CSV</source>
        <translation>Exporter les mesures en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’exportation</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Export charts as PNG</source>
        <translation>Exporter les graphiques en PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Ollama GPU Setup</source>
        <translation>À &amp;propos d’Ollama GPU Setup</translation>
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
            <numerusform>%n mesure conservée</numerusform>
            <numerusform>%n mesures conservées</numerusform>
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
        <translation>&amp;Installer Ollama…</translation>
    </message>
    <message>
        <source>Cance&amp;l</source>
        <translation>Annu&amp;ler</translation>
    </message>
    <message>
        <source>Ollama download progress</source>
        <translation>Progression du téléchargement d’Ollama</translation>
    </message>
    <message>
        <source>Install or update Ollama</source>
        <translation>Installer ou mettre à jour Ollama</translation>
    </message>
    <message>
        <source>Cancel the Ollama install</source>
        <translation>Annuler l’installation d’Ollama</translation>
    </message>
    <message>
        <source>Looking for Ollama…</source>
        <translation>Recherche d’Ollama…</translation>
    </message>
    <message>
        <source>Ollama is not installed.</source>
        <translation>Ollama n’est pas installé.</translation>
    </message>
    <message>
        <source>Ollama %1 (%2) at %3.</source>
        <translation>Ollama %1 (%2) à l’emplacement %3.</translation>
    </message>
    <message>
        <source>of unknown version</source>
        <translation>de version inconnue</translation>
    </message>
    <message>
        <source>unknown build</source>
        <translation>variante inconnue</translation>
    </message>
    <message>
        <source>The server answers.</source>
        <translation>Le serveur répond.</translation>
    </message>
    <message>
        <source>The server does not answer.</source>
        <translation>Le serveur ne répond pas.</translation>
    </message>
    <message>
        <source>&amp;Update Ollama…</source>
        <translation>Mettre à &amp;jour Ollama…</translation>
    </message>
    <message>
        <source>&amp;Switch to %1…</source>
        <translation>P&amp;asser à %1…</translation>
    </message>
    <message>
        <source>Reading the release and planning…</source>
        <translation>Lecture de la version publiée et préparation du plan…</translation>
    </message>
    <message>
        <source>Install Ollama</source>
        <translation>Installer Ollama</translation>
    </message>
    <message>
        <source>Not confirmed; nothing was changed.</source>
        <translation>Non confirmé&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Run this script as root?</source>
        <translation>Exécuter ce script en tant que root&#xa0;?</translation>
    </message>
    <message>
        <source>%1 (SHA-256 %2) will run as root:</source>
        <translation>%1 (SHA-256 %2) va être exécuté en tant que root&#xa0;:</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Terminé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>ogs::ui::PathComparisonTable</name>
    <message>
        <source>Comparison of the three AMD acceleration paths</source>
        <translation>Comparaison des trois modes d’accélération AMD</translation>
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
        <translation>Vitesse</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>GPU requirement</source>
        <translation>GPU requis</translation>
    </message>
    <message>
        <source>Stability</source>
        <translation>Stabilité</translation>
    </message>
    <message>
        <source>Extra install</source>
        <translation>Installation supplémentaire</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Plateformes</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>Maximale</translation>
    </message>
    <message>
        <source>Good (about 60–80 % of ROCm)</source>
        <translation>Bonne (environ 60–80&#xa0;% de ROCm)</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Modérée</translation>
    </message>
    <message>
        <source>Trivial (one variable)</source>
        <translation>Triviale (une variable)</translation>
    </message>
    <message>
        <source>Official list only</source>
        <translation>Liste officielle uniquement</translation>
    </message>
    <message>
        <source>Any GPU with Vulkan</source>
        <translation>Tout GPU compatible Vulkan</translation>
    </message>
    <message>
        <source>Extended AMD list</source>
        <translation>Liste AMD étendue</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Prêt pour la production</translation>
    </message>
    <message>
        <source>Experimental</source>
        <translation>Expérimental</translation>
    </message>
    <message>
        <source>Community-maintained</source>
        <translation>Maintenu par la communauté</translation>
    </message>
    <message>
        <source>HIP SDK on Windows</source>
        <translation>HIP SDK sous Windows</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Replaces Ollama</source>
        <translation>Remplace Ollama</translation>
    </message>
    <message>
        <source>Windows and Linux</source>
        <translation>Windows et Linux</translation>
    </message>
    <message>
        <source>Windows only</source>
        <translation>Windows uniquement</translation>
    </message>
</context>
<context>
    <name>ogs::ui::PathDetailsView</name>
    <message>
        <source>Details of the selected path</source>
        <translation>Détails du mode sélectionné</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Expected speed:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Vitesse attendue&#xa0;:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stability:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Stabilité&#xa0;:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;On this card:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Sur cette carte&#xa0;:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>It is slower: %1 instead of %2.</source>
        <translation>Il est plus lent&#xa0;: %1 au lieu de %2.</translation>
    </message>
    <message>
        <source>It is %1, the first choice is %2.</source>
        <translation>Il est %1, le premier choix est %2.</translation>
    </message>
    <message>
        <source>It needs more to be installed or replaced.</source>
        <translation>Il demande d’installer ou de remplacer davantage de composants.</translation>
    </message>
    <message>
        <source>More known problems apply to it on this machine.</source>
        <translation>Davantage de problèmes connus le concernent sur cette machine.</translation>
    </message>
    <message>
        <source>The rules put %1 first for this GPU and Ollama version.</source>
        <translation>Les règles placent %1 en premier pour ce GPU et cette version d’Ollama.</translation>
    </message>
    <message>
        <source>Why it ranks below %1:</source>
        <translation>Pourquoi il est classé après %1&#xa0;:</translation>
    </message>
    <message>
        <source>remove %1</source>
        <translation>supprimer %1</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>No environment changes are needed.</source>
        <translation>Aucune modification de l’environnement n’est nécessaire.</translation>
    </message>
    <message>
        <source>Also needed</source>
        <translation>Également nécessaire</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
</context>
<context>
    <name>ogs::ui::PathPage</name>
    <message>
        <source>Acceleration path</source>
        <translation>Mode d’accélération</translation>
    </message>
    <message>
        <source>The ways Ollama can use this GPU, best first. The first is chosen; pick another to see why it ranks lower.</source>
        <translation>Les façons dont Ollama peut utiliser ce GPU, de la meilleure à la moins bonne. La première est choisie&#xa0;; sélectionnez-en une autre pour voir pourquoi elle est moins bien classée.</translation>
    </message>
    <message>
        <source>Acceleration paths, best first</source>
        <translation>Modes d’accélération, du meilleur au moins bon</translation>
    </message>
    <message>
        <source>&amp;Paths:</source>
        <translation>&amp;Modes&#xa0;:</translation>
    </message>
    <message>
        <source>Path details and comparison</source>
        <translation>Détails et comparaison des modes</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>&amp;Compare the AMD paths</source>
        <translation>&amp;Comparer les modes AMD</translation>
    </message>
    <message>
        <source>%1. %2 — %3</source>
        <translation>%1. %2 — %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&#xa0;: %2</translation>
    </message>
    <message>
        <source>Not possible here:</source>
        <translation>Impossible ici&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;p&gt;No acceleration path could be recommended.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aucun mode d’accélération n’a pu être recommandé.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ogs::ui::PathText</name>
    <message>
        <source>%1 % of native speed</source>
        <translation>%1&#xa0;% de la vitesse native</translation>
    </message>
    <message>
        <source>%1–%2 % of native speed</source>
        <translation>%1–%2&#xa0;% de la vitesse native</translation>
    </message>
    <message>
        <source>about %1–%2 tokens/s with %3</source>
        <translation>environ %1–%2 tokens/s avec %3</translation>
    </message>
    <message>
        <source>ROCm (native)</source>
        <translation>ROCm (natif)</translation>
    </message>
    <message>
        <source>ROCm with a gfx override</source>
        <translation>ROCm avec cible gfx forcée</translation>
    </message>
    <message>
        <source>Vulkan</source>
        <translation>Vulkan</translation>
    </message>
    <message>
        <source>ollama-for-amd (community build)</source>
        <translation>ollama-for-amd (version communautaire)</translation>
    </message>
    <message>
        <source>CUDA (NVIDIA)</source>
        <translation>CUDA (NVIDIA)</translation>
    </message>
    <message>
        <source>Processor only (no GPU)</source>
        <translation>Processeur uniquement (sans GPU)</translation>
    </message>
    <message>
        <source>Ollama on the Windows host</source>
        <translation>Ollama sur l’hôte Windows</translation>
    </message>
    <message>
        <source>production</source>
        <translation>prêt pour la production</translation>
    </message>
    <message>
        <source>experimental</source>
        <translation>expérimental</translation>
    </message>
    <message>
        <source>community-maintained</source>
        <translation>maintenu par la communauté</translation>
    </message>
</context>
<context>
    <name>ogs::ui::ScanPage</name>
    <message>
        <source>discrete</source>
        <translation>dédié</translation>
    </message>
    <message>
        <source>integrated</source>
        <translation>intégré</translation>
    </message>
    <message>
        <source>virtual</source>
        <translation>virtuel</translation>
    </message>
    <message>
        <source>software (CPU)</source>
        <translation>logiciel (CPU)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
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
        <translation>Linux dans WSL 2 (Sous-système Windows pour Linux)</translation>
    </message>
    <message>
        <source>Linux</source>
        <translation>Linux</translation>
    </message>
    <message>
        <source>&amp;Scan again</source>
        <translation>&amp;Relancer l’analyse</translation>
    </message>
    <message>
        <source>Your system</source>
        <translation>Votre système</translation>
    </message>
    <message>
        <source>The graphics cards in this computer and what Ollama needs to use them.</source>
        <translation>Les cartes graphiques de cet ordinateur et ce dont Ollama a besoin pour les utiliser.</translation>
    </message>
    <message>
        <source>Scanning</source>
        <translation>Analyse en cours</translation>
    </message>
    <message>
        <source>Detected GPUs</source>
        <translation>GPU détectés</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>gfx target</source>
        <translation>Cible gfx</translation>
    </message>
    <message>
        <source>VRAM</source>
        <translation>VRAM</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Vulkan driver</source>
        <translation>Pilote Vulkan</translation>
    </message>
    <message>
        <source>Seen by</source>
        <translation>Vu par</translation>
    </message>
    <message>
        <source>Scan again</source>
        <translation>Relancer l’analyse</translation>
    </message>
    <message>
        <source>Scanning for GPUs…</source>
        <translation>Recherche des GPU…</translation>
    </message>
    <message>
        <source>Platform: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Plateforme&#xa0;: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>ROCm compute device /dev/kfd: available.</source>
        <translation>Périphérique de calcul ROCm /dev/kfd&#xa0;: disponible.</translation>
    </message>
    <message>
        <source>ROCm compute device /dev/kfd: present but &lt;b&gt;not accessible&lt;/b&gt; to you.</source>
        <translation>Périphérique de calcul ROCm /dev/kfd&#xa0;: présent, mais &lt;b&gt;inaccessible&lt;/b&gt; pour vous.</translation>
    </message>
    <message>
        <source>ROCm compute device /dev/kfd: not present.</source>
        <translation>Périphérique de calcul ROCm /dev/kfd&#xa0;: absent.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No graphics card was found.&lt;/b&gt; Ollama will run on the processor.</source>
        <translation>&lt;b&gt;Aucune carte graphique trouvée.&lt;/b&gt; Ollama s’exécutera sur le processeur.</translation>
    </message>
    <message>
        <source>installed</source>
        <translation>installé</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>non installé</translation>
    </message>
    <message>
        <source>Ollama &lt;b&gt;%1&lt;/b&gt; is installed and running at %2.</source>
        <translation>Ollama &lt;b&gt;%1&lt;/b&gt; est installé et tourne à %2.</translation>
    </message>
    <message>
        <source>Ollama &lt;b&gt;%1&lt;/b&gt; is installed but not running (nothing answers at %2).</source>
        <translation>Ollama &lt;b&gt;%1&lt;/b&gt; est installé mais ne tourne pas (rien ne répond à %2).</translation>
    </message>
    <message>
        <source>Ollama &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Ollama &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Ollama was &lt;b&gt;not found&lt;/b&gt;: nothing answers at %1 and there is no &lt;code&gt;ollama&lt;/code&gt; command. The advice assumes Ollama %2, the newest release this program knows.</source>
        <translation>Ollama &lt;b&gt;introuvable&lt;/b&gt;&#xa0;: rien ne répond à %1 et il n’y a pas de commande &lt;code&gt;ollama&lt;/code&gt;. Le conseil suppose Ollama %2, la version la plus récente que ce programme connaît.</translation>
    </message>
    <message>
        <source>Its install (%1) ships ROCm kernels for: %2.</source>
        <translation>Son installation (%1) fournit des noyaux ROCm pour&#xa0;: %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Its install (%1) has no ROCm runner.</source>
        <translation>Son installation (%1) n’a pas de moteur ROCm.</translation>
    </message>
    <message>
        <source>AMD HIP SDK: %1.</source>
        <translation>AMD HIP SDK&#xa0;: %1.</translation>
    </message>
    <message>
        <source>ROCm runtime on the system: %1 (Ollama brings its own; this matters for the HSA override).</source>
        <translation>Environnement ROCm du système&#xa0;: %1 (Ollama apporte le sien&#xa0;; cela compte pour le forçage HSA).</translation>
    </message>
</context>
<context>
    <name>ogs::ui::ServerRestart</name>
    <message>
        <source>Restart the service in a terminal: sudo systemctl daemon-reload &amp;&amp; sudo systemctl restart ollama</source>
        <translation>Redémarrez le service dans un terminal&#xa0;: sudo systemctl daemon-reload &amp;&amp; sudo systemctl restart ollama</translation>
    </message>
    <message>
        <source>Ollama reads %1 only when a new terminal starts it: stop the running `ollama serve` (Ctrl+C in its terminal), open a new terminal and run `ollama serve` again.</source>
        <translation>Ollama ne lit %1 que s’il est lancé depuis un nouveau terminal&#xa0;: arrêtez le `ollama serve` en cours (Ctrl+C dans son terminal), ouvrez un nouveau terminal et relancez `ollama serve`.</translation>
    </message>
    <message>
        <source>%1 is read at login: log out and back in, then start `ollama serve` again.</source>
        <translation>%1 est lu à l’ouverture de session&#xa0;: fermez la session et rouvrez-la, puis relancez `ollama serve`.</translation>
    </message>
    <message>
        <source>/etc/environment is read at login: log out and back in, then start Ollama again.</source>
        <translation>/etc/environment est lu à l’ouverture de session&#xa0;: fermez la session et rouvrez-la, puis relancez Ollama.</translation>
    </message>
    <message>
        <source>Quit Ollama from its icon in the notification area (right-click, Quit Ollama), then start Ollama again from the Start menu: it reads the new variables when it starts.</source>
        <translation>Quittez Ollama depuis son icône dans la zone de notification (clic droit, «&#xa0;Quit Ollama&#xa0;»), puis relancez Ollama depuis le menu Démarrer&#xa0;: il lit les nouvelles variables au démarrage.</translation>
    </message>
    <message>
        <source>Restarting the Ollama service (systemctl restart ollama)…</source>
        <translation>Redémarrage du service Ollama (systemctl restart ollama)…</translation>
    </message>
    <message>
        <source>stopped waiting</source>
        <translation>attente interrompue</translation>
    </message>
    <message>
        <source>Waiting for Ollama to answer at %1…</source>
        <translation>En attente de la réponse d’Ollama à l’adresse %1…</translation>
    </message>
    <message>
        <source>Reading the server log to confirm the settings…</source>
        <translation>Lecture du journal du serveur pour confirmer les réglages…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Restart Ollama yourself&lt;/b&gt; so it reads the new settings: %1 Then go on to check it.</source>
        <translation>&lt;b&gt;Redémarrez Ollama vous-même&lt;/b&gt; pour qu’il lise les nouveaux réglages&#xa0;: %1 Passez ensuite à la vérification.</translation>
    </message>
    <message>
        <source>⚠ Ollama was restarted but does not answer yet: %1</source>
        <translation>⚠ Ollama a été redémarré mais ne répond pas encore&#xa0;: %1</translation>
    </message>
    <message>
        <source>✔ Restarted Ollama; it answers again (version %1).</source>
        <translation>✔ Ollama a redémarré et répond de nouveau (version %1).</translation>
    </message>
    <message>
        <source>✔ Its log confirms the settings: %1.</source>
        <translation>✔ Son journal confirme les réglages&#xa0;: %1.</translation>
    </message>
    <message>
        <source>⚠ Its log shows it did not get: %1.</source>
        <translation>⚠ Son journal montre qu’il n’a pas reçu&#xa0;: %1.</translation>
    </message>
    <message>
        <source>No server log was found to confirm the settings.</source>
        <translation>Aucun journal du serveur n’a été trouvé pour confirmer les réglages.</translation>
    </message>
    <message>
        <source>This Ollama does not list %1 in its log, so those cannot be confirmed.</source>
        <translation>Cette version d’Ollama n’indique pas %1 dans son journal&#xa0;; ces valeurs ne peuvent donc pas être confirmées.</translation>
    </message>
    <message>
        <source>Stopped Ollama (%1) and started %2.</source>
        <translation>Ollama arrêté (%1) et %2 démarré.</translation>
    </message>
    <message>
        <source>Ollama was not running; started %1.</source>
        <translation>Ollama ne tournait pas&#xa0;; %1 a été démarré.</translation>
    </message>
    <message>
        <source>⚠ Could not tell whether Ollama runs: %1. Nothing was stopped or started.</source>
        <translation>⚠ Impossible de savoir si Ollama tourne&#xa0;: %1. Rien n’a été arrêté ni démarré.</translation>
    </message>
    <message>
        <source>⚠ Ollama&apos;s app is not at %1, so it was not restarted; nothing was stopped.</source>
        <translation>⚠ L’application Ollama n’est pas dans %1, elle n’a donc pas été redémarrée&#xa0;; rien n’a été arrêté.</translation>
    </message>
    <message>
        <source>⚠ Could not stop Ollama: %1. Nothing was started.</source>
        <translation>⚠ Impossible d’arrêter Ollama&#xa0;: %1. Rien n’a été démarré.</translation>
    </message>
    <message>
        <source>⚠ Stopped Ollama (%1), but it did not start again: %2.</source>
        <translation>⚠ Ollama a été arrêté (%1), mais n’a pas redémarré&#xa0;: %2.</translation>
    </message>
    <message>
        <source>After applying, Ollama is restarted so it reads the new variables: ollama app.exe and ollama.exe are stopped and %1 is started again (or started, if Ollama is not running).</source>
        <translation>Après l’application, Ollama est redémarré pour lire les nouvelles variables&#xa0;: ollama app.exe et ollama.exe sont arrêtés et %1 est relancé (ou lancé, si Ollama ne tourne pas).</translation>
    </message>
    <message>
        <source>After applying: Ollama&apos;s app is not at %1, so it cannot be restarted from here. %2</source>
        <translation>Après l’application&#xa0;: l’application Ollama n’est pas dans %1, elle ne peut donc pas être redémarrée d’ici. %2</translation>
    </message>
    <message>
        <source>After applying, the Ollama service is restarted (systemctl daemon-reload, systemctl restart ollama) and its log is read to confirm the settings.</source>
        <translation>Après l’application, le service Ollama est redémarré (systemctl daemon-reload, systemctl restart ollama) et son journal est lu pour confirmer les réglages.</translation>
    </message>
    <message>
        <source>After applying: %1</source>
        <translation>Après l’application&#xa0;: %1</translation>
    </message>
    <message>
        <source>Restarting Ollama: stopping ollama app.exe and ollama.exe, then starting %1…</source>
        <translation>Redémarrage d’Ollama&#xa0;: arrêt de ollama app.exe et ollama.exe, puis lancement de %1…</translation>
    </message>
    <message>
        <source>Start Ollama from the Start menu: it reads the new variables when it starts.</source>
        <translation>Lancez Ollama depuis le menu Démarrer&#xa0;: il lit les nouvelles variables au démarrage.</translation>
    </message>
    <message>
        <source>✔ Started Ollama; it answers (version %1).</source>
        <translation>✔ Ollama a démarré et répond (version %1).</translation>
    </message>
</context>
<context>
    <name>ogs::ui::SetupSession</name>
    <message>
        <source>Nothing needed changing.</source>
        <translation>Aucune modification n’était nécessaire.</translation>
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
        <translation>À pr&amp;opos</translation>
    </message>
    <message>
        <source>About Ollama GPU Setup</source>
        <translation>À propos d’Ollama GPU Setup</translation>
    </message>
</context>
<context>
    <name>ogs::ui::SpeedupTable</name>
    <message>
        <source>CPU and GPU speed compared</source>
        <translation>Comparaison des vitesses du CPU et du GPU</translation>
    </message>
    <message>
        <source>CPU only</source>
        <translation>CPU uniquement</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Speedup</source>
        <translation>Gain</translation>
    </message>
    <message>
        <source>Prompt processing</source>
        <translation>Traitement de la requête</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>Génération</translation>
    </message>
    <message>
        <source>Time to first token</source>
        <translation>Délai avant le premier token</translation>
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
        <translation>Terminé</translation>
    </message>
    <message>
        <source>What changed, and how to take it back.</source>
        <translation>Ce qui a changé, et comment revenir en arrière.</translation>
    </message>
    <message>
        <source>Summary of the changes</source>
        <translation>Résumé des modifications</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>&amp;Enregistrer le rapport…</translation>
    </message>
    <message>
        <source>Save a report for a bug report</source>
        <translation>Enregistrer un rapport pour signaler un bogue</translation>
    </message>
    <message>
        <source>Open the GPU &amp;monitor</source>
        <translation>Ouvrir le &amp;moniteur GPU</translation>
    </message>
    <message>
        <source>Open the GPU monitor</source>
        <translation>Ouvrir le moniteur GPU</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Fichiers texte (*.txt)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Acceleration path: &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Mode d’accélération&#xa0;: &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Model: &lt;b&gt;%1&lt;/b&gt; with %2 tokens of context.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Modèle&#xa0;: &lt;b&gt;%1&lt;/b&gt; avec un contexte de %2 tokens.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Changes written (journal entry %1):&lt;/p&gt;</source>
        <translation>&lt;p&gt;Modifications écrites (entrée de journal %1)&#xa0;:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Nothing was changed on this computer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Rien n’a été modifié sur cet ordinateur.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Test prompt with %1: &lt;b&gt;%2 tok/s&lt;/b&gt;, %3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Requête de test avec %1&#xa0;: &lt;b&gt;%2 tok/s&lt;/b&gt;, %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>processor split unknown</source>
        <translation>répartition CPU/GPU inconnue</translation>
    </message>
    <message>
        <source>&lt;p&gt;To undo them, go back to the Apply page and press Undo, or run &lt;code&gt;ollama-gpu-setup env undo&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Pour les défaire, revenez à la page «&#xa0;Appliquer les réglages&#xa0;» et appuyez sur Défaire, ou exécutez &lt;code&gt;ollama-gpu-setup env undo&lt;/code&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>&amp;Copier le rapport</translation>
    </message>
    <message>
        <source>Copy the report to the clipboard</source>
        <translation>Copier le rapport dans le presse-papiers</translation>
    </message>
    <message>
        <source>&lt;p&gt;The test prompt ran; its results are in the report.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La requête de test a été exécutée&#xa0;; ses résultats figurent dans le rapport.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Save report…&lt;/b&gt; or &lt;b&gt;Copy report&lt;/b&gt; gives you everything a bug report needs: detection, recommendation, the changes, the test prompt&apos;s results and Ollama&apos;s log lines.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Enregistrer le rapport…&lt;/b&gt; ou &lt;b&gt;Copier le rapport&lt;/b&gt; vous donne tout ce qu’il faut pour signaler un bogue&#xa0;: détection, recommandation, modifications, résultats de la requête de test et lignes du journal d’Ollama.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Save &amp;diagnostic bundle…</source>
        <translation>Enregistrer le paquet de &amp;diagnostic…</translation>
    </message>
    <message>
        <source>Save a diagnostic bundle (zip file) for a bug report</source>
        <translation>Enregistrer un paquet de diagnostic (fichier zip) pour signaler un bogue</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Save diagnostic bundle…&lt;/b&gt; puts the same in one .zip file, each part also as JSON, to attach to a bug report.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Enregistrer le paquet de diagnostic…&lt;/b&gt; met la même chose dans un seul fichier .zip, chaque partie aussi en JSON, à joindre à un signalement de bogue.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Save diagnostic bundle</source>
        <translation>Enregistrer le paquet de diagnostic</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Archives zip (*.zip)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Diagnostic bundle saved to &lt;b&gt;%1&lt;/b&gt;. Attach it to your bug report.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Paquet de diagnostic enregistré dans &lt;b&gt;%1&lt;/b&gt;. Joignez-le à votre signalement de bogue.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Could not save the diagnostic bundle:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Impossible d’enregistrer le paquet de diagnostic&#xa0;:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;Report saved to &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Rapport enregistré dans &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Could not save the report:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Impossible d’enregistrer le rapport&#xa0;:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ogs::ui::VerifyPage</name>
    <message>
        <source>remove %1</source>
        <translation>supprimer %1</translation>
    </message>
    <message>
        <source>Compare with the &amp;CPU</source>
        <translation>Comparer avec le &amp;CPU</translation>
    </message>
    <message>
        <source>&amp;Run the test</source>
        <translation>&amp;Lancer le test</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Interrompre</translation>
    </message>
    <message>
        <source>Generation speed</source>
        <translation>Vitesse de génération</translation>
    </message>
    <message>
        <source>tokens/s</source>
        <translation>tokens/s</translation>
    </message>
    <message>
        <source>GPU busy</source>
        <translation>Occupation du GPU</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Ce qui n’a pas fonctionné</translation>
    </message>
    <message>
        <source>&amp;Write this fix</source>
        <translation>&amp;Écrire cette solution</translation>
    </message>
    <message>
        <source>Check that it works</source>
        <translation>Vérifier que tout fonctionne</translation>
    </message>
    <message>
        <source>A short test prompt shows where the model runs and how fast. It needs a model that is already installed.</source>
        <translation>Une courte requête de test montre où le modèle s’exécute et à quelle vitesse. Il faut pour cela un modèle déjà installé.</translation>
    </message>
    <message>
        <source>Installed model to test</source>
        <translation>Modèle installé à tester</translation>
    </message>
    <message>
        <source>Installed models</source>
        <translation>Modèles installés</translation>
    </message>
    <message>
        <source>Also run the prompt on the CPU and compare</source>
        <translation>Exécuter aussi la requête sur le CPU et comparer</translation>
    </message>
    <message>
        <source>Runs the prompt a second time with num_gpu 0 to show the speedup</source>
        <translation>Exécute la requête une seconde fois avec num_gpu 0 pour montrer le gain de vitesse</translation>
    </message>
    <message>
        <source>Run the test prompt</source>
        <translation>Lancer la requête de test</translation>
    </message>
    <message>
        <source>Stop the test prompt</source>
        <translation>Interrompre la requête de test</translation>
    </message>
    <message>
        <source>Test running</source>
        <translation>Test en cours</translation>
    </message>
    <message>
        <source>The text the model generates</source>
        <translation>Le texte généré par le modèle</translation>
    </message>
    <message>
        <source>The model&apos;s answer appears here as it is generated.</source>
        <translation>La réponse du modèle s’affiche ici au fur et à mesure de sa génération.</translation>
    </message>
    <message>
        <source>GPU run</source>
        <translation>Exécution sur le GPU</translation>
    </message>
    <message>
        <source>CPU run</source>
        <translation>Exécution sur le CPU</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>What the fix writes</source>
        <translation>Ce que la solution écrit</translation>
    </message>
    <message>
        <source>Write the fix shown above and restart Ollama</source>
        <translation>Écrire la solution ci-dessus et redémarrer Ollama</translation>
    </message>
    <message>
        <source>Try the next-ranked &amp;path</source>
        <translation>Essayer le mo&amp;de suivant</translation>
    </message>
    <message>
        <source>Go back and apply the next-ranked path</source>
        <translation>Revenir en arrière et appliquer le mode suivant du classement</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>Reading the Ollama server log…</source>
        <translation>Lecture du journal du serveur Ollama…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Failed:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Échec&#xa0;:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Asking Ollama at %1 which models are installed…</source>
        <translation>Interrogation d’Ollama à l’adresse %1 sur les modèles installés…</translation>
    </message>
    <message>
        <source>Ready: press Run the test.</source>
        <translation>Prêt&#xa0;: appuyez sur Lancer le test.</translation>
    </message>
    <message>
        <source>
— on the CPU —
</source>
        <translation>
— sur le CPU —
</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The test was cancelled; nothing was measured.</source>
        <translation>Le test a été annulé&#xa0;; rien n’a été mesuré.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>The test failed.</source>
        <translation>Le test a échoué.</translation>
    </message>
    <message>
        <source>✖ The test prompt failed: %1</source>
        <translation>✖ La requête de test a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>✔ Working on the processor, as chosen: %1 tok/s.</source>
        <translation>✔ Fonctionne sur le processeur, comme choisi&#xa0;: %1 tok/s.</translation>
    </message>
    <message>
        <source>✖ The model runs on the CPU (%1), not on the GPU.</source>
        <translation>✖ Le modèle s’exécute sur le CPU (%1), pas sur le GPU.</translation>
    </message>
    <message>
        <source>⚠ Slower than expected: %1 tok/s, where %2–%3 tok/s is expected.</source>
        <translation>⚠ Plus lent que prévu&#xa0;: %1 tok/s, alors que %2–%3 tok/s sont attendus.</translation>
    </message>
    <message>
        <source>✔ Working, and faster than expected: %1 tok/s (expected %2–%3 tok/s).</source>
        <translation>✔ Fonctionne, et plus vite que prévu&#xa0;: %1 tok/s (attendu&#xa0;: %2–%3 tok/s).</translation>
    </message>
    <message>
        <source>✔ Working: %1 tok/s, within the %2–%3 tok/s expected for this GPU on this path.</source>
        <translation>✔ Fonctionne&#xa0;: %1 tok/s, dans la plage de %2–%3 tok/s attendue pour ce GPU avec ce mode.</translation>
    </message>
    <message>
        <source>✔ Working: %1 tok/s. There is no expected speed to compare it with.</source>
        <translation>✔ Fonctionne&#xa0;: %1 tok/s. Aucune vitesse attendue n’est disponible pour comparer.</translation>
    </message>
    <message>
        <source>⚠ Part of the model runs on the CPU (%1): it does not fit in GPU memory.</source>
        <translation>⚠ Une partie du modèle s’exécute sur le CPU (%1)&#xa0;: il ne tient pas dans la mémoire du GPU.</translation>
    </message>
    <message>
        <source>Expected speed: %1.</source>
        <translation>Vitesse attendue&#xa0;: %1.</translation>
    </message>
    <message>
        <source>No Ollama server log was found, so the cause cannot be read from it.</source>
        <translation>Aucun journal du serveur Ollama n’a été trouvé&#xa0;; la cause ne peut donc pas y être lue.</translation>
    </message>
    <message>
        <source>From the server log (%1):</source>
        <translation>D’après le journal du serveur (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>Try the next-ranked &amp;path: %1</source>
        <translation>Essayer le mo&amp;de suivant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Go back and apply the next-ranked path, %1</source>
        <translation>Revenir en arrière et appliquer le mode suivant du classement, %1</translation>
    </message>
    <message>
        <source>⚠ This fix cannot be planned: %1</source>
        <translation>⚠ Impossible de planifier cette solution&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 already holds this; restart Ollama if it is not in effect yet.</source>
        <translation>%1 contient déjà ces valeurs&#xa0;; redémarrez Ollama si elles ne sont pas encore prises en compte.</translation>
    </message>
    <message>
        <source>This target needs administrator rights. Run in a terminal: &lt;code&gt;sudo ollama-gpu-setup env apply --target %1 %2 --yes&lt;/code&gt;</source>
        <translation>Cette cible nécessite les droits d’administrateur. Exécutez dans un terminal&#xa0;: &lt;code&gt;sudo ollama-gpu-setup env apply --target %1 %2 --yes&lt;/code&gt;</translation>
    </message>
    <message>
        <source>These are the exact changes to %1. Nothing is written until you press Write this fix; Undo on the previous page takes it back.</source>
        <translation>Voici les modifications exactes de %1. Rien n’est écrit avant que vous appuyiez sur Écrire cette solution&#xa0;; Défaire, sur la page précédente, les annule.</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Écriture en cours…</translation>
    </message>
    <message>
        <source>Then run the test again.</source>
        <translation>Relancez ensuite le test.</translation>
    </message>
    <message>
        <source>%1 is not installed yet (install it with: %2); the test uses %3 instead.</source>
        <translation>%1 n&apos;est pas encore installé (installez-le avec : %2) ; le test utilise %3 à la place.</translation>
    </message>
    <message>
        <source>No model is installed. Install one first, for example: %1</source>
        <translation>Aucun modèle n&apos;est installé. Installez-en d&apos;abord un, par exemple : %1</translation>
    </message>
    <message>
        <source>⚠ The GPU is not speeding it up: %1 tok/s, and %2 tok/s on the processor alone (%3×).</source>
        <translation>⚠ Le GPU n’accélère pas : %1 tok/s, et %2 tok/s sur le processeur seul (%3×).</translation>
    </message>
    <message>
        <source>⚠ Running, but only partly on the GPU: %1 tok/s.</source>
        <translation>⚠ Fonctionne, mais seulement en partie sur le GPU : %1 tok/s.</translation>
    </message>
</context>
<context>
    <name>ogs::ui::VerifySession</name>
    <message>
        <source>Contacting Ollama…</source>
        <translation>Connexion à Ollama…</translation>
    </message>
    <message>
        <source>Loading %1 on the GPU…</source>
        <translation>Chargement de %1 sur le GPU…</translation>
    </message>
    <message>
        <source>Loading %1 on the CPU…</source>
        <translation>Chargement de %1 sur le CPU…</translation>
    </message>
    <message>
        <source>Generating %1 tokens on the GPU…</source>
        <translation>Génération de %1 tokens sur le GPU…</translation>
    </message>
    <message>
        <source>Generating %1 tokens on the CPU…</source>
        <translation>Génération de %1 tokens sur le CPU…</translation>
    </message>
    <message>
        <source>Unloading %1…</source>
        <translation>Déchargement de %1…</translation>
    </message>
</context>
<context>
    <name>ogs::ui::WelcomePage</name>
    <message>
        <source>Run Ollama on your GPU</source>
        <translation>Exécuter Ollama sur votre GPU</translation>
    </message>
    <message>
        <source>This assistant finds your graphics card, picks the fastest way for Ollama to use it, and proves the result with a live test.</source>
        <translation>Cet assistant trouve votre carte graphique, choisit la façon la plus rapide pour Ollama de l’utiliser et vérifie le résultat par un test en direct.</translation>
    </message>
    <message>
        <source>&lt;p&gt;The steps:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Scan this computer&apos;s GPUs and your Ollama install.&lt;/li&gt;&lt;li&gt;Recommend an acceleration path (ROCm, Vulkan, CUDA, …) and explain why.&lt;/li&gt;&lt;li&gt;Check that your model fits in video memory.&lt;/li&gt;&lt;li&gt;Show every change before it is made, then apply it, with undo.&lt;/li&gt;&lt;li&gt;Run a test prompt and measure the speed-up.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;&lt;b&gt;Nothing is changed without showing it to you first.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Les étapes&#xa0;:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Analyser les GPU de cet ordinateur et votre installation d’Ollama.&lt;/li&gt;&lt;li&gt;Recommander un mode d’accélération (ROCm, Vulkan, CUDA, …) et expliquer pourquoi.&lt;/li&gt;&lt;li&gt;Vérifier que votre modèle tient dans la mémoire vidéo.&lt;/li&gt;&lt;li&gt;Montrer chaque modification avant de l’effectuer, puis l’appliquer, avec possibilité de la défaire.&lt;/li&gt;&lt;li&gt;Lancer une requête de test et mesurer le gain de vitesse.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;&lt;b&gt;Rien n’est modifié sans vous avoir été montré d’abord.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ogs::ui::WslPage</name>
    <message>
        <source>&amp;Mirrored networking: Windows is localhost</source>
        <translation>Réseau en &amp;miroir&#xa0;: Windows est localhost</translation>
    </message>
    <message>
        <source>Ollama on Windows, this app in WSL 2</source>
        <translation>Ollama sous Windows, cette application dans WSL 2</translation>
    </message>
    <message>
        <source>WSL 2 cannot reach an AMD GPU for compute (/dev/kfd is absent). Ollama runs on the Windows side with the GPU, and programs here talk to it over the network.</source>
        <translation>WSL 2 ne peut pas utiliser un GPU AMD pour le calcul (/dev/kfd est absent). Ollama s’exécute côté Windows avec le GPU, et les programmes d’ici communiquent avec lui par le réseau.</translation>
    </message>
    <message>
        <source>WSL 2 (Linux): your programs ── OLLAMA_HOST ──► Windows: Ollama ──► GPU</source>
        <translation>WSL 2 (Linux)&#xa0;: vos programmes ── OLLAMA_HOST ──► Windows&#xa0;: Ollama ──► GPU</translation>
    </message>
    <message>
        <source>Ollama address on Windows</source>
        <translation>Adresse d’Ollama sous Windows</translation>
    </message>
    <message>
        <source>Ollama &amp;address:</source>
        <translation>&amp;Adresse d’Ollama&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;On Windows&lt;/b&gt;, let Ollama accept connections from WSL (PowerShell):&lt;/p&gt;&lt;pre&gt;[System.Environment]::SetEnvironmentVariable(&apos;OLLAMA_HOST&apos;, &apos;0.0.0.0&apos;, &apos;User&apos;)&lt;/pre&gt;&lt;p&gt;then quit and restart Ollama from the tray. If the test fails, allow port 11434 (PowerShell as administrator):&lt;/p&gt;&lt;pre&gt;New-NetFirewallRule -DisplayName &quot;Ollama&quot; -Direction Inbound -LocalPort 11434 -Protocol TCP -Action Allow&lt;/pre&gt;&lt;p&gt;⚠ &lt;b&gt;Security:&lt;/b&gt; 0.0.0.0 makes Ollama answer &lt;i&gt;every&lt;/i&gt; computer that can reach this PC, without a password. Only do this on a trusted network, or limit the firewall rule to the WSL subnet (-RemoteAddress 172.16.0.0/12).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Sous Windows&lt;/b&gt;, autorisez Ollama à accepter les connexions venant de WSL (PowerShell)&#xa0;:&lt;/p&gt;&lt;pre&gt;[System.Environment]::SetEnvironmentVariable(&apos;OLLAMA_HOST&apos;, &apos;0.0.0.0&apos;, &apos;User&apos;)&lt;/pre&gt;&lt;p&gt;puis quittez Ollama depuis la zone de notification et relancez-le. Si le test échoue, autorisez le port 11434 (PowerShell en tant qu’administrateur)&#xa0;:&lt;/p&gt;&lt;pre&gt;New-NetFirewallRule -DisplayName &quot;Ollama&quot; -Direction Inbound -LocalPort 11434 -Protocol TCP -Action Allow&lt;/pre&gt;&lt;p&gt;⚠ &lt;b&gt;Sécurité&#xa0;:&lt;/b&gt; avec 0.0.0.0, Ollama répond à &lt;i&gt;tous&lt;/i&gt; les ordinateurs qui peuvent joindre ce PC, sans mot de passe. Ne le faites que sur un réseau de confiance, ou limitez la règle de pare-feu au sous-réseau WSL (-RemoteAddress 172.16.0.0/12).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>NAT net&amp;working (the default): Windows is the default gateway</source>
        <translation>Réseau &amp;NAT (par défaut)&#xa0;: Windows est la passerelle par défaut</translation>
    </message>
    <message>
        <source>NAT net&amp;working: no default gateway found</source>
        <translation>Réseau &amp;NAT&#xa0;: aucune passerelle par défaut trouvée</translation>
    </message>
    <message>
        <source>NAT net&amp;working (the default): Windows is at %1</source>
        <translation>Réseau &amp;NAT (par défaut)&#xa0;: Windows est à l’adresse %1</translation>
    </message>
</context>
</TS>
