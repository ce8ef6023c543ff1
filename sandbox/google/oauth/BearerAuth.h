#pragma once

#include "google/ErrorEnvelope.h"
#include "google/oauth/OAuthService.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <variant>

namespace onair::sandbox {

// Google's bearer authentication for its APIs: the access token from `Authorization: Bearer …`
// or the access_token / oauth_token parameter, checked against the sign-in service, and the
// scope check. Missing or invalid → 401 authError; without an accepted scope → 403
// insufficientPermissions (the caller decides when: YouTube charges quota in between).
class BearerAuth
{
public:
    explicit BearerAuth(const OAuthService *oauth);

    std::variant<AccessGrant, ErrorEnvelope>
    authenticate(const QByteArray &authorization,
                 const QList<QPair<QString, QString>> &params) const;
    static bool hasScope(const AccessGrant &grant, const QStringList &accepted);

private:
    const OAuthService *m_oauth;
};

} // namespace onair::sandbox
