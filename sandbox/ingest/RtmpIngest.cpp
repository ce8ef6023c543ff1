#include "ingest/RtmpIngest.h"

#include "kernel/WebResponse.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>
#include <QXmlStreamReader>

#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcIngest, "onair.sandbox.ingest")

namespace onair::sandbox {

namespace {

using Status = QHttpServerResponder::StatusCode;

const auto publishPath = QStringLiteral("/_sandbox/rtmp/publish");
const auto publishDonePath = QStringLiteral("/_sandbox/rtmp/publish_done");
const auto applicationName = QStringLiteral("live2");
constexpr int pollIntervalMs = 1000;
// An encoder whose byte count has not grown for this long counts as stopped, even when its
// connection is still open (the callback covers clean and dropped connections at once).
constexpr int staleAfterSeconds = 6;
// A stream the stat page does not list is gone, unless its publish callback was this recent.
constexpr int statGraceSeconds = 4;
constexpr int maxRestarts = 5;

QString nginxBinary()
{
    const QString fromEnv = qEnvironmentVariable("ONAIR_SANDBOX_NGINX");
    return fromEnv.isEmpty() ? QStringLiteral("/usr/sbin/nginx") : fromEnv;
}

QString rtmpModule()
{
    const QString fromEnv = qEnvironmentVariable("ONAIR_SANDBOX_RTMP_MODULE");
    return fromEnv.isEmpty() ? QStringLiteral("/usr/lib/nginx/modules/ngx_rtmp_module.so")
                             : fromEnv;
}

quint16 freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

// Stream keys become directory names of the HLS output: keep them to a safe alphabet.
bool isSafeKey(const QString &key)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{1,128}$"));
    return pattern.match(key).hasMatch();
}

bool sameMedia(const IngestStatus &a, const IngestStatus &b)
{
    return a.publishing == b.publishing && a.width == b.width && a.height == b.height &&
           qFuzzyCompare(a.frameRate + 1, b.frameRate + 1) && a.hasVideo == b.hasVideo &&
           a.hasAudio == b.hasAudio && a.videoCodec == b.videoCodec && a.audioCodec == b.audioCodec;
}

struct StatStream
{
    bool publishing = false;
    quint64 bytesIn = 0;
    IngestStatus media;
};

// Reads nginx-rtmp's stat XML: rtmp/server/application/live/stream, with meta/video and
// meta/audio per stream.
QHash<QString, StatStream> parseStat(const QByteArray &xml)
{
    QHash<QString, StatStream> streams;
    QXmlStreamReader reader(xml);
    QStringList path;
    QString application;
    QString name;
    StatStream current;
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const QString element = reader.name().toString();
            path.append(element);
            const QString parent = path.size() >= 2 ? path.at(path.size() - 2) : QString();
            if (element == QLatin1String("stream")) {
                current = StatStream();
                name.clear();
            } else if (element == QLatin1String("publishing") &&
                       parent == QLatin1String("stream")) {
                current.publishing = true;
            }
        } else if (token == QXmlStreamReader::Characters && !reader.isWhitespace()) {
            if (path.isEmpty())
                continue;
            const QString element = path.constLast();
            const QString parent = path.size() >= 2 ? path.at(path.size() - 2) : QString();
            const QString text = reader.text().toString().trimmed();
            if (element == QLatin1String("name") && parent == QLatin1String("application"))
                application = text;
            else if (element == QLatin1String("name") && parent == QLatin1String("stream"))
                name = text;
            else if (element == QLatin1String("bytes_in") && parent == QLatin1String("stream"))
                current.bytesIn = text.toULongLong();
            else if (parent == QLatin1String("video") && element == QLatin1String("width"))
                current.media.width = text.toInt();
            else if (parent == QLatin1String("video") && element == QLatin1String("height"))
                current.media.height = text.toInt();
            else if (parent == QLatin1String("video") && element == QLatin1String("frame_rate"))
                current.media.frameRate = text.toDouble();
            else if (parent == QLatin1String("video") && element == QLatin1String("codec"))
                current.media.videoCodec = text;
            else if (parent == QLatin1String("audio") && element == QLatin1String("codec"))
                current.media.audioCodec = text;
        } else if (token == QXmlStreamReader::EndElement) {
            if (reader.name() == QLatin1String("stream") && application == applicationName &&
                !name.isEmpty()) {
                // nginx lists both <video> and <audio> for every stream; a track that is not
                // there has no codec (and a zero size).
                current.media.hasVideo =
                    !current.media.videoCodec.isEmpty() || current.media.width > 0;
                current.media.hasAudio = !current.media.audioCodec.isEmpty();
                streams.insert(name, current);
            }
            if (!path.isEmpty())
                path.removeLast();
        }
    }
    if (reader.hasError())
        qCWarning(lcIngest) << "unreadable nginx stat page:" << reader.errorString();
    return streams;
}

