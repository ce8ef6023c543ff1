#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace onair::sandbox {

// One complete HTTP answer as a value, so that fault injection can delay, corrupt or drop it
// before it is written to the socket.
struct HttpReply
{
    int status = 200;
    QByteArray contentType; // empty: no Content-Type header
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    bool isJson = false; // the body is a JSON document (fault injection may corrupt it)
};

} // namespace onair::sandbox
