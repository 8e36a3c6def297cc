// A whole machine tree: the input is a serialized tree of files (sys/, proc/, dev/, etc/), written
// under a temporary root, then read the way the product reads the real one: GPU detection
// (SysfsGpuSource through GpuDetector, with the platform probe), its JSON report, two telemetry
// samples of every amdgpu card, and the /proc scans behind the monitor (DRM clients, Ollama
// processes). Finds what the single-file targets cannot: odd shapes (a directory where a file
// should be, a FIFO, a symlink loop, a card without a device folder) and combinations of files.
//
// Input format (scripts/fuzz-pack-tree.sh writes it from a real tree; seeds from tests/data/sysfs):
//   record := KIND PATH '\0' CONTENT '\0'        (the last record may end without its '\0')
//   KIND   := 'f' file (CONTENT = its bytes) | 'l' symlink (CONTENT = target) | 'd' directory | 'p' FIFO
// PATH is relative ("sys/class/drm/card0/device/uevent"); records with an unknown KIND, an absolute
// path, "." or ".." components are skipped. Nothing can reach outside the root: files and folders
// are never created through a symlink, and a symlink's target is relative, may only go up ("../")
// before it goes down, and stays inside the root; the one absolute target allowed is /dev/dri/...
// (what a DRM client's /proc/<pid>/fd/N points at; nothing opens it).
#include "detectionjson.h"
#include "gpudetector.h"
#include "processgpuscanner.h"
#include "sysfsgpusource.h"
#include "sysfstelemetry.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <ftw.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

constexpr int kMaxRecords = 512;
constexpr int kMaxDepth = 24;

struct Record {
    char kind;
    QByteArray path;
    QByteArray content;
};

QList<Record> parseRecords(const char *data, size_t size)
{
    QList<Record> records;
    size_t i = 0;
    while (i < size && records.size() < kMaxRecords) {
        Record r;
        r.kind = data[i++];
        const void *end = std::memchr(data + i, '\0', size - i);
        const size_t pathEnd = end ? static_cast<size_t>(static_cast<const char *>(end) - data) : size;
        r.path = QByteArray(data + i, static_cast<qsizetype>(pathEnd - i));
        i = std::min(size, pathEnd + 1);
        const void *cend = std::memchr(data + i, '\0', size - i);
        const size_t contentEnd = cend ? static_cast<size_t>(static_cast<const char *>(cend) - data) : size;
        r.content = QByteArray(data + i, static_cast<qsizetype>(contentEnd - i));
        i = std::min(size, contentEnd + 1);
        records.append(r);
    }
    return records;
}

/// Relative path components, or empty when the path is unusable.
QList<QByteArray> components(const QByteArray &path)
{
    if (path.isEmpty() || path.startsWith('/'))
        return {};
    QList<QByteArray> parts;
    for (const QByteArray &part : path.split('/')) {
        if (part.isEmpty())
            continue;
        if (part == "." || part == ".." || part.size() > 200)
            return {};
        parts.append(part);
    }
    return parts.size() > kMaxDepth ? QList<QByteArray>() : parts;
}

/// Creates the folders above the last component (never through a symlink or a file); returns the
/// full path, or empty when something in the way is not a real folder.
QByteArray prepareParents(const QByteArray &root, const QList<QByteArray> &parts)
{
    QByteArray path = root;
    for (int i = 0; i + 1 < parts.size(); ++i) {
        path += '/' + parts.at(i);
        struct stat st { };
        if (::lstat(path.constData(), &st) == 0) {
            if (!S_ISDIR(st.st_mode))
                return {};
        } else if (::mkdir(path.constData(), 0755) != 0) {
            return {};
        }
    }
    return path + '/' + parts.last();
}

