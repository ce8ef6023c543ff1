#include "telegram/BotReplies.h"

#include <QJsonDocument>

namespace onair::sandbox::BotReplies {

namespace {

HttpReply json(int status, const QJsonObject &object)
{
    HttpReply reply;
    reply.status = status;
    reply.contentType = QByteArrayLiteral("application/json");
    reply.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    reply.isJson = true;
    return reply;
}

} // namespace

HttpReply ok(const QJsonValue &result)
{
    return json(200, {{QStringLiteral("ok"), true}, {QStringLiteral("result"), result}});
}

HttpReply error(int code, const QString &description, const QJsonObject &parameters)
{
    QJsonObject object{{QStringLiteral("ok"), false},
                       {QStringLiteral("error_code"), code},
                       {QStringLiteral("description"), description}};
    if (!parameters.isEmpty())
        object.insert(QStringLiteral("parameters"), parameters);
    return json(code, object);
}

HttpReply badRequest(const QString &text)
{
    return error(400, QStringLiteral("Bad Request: ") + text);
}

HttpReply forbidden(const QString &text)
{
    return error(403, QStringLiteral("Forbidden: ") + text);
}

HttpReply floodWait(int seconds)
{
    HttpReply reply = error(429, QStringLiteral("Too Many Requests: retry after %1").arg(seconds),
                            {{QStringLiteral("retry_after"), seconds}});
    reply.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(seconds)});
    return reply;
}

HttpReply unauthorized()
{
    return error(401, QStringLiteral("Unauthorized"));
}

HttpReply gatewayPage(int status)
{
    const QByteArray title = status == 504 ? QByteArrayLiteral("504 Gateway Time-out")
                             : status == 503
                                 ? QByteArrayLiteral("503 Service Temporarily Unavailable")
                                 : QByteArrayLiteral("502 Bad Gateway");
    HttpReply reply;
    reply.status = status;
    reply.contentType = QByteArrayLiteral("text/html");
    reply.body = "<html>\r\n<head><title>" + title + "</title></head>\r\n<body>\r\n<center><h1>" +
                 title + "</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
    return reply;
}

} // namespace onair::sandbox::BotReplies
