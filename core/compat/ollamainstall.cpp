#include "ollamainstall.h"

#include "common/coretext.h"
#include "gfxtarget.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace ogs {

namespace {

void addTargets(const QDir &dir, QStringList *targets)
{
    static const QRegularExpression re(QStringLiteral("^TensileLibrary_lazy_(gfx[0-9a-f]+)(?:[-:_][a-z+-]+)?\\.dat$"),
        QRegularExpression::CaseInsensitiveOption);
    const QStringList files = dir.entryList({ QStringLiteral("TensileLibrary_lazy_gfx*.dat") }, QDir::Files);
    for (const QString &file : files) {
        const QRegularExpressionMatch m = re.match(file);
        const QString gfx = m.hasMatch() ? normalizeGfxTarget(m.captured(1)) : QString();
        if (!gfx.isEmpty() && !targets->contains(gfx))
            targets->append(gfx);
    }
}

/// The gfx targets of <rocmDir>/rocblas/library, in both layouts: flat, and one folder per gfx.
QStringList rocblasTargets(const QString &rocmDir, QStringList *problems)
{
    const QString path = rocmDir + QStringLiteral("/rocblas/library");
    const QFileInfo info(path);
    if (!info.isDir()) {
        *problems << (info.exists() ? RecommendText::tr("%1 is a file where a folder should be, so Ollama finds no ROCm "
                                                     "kernels there; reinstall Ollama.")
                                    : RecommendText::tr("%1 is missing, so Ollama finds no ROCm kernels there; reinstall "
                                                     "Ollama."))
                           .arg(QDir::toNativeSeparators(path));
        return {};
    }
    QStringList targets;
    const QDir library(path);
    addTargets(library, &targets);
    for (const QString &sub : library.entryList({ QStringLiteral("gfx*") }, QDir::Dirs | QDir::NoDotAndDotDot))
        addTargets(QDir(library.filePath(sub)), &targets);
    std::sort(targets.begin(), targets.end());
    if (targets.isEmpty())
        *problems << RecommendText::tr("%1 holds no TensileLibrary_lazy_gfx*.dat file, so Ollama's ROCm backend runs on "
                                    "no GPU; the ROCm part of this install looks incomplete: reinstall Ollama.")
                         .arg(QDir::toNativeSeparators(path));
    return targets;
}

bool holdsRocblas(const QString &dir)
{
    return QFileInfo::exists(dir + QStringLiteral("/rocblas"));
}

/// "rocm_v7_14" → {7, 14}, "rocm" → {}: runner folders compare by these numbers, not as text.
QList<int> runnerVersion(const QString &name)
{
    static const QRegularExpression digits(QStringLiteral("\\d+"));
    QList<int> parts;
    QRegularExpressionMatchIterator it = digits.globalMatch(name);
    while (it.hasNext())
        parts << it.next().captured().toInt();
    return parts;
}

} // namespace

std::optional<OllamaInstall> scanOllamaInstall(const QString &dir, QString *whyNot)
{
    QString ignored;
    QString &why = whyNot ? *whyNot : ignored;
    const QFileInfo given(dir);
    if (dir.isEmpty() || !given.exists()) {
        why = RecommendText::tr("'%1' does not exist").arg(dir);
        return std::nullopt;
    }
    if (!given.isDir()) {
        why = RecommendText::tr("'%1' is a file, not a folder").arg(dir);
        return std::nullopt;
    }
    if (!given.isReadable() || !given.isExecutable()) {
        why = RecommendText::tr("'%1' cannot be read (no permission)").arg(dir);
        return std::nullopt;
    }
    OllamaInstall install;
    const QString clean = QDir::cleanPath(dir);
    const QFileInfo libOllama(clean + QStringLiteral("/lib/ollama"));
    if (libOllama.isDir()) {
        install.libDir = clean + QStringLiteral("/lib/ollama");
    } else if (libOllama.exists()) {
        why = RecommendText::tr("'%1' is a file where Ollama's library folder should be").arg(libOllama.filePath());
        return std::nullopt;
    } else if (holdsRocblas(clean) && QFileInfo(clean).fileName().startsWith(QLatin1String("rocm"))) {
        // Pointed straight at lib/ollama/rocm_v7_2.
        install.libDir = QFileInfo(clean).absolutePath();
    } else {
        install.libDir = clean;
    }

    const QDir lib(install.libDir);
    install.runnerDirs = lib.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    // Any rocm* folder holding rocblas is a ROCm runner; the newest version wins (rocm_v7_14 over rocm_v7_2).
    QStringList rocmDirs;
    for (const QString &d : std::as_const(install.runnerDirs))
        if (d.startsWith(QLatin1String("rocm")) && holdsRocblas(lib.filePath(d)))
            rocmDirs.append(d);
    std::sort(rocmDirs.begin(), rocmDirs.end(),
        [](const QString &a, const QString &b) { return runnerVersion(a) > runnerVersion(b); });
    if (!rocmDirs.isEmpty()) {
        install.rocmDir = rocmDirs.constFirst();
        install.rocmTargets = rocblasTargets(lib.filePath(install.rocmDir), &install.problems);
    } else if (holdsRocblas(install.libDir)) {
        // Releases before the per-runner folders kept rocblas directly in lib/ollama.
        install.rocmDir = QStringLiteral(".");
        install.rocmTargets = rocblasTargets(install.libDir, &install.problems);
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
    if (!looksLikeOllama) {
        why = lib.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot)
            ? RecommendText::tr("'%1' is empty").arg(install.libDir)
            : RecommendText::tr("'%1' holds no Ollama install (no lib/ollama with backend folders)").arg(install.libDir);
        return std::nullopt;
    }
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