// A sandbox that was killed (SIGKILL) could not remove its nginx folder; nginx itself died with
// it. Remove such leftovers: folders whose nginx no longer runs.
void removeStaleFolders()
{
    const QDir temp(QDir::tempPath());
    const auto entries = temp.entryInfoList({QStringLiteral("onair-sandbox-nginx-*")},
                                            QDir::Dirs | QDir::NoDotAndDotDot);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QFileInfo &entry : entries) {
        if (!entry.isDir() || entry.isSymLink() || entry.lastModified().addSecs(120) > now)
            continue; // a sandbox that is starting right now has not written its pid yet
        QFile pidFile(entry.filePath() + QStringLiteral("/nginx.pid"));
        if (pidFile.open(QIODevice::ReadOnly)) {
            const QByteArray pid = pidFile.readAll().trimmed();
            QFile comm(QStringLiteral("/proc/") + QString::fromLatin1(pid) +
                       QStringLiteral("/comm"));
            if (!pid.isEmpty() && comm.open(QIODevice::ReadOnly) &&
                comm.readAll().trimmed() == "nginx")
                continue;
        }
        QDir(entry.filePath()).removeRecursively();
    }
}

// nginx-rtmp's HTTP client (HTTP/1.0) reads the answer until the connection closes: close it,
// or nginx holds the publisher until its notify timeout.
void answerNginx(QHttpServerResponder &responder, Status status, const QByteArray &body)
{
    web::reply(responder, status, "text/plain", body, {{"Connection", "close"}});
    if (QTcpSocket *socket = responder.socket())
        socket->disconnectFromHost();
}

} // namespace