bool allowedLinkTarget(const QList<QByteArray> &parts, const QByteArray &target)
{
    if (target.startsWith("/dev/dri/"))
        return !target.contains("/..");
    if (target.isEmpty() || target.startsWith('/') || target.size() > 1000)
        return false;
    int depth = static_cast<int>(parts.size()) - 1; // the link's folder, below the root
    bool down = false;
    for (const QByteArray &part : target.split('/')) {
        if (part.isEmpty() || part == ".")
            continue;
        if (part == "..") {
            if (down || --depth < 0)
                return false;
        } else {
            down = true;
        }
    }
    return true;
}

void materialize(const QByteArray &root, const QList<Record> &records)
{
    // Files, folders and FIFOs first, symlinks last: no later record is written through a link.
    for (int pass = 0; pass < 2; ++pass) {
        for (const Record &r : records) {
            if ((r.kind == 'l') != (pass == 1))
                continue;
            const QList<QByteArray> parts = components(r.path);
            if (parts.isEmpty())
                continue;
            const QByteArray path = prepareParents(root, parts);
            if (path.isEmpty())
                continue;
            switch (r.kind) {
            case 'f': {
                const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_NONBLOCK, 0644);
                if (fd >= 0) {
                    struct stat st { };
                    if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode))
                        (void)!::write(fd, r.content.constData(), static_cast<size_t>(r.content.size()));
                    ::close(fd);
                }
                break;
            }
            case 'd':
                (void)::mkdir(path.constData(), 0755);
                break;
            case 'p':
                (void)::mkfifo(path.constData(), 0644);
                break;
            case 'l':
                if (allowedLinkTarget(parts, r.content))
                    (void)::symlink(r.content.constData(), path.constData());
                break;
            default:
                break;
            }
        }
    }
}

int removeEntry(const char *path, const struct stat *, int, struct FTW *)
{
    return ::remove(path);
}

/// Empties the tree root with nftw, not QDir: names that are not valid UTF-8 would survive QDir.
void clearRoot(const QByteArray &root)
{
    (void)::nftw(root.constData(), removeEntry, 16, FTW_DEPTH | FTW_PHYS);
}

/// One scratch folder per process (in /dev/shm when there is one), removed at exit without Qt.
const QByteArray &scratch()
{
    static const QByteArray path = [] {
        QByteArray templ = QFileInfo(QStringLiteral("/dev/shm")).isDir() ? QByteArray("/dev/shm/fuzz_sysfstree-XXXXXX")
                                                                         : QByteArray("/tmp/fuzz_sysfstree-XXXXXX");
        if (!::mkdtemp(templ.data()))
            abort();
        std::atexit([] { clearRoot(scratch()); });
        return templ;
    }();
    return path;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray root = scratch() + "/t";
    clearRoot(root);
    if (::mkdir(root.constData(), 0755) != 0)
        abort();
    materialize(root, parseRecords(reinterpret_cast<const char *>(data), size));

    const QString rootPath = QFile::decodeName(root);
    const QString sys = rootPath + QStringLiteral("/sys");
    const QString proc = rootPath + QStringLiteral("/proc");
    ogs::PlatformRoots roots;
    roots.procRoot = proc;
    roots.devRoot = rootPath + QStringLiteral("/dev");
    roots.etcRoot = rootPath + QStringLiteral("/etc");
    roots.userName = QStringLiteral("fuzz");
    roots.forceLinuxChecks = true;
    std::vector<std::unique_ptr<ogs::GpuSource>> sources;
    sources.push_back(std::make_unique<ogs::SysfsGpuSource>(sys));
    ogs::GpuDetector detector(std::move(sources), ogs::PlatformProbe(roots));
    const ogs::DetectionReport report = detector.run();
    (void)QJsonDocument(ogs::reportToJson(report)).toJson();

    ogs::SysfsTelemetry telemetry(sys, ogs::AmdPciTable::builtin());
    for (int round = 0; round < 2; ++round) {
        for (const ogs::GpuSample &s : telemetry.sample())
            (void)ogs::sampleToJson(s);
    }
    (void)telemetry.takeWarnings();

    ogs::ProcessGpuScanner scanner(proc);
    (void)scanner.scan(0);
    (void)scanner.scan(1000);
    (void)ogs::findOllamaProcesses(proc);
    return 0;
}
