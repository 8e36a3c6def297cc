// Property-style test over generated files: apply -> undo is byte-identical, apply twice is
// apply once, bytes outside our block never change, line endings, a missing final newline,
// permissions and symlinks are kept. Fixed seed: every run checks the same files.
#include "env/envjournal.h"
#include "env/envplan.h"
#include "env/markedblock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#if defined(Q_OS_UNIX)
#include <sys/stat.h>
#endif

using namespace ogs;

namespace {

constexpr int kCases = 240;

QDateTime fixedClock()
{
    return QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
}

uint modeOf(const QString &path)
{
#if defined(Q_OS_UNIX)
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return 0;
    return st.st_mode & 07777;
#else
    Q_UNUSED(path);
    return 0;
#endif
}

void setMode(const QString &path, uint mode)
{
#if defined(Q_OS_UNIX)
    ::chmod(QFile::encodeName(path).constData(), static_cast<mode_t>(mode));
#else
    Q_UNUSED(path);
    Q_UNUSED(mode);
#endif
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArrayLiteral("<unreadable>");
    return f.readAll();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

/// One random line without its terminator: rc-file-like text, hostile text, or raw bytes.
QByteArray randomLine(QRandomGenerator &rng)
{
    static const char *pool[] = {
        "# ~/.bashrc: executed by bash(1) for non-login shells.",
        "export PATH=\"$HOME/bin:$PATH\"",
        "export OLLAMA_HOST=127.0.0.1:11434",
        "OLLAMA_VULKAN=\"0\"",
        "set -gx OLLAMA_KEEP_ALIVE 10m",
        "[Service]",
        "Environment=\"OLLAMA_DEBUG=1\"",
        "alias ll='ls -alF'",
        "case $- in *i*) ;; *) return;; esac",
        "",
        "   ",
        "\t# indented comment\t",
        "# >>> conda initialize >>>",
        "fi",
        "if [ -f ~/.bash_aliases ]; then",
        "PATH=\"/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin\"",
    };
    const int kind = rng.bounded(10);
    if (kind < 6)
        return QByteArray(pool[rng.bounded(static_cast<int>(sizeof pool / sizeof *pool))]);
    QByteArray line;
    const int len = rng.bounded(60);
    for (int i = 0; i < len; ++i) {
        char c;
        if (kind < 9)
            c = static_cast<char>(0x20 + rng.bounded(0x5f)); // printable ASCII
        else
            c = static_cast<char>(rng.bounded(256));         // any byte (invalid UTF-8, lone CR, NUL)
        if (c == '\n')
            c = ' ';
        line += c;
    }
    return line;
}

EnvAssignments randomValues(QRandomGenerator &rng)
{
    const QList<EnvAssignment> pool{
        {QStringLiteral("OLLAMA_VULKAN"), QStringLiteral("1")},
        {QStringLiteral("OLLAMA_VULKAN"), QStringLiteral("0")},
        {QStringLiteral("OLLAMA_KEEP_ALIVE"), QStringLiteral("30m")},
        {QStringLiteral("HIP_VISIBLE_DEVICES"), QStringLiteral("-1")},
        {QStringLiteral("ROCR_VISIBLE_DEVICES"), QStringLiteral("NOT_A_DEVICE")},
        {QStringLiteral("OLLAMA_LLM_LIBRARY"), QStringLiteral("vulkan")},
        {QStringLiteral("HSA_OVERRIDE_GFX_VERSION"), QStringLiteral("10.3.0")},
        {QStringLiteral("OLLAMA_MODELS"), QStringLiteral("/srv/ollama models")},
        {QStringLiteral("GPU_MAX_HW_QUEUES"), QStringLiteral("1")},
        {QStringLiteral("OLLAMA_CONTEXT_LENGTH"), QStringLiteral("8192")},
    };
    EnvAssignments out;
    const int n = 1 + rng.bounded(4);
    for (int i = 0; i < n; ++i) {
        const EnvAssignment &a = pool.at(rng.bounded(static_cast<int>(pool.size())));
        bool dup = false;
        for (const EnvAssignment &o : out)
            dup = dup || o.first == a.first;
        if (!dup)
            out << a;
    }
    return out;
}

/// The byte offsets of our block (start of the start marker line, end of the end marker line
/// including its terminator); {-1,-1} when there is none.
std::pair<qsizetype, qsizetype> blockSpan(const QByteArray &bytes)
{
    const QList<QByteArray> lines = splitLinesKeepEnds(bytes);
    qsizetype offset = 0, start = -1;
    for (const QByteArray &l : lines) {
        QByteArray t = l;
        while (t.endsWith('\n') || t.endsWith('\r'))
            t.chop(1);
        if (t == blockStartMarker())
            start = offset;
        offset += l.size();
        if (t == blockEndMarker() && start >= 0)
            return {start, offset};
    }
    return {-1, -1};
}

struct GeneratedCase {
    EnvTarget target;
    QByteArray content;
    bool exists = true;
    bool symlink = false;
    uint mode = 0644;
    bool hadBlock = false;
    QByteArray eol;
    bool finalNewline = true;
};

GeneratedCase generate(QRandomGenerator &rng)
{
    GeneratedCase c;
    const QList<EnvTarget> targets{EnvTarget::Systemd, EnvTarget::Bashrc, EnvTarget::Profile,
                                   EnvTarget::Zshrc, EnvTarget::Fish, EnvTarget::EtcEnvironment};
    c.target = targets.at(rng.bounded(static_cast<int>(targets.size())));
    c.exists = rng.bounded(10) != 0;
    c.symlink = rng.bounded(4) == 0;
    const uint modes[] = {0644, 0600, 0640, 0604, 0664, 0755, 0444 | 0200};
    c.mode = modes[rng.bounded(static_cast<int>(sizeof modes / sizeof *modes))];
    c.eol = rng.bounded(3) == 0 ? QByteArrayLiteral("\r\n") : QByteArrayLiteral("\n");
    c.finalNewline = rng.bounded(3) != 0;
    if (!c.exists)
        return c;
    QList<QByteArray> lines;
    const int n = rng.bounded(25);
    for (int i = 0; i < n; ++i)
        lines << randomLine(rng);
    c.hadBlock = rng.bounded(3) == 0;
    if (c.hadBlock) {
        // An existing block of ours, somewhere in the file, with this file's line ending.
        const BlockRewrite block = rewriteBlock(c.target, {}, randomValues(rng), QStringLiteral("gen"));
        QList<QByteArray> blockLines;
        for (QByteArray l : splitLinesKeepEnds(block.bytes)) {
            l.chop(1);
            blockLines << l;
        }
        const int at = static_cast<int>(rng.bounded(lines.size() + 1));
        for (int i = 0; i < blockLines.size(); ++i)
            lines.insert(at + i, blockLines.at(i));
    }
    for (int i = 0; i < lines.size(); ++i) {
        c.content += lines.at(i);
        if (i + 1 < lines.size() || c.finalNewline)
            c.content += c.eol;
    }
    return c;
}

} // namespace

class TestEnvProperty final : public QObject {
    Q_OBJECT
private slots:
    void generatedFiles()
    {
        QRandomGenerator rng(20260401u);
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        int unchanged = 0, withBlock = 0, crlf = 0, noFinalNewline = 0, symlinks = 0, absent = 0;
        for (int n = 0; n < kCases; ++n) {
            const GeneratedCase c = generate(rng);
            const QString caseDir = tmp.filePath(QStringLiteral("case-%1").arg(n));
            EnvRoots roots;
            roots.home = caseDir + QStringLiteral("/home");
            roots.root = caseDir + QStringLiteral("/root");
            QDir().mkpath(roots.home);
            QDir().mkpath(roots.root);
            const QString path = envTargetPath(c.target, roots);
            QString realPath = path;
            QDir().mkpath(QFileInfo(path).absolutePath());
            if (c.symlink) {
                realPath = caseDir + QStringLiteral("/dotfiles/managed-file");
                QDir().mkpath(QFileInfo(realPath).absolutePath());
                QVERIFY(QFile::link(realPath, path));
                ++symlinks;
            }
            if (c.exists) {
                writeAll(realPath, c.content);
                setMode(realPath, c.mode);
            } else {
                ++absent;
            }
            withBlock += c.hadBlock;
            crlf += c.eol == "\r\n" && c.exists;
            noFinalNewline += !c.finalNewline && c.exists && !c.content.isEmpty();
            const QString label = QStringLiteral("case %1 (%2, %3)").arg(n).arg(envTargetId(c.target), path);

            const EnvPlanner planner(roots);
            EnvJournal journal(caseDir + QStringLiteral("/state"), nullptr, fixedClock);
            EnvRequest request;
            request.target = c.target;
            request.set = randomValues(rng);
            QString error;
            const std::optional<EnvPlan> plan = planner.plan(request, &error);
            QVERIFY2(plan, qPrintable(label + QStringLiteral(": ") + error));
            const EnvActionResult applied = journal.apply(*plan);
            QVERIFY2(applied.ok, qPrintable(label + QStringLiteral(": ") + applied.error));

            const QByteArray after = readAll(realPath);
            // The symlink is still a symlink to the same file.
            if (c.symlink) {
                QVERIFY2(QFileInfo(path).isSymLink(), qPrintable(label));
                QCOMPARE(QFileInfo(path).symLinkTarget(), realPath);
            }
            // Permissions kept (new files get 0644).
            QCOMPARE(modeOf(realPath), c.exists ? c.mode : 0644u);
            // Our values are in exactly one block.
            const BlockScan scan = scanBlock(c.target, after, path);
            QVERIFY2(scan.ok() && scan.hasBlock, qPrintable(label + scan.error));
            for (const EnvAssignment &a : plan->set)
                QVERIFY2(scan.values.contains(a), qPrintable(label + a.first));
            // Every byte outside the block is unchanged.
            const auto [oldStart, oldEnd] = blockSpan(c.content);
            const auto [newStart, newEnd] = blockSpan(after);
            const QByteArray oldPrefix = oldStart >= 0 ? c.content.left(oldStart) : c.content;
            const QByteArray oldSuffix = oldStart >= 0 ? c.content.mid(oldEnd) : QByteArray();
            QByteArray newPrefix = after.left(newStart);
            const QByteArray newSuffix = after.mid(newEnd);
            if (oldStart < 0 && !c.content.isEmpty() && !c.content.endsWith('\n')) {
                // We had to end the last line before appending our block.
                QVERIFY2(newPrefix.endsWith('\n'), qPrintable(label));
                newPrefix.chop(newPrefix.endsWith("\r\n") && !oldPrefix.endsWith('\r') ? 2 : 1);
            }
            QVERIFY2(newPrefix == oldPrefix, qPrintable(label + QStringLiteral(": prefix changed")));
            QVERIFY2(newSuffix == oldSuffix, qPrintable(label + QStringLiteral(": suffix changed")));
            // The file's line ending is used inside the block, and the final newline is kept.
            const QByteArray block = after.mid(newStart, newEnd - newStart);
            if (c.exists && c.content.contains('\n')) {
                const QByteArray fileEol = splitLinesKeepEnds(c.content).constFirst().endsWith("\r\n") ? QByteArrayLiteral("\r\n") : QByteArrayLiteral("\n");
                for (const QByteArray &l : splitLinesKeepEnds(block))
                    QVERIFY2(l.endsWith(fileEol) || !l.endsWith('\n'), qPrintable(label + QStringLiteral(": line ending")));
            }
            if (c.exists && !c.content.isEmpty())
                QCOMPARE(after.endsWith('\n'), c.content.endsWith('\n'));

            // Apply twice = apply once.
            const std::optional<EnvPlan> again = planner.plan(request, &error);
            QVERIFY2(again, qPrintable(error));
            QVERIFY2(!again->hasChanges(), qPrintable(label + again->files.constFirst().diff));
            QVERIFY(journal.apply(*again).ok);
            QCOMPARE(readAll(realPath), after);

            // Undo restores the exact bytes (or absence), the mode, and the symlink.
            const EnvActionResult undone = EnvJournal(caseDir + QStringLiteral("/state"), nullptr, fixedClock).undo(false);
            if (!plan->hasChanges()) {
                // The existing block already held these values: nothing was written, nothing to undo.
                QVERIFY(!undone.ok);
                QCOMPARE(after, c.content);
                ++unchanged;
                continue;
            }
            QVERIFY2(undone.ok, qPrintable(label + QStringLiteral(": ") + undone.error));
            if (c.exists) {
                QVERIFY2(readAll(realPath) == c.content, qPrintable(label + QStringLiteral(": undo not byte-identical")));
                QCOMPARE(modeOf(realPath), c.mode);
            } else {
                QVERIFY2(!QFileInfo::exists(realPath), qPrintable(label + QStringLiteral(": undo left a file")));
                if (!c.symlink && (c.target == EnvTarget::Systemd || c.target == EnvTarget::Fish))
                    QVERIFY2(!QFileInfo::exists(QFileInfo(path).absolutePath()) || QFileInfo::exists(QFileInfo(path).absolutePath() + QStringLiteral("/..")),
                             qPrintable(label));
            }
            if (c.symlink)
                QVERIFY(QFileInfo(path).isSymLink());
            QVERIFY(!journal.undo(false).ok); // nothing left

            // Without an earlier block, unsetting everything we set gives the original bytes back too
            // (except that a file we own entirely, a drop-in, is deleted when nothing is left in it).
            if (!c.hadBlock && c.exists && !(targetOwnsWholeFile(c.target) && c.content.isEmpty())) {
                QVERIFY(journal.apply(*planner.plan(request, &error)).ok);
                EnvRequest removeAll;
                removeAll.target = c.target;
                for (const EnvAssignment &a : plan->set)
                    removeAll.unset << a.first;
                const std::optional<EnvPlan> removal = planner.plan(removeAll, &error);
                QVERIFY2(removal, qPrintable(error));
                QVERIFY(journal.apply(*removal).ok);
                QVERIFY2(readAll(realPath) == c.content, qPrintable(label + QStringLiteral(": set then unset is not the original")));
            }
        }
        // The generator really covered the interesting shapes.
        QVERIFY(withBlock >= 40);
        QVERIFY(crlf >= 40);
        QVERIFY(noFinalNewline >= 40);
        QVERIFY(symlinks >= 40);
        QVERIFY(absent >= 10);
        QVERIFY(unchanged < kCases / 10);
    }
};

QTEST_GUILESS_MAIN(TestEnvProperty)
#include "tst_envproperty.moc"
