#pragma once

#include "net/Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace onair {

// An interval condition of a policy rule; an unset bound is ±∞.
struct PolicyInterval
{
    std::optional<double> low;
    std::optional<double> high;

    friend bool operator==(const PolicyInterval &, const PolicyInterval &) = default;
};

// One rule of a Content ID policy: what to do (monetize, track, block, takedown) and when
// (match type, durations and percentages, where the viewer is).
struct PolicyRule
{
    QString action;
    QStringList subactions;
    QStringList contentMatchTypes;           // audio, video, audiovisual
    QList<PolicyInterval> matchDuration;     // seconds
    QList<PolicyInterval> matchPercent;      // 0–100
    QList<PolicyInterval> referenceDuration; // seconds
    QList<PolicyInterval> referencePercent;  // 0–100
    QString territoryType;                   // include | exclude; empty: no territory condition
    QStringList territories;                 // ISO 3166 two-letter codes

    friend bool operator==(const PolicyRule &, const PolicyRule &) = default;

    static Result<QList<PolicyRule>> listFromJson(const QJsonArray &json);
    static QJsonArray listToJson(const QList<PolicyRule> &rules);
    QJsonObject toJson() const;
};

} // namespace onair
