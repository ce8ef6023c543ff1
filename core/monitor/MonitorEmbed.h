#pragma once

#include <QString>
#include <QUrl>

#include <optional>

namespace onair {

// The monitor player, reduced to what OnAir trusts of the API's embedHtml: the video id and
// the origin that serves the IFrame Player API. The HTML itself is never loaded.
struct MonitorEmbedCheck;

struct MonitorEmbed
{
    QUrl src;          // the iframe's src, normalised (https for YouTube)
    QString videoId;   // the broadcast's video id
    QUrl playerOrigin; // https://www.youtube.com, or the sandbox's origin

    // Takes the iframe's src out of embedHtml and accepts it only when it is a YouTube embed
    // URL (www.youtube.com, youtube.com or www.youtube-nocookie.com, path /embed/{11-char id})
    // or an /embed/{id} page on the sandbox's origin. Anything else is refused with a reason.
    static MonitorEmbedCheck fromEmbedHtml(const QString &embedHtml, const QUrl &sandboxOrigin);

    // Our own page: loads the IFrame Player API from playerOrigin and builds the player for
    // videoId, muted and autoplaying; `window.onairPlayer.snapshot()` reports
    // {ready, state, currentTime} to the host.
    QString playerPageHtml() const;
    // The origins the monitor view may load anything from.
    bool isAllowedOrigin(const QUrl &url) const;
};

// The verdict on an embedHtml: the embed, or why it was refused.
struct MonitorEmbedCheck
{
    std::optional<MonitorEmbed> embed;
    QString error;
};

} // namespace onair
