#pragma once

#include "net/ApiError.h"

#include <QByteArray>

namespace onair {

// The Bot API's error answers, the error-envelope hook of TelegramClient's pipeline:
// {"ok":false,"error_code":N,"description":"Bad Request: …","parameters":{"retry_after":N,
// "migrate_to_chat_id":N}}. `reason` becomes a stable name the queue branches on (the
// description is only a hint, as the docs say): "floodWait", "unauthorized", "chatMigrated",
// "notModified", "parseEntities", "mediaUnreachable", "rightsMissing", "chatNotFound",
// "messageNotFound", or "badRequest"/"forbidden"/"serverError" for the rest; `message` keeps the
// description verbatim. A 429 is rateLimited with retryAfterMs from `parameters.retry_after`;
// a chatMigrated error carries `parameters.migrate_to_chat_id` as its `status` (digits).
class TelegramErrorEnvelope
{
public:
    static ApiError parse(int httpStatus, const QByteArray &body);
};

} // namespace onair
