#pragma once

#include "kernel/HttpReply.h"
#include "telegram/BotCall.h"

#include <variant>

namespace onair::sandbox {

class TelegramService;
class TelegramStore;

// getMe, getChat and getChatMember: the checks a client runs when a bot and its channel are
// set up. Also the chat lookup every method shares.
class ChatsResource
{
public:
    static void registerMethods(TelegramService &service);

    // The chat `chat_id` names, or the Bot API's error: chat_id is empty, chat not found (an
    // unknown chat, or one known only by id the bot is not in), a migrated group.
    static std::variant<Chat *, HttpReply> find(TelegramStore &store, const BotCall &call);
};

} // namespace onair::sandbox
