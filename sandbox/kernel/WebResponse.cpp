#include "kernel/WebResponse.h"

#include <QUrl>
#include <QUrlQuery>

namespace onair::sandbox::web {

void reply(QHttpServerResponder &responder, QHttpServerResponder::StatusCode status,
           const QByteArray &contentType, const QByteArray &body, const HeaderPairs &extra)
{
    responder.writeStatusLine(status);
    if (!contentType.isEmpty())
        responder.writeHeader("Content-Type", contentType);
    for (const auto &header : extra)
        responder.writeHeader(header.first, header.second);
    responder.writeHeader("Content-Length", QByteArray::number(body.size()));
    responder.writeBody(body);
}

void redirect(QHttpServerResponder &responder, const QUrl &location)
{
    reply(responder, QHttpServerResponder::StatusCode::Found, "text/html; charset=UTF-8",
          QByteArray(), {{"Location", location.toEncoded()}, {"Cache-Control", "no-store"}});
}

QUrlQuery formQuery(const QByteArray &encoded)
{
    QByteArray spaced = encoded;
    spaced.replace('+', "%20");
    return QUrlQuery(QString::fromUtf8(spaced));
}

QString htmlEscaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace onair::sandbox::web
