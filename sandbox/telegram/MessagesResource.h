#pragma once

#include "kernel/HttpReply.h"
#include "telegram/BotCall.h"

#include <optional>

namespace onair::sandbox {

class MediaUrlTable;
class TelegramService;
class TelegramStore;

// sendMessage, sendPhoto, sendVideo, editMessageText, editMessageCaption and deleteMessage: the
// posting rights, the text (parse_mode, lengths in code points after parsing), the inline
// keyboard, the media (upload, URL through the media URL table, file_id), flood control and
// the per-chat message ids.
class MessagesResource
{
public:
    static void registerMethods(TelegramService &service);
};

// A text or caption as the Bot API reads it: parse_mode applied, trimmed, its length checked.
struct FormattedText
{
    QString text;
    QJsonArray entities;
    std::optional<HttpReply> error;

    // `field` is "text" or "caption"; entities come from `entitiesField` without parse_mode.
    static FormattedText read(const BotCall &call, const QString &field,
                              const QString &entitiesField);
};

} // namespace onair::sandbox
