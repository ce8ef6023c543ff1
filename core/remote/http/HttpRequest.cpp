#include "remote/http/HttpRequest.h"

namespace onair {

QByteArray HttpRequest::header(const QByteArray &lowerName) const
{
    for (const auto &h : headers) {
        if (h.first == lowerName)
            return h.second;
    }
    return {};
}

int HttpRequest::headerCount(const QByteArray &lowerName) const
{
    int n = 0;
    for (const auto &h : headers)
        n += h.first == lowerName ? 1 : 0;
    return n;
}

QByteArray HttpRequest::queryValue(const QByteArray &name) const
{
    for (const QByteArray &pair : query.split('&')) {
        const qsizetype eq = pair.indexOf('=');
        const QByteArray key = eq < 0 ? pair : pair.left(eq);
        if (key == name)
            return eq < 0 ? QByteArray() : QByteArray::fromPercentEncoding(pair.mid(eq + 1));
    }
    return {};
}

} // namespace onair
