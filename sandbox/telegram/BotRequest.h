#pragma once

#include "telegram/BotCall.h"

class QHttpServerRequest;

namespace onair::sandbox {

// Reads a Bot API request's parameters the four ways the docs allow: the URL query string,
// application/x-www-form-urlencoded, application/json (nested objects kept as values) and
// multipart/form-data (fields with a file name become files). Body parameters win over
// query ones.
class BotRequest
{
public:
    // False, with the Bot API's description in `error`, when the body cannot be read.
    static bool decode(const QHttpServerRequest &request, BotCall *call, QString *error);

private:
    static bool decodeMultipart(const QByteArray &body, const QByteArray &boundary, BotCall *call);
};

} // namespace onair::sandbox
