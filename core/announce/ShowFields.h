#pragma once

#include <QDateTime>
#include <QString>
#include <QUrl>

namespace onair {

// What a post template may say about the show: {title}, {url}, {start}, {description},
// {thumbnail}. `start` is a UTC instant; templates write it in the viewer's words.
struct ShowFields
{
    QString title;
    QUrl url;         // the watch page
    QDateTime start;  // scheduled (or actual) start, UTC
    QString description;
    QUrl thumbnail;   // the broadcast's public JPEG (Instagram fetches it itself)
};

} // namespace onair
