#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace onair {

// A 2xx answer (or one the request named an answer) as a value: its status, its headers and
// its body (at most the pipeline's answer cap).
struct NetReply
{
    int httpStatus = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    // The value of header `name` (any case); empty when it was not sent.
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

} // namespace onair
