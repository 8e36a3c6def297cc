#include "ollamatestserver.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace ogs::test {

namespace {

QByteArray readFile(const QString &path, bool &ok)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        ok = false;
        return {};
    }
    return f.readAll();
}

/// Splits concatenated / blank-line separated JSON objects (the docs' "json-seq" transcripts).
QList<QJsonObject> splitJsonSequence(const QByteArray &text)
{
    QList<QJsonObject> objects;
    int depth = 0;
    bool inString = false;
    bool escape = false;
    qsizetype start = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (inString) {
            if (escape)
                escape = false;
            else if (c == '\\')
                escape = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '{') {
            if (depth++ == 0)
                start = i;
        } else if (c == '}' && depth > 0 && --depth == 0) {
            const QJsonDocument doc = QJsonDocument::fromJson(text.mid(start, i - start + 1));
            if (doc.isObject())
                objects.append(doc.object());
        }
    }
    return objects;
}

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString withTag(const QString &name)
{
    const qsizetype slash = name.lastIndexOf(QLatin1Char('/'));
    if (name.isEmpty() || name.indexOf(QLatin1Char(':'), slash + 1) >= 0)
        return name;
    return name + QStringLiteral(":latest");
}

/// keep_alive as Ollama accepts it: seconds as a number, or a duration string ("5m", "0", "-1").
qint64 keepAliveMs(const QJsonValue &value)
{
    constexpr qint64 defaultMs = 5 * 60 * 1000;
    if (value.isDouble())
        return static_cast<qint64>(value.toDouble() * 1000);
    if (!value.isString())
        return defaultMs;
    const QString s = value.toString().trimmed();
    bool ok = false;
    const double plain = s.toDouble(&ok);
    if (ok)
        return static_cast<qint64>(plain * 1000);
    const QList<std::pair<QString, qint64>> units { { QStringLiteral("ms"), 1 }, { QStringLiteral("h"), 3600000 },
        { QStringLiteral("m"), 60000 }, { QStringLiteral("s"), 1000 } };
    for (const auto &[suffix, factor] : units) {
        if (s.endsWith(suffix)) {
            const double v = s.chopped(suffix.size()).toDouble(&ok);
            if (ok)
                return static_cast<qint64>(v * static_cast<double>(factor));
        }
    }
    return defaultMs;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 500:
        return "Internal Server Error";
    default:
        return "Status";
    }
}

} // namespace

/// One HTTP exchange on one connection (the server always answers with Connection: close).
class Exchange final : public QObject {
public:
    Exchange(OllamaTestServer *server, QTcpSocket *socket)
        : QObject(server)
        , m_server(server)
        , m_socket(socket)
    {
        socket->setParent(this);
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, [this] { tick(); });
        connect(socket, &QTcpSocket::readyRead, this, [this] { onReadyRead(); });
        connect(socket, &QTcpSocket::disconnected, this, [this] {
            m_timer.stop();
            deleteLater();
        });
    }

