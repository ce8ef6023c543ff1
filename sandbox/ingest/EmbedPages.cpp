#include "ingest/EmbedPages.h"

#include "ingest/RtmpIngest.h"
#include "kernel/WebResponse.h"

#include <QFile>
#include <QFileInfo>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

// The web assets live in a resource of this static library: referencing its initializer makes
// the linker keep it (Q_INIT_RESOURCE must be called outside any namespace).
static void initSandboxWebResources()
{
    Q_INIT_RESOURCE(onair_sandbox_web);
}

namespace onair::sandbox {

namespace {

using Status = QHttpServerResponder::StatusCode;

const auto resourceRoot = QStringLiteral(":/onair-sandbox/web/");

QByteArray readResource(const QString &name)
{
    QFile file(resourceRoot + name);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}

void notFound(QHttpServerResponder &responder)
{
    web::reply(responder, Status::NotFound, "text/plain; charset=utf-8", "Not Found\n");
}

} // namespace

EmbedPages::EmbedPages(RtmpIngest *ingest,
                       std::function<std::optional<EmbedInfo>(const QString &)> lookup,
                       QObject *parent)
    : QObject(parent)
    , m_ingest(ingest)
    , m_lookup(std::move(lookup))
{
    initSandboxWebResources();
}

void EmbedPages::setOrigin(const QString &origin)
{
    m_origin = origin;
    while (m_origin.endsWith(QLatin1Char('/')))
        m_origin.chop(1);
}

bool EmbedPages::handle(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    const QString path = request.url().path();
    const bool ours = path == QLatin1String("/iframe_api") ||
                      path.startsWith(QLatin1String("/embed/")) ||
                      path.startsWith(QLatin1String("/s/player/"));
    if (!ours)
        return false;
    if (request.method() != QHttpServerRequest::Method::Get) {
        web::reply(responder, Status::MethodNotAllowed, "text/plain; charset=utf-8",
                   "Method Not Allowed\n", {{"Allow", "GET"}});
        return true;
    }

    if (path == QLatin1String("/iframe_api")) {
        QByteArray script = readResource(QStringLiteral("iframe_api.js"));
        script.replace("__ONAIR_SANDBOX_ORIGIN__", m_origin.toUtf8());
        web::reply(responder, Status::Ok, "text/javascript; charset=utf-8", script,
                   {{"Cache-Control", "no-cache"}, {"Access-Control-Allow-Origin", "*"}});
        return true;
    }
    if (path == QLatin1String("/s/player/hls.min.js")) {
        serveAsset(QStringLiteral("hls.min.js"), "text/javascript; charset=utf-8", responder);
        return true;
    }
    if (path == QLatin1String("/s/player/embed.js")) {
        serveAsset(QStringLiteral("embed.js"), "text/javascript; charset=utf-8", responder);
        return true;
    }

    // /embed/{id}, /embed/{id}/info, /embed/{id}/hls/{file}
    static const QRegularExpression embedPattern(
        QStringLiteral("^/embed/([A-Za-z0-9_-]{1,64})(?:/(info|hls/([A-Za-z0-9_-]{1,64}\\."
                       "(?:m3u8|ts))))?$"));
    const auto match = embedPattern.match(path);
    if (!match.hasMatch()) {
        notFound(responder);
        return true;
    }
    const QString broadcastId = match.captured(1);
    if (match.captured(2).isEmpty())
        serveAsset(QStringLiteral("embed.html"), "text/html; charset=utf-8", responder);
    else if (match.captured(2) == QLatin1String("info"))
        serveInfo(broadcastId, responder);
    else
        serveHls(broadcastId, match.captured(3), responder);
    return true;
}

void EmbedPages::serveAsset(const QString &resource, const QByteArray &mimeType,
                            QHttpServerResponder &responder)
{
    const QByteArray content = readResource(resource);
    if (content.isEmpty()) {
        notFound(responder);
        return;
    }
    web::reply(responder, Status::Ok, mimeType, content, {{"Cache-Control", "no-cache"}});
}

void EmbedPages::serveInfo(const QString &broadcastId, QHttpServerResponder &responder)
{
    const std::optional<EmbedInfo> info = m_lookup ? m_lookup(broadcastId) : std::nullopt;
    QJsonObject body{{QStringLiteral("broadcastId"), broadcastId},
                     {QStringLiteral("found"), info.has_value()},
                     {QStringLiteral("serverNowMs"), double(QDateTime::currentMSecsSinceEpoch())}};
    bool available = false;
    if (info) {
        body.insert(QStringLiteral("lifeCycleStatus"), info->lifeCycleStatus);
        body.insert(QStringLiteral("streamBound"), !info->streamKey.isEmpty());
        body.insert(QStringLiteral("monitorStartMs"),
                    info->monitorStart.isValid()
                        ? QJsonValue(double(info->monitorStart.toMSecsSinceEpoch()))
                        : QJsonValue(QJsonValue::Null));
        if (!info->streamKey.isEmpty() && m_ingest) {
            const QString dir = m_ingest->hlsDir(info->streamKey);
            available = m_ingest->status(info->streamKey).publishing && !dir.isEmpty() &&
                        QFileInfo::exists(dir + QStringLiteral("/index.m3u8"));
        }
    } else {
        body.insert(QStringLiteral("monitorStartMs"), QJsonValue(QJsonValue::Null));
    }
    body.insert(QStringLiteral("streamAvailable"), available);
    body.insert(QStringLiteral("playlist"),
                available ? QJsonValue(QStringLiteral("/embed/") + broadcastId +
                                       QStringLiteral("/hls/index.m3u8"))
                          : QJsonValue(QJsonValue::Null));
    web::reply(responder, Status::Ok, "application/json; charset=utf-8",
               QJsonDocument(body).toJson(QJsonDocument::Compact), {{"Cache-Control", "no-store"}});
}

void EmbedPages::serveHls(const QString &broadcastId, const QString &file,
                          QHttpServerResponder &responder)
{
    const std::optional<EmbedInfo> info = m_lookup ? m_lookup(broadcastId) : std::nullopt;
    if (!info || info->streamKey.isEmpty() || !m_ingest) {
        notFound(responder);
        return;
    }
    const QString dir = m_ingest->hlsDir(info->streamKey);
    QFile content(dir + QLatin1Char('/') + file);
    if (dir.isEmpty() || !content.open(QIODevice::ReadOnly)) {
        notFound(responder);
        return;
    }
    const bool playlist = file.endsWith(QLatin1String(".m3u8"));
    // The playlist changes every fragment: never cache it. Fragments never change.
    web::reply(responder, Status::Ok,
               playlist ? QByteArray("application/vnd.apple.mpegurl") : QByteArray("video/mp2t"),
               content.readAll(),
               {{"Cache-Control", playlist ? QByteArray("no-cache, no-store, must-revalidate")
                                           : QByteArray("max-age=60")},
                {"Access-Control-Allow-Origin", "*"}});
}

} // namespace onair::sandbox
