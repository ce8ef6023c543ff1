#pragma once

#include "google/ErrorEnvelope.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace onair::sandbox {

// What the Content ID API takes in a request body (reference §10 and the discovery schemas):
// field names and types, asset types and metadata limits, ownership entries, policy rules and
// their conditions, ISO 3166 territories, and today's advertising options. Each check answers
// the first problem as Google's error, or nothing when the body is acceptable.
class PartnerRules
{
public:
    using Problem = std::optional<ErrorEnvelope>;

    static const QStringList &assetTypes();
    static const QStringList &contentTypes(); // audio, video, audiovisual

    // Fields outside `known` → 400 invalid (Google's "Unknown name" wording).
    static Problem knownFields(const QJsonObject &object, const QStringList &known,
                               const QString &location);
    // Asset: type and metadata (limits in bytes, as documented).
    static Problem asset(const QJsonObject &body);
    // RightsOwnership for an asset of `assetType`.
    static Problem ownership(const QJsonObject &body, const QString &assetType);
    // PolicyRule[] at `location`.
    static Problem rules(const QJsonValue &rules, const QString &location);
    // VideoAdvertisingOption: since 2023-11-10 only third_party_ads is an ad format.
    static Problem advertisingOptions(const QJsonObject &body);
    // ExcludedInterval[] of a reference.
    static Problem excludedIntervals(const QJsonValue &intervals);
    // A list of ISO 3166-1 alpha-2 codes.
    static Problem territories(const QJsonValue &territories, const QString &location);
    static bool isTerritory(const QString &code);
};

} // namespace onair::sandbox