private:
    enum class Kind { Generate, Pull, ErrorReplay, Endless };

    void onReadyRead()
    {
        if (m_handled) {
            m_socket->readAll();
            return;
        }
        m_in.append(m_socket->readAll());
        const qsizetype headerEnd = m_in.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> headerLines = m_in.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = headerLines.value(0).trimmed().split(' ');
        qsizetype contentLength = 0;
        for (const QByteArray &line : headerLines) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().toLower() == "content-length")
                contentLength = line.mid(colon + 1).trimmed().toLongLong();
        }
        if (m_in.size() < headerEnd + 4 + contentLength)
            return;
        m_handled = true;
        const QByteArray body = m_in.mid(headerEnd + 4, contentLength);
        RecordedRequest request;
        request.method = QString::fromLatin1(requestLine.value(0));
        request.path = QString::fromLatin1(requestLine.value(1));
        request.body = QJsonDocument::fromJson(body).object();
        m_server->m_requests.append(request);
        emit m_server->requestReceived(request.method, request.path);
        handle(request, body);
    }

    void handle(const RecordedRequest &r, const QByteArray &rawBody)
    {
        if (const QUrl to = m_server->m_redirects.value(r.path); to.isValid()) {
            write("HTTP/1.1 307 Temporary Redirect\r\nLocation: " + to.toEncoded()
                + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            m_socket->disconnectFromHost();
            return;
        }
        m_fault = m_server->faultFor(r.path);
        if (m_fault.fault == Fault::NoResponse)
            return;
        if (m_fault.fault == Fault::HttpError500) {
            sendJson(500, QJsonDocument(m_server->m_errorBody).toJson(QJsonDocument::Compact));
            return;
        }
        const bool get = r.method == QLatin1String("GET") || r.method == QLatin1String("HEAD");
        if (get && (r.path == QLatin1String("/") || r.path.isEmpty())) {
            sendRaw(200, "text/plain; charset=utf-8", "Ollama is running");
            return;
        }
        if (get && r.path == QLatin1String("/api/version"))
            return sendDocument(m_server->m_version);
        if (get && r.path == QLatin1String("/api/tags"))
            return sendDocument(m_server->m_tags);
        if (get && r.path == QLatin1String("/api/ps"))
            return sendDocument(m_server->psDocument());
        if (r.method == QLatin1String("POST") && r.path.startsWith(QLatin1String("/api/"))) {
            if (!rawBody.isEmpty() && !QJsonDocument::fromJson(rawBody).isObject())
                return sendError(400, QStringLiteral("invalid JSON in request body"));
            if (r.path == QLatin1String("/api/show"))
                return handleShow(r.body);
            if (r.path == QLatin1String("/api/generate"))
                return handleGenerate(r.body);
            if (r.path == QLatin1String("/api/pull"))
                return handlePull(r.body);
        }
        sendRaw(404, "text/plain", "404 page not found");
    }

    QString requestedModel(const QJsonObject &body) const
    {
        const QString model = body.value(QLatin1String("model")).toString();
        return model.isEmpty() ? body.value(QLatin1String("name")).toString() : model;
    }

    void handleShow(const QJsonObject &body)
    {
        const QString model = requestedModel(body);
        if (m_server->findModel(model).isEmpty())
            return sendError(404, QStringLiteral("model '%1' not found").arg(model));
        sendDocument(m_server->m_show);
    }

    void handleGenerate(const QJsonObject &body)
    {
        m_model = requestedModel(body);
        const QJsonObject model = m_server->findModel(m_model);
        if (model.isEmpty())
            return sendError(404, QStringLiteral("model '%1' not found").arg(m_model));
        const QJsonObject options = body.value(QLatin1String("options")).toObject();
        m_stream = body.value(QLatin1String("stream")).toBool(true);
        const qint64 keepAlive = keepAliveMs(body.value(QLatin1String("keep_alive")));
        const QString prompt = body.value(QLatin1String("prompt")).toString();
        m_onGpu = !(options.contains(QLatin1String("num_gpu")) && options.value(QLatin1String("num_gpu")).toInt() == 0);
        m_interval = m_onGpu ? m_server->m_tokenIntervalMs : m_server->m_cpuTokenIntervalMs;
        const int numPredict = options.value(QLatin1String("num_predict")).toInt(0);
        m_tokenTotal = numPredict > 0 ? numPredict : static_cast<int>(m_server->m_tokens.size());
        m_doneReason = numPredict > 0 ? QStringLiteral("length") : QStringLiteral("stop");
        m_promptTokens = std::max<qint64>(1, (prompt.toUtf8().size() + 3) / 4);
        const qint64 ctx = options.value(QLatin1String("num_ctx")).toInt(4096);
        m_clock.start();
        if (keepAlive == 0 && prompt.isEmpty()) {
            m_server->unload(m_model);
            return finishSimple(QStringLiteral("unload"));
        }
        const bool needsLoad = !m_server->isLoaded(m_model);
        m_server->markLoaded(m_model, m_onGpu, keepAlive, ctx);
        m_loadMs = needsLoad ? m_server->m_loadMs : 0;
        if (prompt.isEmpty()) {
            m_timer.start(m_loadMs);
            m_kind = Kind::Generate;
            m_step = -1; // load only
            return;
        }
        if (m_fault.fault == Fault::ErrorMidStream) {
            m_kind = Kind::ErrorReplay;
            beginStream();
            m_timer.start(m_loadMs + m_server->m_promptEvalMs);
            return;
        }
        m_kind = m_fault.fault == Fault::EndlessStream ? Kind::Endless : Kind::Generate;
        if (m_stream)
            beginStream();
        // Prompt evaluation slows down on the CPU by the same factor as generation.
        const int promptMs = m_onGpu || m_server->m_tokenIntervalMs <= 0
            ? m_server->m_promptEvalMs
            : m_server->m_promptEvalMs * m_server->m_cpuTokenIntervalMs / m_server->m_tokenIntervalMs;
        m_promptEndNs = static_cast<qint64>(m_loadMs + promptMs) * 1000000;
        m_step = 0;
        m_timer.start(m_loadMs + promptMs + m_interval);
    }

    void handlePull(const QJsonObject &body)
    {
        m_model = requestedModel(body);
        m_stream = body.value(QLatin1String("stream")).toBool(true);
        m_kind = Kind::Pull;
        m_step = 0;
        if (m_stream)
            beginStream();
        m_timer.start(m_server->m_tokenIntervalMs);
    }

    /// One scheduled step of a stream.
    void tick()
    {
        if (m_kind == Kind::ErrorReplay) {
            const QList<QJsonObject> &lines = m_server->m_errorMidStream;
            writeObject(lines.at(m_step++));
            if (m_step >= lines.size())
                endStream();
            else
                m_timer.start(m_interval);
            return;
        }
        if (m_kind == Kind::Pull)
            return pullTick();
        if (m_step < 0) { // a load request (empty prompt) is answered once the model is loaded
            QJsonObject done = baseObject(QString());
            done.insert(QStringLiteral("done"), true);
            done.insert(QStringLiteral("done_reason"), QStringLiteral("load"));
            sendFinal(done);
            return;
        }
        if (injectFaultAt(m_step))
            return;
        if (m_kind == Kind::Endless || m_step < m_tokenTotal) {
            const QStringList &tokens = m_server->m_tokens;
            const QString token = tokens.at(m_step % tokens.size());
            m_text += token;
            ++m_step;
            m_lastTokenNs = m_clock.nsecsElapsed();
            if (m_stream)
                writeObject(baseObject(token));
            // Absolute schedule: token k is due at prompt end + k · interval, so timer latency does not add up.
            const qint64 dueMs = m_promptEndNs / 1000000 + static_cast<qint64>(m_step + 1) * m_interval;
            m_timer.start(static_cast<int>(std::max<qint64>(0, dueMs - m_clock.elapsed())));
            return;
        }
        QJsonObject done = m_server->m_finalTemplate;
        const QJsonObject base = baseObject(m_stream ? QString() : m_text);
        for (auto it = base.begin(); it != base.end(); ++it)
            done.insert(it.key(), it.value());
        done.insert(QStringLiteral("done"), true);
        done.insert(QStringLiteral("done_reason"), m_doneReason);
        const qint64 total = m_clock.nsecsElapsed();
        done.insert(QStringLiteral("total_duration"), static_cast<double>(total));
        done.insert(QStringLiteral("load_duration"), static_cast<double>(static_cast<qint64>(m_loadMs) * 1000000));
        done.insert(QStringLiteral("prompt_eval_count"), static_cast<double>(m_promptTokens));
        done.insert(QStringLiteral("prompt_eval_duration"),
            static_cast<double>(m_promptEndNs - static_cast<qint64>(m_loadMs) * 1000000));
        done.insert(QStringLiteral("eval_count"), m_tokenTotal);
        done.insert(QStringLiteral("eval_duration"), static_cast<double>(m_lastTokenNs - m_promptEndNs));
        sendFinal(done);
    }

    /// Returns true when a fault took over the stream at this step.
    bool injectFaultAt(int step)
    {
        if (step != m_fault.afterObjects || !m_stream)
            return false;
        switch (m_fault.fault) {
        case Fault::MalformedJson:
            writeChunk(QByteArray("{\"model\":\"") + m_model.toUtf8() + "\",\"response\":\n");
            m_fault.fault = Fault::None;
            m_timer.start(m_interval);
            return true;
        case Fault::OverlongLine: {
            QByteArray line = "{\"model\":\"" + m_model.toUtf8() + "\",\"response\":\"";
            line.append(QByteArray(2 * 1024 * 1024 + 16, 'a'));
            line.append("\",\"done\":false}\n");
            writeChunk(line);
            m_fault.fault = Fault::None;
            m_timer.start(m_interval);
            return true;
        }
        case Fault::DropMidStream:
            m_socket->flush();
            m_socket->abort();
            return true;
        case Fault::Stall:
            return true;
        default:
            return false;
        }
    }

    void pullTick()
    {
        const QList<QJsonObject> &seq = m_server->m_pullSequence;
        // Expand the transcript: the layer object first without "completed", then growing progress.
        constexpr int progressSteps = 4;
        QJsonObject object;
        if (m_step == 0) {
            object = seq.value(0);
        } else if (m_step <= progressSteps + 1) {
            object = seq.value(1);
            const qint64 total = static_cast<qint64>(object.value(QLatin1String("total")).toDouble());
            object.remove(QStringLiteral("completed"));
            if (m_step > 1)
                object.insert(QStringLiteral("completed"), static_cast<double>(total * (m_step - 1) / progressSteps));
        } else {
            object = seq.value(m_step - progressSteps);
        }
        if (injectFaultAt(m_step))
            return;
        ++m_step;
        const bool last = m_step - progressSteps >= seq.size();
        if (last) {
            m_server->m_tags = addInstalled(m_server->m_tags, m_model);
            if (!m_stream)
                return sendFinal(object);
            writeObject(object);
            endStream();
            return;
        }
        if (m_stream)
            writeObject(object);
        m_timer.start(m_server->m_tokenIntervalMs);
    }

    static QJsonObject addInstalled(QJsonObject tags, const QString &name)
    {
        QJsonArray models = tags.value(QLatin1String("models")).toArray();
        for (const QJsonValue &m : std::as_const(models)) {
            if (m.toObject().value(QLatin1String("name")).toString() == withTag(name))
                return tags;
        }
        QJsonObject entry = models.isEmpty() ? QJsonObject() : models.first().toObject();
        entry.insert(QStringLiteral("name"), withTag(name));
        entry.insert(QStringLiteral("model"), withTag(name));
        entry.insert(QStringLiteral("modified_at"), nowIso());
        models.append(entry);
        tags.insert(QStringLiteral("models"), models);
        return tags;
    }

    QJsonObject baseObject(const QString &response) const
    {
        return { { QStringLiteral("model"), m_model }, { QStringLiteral("created_at"), nowIso() },
            { QStringLiteral("response"), response }, { QStringLiteral("done"), false } };
    }

    void finishSimple(const QString &doneReason)
    {
        QJsonObject done = baseObject(QString());
        done.insert(QStringLiteral("done"), true);
        done.insert(QStringLiteral("done_reason"), doneReason);
        if (m_stream) {
            beginStream();
            writeObject(done);
            endStream();
        } else {
            sendDocument(done);
        }
    }

    void sendFinal(const QJsonObject &object)
    {
        if (m_stream && m_streaming) {
            writeObject(object);
            endStream();
        } else if (m_stream) {
            beginStream();
            writeObject(object);
            endStream();
        } else {
            sendDocument(object);
        }
    }

    void sendDocument(const QJsonObject &object)
    {
        QByteArray body = QJsonDocument(object).toJson(QJsonDocument::Compact);
        switch (m_fault.fault) {
        case Fault::MalformedJson:
            body = body.left(body.size() / 2);
            break;
        case Fault::OverlongLine:
            body = QByteArray(40 * 1024 * 1024, ' ') + body;
            break;
        case Fault::DropMidStream:
        case Fault::Stall: {
            const QByteArray header
                = "HTTP/1.1 200 OK\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: "
                + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n";
            write(header + body.left(body.size() / 2));
            if (m_fault.fault == Fault::DropMidStream) {
                m_socket->flush();
                m_socket->abort();
            }
            return;
        }
        default:
            break;
        }
        sendJson(200, body);
    }

    void sendError(int status, const QString &message)
    {
        sendJson(
            status, QJsonDocument(QJsonObject { { QStringLiteral("error"), message } }).toJson(QJsonDocument::Compact));
    }

    void sendJson(int status, const QByteArray &body) { sendRaw(status, "application/json; charset=utf-8", body); }

    void sendRaw(int status, const QByteArray &contentType, const QByteArray &body)
    {
        write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\nContent-Type: " + contentType
            + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        m_socket->disconnectFromHost();
    }

    void beginStream()
    {
        m_streaming = true;
        write("HTTP/1.1 200 OK\r\nContent-Type: application/x-ndjson\r\nTransfer-Encoding: chunked\r\n"
              "Connection: close\r\n\r\n");
    }

    void writeObject(const QJsonObject &object)
    {
        writeChunk(QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n');
    }

    /// One or more HTTP chunks; split into pieces of m_writeChunkBytes when set.
    void writeChunk(const QByteArray &data)
    {
        const qsizetype piece = m_server->m_writeChunkBytes > 0 ? m_server->m_writeChunkBytes : data.size();
        for (qsizetype i = 0; i < data.size(); i += piece) {
            const QByteArray part = data.mid(i, piece);
            write(QByteArray::number(part.size(), 16) + "\r\n" + part + "\r\n");
            if (m_server->m_writeChunkBytes > 0)
                m_socket->flush();
        }
    }

    void endStream()
    {
        write("0\r\n\r\n");
        m_socket->disconnectFromHost();
    }

    void write(const QByteArray &bytes)
    {
        if (m_socket->state() == QAbstractSocket::ConnectedState)
            m_socket->write(bytes);
    }

    OllamaTestServer *m_server;
    QTcpSocket *m_socket;
    QTimer m_timer;
    QByteArray m_in;
    bool m_handled = false;
    bool m_streaming = false;
    OllamaTestServer::FaultSpec m_fault;
    Kind m_kind = Kind::Generate;
    QString m_model;
    QString m_text;
    QString m_doneReason;
    bool m_stream = true;
    bool m_onGpu = true;
    int m_interval = 10;
    int m_tokenTotal = 0;
    int m_step = 0;
    int m_loadMs = 0;
    qint64 m_promptTokens = 1;
    qint64 m_promptEndNs = 0;
    qint64 m_lastTokenNs = 0;
    QElapsedTimer m_clock;
};

OllamaTestServer::OllamaTestServer(const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_dataDir(dataDir)
{
    connect(&m_server, &QTcpServer::newConnection, this, &OllamaTestServer::onNewConnection);
}

OllamaTestServer::~OllamaTestServer() = default;

bool OllamaTestServer::loadData()
{
    bool ok = true;
    const QDir dir(m_dataDir);
    auto json = [&](const QString &name) {
        const QJsonDocument doc = QJsonDocument::fromJson(readFile(dir.filePath(name), ok));
        if (!doc.isObject())
            ok = false;
        return doc.object();
    };
    m_version = json(QStringLiteral("version.json"));
    m_tags = json(QStringLiteral("tags.json"));
    m_ps = json(QStringLiteral("ps.json"));
    m_show = json(QStringLiteral("show.json"));
    m_errorBody = json(QStringLiteral("error.json"));
    m_errorMidStream = splitJsonSequence(readFile(dir.filePath(QStringLiteral("error-midstream.ndjson")), ok));
    m_tokens.clear();
    for (const QJsonObject &o : splitJsonSequence(readFile(dir.filePath(QStringLiteral("generate-stream.ndjson")), ok)))
        m_tokens << o.value(QLatin1String("response")).toString();
    const QList<QJsonObject> apiMd
        = splitJsonSequence(readFile(dir.filePath(QStringLiteral("generate-stream.api-md.json-seq")), ok));
    m_finalTemplate = apiMd.isEmpty() ? QJsonObject() : apiMd.last();
    m_pullSequence = splitJsonSequence(readFile(dir.filePath(QStringLiteral("pull-stream.api-md.json-seq")), ok));
    if (!ok || m_tokens.isEmpty() || m_pullSequence.size() < 3 || m_errorMidStream.isEmpty()) {
        m_error = QStringLiteral("missing or unreadable transcripts in %1").arg(m_dataDir);
        return false;
    }
    // Models in ps.json are loaded when the server starts, as in the transcript.
    for (const QJsonValue &m : m_ps.value(QLatin1String("models")).toArray()) {
        const QJsonObject o = m.toObject();
        m_loaded.append({ o.value(QLatin1String("name")).toString(),
            QDateTime::currentMSecsSinceEpoch() + 5 * 60 * 1000, true, 4096 });
    }
    return true;
}

bool OllamaTestServer::listen(quint16 port)
{
    if (m_version.isEmpty() && !loadData())
        return false;
    if (!m_server.listen(QHostAddress::LocalHost, port)) {
        m_error = m_server.errorString();
        return false;
    }
    m_port = m_server.serverPort();
    emit listening(m_port);
    return true;
}

QUrl OllamaTestServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

void OllamaTestServer::setFault(const QString &path, Fault fault, int afterObjects)
{
    if (fault == Fault::None)
        m_faults.remove(path);
    else
        m_faults.insert(path, { fault, afterObjects });
}

void OllamaTestServer::restart(int downMs)
{
    m_server.close();
    QTimer::singleShot(downMs, this, [this] {
        if (!m_server.listen(QHostAddress::LocalHost, m_port))
            m_error = m_server.errorString();
    });
}

void OllamaTestServer::close()
{
    m_server.close();
    // Exchange has no Q_OBJECT, so findChildren<Exchange *>() would match every child (the
    // listener and timers too) and delete them.
    const QObjectList children = this->children();
    for (QObject *child : children) {
        if (auto *e = dynamic_cast<Exchange *>(child))
            delete e;
    }
}

void OllamaTestServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection())
        new Exchange(this, socket);
}

