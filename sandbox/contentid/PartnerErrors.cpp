#include "contentid/PartnerErrors.h"

namespace onair::sandbox {

namespace {

const QString kDomain = QStringLiteral("youtubePartner");

} // namespace

ErrorEnvelope PartnerErrors::required(const QString &location)
{
    return {400,
            QStringLiteral("global"),
            QStringLiteral("required"),
            QStringLiteral("Required field or parameter: ") + location,
            location,
            {},
            {}};
}

ErrorEnvelope PartnerErrors::invalidValue(const QString &location, const QString &message)
{
    return {400, kDomain, QStringLiteral("invalidValue"), message, location, {}, {}};
}

ErrorEnvelope PartnerErrors::contentOwnerNotProvided()
{
    return {400,
            kDomain,
            QStringLiteral("contentOwnerNotProvided"),
            QStringLiteral("The user is linked to more than one content owner: "
                           "onBehalfOfContentOwner is required."),
            QStringLiteral("onBehalfOfContentOwner"),
            QStringLiteral("parameter"),
            {}};
}

ErrorEnvelope PartnerErrors::forbidden(const QString &message)
{
    return {403, QStringLiteral("global"), QStringLiteral("forbidden"), message, {}, {}, {}};
}

ErrorEnvelope PartnerErrors::notFound(const QString &what, const QString &location)
{
    return {404,
            QStringLiteral("global"),
            QStringLiteral("notFound"),
            what + QStringLiteral(" not found."),
            location,
            {},
            {}};
}

ErrorEnvelope PartnerErrors::fingerprintingNotAllowed(const QString &message)
{
    return {403, kDomain, QStringLiteral("fingerprintingNotAllowed"), message, {}, {}, {}};
}

} // namespace onair::sandbox
