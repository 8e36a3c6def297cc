#include "envjournal.h"

#include "atomicfile.h"
#include "common/coretext.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

#if defined(Q_OS_UNIX)
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace ogs {

namespace {

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QJsonValue registryJson(const std::optional<RegistryValue> &v)
{
    if (!v)
        return QJsonValue::Null;
    return QJsonObject { { QStringLiteral("data"), v->data }, { QStringLiteral("expandable"), v->expandable } };
}

std::optional<RegistryValue> registryFromJson(const QJsonValue &v)
{
    if (!v.isObject())
        return std::nullopt;
    const QJsonObject o = v.toObject();
    return RegistryValue { o.value(QStringLiteral("data")).toString(), o.value(QStringLiteral("expandable")).toBool() };
}

RegistryScope scopeFromJson(const QJsonValue &v)
{
    return v.toString() == QLatin1String("machine") ? RegistryScope::Machine : RegistryScope::User;
}

FileOwnership privateFileIn(const QString &dir)
{
    FileOwnership own = ownershipOf(dir);
    own.mode = 0600;
    return own;
}

bool writeJson(const QString &path, const QJsonObject &object, QString *error)
{
    return writeFileAtomically(path, QJsonDocument(object).toJson(QJsonDocument::Indented),
        privateFileIn(QFileInfo(path).absolutePath()), error);
}

std::optional<QJsonObject> readJson(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = EnvText::tr("cannot read the journal entry %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        *error = EnvText::tr("the journal entry %1 is damaged: %2").arg(path, parseError.errorString());
        return std::nullopt;
    }
    return doc.object();
}

/// The file's state now compared with what the journal says it was before and after.
enum class FileState { IsBefore, IsAfter, Other };

FileState fileState(const QJsonObject &f, QString *error)
{
    QByteArray bytes;
    bool exists = false;
    if (!readWholeFile(f.value(QStringLiteral("write_path")).toString(), &bytes, &exists, error))
        return FileState::Other;
    const QString hash = sha256Hex(bytes);
    const bool existedBefore = f.value(QStringLiteral("existed")).toBool();
    const bool existsAfter = f.value(QStringLiteral("exists_after")).toBool();
    if (existsAfter == exists && (!exists || hash == f.value(QStringLiteral("after_sha256")).toString()))
        return FileState::IsAfter;
    if (existedBefore == exists && (!exists || hash == f.value(QStringLiteral("before_sha256")).toString()))
        return FileState::IsBefore;
    return FileState::Other;
}

/// Puts a file back into its "before" (or "after") state from the bytes saved in the entry.
bool restoreFile(const QString &entryDir, const QJsonObject &f, bool toAfter, QString *error)
{
    const QString path = f.value(QStringLiteral("write_path")).toString();
    const bool exists = f.value(toAfter ? QStringLiteral("exists_after") : QStringLiteral("existed")).toBool();
    QStringList createdDirs;
    for (const QJsonValue &d : f.value(QStringLiteral("created_dirs")).toArray())
        createdDirs << d.toString();
    if (!exists)
        return removeFileAndDirs(path, toAfter ? QStringList() : createdDirs, error);
    const QString saved = entryDir + QLatin1Char('/')
        + f.value(toAfter ? QStringLiteral("after_file") : QStringLiteral("before_file")).toString();
    QByteArray bytes;
    bool savedExists = false;
    if (!readWholeFile(saved, &bytes, &savedExists, error))
        return false;
    const QString expected
        = f.value(toAfter ? QStringLiteral("after_sha256") : QStringLiteral("before_sha256")).toString();
    if (!savedExists || sha256Hex(bytes) != expected) {
        *error = EnvText::tr("the saved copy %1 is missing or damaged; %2 was not touched").arg(saved, path);
        return false;
    }
    FileOwnership own;
    own.exists = f.contains(QStringLiteral("mode"));
    own.mode = static_cast<uint>(f.value(QStringLiteral("mode")).toInt(0644));
    own.uid = static_cast<uint>(f.value(QStringLiteral("uid")).toInt());
    own.gid = static_cast<uint>(f.value(QStringLiteral("gid")).toInt());
    return writeFileAtomically(path, bytes, own, error);
}

bool setRegistry(EnvRegistry *registry, const QJsonObject &r, bool toAfter, QString *error)
{
    const RegistryScope scope = scopeFromJson(r.value(QStringLiteral("scope")));
    const QString name = r.value(QStringLiteral("name")).toString();
    const std::optional<RegistryValue> v
        = registryFromJson(r.value(toAfter ? QStringLiteral("after") : QStringLiteral("before")));
    return v ? registry->write(scope, name, *v, error) : registry->remove(scope, name, error);
}

} // namespace

EnvJournal::EnvJournal(QString stateDir, EnvRegistry *registry, Clock clock)
    : m_stateDir(std::move(stateDir))
    , m_registry(registry)
    , m_clock(std::move(clock))
{
}

QString EnvJournal::journalDir() const
{
    return m_stateDir + QStringLiteral("/env-journal");
}

void EnvJournal::stage(const QString &name) const
{
    if (m_hook)
        m_hook(name);
}

bool EnvJournal::createEntryDir(QString *id, QString *entryDir, QString *error) const
{
    if (!QDir().mkpath(journalDir())) {
        *error = EnvText::tr("cannot create the journal folder %1; nothing was changed").arg(journalDir());
        return false;
    }
    int seq = 0;
    for (const QString &name : QDir(journalDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        seq = std::max(seq, name.section(QLatin1Char('-'), 0, 0).toInt());
    const QString stamp = m_clock().toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    // mkdir, not mkpath: it fails when the folder exists, so no two applies ever share an id,
    // even one that did not take the lock (an older version).
    for (int attempt = 1; attempt <= 100; ++attempt) {
        *id = QStringLiteral("%1-%2").arg(seq + attempt, 6, 10, QLatin1Char('0')).arg(stamp);
        *entryDir = journalDir() + QLatin1Char('/') + *id;
        if (QDir().mkdir(*entryDir)) {
            QFile::setPermissions(*entryDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
            return true;
        }
    }
    *error = EnvText::tr("cannot create the journal folder %1; nothing was changed").arg(*entryDir);
    return false;
}

bool EnvJournal::untrusted(const QString &path, QString *error) const
{
#if defined(Q_OS_UNIX)
    if (!m_trusted)
        return false;
    struct stat st { };
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return false; // absent: created by us, with our umask
    const bool link = S_ISLNK(st.st_mode);
    if (link || st.st_uid != ::geteuid() || (st.st_mode & (S_IWGRP | S_IWOTH)) != 0) {
        *error = EnvText::tr("refusing to trust %1: %2; it must be owned by uid %3 and writable by nobody else "
                             "(remove it or fix its owner and mode); nothing was changed")
                     .arg(path,
                         link ? EnvText::tr("it is a symbolic link")
                              : EnvText::tr("owner uid %1, mode %2")
                                    .arg(st.st_uid)
                                    .arg(QString::number(st.st_mode & 07777, 8)))
                     .arg(::geteuid());
        return true;
    }
#else
    Q_UNUSED(path);
    Q_UNUSED(error);
#endif
    return false;
}

bool EnvJournal::entryUntrusted(const QString &entryDir, QString *error) const
{
    if (!m_trusted)
        return false;
    if (untrusted(entryDir, error))
        return true;
    for (const QString &name : QDir(entryDir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)) {
        if (untrusted(entryDir + QLatin1Char('/') + name, error))
            return true;
    }
    return false;
}

bool EnvJournal::notAllowed(const QJsonObject &f, QString *error) const
{
    if (!m_trusted)
        return false;
    const QString path = f.value(QStringLiteral("path")).toString();
    const QString writePath = f.value(QStringLiteral("write_path")).toString();
    bool ok = m_allowedPaths.contains(path) && (writePath == path || writePath == snapshotFile(path).writePath);
    for (const QJsonValue &d : f.value(QStringLiteral("created_dirs")).toArray())
        ok = ok && path.startsWith(d.toString() + QLatin1Char('/'));
    if (!ok)
        *error = EnvText::tr("the journal names %1, which is not a file this helper manages; refused, nothing was "
                             "undone")
                     .arg(writePath.isEmpty() ? path : writePath);
    return !ok;
}

namespace {

QStringList writePaths(const EnvPlan &plan)
{
    QStringList paths;
    for (const FileChange &f : plan.files)
        paths << f.writePath;
    return paths;
}

} // namespace

EnvActionResult EnvJournal::apply(const EnvPlan &plan)
{
    EnvActionResult result;
    EnvLocks locks;
    if (!locks.lockJournal(m_stateDir, m_lockWaitMs, &result.error)
        || !locks.lockTargets(writePaths(plan), m_lockWaitMs, &result.error)
        || untrusted(m_stateDir, &result.error) || untrusted(journalDir(), &result.error))
        return result;
    return applyLocked(plan);
}

EnvActionResult EnvJournal::applyRequest(
    const EnvPlanner &planner, const EnvRequest &request, const QString &expectSha256, EnvPlan *applied)
{
    EnvActionResult result;
    EnvLocks locks;
    if (!locks.lockJournal(m_stateDir, m_lockWaitMs, &result.error)
        || untrusted(m_stateDir, &result.error) || untrusted(journalDir(), &result.error))
        return result;
    // Lock the files the plan names, then read them again: only what is read under the lock counts.
    std::optional<EnvPlan> plan = planner.plan(request, &result.error);
    if (!plan || !locks.lockTargets(writePaths(*plan), m_lockWaitMs, &result.error))
        return result;
    plan = planner.plan(request, &result.error);
    if (!plan)
        return result;
    *applied = *plan;
    if (!expectSha256.isEmpty() && !plan->files.isEmpty()) {
        const FileChange &f = plan->files.constFirst();
        const QString now = f.existed ? sha256Hex(f.before) : QStringLiteral("absent");
        if (now != expectSha256.toLower()) {
            result.error = EnvText::tr("%1 changed since the plan was made (SHA-256 now %2, expected %3); "
                                       "nothing was changed (make the plan again)")
                               .arg(f.path, now, expectSha256);
            return result;
        }
    }
    return applyLocked(*plan);
}

EnvActionResult EnvJournal::applyLocked(const EnvPlan &plan)
{
    EnvActionResult result;
    if (!plan.hasChanges()) {
        result.ok = true;
        result.messages << EnvText::tr("Nothing to change: %1 already has these values.").arg(envTargetId(plan.target));
        return result;
    }
    // The plan was made from what the files held then; refuse if anything moved since.
    for (const FileChange &f : plan.files) {
        if (!f.changed())
            continue;
        const FileSnapshot now = snapshotFile(f.path);
        if (!now.error.isEmpty()) {
            result.error = now.error + EnvText::tr("; nothing was changed");
            return result;
        }
        if (now.writePath != f.writePath || now.exists != f.existed || now.bytes != f.before) {
            result.error = EnvText::tr("%1 changed since the plan was made; nothing was changed (make the plan again)")
                               .arg(f.path);
            return result;
        }
    }
    if (!plan.registry.isEmpty() && !m_registry) {
        result.error = EnvText::tr("no registry on this platform; nothing was changed");
        return result;
    }
    for (const RegistryChange &r : plan.registry) {
        if (!r.changed())
            continue;
        QString readError;
        const std::optional<RegistryValue> now = m_registry->read(r.scope, r.name, &readError);
        if (!readError.isEmpty() || now != r.before) {
            result.error = readError.isEmpty()
                ? EnvText::tr("%1\\%2 changed since the plan was made; nothing was changed (make the plan again)")
                      .arg(registryScopeName(r.scope), r.name)
                : readError;
            return result;
        }
    }

    QString id;
    QString entryDir;
    if (!createEntryDir(&id, &entryDir, &result.error))
        return result;
    auto abandon = [&](const QString &why) {
        QDir(entryDir).removeRecursively();
        result.error = why + EnvText::tr("; nothing was changed");
        return result;
    };

    QJsonArray files;
    QList<const FileChange *> fileChanges;
    for (const FileChange &f : plan.files) {
        if (!f.changed())
            continue;
        const int i = static_cast<int>(fileChanges.size());
        fileChanges << &f;
        QJsonObject o { { QStringLiteral("path"), f.path }, { QStringLiteral("write_path"), f.writePath },
            { QStringLiteral("existed"), f.existed }, { QStringLiteral("exists_after"), f.existsAfter },
            { QStringLiteral("before_sha256"), sha256Hex(f.before) },
            { QStringLiteral("after_sha256"), sha256Hex(f.after) },
            { QStringLiteral("before_file"), QStringLiteral("file-%1.before").arg(i) },
            { QStringLiteral("after_file"), QStringLiteral("file-%1.after").arg(i) } };
        const FileOwnership own = ownershipOf(f.writePath);
        if (own.exists) {
            o.insert(QStringLiteral("mode"), static_cast<int>(own.mode));
            o.insert(QStringLiteral("uid"), static_cast<int>(own.uid));
            o.insert(QStringLiteral("gid"), static_cast<int>(own.gid));
        }
        QString error;
        if ((f.existed
                && !writeFileAtomically(
                    entryDir + QStringLiteral("/file-%1.before").arg(i), f.before, privateFileIn(entryDir), &error))
            || (f.existsAfter
                && !writeFileAtomically(
                    entryDir + QStringLiteral("/file-%1.after").arg(i), f.after, privateFileIn(entryDir), &error)))
            return abandon(EnvText::tr("cannot save the backup: %1").arg(error));
        files.append(o);
    }
    QJsonArray registry;
    for (const RegistryChange &r : plan.registry) {
        if (!r.changed())
            continue;
        registry.append(
            QJsonObject { { QStringLiteral("scope"),
                              r.scope == RegistryScope::Machine ? QStringLiteral("machine") : QStringLiteral("user") },
                { QStringLiteral("name"), r.name }, { QStringLiteral("before"), registryJson(r.before) },
                { QStringLiteral("after"), registryJson(r.after) } });
    }
    QJsonObject set;
    for (const EnvAssignment &a : plan.set)
        set.insert(a.first, a.second);
    QJsonObject entry { { QStringLiteral("id"), id },
        { QStringLiteral("created"), m_clock().toUTC().toString(Qt::ISODate) },
        { QStringLiteral("target"), envTargetId(plan.target) }, { QStringLiteral("state"), QStringLiteral("pending") },
        { QStringLiteral("set"), set }, { QStringLiteral("unset"), QJsonArray::fromStringList(plan.unset) },
        { QStringLiteral("files"), files }, { QStringLiteral("registry"), registry } };
    const QString entryPath = entryDir + QStringLiteral("/journal.json");
    QString error;
    if (!writeJson(entryPath, entry, &error))
        return abandon(EnvText::tr("cannot write the journal: %1").arg(error));
    stage(QStringLiteral("journal-pending"));

    QList<QJsonObject> done;
    for (int i = 0; i < fileChanges.size(); ++i) {
        const FileChange &f = *fileChanges.at(i);
        QJsonObject o = files.at(i).toObject();
        QStringList created;
        const bool ok = f.existsAfter
            ? writeFileAtomically(f.writePath, f.after, ownershipOf(f.writePath), &error, &created)
            : removeFileAndDirs(f.writePath, {}, &error);
        if (!ok) {
            QString rollbackError;
            if (!rollBack(done, entryDir, &rollbackError)) {
                result.error = EnvText::tr("%1; restoring the files already written failed too (%2); "
                                           "`env undo` can finish it from %3")
                                   .arg(error, rollbackError, entryDir);
                return result;
            }
            return abandon(error);
        }
        o.insert(QStringLiteral("created_dirs"), QJsonArray::fromStringList(created));
        files.replace(i, o);
        done << o;
        result.messages << (f.existsAfter ? QStringLiteral("Wrote %1").arg(f.writePath)
                                          : QStringLiteral("Removed %1").arg(f.writePath))
                + (f.existed ? EnvText::tr(" (previous content saved in %1/%2)")
                                   .arg(entryDir, o.value(QStringLiteral("before_file")).toString())
                             : QString());
        stage(QStringLiteral("file-written"));
    }
    for (int i = 0; i < registry.size(); ++i) {
        const QJsonObject r = registry.at(i).toObject();
        if (!setRegistry(m_registry, r, true, &error)) {
            QString rollbackError;
            for (int j = i - 1; j >= 0; --j)
                setRegistry(m_registry, registry.at(j).toObject(), false, &rollbackError);
            if (!rollBack(done, entryDir, &rollbackError)) {
                result.error = EnvText::tr("%1; restoring failed too (%2)").arg(error, rollbackError);
                return result;
            }
            return abandon(error);
        }
        result.messages << QStringLiteral("Set %1\\%2")
                               .arg(registryScopeName(scopeFromJson(r.value(QStringLiteral("scope")))),
                                   r.value(QStringLiteral("name")).toString());
    }
    entry.insert(QStringLiteral("files"), files);
    entry.insert(QStringLiteral("state"), QStringLiteral("applied"));
    if (!writeJson(entryPath, entry, &error))
        result.messages << EnvText::tr("Warning: the change is made but the journal could not be updated (%1); "
                                       "`env undo` still works from the pending entry")
                               .arg(error);
    stage(QStringLiteral("journal-applied"));
    if (!registry.isEmpty()) {
        QString broadcastError;
        if (!m_registry->broadcastChange(&broadcastError))
            result.messages << EnvText::tr(
                "Warning: programs were not told about the change (%1); they see it after a restart")
                                   .arg(broadcastError);
    }
    result.ok = true;
    result.journalId = id;
    return result;
}

bool EnvJournal::rollBack(const QList<QJsonObject> &written, const QString &entryDir, QString *error)
{
    bool ok = true;
    for (auto it = written.crbegin(); it != written.crend(); ++it) {
        QString e;
        if (!restoreFile(entryDir, *it, false, &e)) {
            ok = false;
            *error += (error->isEmpty() ? QString() : QStringLiteral("; ")) + e;
        }
    }
    return ok;
}

QList<JournalSummary> EnvJournal::history(QString *error) const
{
    QList<JournalSummary> list;
    QStringList names = QDir(journalDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &name : names) {
        const QString path = journalDir() + QLatin1Char('/') + name + QStringLiteral("/journal.json");
        if (!QFileInfo::exists(path))
            continue; // interrupted before anything was written
        if (entryUntrusted(QFileInfo(path).absolutePath(), error))
            continue;
        const std::optional<QJsonObject> entry = readJson(path, error);
        if (!entry)
            continue;
        JournalSummary s;
        s.id = name;
        s.created = entry->value(QStringLiteral("created")).toString();
        s.target = entry->value(QStringLiteral("target")).toString();
        s.state = entry->value(QStringLiteral("state")).toString();
        for (const QJsonValue &f : entry->value(QStringLiteral("files")).toArray())
            s.paths << f.toObject().value(QStringLiteral("path")).toString();
        for (const QJsonValue &r : entry->value(QStringLiteral("registry")).toArray())
            s.registryNames << r.toObject().value(QStringLiteral("name")).toString();
        list << s;
    }
    return list;
}

EnvActionResult EnvJournal::undo(bool all)
{
    EnvActionResult result;
    EnvLocks locks;
    if (!locks.lockJournal(m_stateDir, m_lockWaitMs, &result.error)
        || untrusted(m_stateDir, &result.error) || untrusted(journalDir(), &result.error))
        return result;
    return undoLocked(all);
}

EnvActionResult EnvJournal::undoLocked(bool all)
{
    EnvActionResult result;
    QString error;
    const QList<JournalSummary> entries = history(&error);
    if (!error.isEmpty()) {
        result.error = error + EnvText::tr("; nothing was undone");
        return result;
    }
    QStringList pending;
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        if (it->state == QLatin1String("applied") || it->state == QLatin1String("pending"))
            pending << it->id;
    }
    if (pending.isEmpty()) {
        result.error = EnvText::tr("nothing to undo: no applied change in %1").arg(journalDir());
        return result;
    }
    if (!all)
        pending = pending.mid(0, 1);
    result.ok = true;
    for (const QString &id : pending) {
        const QString entryDir = journalDir() + QLatin1Char('/') + id;
        if (entryUntrusted(entryDir, &error)) {
            result.ok = false;
            result.error = error;
            return result;
        }
        const std::optional<QJsonObject> entry = readJson(entryDir + QStringLiteral("/journal.json"), &error);
        EnvActionResult one = entry ? undoEntry(entryDir, *entry) : EnvActionResult { false, error, id, {} };
        result.messages << one.messages;
        if (!one.ok) {
            result.ok = false;
            result.error = one.error;
            return result;
        }
        result.journalId = id;
    }
    return result;
}

EnvActionResult EnvJournal::undoEntry(const QString &entryDir, QJsonObject entry)
{
    EnvActionResult result;
    result.journalId = entry.value(QStringLiteral("id")).toString();
    const QString when = entry.value(QStringLiteral("created")).toString();
    const QJsonArray files = entry.value(QStringLiteral("files")).toArray();
    const QJsonArray registry = entry.value(QStringLiteral("registry")).toArray();

    QStringList paths;
    for (const QJsonValue &v : files) {
        if (notAllowed(v.toObject(), &result.error))
            return result;
        paths << v.toObject().value(QStringLiteral("write_path")).toString();
    }
    EnvLocks targetLocks;
    if (!targetLocks.lockTargets(paths, m_lockWaitMs, &result.error))
        return result;

    // First check everything; touch nothing unless every file and value is as we left it.
    QList<QJsonObject> toRestore;
    QStringList conflicts;
    for (const QJsonValue &v : files) {
        const QJsonObject f = v.toObject();
        QString error;
        const FileState state = fileState(f, &error);
        if (state == FileState::IsAfter)
            toRestore << f;
        else if (state == FileState::Other)
            conflicts << (error.isEmpty() ? EnvText::tr("%1 changed after ollama-gpu-setup wrote it (%2)")
                                                .arg(f.value(QStringLiteral("write_path")).toString(), when)
                                          : error);
    }
    QList<QJsonObject> registryToRestore;
    if (!registry.isEmpty() && !m_registry)
        conflicts << EnvText::tr("the entry changed the Windows registry, which is not available here");
    for (const QJsonValue &v : registry) {
        if (!m_registry)
            break;
        const QJsonObject r = v.toObject();
        QString error;
        const std::optional<RegistryValue> now = m_registry->read(
            scopeFromJson(r.value(QStringLiteral("scope"))), r.value(QStringLiteral("name")).toString(), &error);
        if (!error.isEmpty())
            conflicts << error;
        else if (now == registryFromJson(r.value(QStringLiteral("after"))))
            registryToRestore << r;
        else if (now != registryFromJson(r.value(QStringLiteral("before"))))
            conflicts << EnvText::tr("%1 changed after ollama-gpu-setup set it (%2)")
                             .arg(r.value(QStringLiteral("name")).toString(), when);
    }
    for (const QJsonObject &f : std::as_const(toRestore)) {
        const QString path = f.value(QStringLiteral("write_path")).toString();
        const QFileInfo info(path);
        if ((info.exists() && !info.isWritable()) || !QFileInfo(info.absolutePath()).isWritable())
            conflicts << EnvText::tr("cannot write %1: permission denied").arg(path);
    }
    if (!conflicts.isEmpty()) {
        result.error = conflicts.join(QStringLiteral("; "))
            + EnvText::tr("; nothing was undone (the saved copies are in %1)").arg(entryDir);
        return result;
    }

    QList<QJsonObject> restored;
    for (const QJsonObject &f : std::as_const(toRestore)) {
        QString error;
        if (!restoreFile(entryDir, f, false, &error)) {
            for (const QJsonObject &back : std::as_const(restored)) {
                QString ignored;
                restoreFile(entryDir, back, true, &ignored);
            }
            result.error = error + EnvText::tr("; nothing was undone");
            return result;
        }
        restored << f;
        const QString written = f.value(QStringLiteral("write_path")).toString();
        // A file that did not exist before the apply (a systemd drop-in, a new rc file) is deleted, not restored.
        result.messages << (f.value(QStringLiteral("existed")).toBool()
                ? QStringLiteral("Restored %1").arg(written)
                : QStringLiteral("Removed %1 (ollama-gpu-setup had created it)").arg(written));
    }
    for (const QJsonObject &r : std::as_const(registryToRestore)) {
        QString error;
        if (!setRegistry(m_registry, r, false, &error)) {
            result.error = error;
            return result;
        }
        result.messages << QStringLiteral("Restored %1").arg(r.value(QStringLiteral("name")).toString());
    }
    if (toRestore.isEmpty() && registryToRestore.isEmpty())
        result.messages << EnvText::tr("Entry %1 was already undone on disk").arg(result.journalId);
    entry.insert(QStringLiteral("state"), QStringLiteral("undone"));
    entry.insert(QStringLiteral("undone"), m_clock().toUTC().toString(Qt::ISODate));
    QString error;
    if (!writeJson(entryDir + QStringLiteral("/journal.json"), entry, &error))
        result.messages
            << EnvText::tr("Warning: the files are restored but the journal could not be updated (%1)").arg(error);
    if (!registryToRestore.isEmpty()) {
        QString broadcastError;
        if (!m_registry->broadcastChange(&broadcastError))
            result.messages << EnvText::tr("Warning: programs were not told about the change (%1)").arg(broadcastError);
    }
    result.ok = true;
    return result;
}

} // namespace ogs
