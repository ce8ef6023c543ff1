#include "telegram/ChatsResource.h"

#include "telegram/BotJson.h"
#include "telegram/BotReplies.h"
#include "telegram/TelegramService.h"
#include "telegram/TelegramStore.h"

namespace onair::sandbox {

std::variant<Chat *, HttpReply> ChatsResource::find(TelegramStore &store, const BotCall &call)
{
    const QString named = call.string(QStringLiteral("chat_id")).trimmed();
    if (named.isEmpty())
        return BotReplies::badRequest(QStringLiteral("chat_id is empty"));
    Chat *chat = store.chat(named);
    const bool byUsername = named.startsWith(QLatin1Char('@'));
    // A chat the bot is not in is known only by its public @username.
    const bool outside = chat && (chat->botStatus == QLatin1String("left") ||
                                  chat->botStatus == QLatin1String("kicked"));
    if (!chat || (outside && !byUsername))
        return BotReplies::badRequest(QStringLiteral("chat not found"));
    if (chat->migratedTo != 0)
        return BotReplies::error(
            400, QStringLiteral("Bad Request: group chat was upgraded to a supergroup chat"),
            {{QStringLiteral("migrate_to_chat_id"), double(chat->migratedTo)}});
    return chat;
}

void ChatsResource::registerMethods(TelegramService &service)
{
    TelegramStore *store = service.store();
    service.addMethod(QStringLiteral("getMe"), [](const BotCall &call) {
        return BotReplies::ok(BotJson::user(call.bot, true));
    });
    service.addMethod(QStringLiteral("getChat"), [store](const BotCall &call) {
        const auto found = find(*store, call);
        if (const auto *error = std::get_if<HttpReply>(&found))
            return *error;
        return BotReplies::ok(BotJson::chatFullInfo(*std::get<Chat *>(found)));
    });
    service.addMethod(QStringLiteral("getChatMember"), [store](const BotCall &call) {
        const auto found = find(*store, call);
        if (const auto *error = std::get_if<HttpReply>(&found))
            return *error;
        const std::optional<qint64> userId = call.integer(QStringLiteral("user_id"));
        if (!userId || *userId <= 0)
            return BotReplies::badRequest(QStringLiteral("invalid user_id specified"));
        if (*userId != call.bot.id)
            return BotReplies::badRequest(QStringLiteral("user not found"));
        return BotReplies::ok(BotJson::chatMember(*std::get<Chat *>(found), call.bot));
    });
}

} // namespace onair::sandbox
