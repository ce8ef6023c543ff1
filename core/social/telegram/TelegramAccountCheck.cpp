#include "social/telegram/TelegramAccountCheck.h"

#include "social/telegram/TelegramClient.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace onair {

void TelegramAccountCheck::run(TelegramClient *client, const QString &chat, QObject *context,
                               Done done)
{
    client->getMe(context, [client, chat, context, done](Result<QJsonObject> me, NetCallInfo) {
        Outcome out;
        if (!me) {
            out.problem = me.error().reason == QLatin1String("unauthorized")
                              ? tr("Telegram refused the bot token: paste it again from "
                                   "@BotFather.")
                              : tr("Telegram could not be reached: %1").arg(me.error().summary());
            return done(out);
        }
        out.botUsername = me.value().value(QLatin1String("username")).toString();
        const qint64 botId = me.value().value(QLatin1String("id")).toInteger();
        client->getChat(
            chat, context,
            [client, chat, context, done, out, botId](Result<TelegramChat> c, NetCallInfo) mutable {
                if (!c) {
                    out.problem = tr("The chat %1 was not found, or the bot cannot see it (%2).")
                                      .arg(chat, c.error().message);
                    return done(out);
                }
                out.chatTitle = c.value().title;
                const bool channel = c.value().type == QLatin1String("channel");
                client->getChatMember(
                    chat, botId, context,
                    [done, out, channel](Result<QJsonObject> m, NetCallInfo) mutable {
                        if (!m) {
                            out.problem = tr("The bot's rights in the chat could not be read: %1")
                                              .arg(m.error().message);
                            return done(out);
                        }
                        const QJsonObject member = m.value();
                        const QString status = member.value(QLatin1String("status")).toString();
                        const bool admin = status == QLatin1String("administrator");
                        if (status == QLatin1String("creator") ||
                            (admin &&
                             (!channel ||
                              member.value(QLatin1String("can_post_messages")).toBool())) ||
                            (!channel && status == QLatin1String("member"))) {
                            out.ok = true;
                        } else if (admin) {
                            out.problem =
                                tr("The bot is an administrator of the channel but may not "
                                   "post: allow it \"Post messages\".");
                        } else {
                            out.problem = tr("The bot must be an administrator of the channel that "
                                             "may post messages.");
                        }
                        done(out);
                    });
            });
    });
}

} // namespace onair
