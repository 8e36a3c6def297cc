#include "ollamainstall.h"

#include "gfxtarget.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace ogs {

namespace {

QStringList rocblasTargets(const QString &rocmDir)
{
    static const QRegularExpression re(QStringLiteral("^TensileLibrary_lazy_(gfx[0-9a-f]+)(?:[-:_][a-z+-]+)?\\.dat$"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList targets;
    const QDir library(rocmDir + QStringLiteral("/rocblas/library"));
    const QStringList files = library.entryList({ QStringLiteral("TensileLibrary_lazy_gfx*.dat") }, QDir::Files);
    for (const QString &file : files) {
        const QRegularExpressionMatch m = re.match(file);
        const QString gfx = m.hasMatch() ? normalizeGfxTarget(m.captured(1)) : QString();
        if (!gfx.isEmpty() && !targets.contains(gfx))
            targets.append(gfx);
    }
    std::sort(targets.begin(), targets.end());
    return targets;
}

bool isRocblasFolder(const QString &dir)
{
    return QFileInfo(dir + QStringLiteral("/rocblas/library")).isDir();
}

} // namespace

std::optional<OllamaInstall> scanOllamaInstall(const QString &dir)
{
    if (dir.isEmpty() || !QFileInfo(dir).isDir())
        return std::nullopt;
    OllamaInstall install;
    const QString clean = QDir::cleanPath(dir);
    if (QFileInfo(clean + QStringLiteral("/lib/ollama")).isDir()) {
        install.libDir = clean + QStringLiteral("/lib/ollama");
    } else if (isRocblasFolder(clean) && QFileInfo(clean).fileName().startsWith(QLatin1String("rocm"))) {
        // Pointed straight at lib/ollama/rocm_v7_2.
        install.libDir = QFileInfo(clean).absolutePath();
    } else {
        install.libDir = clean;
    }

    const QDir lib(install.libDir);
    install.runnerDirs = lib.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    // Newest ROCm folder first: rocm_v7_2 before rocm_v7_1 before rocm.
    QStringList rocmDirs;
    for (const QString &d : std::as_const(install.runnerDirs))
        if (d.startsWith(QLatin1String("rocm")) && isRocblasFolder(lib.filePath(d)))
            rocmDirs.append(d);
    std::sort(rocmDirs.begin(), rocmDirs.end(), std::greater<QString>());
    if (!rocmDirs.isEmpty()) {
        install.rocmDir = rocmDirs.constFirst();
        install.rocmTargets = rocblasTargets(lib.filePath(install.rocmDir));
    } else if (isRocblasFolder(install.libDir)) {
        // Releases before the per-runner folders kept rocblas directly in lib/ollama.
        install.rocmDir = QStringLiteral(".");
        install.rocmTargets = rocblasTargets(install.libDir);
    }

    const bool looksLikeOllama = install.hasRocm()
        || std::any_of(install.runnerDirs.cbegin(), install.runnerDirs.cend(),
            [](const QString &d) {
                return d == QLatin1String("vulkan") || d.startsWith(QLatin1String("cuda"))
                    || d.startsWith(QLatin1String("rocm"));
            })
        || !lib.entryList(
                   { QStringLiteral("libggml-base*"), QStringLiteral("ggml-base*"), QStringLiteral("llama-server*") },
                   QDir::Files)
                .isEmpty();
    if (!looksLikeOllama)
        return std::nullopt;
    return install;
}

QStringList defaultOllamaLibDirs(
    Platform platform, const QMap<QString, QString> &environment, const QString &rootPrefix)
{
    switch (platform) {
    case Platform::Windows: {
        const QString local = environment.value(QStringLiteral("LOCALAPPDATA"));
        if (local.isEmpty())
            return {};
        return { QString(local).replace(QLatin1Char('\\'), QLatin1Char('/'))
            + QStringLiteral("/Programs/Ollama/lib/ollama") };
    }
    case Platform::Linux:
    case Platform::Wsl2:
        return { rootPrefix + QStringLiteral("/usr/local/lib/ollama"), rootPrefix + QStringLiteral("/usr/lib/ollama") };
    case Platform::MacOs:
        return { rootPrefix + QStringLiteral("/Applications/Ollama.app/Contents/Resources") };
    }
    return {};
}

std::optional<OllamaInstall> findOllamaInstall(const QStringList &candidates)
{
    for (const QString &dir : candidates) {
        if (auto install = scanOllamaInstall(dir))
            return install;
    }
    return std::nullopt;
}

} // namespace ogs
