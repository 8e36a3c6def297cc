<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
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
        <source>After applying: %1</source>
        <translation>Après l’application&#xa0;: %1</translation>
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
        <source>%1 (%2, %3 GB, needs %4 GB VRAM; %5)</source>
        <translation>%1 (%2, %3 Go, nécessite %4 Go de VRAM&#xa0;; %5)</translation>
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
        <source>Suggested for this card: &lt;b&gt;%1&lt;/b&gt; (%2). %3</source>
        <translation>Suggéré pour cette carte&#xa0;: &lt;b&gt;%1&lt;/b&gt; (%2). %3</translation>
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
    <message numerus="yes">
        <source>%n GPU(s), %1 samples kept</source>
        <translation>
            <numerusform>%n GPU, %1 mesures conservées</numerusform>
            <numerusform>%n GPU, %1 mesures conservées</numerusform>
        </translation>
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
        <source>&lt;p&gt;&lt;b&gt;Could not write %1.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Impossible d’écrire %1.&lt;/b&gt;&lt;/p&gt;</translation>
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
        <source>%1 is not installed yet (ollama pull %1); the test uses %2 instead.</source>
        <translation>%1 n’est pas encore installé (ollama pull %1)&#xa0;; le test utilise %2 à la place.</translation>
    </message>
    <message>
        <source>No model is installed. Install one first, for example: ollama pull %1</source>
        <translation>Aucun modèle n’est installé. Installez-en d’abord un, par exemple&#xa0;: ollama pull %1</translation>
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