QJsonObject OllamaTestServer::findModel(const QString &name) const
{
    const QString wanted = withTag(name);
    for (const QJsonObject *doc : { &m_tags, &m_ps }) {
        for (const QJsonValue &m : doc->value(QLatin1String("models")).toArray()) {
            if (m.toObject().value(QLatin1String("name")).toString() == wanted)
                return m.toObject();
        }
    }
    return {};
}

QJsonObject OllamaTestServer::psDocument() const
{
    if (!m_psOverride.isEmpty())
        return m_psOverride;
    QJsonArray models;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const Loaded &l : m_loaded) {
        if (l.expiresAtMs < now)
            continue;
        QJsonObject entry = findModel(l.name);
        const qint64 size = static_cast<qint64>(entry.value(QLatin1String("size")).toDouble());
        entry.remove(QStringLiteral("modified_at"));
        entry.insert(QStringLiteral("expires_at"),
            QDateTime::fromMSecsSinceEpoch(l.expiresAtMs).toUTC().toString(Qt::ISODateWithMs));
        entry.insert(QStringLiteral("size_vram"),
            static_cast<double>(l.onGpu ? static_cast<qint64>(static_cast<double>(size) * m_vramFraction) : 0));
        entry.insert(QStringLiteral("context_length"), static_cast<double>(l.contextLength));
        models.append(entry);
    }
    return { { QStringLiteral("models"), models } };
}

