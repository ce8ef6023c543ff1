#include "monitor/MonitorEmbed.h"

#include <QRegularExpression>
#include <QStringList>

namespace onair {

namespace {

const QStringList kYouTubeHosts = {QStringLiteral("www.youtube.com"), QStringLiteral("youtube.com"),
                                   QStringLiteral("www.youtube-nocookie.com")};

QString decodeEntities(QString s)
{
    s.replace(QLatin1String("&quot;"), QLatin1String("\""));
    s.replace(QLatin1String("&#39;"), QLatin1String("'"));
    s.replace(QLatin1String("&lt;"), QLatin1String("<"));
    s.replace(QLatin1String("&gt;"), QLatin1String(">"));
    s.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return s;
}

QString originOf(const QUrl &url)
{
    return url
        .adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment |
                  QUrl::RemoveUserInfo)
        .toString(QUrl::StripTrailingSlash);
}

// The id becomes part of a script: only the characters YouTube ids use may pass.
bool isSafeId(const QString &id, bool exactYouTubeLength)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    return re.match(id).hasMatch() && (!exactYouTubeLength || id.size() == 11);
}

} // namespace

MonitorEmbedCheck MonitorEmbed::fromEmbedHtml(const QString &embedHtml, const QUrl &sandboxOrigin)
{
    static const QRegularExpression iframeRe(QStringLiteral("<iframe\\b[^>]*>"),
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression srcRe(
        QStringLiteral("\\ssrc\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))"),
        QRegularExpression::CaseInsensitiveOption);

    MonitorEmbedCheck check;
    const QRegularExpressionMatch iframe = iframeRe.match(embedHtml);
    if (!iframe.hasMatch()) {
        check.error = QStringLiteral("the embed HTML holds no iframe");
        return check;
    }
    const QRegularExpressionMatch src = srcRe.match(iframe.captured(0));
    if (!src.hasMatch()) {
        check.error = QStringLiteral("the iframe has no src");
        return check;
    }
    QString raw = decodeEntities(src.captured(1) + src.captured(2) + src.captured(3)).trimmed();
    if (raw.startsWith(QLatin1String("//")))
        raw.prepend(QLatin1String("https:"));
    QUrl url(raw, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        check.error = QStringLiteral("the iframe src is not a valid URL");
        return check;
    }
    if (!url.userInfo().isEmpty()) {
        check.error = QStringLiteral("the iframe src carries user info");
        return check;
    }

    const QStringList path = url.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const bool embedPath = path.size() == 2 && path.first() == QLatin1String("embed");
    const QString host = url.host().toLower();

    MonitorEmbed embed;
    if (kYouTubeHosts.contains(host)) {
        if (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) {
            check.error = QStringLiteral("the iframe src is not a web address");
            return check;
        }
        if (!embedPath || !isSafeId(path.last(), true)) {
            check.error = QStringLiteral("the iframe src is not a YouTube embed URL");
            return check;
        }
        url.setScheme(QStringLiteral("https"));
        url.setPort(-1);
        embed.playerOrigin = QUrl(QStringLiteral("https://www.youtube.com"));
    } else if (sandboxOrigin.isValid() && !sandboxOrigin.isEmpty() &&
               originOf(url) == originOf(sandboxOrigin)) {
        if (!embedPath || !isSafeId(path.last(), false)) {
            check.error = QStringLiteral("the iframe src is not the sandbox's embed page");
            return check;
        }
        embed.playerOrigin = QUrl(originOf(sandboxOrigin));
    } else {
        check.error = QStringLiteral("the iframe src points at %1, which is neither YouTube nor "
                                     "the sandbox")
                          .arg(originOf(url));
        return check;
    }
    embed.src = url;
    embed.videoId = path.last();
    check.embed = embed;
    return check;
}

bool MonitorEmbed::isAllowedOrigin(const QUrl &url) const
{
    const QString origin = originOf(url);
    if (origin == originOf(playerOrigin))
        return true;
    // YouTube's player pulls its scripts, styles and media from these hosts.
    if (playerOrigin.host() == QLatin1String("www.youtube.com")) {
        const QString host = url.host().toLower();
        return url.scheme() == QLatin1String("https") &&
               (kYouTubeHosts.contains(host) || host.endsWith(QLatin1String(".ytimg.com")) ||
                host.endsWith(QLatin1String(".googlevideo.com")) ||
                host == QLatin1String("www.google.com") ||
                host.endsWith(QLatin1String(".gstatic.com")));
    }
    return false;
}

QString MonitorEmbed::playerPageHtml() const
{
    // videoId passed isSafeId and playerOrigin is an origin we built: nothing here comes
    // from the API's HTML verbatim.
    const QString api = originOf(playerOrigin) + QStringLiteral("/iframe_api");
    QString page = QStringLiteral(R"(<!DOCTYPE html>
<html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline' %ORIGINS%; frame-src %ORIGINS%; img-src %ORIGINS% data:; style-src 'unsafe-inline'">
<style>html,body{margin:0;height:100%;background:#000;overflow:hidden}#player{width:100%;height:100%}</style>
</head><body><div id="player"></div>
<script>
window.onairPlayer = { ready: false, state: -2, player: null,
  snapshot: function () {
    var p = this.player, t = -1;
    try { if (this.ready && p && p.getCurrentTime) t = p.getCurrentTime(); } catch (e) {}
    var s = this.state;
    try { if (this.ready && p && p.getPlayerState) s = p.getPlayerState(); } catch (e) {}
    return JSON.stringify({ ready: this.ready, state: s, currentTime: t });
  } };
function onYouTubeIframeAPIReady() {
  window.onairPlayer.player = new YT.Player('player', {
    width: '100%', height: '100%', videoId: '%VIDEO%',
    playerVars: { autoplay: 1, mute: 1, playsinline: 1, controls: 1, rel: 0 },
    events: {
      onReady: function (e) { window.onairPlayer.ready = true; try { e.target.mute(); e.target.playVideo(); } catch (x) {} },
      onStateChange: function (e) { window.onairPlayer.state = e.data; }
    } });
}
</script>
<script src="%API%"></script>
</body></html>
)");
    QString origins = originOf(playerOrigin);
    if (playerOrigin.host() == QLatin1String("www.youtube.com"))
        origins += QStringLiteral(" https://youtube.com https://www.youtube-nocookie.com "
                                  "https://*.ytimg.com https://*.googlevideo.com");
    page.replace(QLatin1String("%ORIGINS%"), origins);
    page.replace(QLatin1String("%VIDEO%"), videoId);
    page.replace(QLatin1String("%API%"), api);
    return page;
}

} // namespace onair
