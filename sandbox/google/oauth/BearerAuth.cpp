#include "google/oauth/BearerAuth.h"

namespace onair::sandbox {

BearerAuth::BearerAuth(const OAuthService *oauth)
    : m_oauth(oauth)
{}

std::variant<AccessGrant, ErrorEnvelope>
BearerAuth::authenticate(const QByteArray &authorization,
                         const QList<QPair<QString, QString>> &params) const
{
    QString token;
    if (authorization.toLower().startsWith("bearer "))
        token = QString::fromLatin1(authorization.mid(7).trimmed());
    for (const auto &p : params) {
        if (token.isEmpty() &&
            (p.first == QLatin1String("access_token") || p.first == QLatin1String("oauth_token")))
            token = p.second;
    }
    if (token.isEmpty())
        return ErrorEnvelope::authError(true);
    const std::optional<AccessGrant> grant = m_oauth->validateAccessToken(token);
    if (!grant)
        return ErrorEnvelope::authError(false);
    return *grant;
}

bool BearerAuth::hasScope(const AccessGrant &grant, const QStringList &accepted)
{
    return std::any_of(grant.scopes.cbegin(), grant.scopes.cend(),
                       [&](const QString &s) { return accepted.contains(s); });
}

} // namespace onair::sandbox
