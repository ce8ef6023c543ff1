#pragma once

#include <QDateTime>
#include <QString>
#include <QUrl>

namespace onair {

// An account announcements go to: a Telegram bot and its chat, or an Instagram professional
// account. Kept in the announcement database (AnnouncementStore); the token itself only in the
// keychain (SecretStore, key "<id>/token").
struct SocialAccount
{
    enum class Platform
    {
        Telegram,
        Instagram,
    };

    QString id; // "telegram-…" / "instagram-…", stable
    Platform platform = Platform::Telegram;
    QString name;   // what the operator calls it
    QUrl apiRoot;   // Telegram's Bot API root or the Graph root (the sandbox's in rehearsal)
    QString target; // Telegram: the chat ("@channel" or id); Instagram: the IG user id
    QDateTime tokenIssuedAt;  // Instagram: when the long-lived token was made or refreshed
    QDateTime tokenExpiresAt; // Instagram: 60 days later

    static QString platformName(Platform p)
    {
        return p == Platform::Telegram ? QStringLiteral("telegram") : QStringLiteral("instagram");
    }
};

} // namespace onair
