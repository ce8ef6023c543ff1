#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <functional>

namespace onair {

class TelegramClient;

// Whether a bot may post to its chat: getMe (the token works), getChat (the chat exists and the
// bot sees it), getChatMember for the bot (in a channel it must be an administrator allowed to
// post; the creator always may). Run when the account is set up and before a show.
class TelegramAccountCheck
{
    Q_DECLARE_TR_FUNCTIONS(onair::TelegramAccountCheck)

public:
    struct Outcome
    {
        bool ok = false;
        QString botUsername;
        QString chatTitle;
        QString problem; // a sentence for the operator when !ok
    };
    using Done = std::function<void(const Outcome &)>;

    static void run(TelegramClient *client, const QString &chat, QObject *context, Done done);
};

} // namespace onair
