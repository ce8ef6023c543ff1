#pragma once

#include "kernel/HttpReply.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace onair::sandbox {

// The Bot API's envelopes: {"ok":true,"result":…} and
// {"ok":false,"error_code":N,"description":"…","parameters":{…}} with the HTTP status equal to
// error_code; a 429 also carries Retry-After.
namespace BotReplies {

HttpReply ok(const QJsonValue &result);
HttpReply error(int code, const QString &description, const QJsonObject &parameters = {});
HttpReply badRequest(const QString &text); // 400 "Bad Request: <text>"
HttpReply forbidden(const QString &text);  // 403 "Forbidden: <text>"
HttpReply floodWait(int seconds);          // 429 "Too Many Requests: retry after N"
HttpReply unauthorized();                  // 401 "Unauthorized"
// A front end's own page (502/504 from the proxy in front of the Bot API): HTML, not JSON.
HttpReply gatewayPage(int status);

} // namespace BotReplies

} // namespace onair::sandbox
