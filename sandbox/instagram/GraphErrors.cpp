#include "instagram/GraphErrors.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace onair::sandbox {

HttpReply GraphError::toReply() const
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QString trace;
    for (int i = 0; i < 23; ++i)
        trace += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(62)]);
    QJsonObject error{{QStringLiteral("message"), message},
                      {QStringLiteral("type"), type},
                      {QStringLiteral("code"), code},
                      {QStringLiteral("fbtrace_id"), trace}};
    if (subcode != 0)
        error.insert(QStringLiteral("error_subcode"), subcode);
    if (transient || code == 1 || code == 2)
        error.insert(QStringLiteral("is_transient"), transient);
    if (!userTitle.isEmpty())
        error.insert(QStringLiteral("error_user_title"), userTitle);
    if (!userMessage.isEmpty())
        error.insert(QStringLiteral("error_user_msg"), userMessage);
    HttpReply reply;
    reply.status = httpStatus;
    reply.contentType = QByteArrayLiteral("application/json; charset=UTF-8");
    reply.body =
        QJsonDocument(QJsonObject{{QStringLiteral("error"), error}}).toJson(QJsonDocument::Compact);
    reply.isJson = true;
    return reply;
}

GraphError GraphError::unsupported(const QString &verb, const QString &id)
{
    GraphError e;
    e.code = 100;
    e.subcode = 33;
    e.type = QStringLiteral("GraphMethodException");
    e.message = QStringLiteral("Unsupported %1 request. Object with ID '%2' does not exist, cannot "
                               "be loaded due to missing permissions, or does not support this "
                               "operation. Please read the Graph API documentation at "
                               "https://developers.facebook.com/docs/graph-api")
                    .arg(verb.toLower(), id);
    return e;
}

GraphError GraphError::missingParameter(const QString &name)
{
    GraphError e;
    e.message = QStringLiteral("(#100) The parameter %1 is required").arg(name);
    return e;
}

GraphError GraphError::byReason(const QString &reason, bool *known)
{
    *known = true;
    GraphError e;
    const auto throttle = [&](int code, const char *text) {
        e.code = code;
        e.message = QStringLiteral("(#%1) ").arg(code) + QLatin1String(text);
    };
    if (reason == QLatin1String("throttle4"))
        throttle(4, "Application request limit reached");
    else if (reason == QLatin1String("throttle17"))
        throttle(17, "User request limit reached");
    else if (reason == QLatin1String("throttle32"))
        throttle(32, "Page request limit reached");
    else if (reason == QLatin1String("throttle613"))
        throttle(613, "Calls to this api have exceeded the rate limit.");
    else if (reason == QLatin1String("throttle80002"))
        throttle(80002, "There have been too many calls to this Instagram account. Wait a bit and "
                        "try again. For more info, please refer to "
                        "https://developers.facebook.com/docs/graph-api/overview/rate-limiting.");
    else if (reason == QLatin1String("unknown")) {
        e.code = 1;
        e.message = QStringLiteral("An unknown error occurred");
        e.transient = true;
        e.httpStatus = 500;
    } else if (reason == QLatin1String("outage")) {
        e.code = 2;
        e.message = QStringLiteral("An unexpected error has occurred. Please retry your request "
                                   "later.");
        e.transient = true;
        e.httpStatus = 500;
    } else if (reason == QLatin1String("spam")) {
        e.code = 4;
        e.subcode = 2207051;
        e.message = QStringLiteral("Application request limit reached");
        e.userTitle = QStringLiteral("Action is blocked");
        e.userMessage = QStringLiteral("We restrict certain activity to protect our community. "
                                       "Tell us if you think we made a mistake.");
    } else if (reason == QLatin1String("quota")) {
        e.code = 9;
        e.subcode = 2207042;
        e.message = QStringLiteral("Application request limit reached");
        e.userTitle = QStringLiteral("Maximum number of posts reached");
        e.userMessage = QStringLiteral("You reached maximum number of posts that is allowed to be "
                                       "published by Content Publishing API.");
    } else if (reason == QLatin1String("notready")) {
        e.code = 9007;
        e.subcode = 2207027;
        e.message = QStringLiteral("Media ID is not available");
        e.userTitle = QStringLiteral("Media not ready for publishing");
        e.userMessage = QStringLiteral("The media is not ready for publishing, please wait for a "
                                       "moment");
    } else if (reason == QLatin1String("transient")) {
        e = unsupported(QStringLiteral("get"), QStringLiteral("0"));
    } else if (reason == QLatin1String("tokenexpired") || reason == QLatin1String("password") ||
               reason == QLatin1String("loggedout") || reason == QLatin1String("badtoken")) {
        e.code = 190;
        e.subcode = reason == QLatin1String("tokenexpired") ? 463
                    : reason == QLatin1String("password")   ? 460
                    : reason == QLatin1String("loggedout")  ? 467
                                                            : 0;
        e.message = e.subcode == 463
                        ? QStringLiteral("Error validating access token: Session has expired.")
                    : e.subcode == 460
                        ? QStringLiteral("Error validating access token: The session has been "
                                         "invalidated because the user changed their password or "
                                         "Facebook has changed the session for security reasons.")
                    : e.subcode == 467
                        ? QStringLiteral("Error validating access token: The session is invalid "
                                         "because the user logged out.")
                        : QStringLiteral("Invalid OAuth access token - Cannot parse access token");
    } else if (reason == QLatin1String("permission")) {
        e.code = 10;
        e.message = QStringLiteral("(#10) Application does not have permission for this action");
    } else if (reason == QLatin1String("permission200")) {
        e.code = 200;
        e.message = QStringLiteral("(#200) Permissions error");
    } else {
        *known = false;
        e.message = reason;
    }
    return e;
}

} // namespace onair::sandbox
