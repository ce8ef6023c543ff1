#include "google/oauth/TokenSet.h"

#include "net/JsonReader.h"

namespace onair {

Result<TokenSet> TokenSet::fromTokenResponse(const QByteArray &body, const QDateTime &now)
{
    Result<QJsonObject> parsed = parseJsonObject(body, QStringLiteral("token response"));
    if (!parsed)
        return parsed.error();
    const QJsonObject &o = parsed.value();
    TokenSet t;
    t.accessToken = o.value(QLatin1String("access_token")).toString();
    t.refreshToken = o.value(QLatin1String("refresh_token")).toString();
    const QString type = o.value(QLatin1String("token_type")).toString();
    const int expiresIn = o.value(QLatin1String("expires_in")).toInt(-1);
    t.scopes =
        o.value(QLatin1String("scope")).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (t.accessToken.isEmpty())
        return ApiError::badResponse(QStringLiteral("token response: no access_token"));
    if (!type.isEmpty() && type.compare(QLatin1String("Bearer"), Qt::CaseInsensitive) != 0)
        return ApiError::badResponse(QStringLiteral("token response: token_type ") + type);
    if (expiresIn <= 0)
        return ApiError::badResponse(QStringLiteral("token response: no expires_in"));
    t.expiresAt = now.toUTC().addSecs(expiresIn);
    return t;
}

bool TokenSet::grantsYouTube(const QStringList &scopes)
{
    for (const QString &s : scopes) {
        if (s == QLatin1String("https://www.googleapis.com/auth/youtube") ||
            s == QLatin1String("https://www.googleapis.com/auth/youtube.force-ssl"))
            return true;
    }
    return false;
}

} // namespace onair
