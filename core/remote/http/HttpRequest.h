#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace onair {

// One HTTP/1.x request as the remote API's parser read it. Header names are lower-case.
struct HttpRequest
{
    QByteArray method;
    QByteArray target;    // as sent: path and query
    QByteArray path;      // the target up to '?'
    QByteArray query;     // after '?', without it
    int minorVersion = 1; // HTTP/1.<minor>
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    // The value of the header `lowerName` (the first one), or empty.
    QByteArray header(const QByteArray &lowerName) const;
    int headerCount(const QByteArray &lowerName) const;
    // The query parameter `name`, percent-decoded, or empty.
    QByteArray queryValue(const QByteArray &name) const;
};

} // namespace onair