RtmpIngest::RtmpIngest(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_pollTimer(new QTimer(this))
{
    m_network->setProxy(QNetworkProxy::NoProxy); // nginx's stat page is on loopback
    m_pollTimer->setInterval(pollIntervalMs);
    connect(m_pollTimer, &QTimer::timeout, this, &RtmpIngest::pollStat);
}

RtmpIngest::~RtmpIngest()
{
    shutdown(false);
}

void RtmpIngest::setKeyValidator(std::function<bool(const QString &)> isKnownKey)
{
    m_isKnownKey = std::move(isKnownKey);
}

bool RtmpIngest::writeConfig(const QString &callbackOrigin)
{
    const QString dir = m_dir->path();
    QString origin = callbackOrigin;
    while (origin.endsWith(QLatin1Char('/')))
        origin.chop(1);
    for (const auto &sub : {QStringLiteral("hls"), QStringLiteral("tmp")}) {
        if (!QDir(dir).mkpath(sub))
            return false;
    }
    const QString config =
        QStringLiteral("# Generated by onair-sandbox; removed when the sandbox stops.\n"
                       "daemon off;\n"
                       "master_process off;\n"
                       "worker_processes 1;\n"
                       "pid %1/nginx.pid;\n"
                       "error_log %1/error.log warn;\n"
                       "load_module %2;\n"
                       "events { worker_connections 256; }\n"
                       "rtmp {\n"
                       "    server {\n"
                       "        listen 127.0.0.1:%3;\n"
                       "        chunk_size 4096;\n"
                       "        application live2 {\n"
                       "            live on;\n"
                       "            record off;\n"
                       "            allow publish 127.0.0.1;\n"
                       "            deny publish all;\n"
                       "            allow play 127.0.0.1;\n"
                       "            deny play all;\n"
                       "            notify_method post;\n"
                       "            on_publish %5/_sandbox/rtmp/publish;\n"
                       "            on_publish_done %5/_sandbox/rtmp/publish_done;\n"
                       "            hls on;\n"
                       "            hls_path %1/hls;\n"
                       "            hls_nested on;\n"
                       "            hls_fragment 1s;\n"
                       "            hls_playlist_length 6s;\n"
                       "            hls_cleanup on;\n"
                       "        }\n"
                       "    }\n"
                       "}\n"
                       "http {\n"
                       "    access_log off;\n"
                       "    client_body_temp_path %1/tmp/body;\n"
                       "    proxy_temp_path %1/tmp/proxy;\n"
                       "    fastcgi_temp_path %1/tmp/fastcgi;\n"
                       "    uwsgi_temp_path %1/tmp/uwsgi;\n"
                       "    scgi_temp_path %1/tmp/scgi;\n"
                       "    server {\n"
                       "        listen 127.0.0.1:%4;\n"
                       "        location = /stat { rtmp_stat all; }\n"
                       "        location / { return 404; }\n"
                       "    }\n"
                       "}\n")
            .arg(dir, rtmpModule(), QString::number(m_rtmpPort), QString::number(m_statPort),
                 origin);
    QFile file(dir + QStringLiteral("/nginx.conf"));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(config.toUtf8()) > 0;
}

bool RtmpIngest::start(quint16 rtmpPort, const QString &callbackOrigin)
{
    shutdown(true);
    m_stopping = false;
    m_restarts = 0;

    if (!QFile::exists(nginxBinary()) || !QFile::exists(rtmpModule())) {
        qCWarning(lcIngest).noquote()
            << "cannot start the RTMP ingest: nginx or its rtmp module is missing ("
            << nginxBinary() << "," << rtmpModule() << "); install nginx-light and "
            << "libnginx-mod-rtmp";
        return false;
    }
    removeStaleFolders();
    m_dir = new QTemporaryDir(QDir::tempPath() + QStringLiteral("/onair-sandbox-nginx-XXXXXX"));
    if (!m_dir->isValid()) {
        qCWarning(lcIngest) << "cannot create a temporary folder for nginx";
        shutdown(false);
        return false;
    }
    m_rtmpPort = rtmpPort != 0 ? rtmpPort : freeLoopbackPort();
    m_statPort = freeLoopbackPort();
    if (m_rtmpPort == 0 || m_statPort == 0 || !writeConfig(callbackOrigin)) {
        qCWarning(lcIngest) << "cannot prepare the nginx configuration";
        shutdown(false);
        return false;
    }

    launch();
    if (!m_nginx->waitForStarted(10000)) {
        qCWarning(lcIngest).noquote() << "cannot start nginx:" << m_nginx->errorString();
        shutdown(false);
        return false;
    }
    // Wait (bounded) until nginx listens, so that the RTMP URL announced by the caller works at
    // once. This happens once, at start-up.
    bool listening = false;
    for (int attempt = 0; attempt < 100 && !listening; ++attempt) {
        if (m_nginx->state() != QProcess::Running)
            break;
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, m_rtmpPort);
        listening = probe.waitForConnected(100);
        probe.abort();
        if (!listening)
            m_nginx->waitForFinished(50); // a short pause that also notices an early exit
    }
    if (!listening) {
        QFile log(m_dir->path() + QStringLiteral("/error.log"));
        QByteArray reason;
        if (log.open(QIODevice::ReadOnly))
            reason = log.readAll().trimmed();
        qCWarning(lcIngest).noquote()
            << "nginx did not start listening on 127.0.0.1:" << m_rtmpPort << ":"
            << QString::fromLocal8Bit(reason + m_nginx->readAllStandardError());
        shutdown(false);
        return false;
    }
    m_pollTimer->start();
    qCInfo(lcIngest).noquote() << "RTMP ingest listening at" << rtmpUrl();
    return true;
}