void OllamaTestServer::markLoaded(const QString &name, bool onGpu, qint64 keepAliveMs, qint64 contextLength)
{
    unload(name);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 expires = keepAliveMs < 0 ? now + 100LL * 365 * 24 * 3600 * 1000 : now + keepAliveMs;
    m_loaded.append({ withTag(name), expires, onGpu, contextLength });
}

void OllamaTestServer::unload(const QString &name)
{
    const QString wanted = withTag(name);
    m_loaded.removeIf([&](const Loaded &l) { return l.name == wanted; });
}

bool OllamaTestServer::isLoaded(const QString &name) const
{
    const QString wanted = withTag(name);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const Loaded &l : m_loaded) {
        if (l.name == wanted && l.expiresAtMs >= now)
            return true;
    }
    return false;
}

QStringList OllamaTestServer::loadedModels() const
{
    QStringList names;
    for (const QJsonValue &m : psDocument().value(QLatin1String("models")).toArray())
        names << m.toObject().value(QLatin1String("name")).toString();
    return names;
}

bool OllamaTestServer::parseFault(const QString &name, Fault &fault)
{
    static const QList<std::pair<QString, Fault>> names { { QStringLiteral("none"), Fault::None },
        { QStringLiteral("http500"), Fault::HttpError500 },
        { QStringLiteral("error-midstream"), Fault::ErrorMidStream },
        { QStringLiteral("malformed-json"), Fault::MalformedJson },
        { QStringLiteral("overlong-line"), Fault::OverlongLine }, { QStringLiteral("drop"), Fault::DropMidStream },
        { QStringLiteral("stall"), Fault::Stall }, { QStringLiteral("no-response"), Fault::NoResponse },
        { QStringLiteral("endless"), Fault::EndlessStream } };
    for (const auto &[key, value] : names) {
        if (key == name) {
            fault = value;
            return true;
        }
    }
    return false;
}

} // namespace ogs::test
