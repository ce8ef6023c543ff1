#include "google/oauth/OAuthRedirect.h"

#include <QUrl>
#include <QUrlQuery>

namespace onair {

OAuthRedirect OAuthRedirect::parseRequestLine(QByteArrayView line)
{
    OAuthRedirect r;
    if (line.size() > kMaxRequestLine)
        return r;
    QByteArray l = line.toByteArray();
    while (l.endsWith('\n') || l.endsWith('\r'))
        l.chop(1);
    const QList<QByteArray> fields = l.split(' ');
    if (fields.size() != 3 || fields[0] != "GET" || !fields[2].startsWith("HTTP/1."))
        return r;
    const QByteArray &target = fields[1];
    if (!target.startsWith('/'))
        return r;
    // Only printable ASCII is valid in a request target; anything else is an attack or noise.
    for (char c : target) {
        if (static_cast<unsigned char>(c) <= 0x20 || static_cast<unsigned char>(c) >= 0x7f)
            return r;
    }
    const QUrl url(QString::fromLatin1(target), QUrl::StrictMode);
    if (!url.isValid())
        return r;
    r.path = url.path(QUrl::FullyDecoded);

    const QUrlQuery query(url);
    // A parameter given twice is ambiguous: refuse rather than guess which one counts.
    const auto single = [&](const QString &key, QString &out) -> bool {
        const QStringList values = query.allQueryItemValues(key, QUrl::FullyDecoded);
        if (values.size() > 1)
            return false;
        out = values.value(0);
        return true;
    };
    if (!single(QStringLiteral("code"), r.code) || !single(QStringLiteral("state"), r.state) ||
        !single(QStringLiteral("scope"), r.scope) || !single(QStringLiteral("error"), r.error) ||
        !single(QStringLiteral("error_description"), r.errorDescription)) {
        return OAuthRedirect{};
    }
    if (!r.error.isEmpty())
        r.kind = Kind::Error;
    else if (!r.code.isEmpty())
        r.kind = Kind::Code;
    else
        r.kind = Kind::Unrelated;
    return r;
}

} // namespace onair
