#pragma once

#include <QDateTime>
#include <QString>
#include <QUrl>

namespace onair {

struct LiveBroadcast;

// What a post template may say about the show: {title}, {url}, {start}, {description},
// {thumbnail}. `start` is a UTC instant; templates write it in the viewer's words.
struct ShowFields
{
    QString title;
    QUrl url;        // the watch page
    QDateTime start; // scheduled (or actual) start, UTC
    QString description;
    QUrl thumbnail; // the broadcast's public JPEG (Instagram fetches it itself)

    // The fields of a broadcast as read from the API: its watch page, its actual start once live
    // (the scheduled one before), and `thumbnail` (YouTube's public i.ytimg.com JPEG, or the
    // sandbox's stand-in), which the broadcast resource does not carry.
    static ShowFields of(const LiveBroadcast &broadcast, const QUrl &thumbnail);
    // The fields of an uploaded video (the show's recording, uploaded): its title and description
    // as uploaded, its own watch page and public thumbnail; no start.
    static ShowFields ofUpload(const QString &title, const QString &description,
                               const QString &videoId);
    // https://www.youtube.com/watch?v=<id>
    static QUrl watchPage(const QString &videoId);
    // https://i.ytimg.com/vi/<id>/maxresdefault.jpg
    static QUrl youtubeThumbnail(const QString &videoId);
};

} // namespace onair
