#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace onair::sandbox {

// A bot of the sandbox's Telegram: its token (`<id>:<secret>`) and profile.
struct Bot
{
    qint64 id = 0;
    QString token;
    QString username;
    QString firstName;
    bool revoked = false; // its token answers 401 Unauthorized
};

// A chat and where the (one) bot stands in it.
struct Chat
{
    qint64 id = 0;
    QString type; // "channel", "supergroup", "group"
    QString title;
    QString username; // public chats only; without '@'
    QString description;
    QString botStatus = QStringLiteral("administrator"); // administrator, member, left, kicked
    bool canPostMessages = true;
    bool canEditMessages = true;
    bool canDeleteMessages = true;
    qint64 migratedTo = 0; // a group upgraded to this supergroup
    qint64 lastMessageId = 0;
};

// One message of a chat, as the read-back shows it: what the bot (or a "human") posted, its
// edits and its deletion.
struct Message
{
    qint64 chatId = 0;
    qint64 id = 0;
    qint64 date = 0;     // Unix seconds (the service's clock)
    bool byBot = true;   // false: a post injected as a human's
    QString kind;        // "text", "photo", "video"
    QString text;        // text or caption, markup removed
    QJsonArray entities; // entities or caption_entities (UTF-16 offsets)
    QJsonObject media;   // photo/video: "source" (upload, url, file_id), sizes, file ids
    QJsonObject replyMarkup;
    QJsonObject linkPreviewOptions;
    qint64 editDate = 0;
    QJsonArray edits; // every accepted edit: {"date","text","replyMarkup"}
    qint64 deletedAt = 0;
    bool answeredWithZeroId = false; // the outcome=scheduled fault: answered message_id 0
};

} // namespace onair::sandbox
