#pragma once

#include "telegram/TelegramRecords.h"

#include <QJsonObject>

namespace onair::sandbox {

// The Bot API's objects as it answers them (User, Chat, ChatFullInfo, ChatMember, Message).
namespace BotJson {

QJsonObject user(const Bot &bot, bool forGetMe);
QJsonObject chat(const Chat &chat);         // the short Chat of a message
QJsonObject chatFullInfo(const Chat &chat); // getChat
QJsonObject chatMember(const Chat &chat, const Bot &bot);
QJsonObject message(const Message &message, const Chat &chat);

} // namespace BotJson

} // namespace onair::sandbox