void RtmpIngest::launch()
{
    delete m_nginx;
    m_nginx = new QProcess(this);
    m_nginx->setProgram(nginxBinary());
    const QString dir = m_dir->path();
    m_nginx->setArguments({QStringLiteral("-p"), dir + QLatin1Char('/'), QStringLiteral("-c"),
                           dir + QStringLiteral("/nginx.conf"), QStringLiteral("-e"),
                           dir + QStringLiteral("/error.log")});
    m_nginx->setWorkingDirectory(dir);
    m_nginx->setProcessChannelMode(QProcess::MergedChannels);
    m_nginx->setStandardOutputFile(dir + QStringLiteral("/stdout.log"));
    const pid_t parentPid = ::getpid();
    m_nginx->setChildProcessModifier([parentPid] {
        // nginx dies with the sandbox, even when the sandbox is killed without cleaning up.
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != parentPid)
            ::_exit(1);
    });
    connect(m_nginx, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus) {
        if (m_stopping)
            return;
        qCWarning(lcIngest) << "nginx exited unexpectedly with code" << exitCode;
        endAllPublishing(true);
        if (m_restarts++ < maxRestarts) {
            QTimer::singleShot(1000, this, [this] {
                if (!m_stopping && m_dir && m_nginx && m_nginx->state() == QProcess::NotRunning)
                    launch();
            });
        }
    });
    m_nginx->start();
}

void RtmpIngest::stop()
{
    shutdown(true);
}

void RtmpIngest::shutdown(bool notify)
{
    m_stopping = true;
    m_pollTimer->stop();
    if (m_nginx) {
        m_nginx->disconnect(this);
        if (m_nginx->state() != QProcess::NotRunning) {
            m_nginx->terminate(); // SIGTERM: nginx's fast shutdown
            if (!m_nginx->waitForFinished(3000)) {
                m_nginx->kill();
                m_nginx->waitForFinished(3000);
            }
        }
        delete m_nginx;
        m_nginx = nullptr;
    }
    endAllPublishing(notify);
    delete m_dir;
    m_dir = nullptr;
    m_statInFlight = false;
}

QString RtmpIngest::rtmpUrl() const
{
    return QStringLiteral("rtmp://127.0.0.1:%1/%2").arg(m_rtmpPort).arg(applicationName);
}

IngestStatus RtmpIngest::status(const QString &streamKey) const
{
    return m_tracks.value(streamKey).status;
}

QString RtmpIngest::hlsDir(const QString &streamKey) const
{
    if (!m_dir || !isSafeKey(streamKey))
        return QString();
    return m_dir->path() + QStringLiteral("/hls/") + streamKey;
}

bool RtmpIngest::handle(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    const QString path = request.url().path();
    if (path != publishPath && path != publishDonePath)
        return false;
    if (request.method() != QHttpServerRequest::Method::Post ||
        !request.remoteAddress().isLoopback()) {
        web::reply(responder, Status::MethodNotAllowed, "text/plain", "POST from nginx only\n");
        return true;
    }
    // nginx-rtmp posts application/x-www-form-urlencoded: call, app, name (the stream key), …
    const QUrlQuery form = web::formQuery(request.body());
    const QString app = form.queryItemValue(QStringLiteral("app"), QUrl::FullyDecoded);
    const QString key = form.queryItemValue(QStringLiteral("name"), QUrl::FullyDecoded);

    if (path == publishDonePath) {
        if (m_tracks.contains(key))
            setPublishing(key, false);
        answerNginx(responder, Status::Ok, "ok\n");
        return true;
    }
    const bool known =
        app == applicationName && isSafeKey(key) && m_isKnownKey && m_isKnownKey(key);
    if (!known) {
        // Any non-2xx answer makes nginx drop the publisher.
        qCInfo(lcIngest) << "rejected a publisher with an unknown stream key";
        answerNginx(responder, Status::Forbidden, "unknown stream key\n");
        return true;
    }
    if (m_tracks.value(key).status.publishing) {
        // One encoder per key. nginx would refuse the second one too, but only after this
        // callback, and then report its end as the end of the first one's publication.
        qCInfo(lcIngest) << "rejected a second publisher on a stream key that is in use";
        answerNginx(responder, Status::Conflict, "stream key already publishing\n");
        return true;
    }
    setPublishing(key, true);
    answerNginx(responder, Status::Ok, "ok\n");
    return true;
}

