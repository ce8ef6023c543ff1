#pragma once

#include "kernel/HttpReply.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <memory>

namespace onair::sandbox {

// A request whose body the kernel hands over as it arrives (an upload's bytes), instead of
// reading it whole into memory: what the route knows before the body.
struct RequestHead
{
    QString verb;
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    qint64 contentLength = 0;

    QByteArray header(const char *name) const // trimmed; empty when absent
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second.trimmed();
        }
        return {};
    }
};

// Takes one request's body piece by piece. The kernel calls write() with the bytes in order,
// then finish() for the answer once the whole body is in; or interrupted() when the
// connection ends first (what was written stays written, as Google keeps the bytes that
// arrived).
class BodyReceiver
{
public:
    virtual ~BodyReceiver() = default;
    virtual void write(const char *data, qint64 size) = 0;
    virtual HttpReply finish() = 0;
    virtual void interrupted() {}

    // A receiver that keeps nothing and answers `reply` (an error known from the head).
    static std::unique_ptr<BodyReceiver> answering(HttpReply reply);
};

} // namespace onair::sandbox
