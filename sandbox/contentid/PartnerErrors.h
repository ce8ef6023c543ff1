#pragma once

#include "google/ErrorEnvelope.h"

namespace onair::sandbox {

// The Content ID API's errors in Google's envelope (§1, §10 of the reference). Reasons the
// docs name keep their names; the domain of Content ID's own reasons is "youtubePartner".
class PartnerErrors
{
public:
    // 400 required: a body field or parameter that must be given.
    static ErrorEnvelope required(const QString &location);
    // 400 invalidValue: a value outside what the API takes.
    static ErrorEnvelope invalidValue(const QString &location, const QString &message);
    // 400 contentOwnerNotProvided: the user manages several owners and named none.
    static ErrorEnvelope contentOwnerNotProvided();
    // 403 forbidden: not this user's (or this owner's) to act on.
    static ErrorEnvelope forbidden(const QString &message);
    // 404 notFound: `what` ("Asset", "Claim", …) with that id does not exist for the owner.
    static ErrorEnvelope notFound(const QString &what, const QString &location);
    // 403 fingerprintingNotAllowed: a reference before the video can be fingerprinted.
    static ErrorEnvelope fingerprintingNotAllowed(const QString &message);
};

} // namespace onair::sandbox