void RtmpIngest::setPublishing(const QString &streamKey, bool publishing)
{
    Track &track = m_tracks[streamKey];
    const IngestStatus before = track.status;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // What was received belongs to one publication: start and end with a clean slate.
    track.status = IngestStatus();
    track.status.publishing = publishing;
    track.status.lastDataAt = publishing ? now : before.lastDataAt;
    if (publishing) {
        track.publishedAt = now;
        track.bytesIn = 0;
    }
    if (!sameMedia(before, track.status))
        Q_EMIT statusChanged(streamKey);
}

void RtmpIngest::endAllPublishing(bool notify)
{
    const QStringList keys = m_tracks.keys();
    for (const QString &key : keys) {
        if (!m_tracks.value(key).status.publishing)
            continue;
        if (notify) {
            setPublishing(key, false);
        } else {
            m_tracks[key].status = IngestStatus();
        }
    }
}

void RtmpIngest::pollStat()
{
    if (m_statInFlight || !m_nginx || m_nginx->state() != QProcess::Running)
        return;
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/stat").arg(m_statPort)));
    request.setTransferTimeout(3000);
    m_statInFlight = true;
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        m_statInFlight = false;
        if (m_stopping)
            return;
        if (reply->error() != QNetworkReply::NoError) {
            qCWarning(lcIngest) << "cannot read nginx's stat page:" << reply->errorString();
            return;
        }
        applyStat(reply->readAll());
    });
}

void RtmpIngest::applyStat(const QByteArray &xml)
{
    const QHash<QString, StatStream> streams = parseStat(xml);
    const QDateTime now = QDateTime::currentDateTimeUtc();

    QStringList keys = m_tracks.keys();
    for (auto it = streams.cbegin(); it != streams.cend(); ++it) {
        if (it->publishing && !keys.contains(it.key()))
            keys.append(it.key());
    }
    for (const QString &key : keys) {
        const auto stat = streams.constFind(key);
        const bool listed = stat != streams.cend() && stat->publishing;
        Track &track = m_tracks[key];
        const IngestStatus before = track.status;

        if (!listed) {
            if (track.status.publishing && track.publishedAt.addSecs(statGraceSeconds) < now)
                setPublishing(key, false);
            continue;
        }
        if (!track.status.publishing) {
            // Data flows although the callback said it stopped (or went stale): it resumed.
            if (stat->bytesIn > track.bytesIn && isSafeKey(key) && m_isKnownKey &&
                m_isKnownKey(key)) {
                setPublishing(key, true);
                track.bytesIn = stat->bytesIn;
            }
            continue;
        }
        if (stat->bytesIn > track.bytesIn) {
            track.bytesIn = stat->bytesIn;
            track.status.lastDataAt = now;
        }
        if (track.status.lastDataAt.addSecs(staleAfterSeconds) < now) {
            setPublishing(key, false);
            track.bytesIn = stat->bytesIn;
            continue;
        }
        if (!stat->media.hasVideo && !stat->media.hasAudio)
            continue; // no metadata yet: nothing known about the tracks
        track.status.width = stat->media.width;
        track.status.height = stat->media.height;
        track.status.frameRate = stat->media.frameRate;
        track.status.hasVideo = stat->media.hasVideo;
        track.status.hasAudio = stat->media.hasAudio;
        track.status.videoCodec = stat->media.videoCodec;
        track.status.audioCodec = stat->media.audioCodec;
        if (!sameMedia(before, track.status))
            Q_EMIT statusChanged(key);
    }
}

} // namespace onair::sandbox
