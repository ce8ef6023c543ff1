#pragma once

#include "net/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace onair {

// What the token endpoint hands out. Secrets: never logged, never written to a file.
struct TokenSet
{
    QString accessToken;
    QString refreshToken; // empty after a refresh grant (the old one stays valid)
    QDateTime expiresAt;  // UTC
    QStringList scopes;

    // Reads a 200 answer of the token endpoint; `now` is when the request was sent, so the
    // expiry errs early.
    static Result<TokenSet> fromTokenResponse(const QByteArray &body, const QDateTime &now);
    // True when any of the scopes lets OnAir manage live broadcasts.
    static bool grantsYouTube(const QStringList &scopes);
};

} // namespace onair
