#include "google/partner/model/PolicyRule.h"

#include "net/JsonReader.h"

namespace onair {

namespace {

QList<PolicyInterval> intervals(JsonReader &r, const char *key)
{
    QList<PolicyInterval> out;
    const QJsonArray items = r.array(key);
    for (const QJsonValue &v : items) {
        const QJsonObject o = v.toObject();
        PolicyInterval i;
        for (const char *bound : {"low", "high"}) {
            const QJsonValue b = o.value(QLatin1String(bound));
            if (b.isUndefined())
                continue;
            if (!b.isDouble()) {
                r.fail(key, QStringLiteral("an interval bound is not a number"));
                continue;
            }
            (bound[0] == 'l' ? i.low : i.high) = b.toDouble();
        }
        out.append(i);
    }
    return out;
}

QJsonArray intervalsJson(const QList<PolicyInterval> &list)
{
    QJsonArray out;
    for (const PolicyInterval &i : list) {
        QJsonObject o;
        if (i.low)
            o.insert(QStringLiteral("low"), *i.low);
        if (i.high)
            o.insert(QStringLiteral("high"), *i.high);
        out.append(o);
    }
    return out;
}

} // namespace

Result<QList<PolicyRule>> PolicyRule::listFromJson(const QJsonArray &json)
{
    QList<PolicyRule> rules;
    for (const QJsonValue &v : json) {
        if (!v.isObject())
            return ApiError::badResponse(QStringLiteral("policy rule: not an object"));
        JsonReader r(v.toObject());
        PolicyRule rule;
        rule.action = r.string("action");
        rule.subactions = r.stringList("subaction");
        if (r.enter("conditions")) {
            rule.contentMatchTypes = r.stringList("contentMatchType");
            rule.matchDuration = intervals(r, "matchDuration");
            rule.matchPercent = intervals(r, "matchPercent");
            rule.referenceDuration = intervals(r, "referenceDuration");
            rule.referencePercent = intervals(r, "referencePercent");
            if (r.enter("requiredTerritories")) {
                rule.territoryType = r.string("type");
                rule.territories = r.stringList("territories");
                r.leave();
            }
            r.leave();
        }
        if (!r.ok())
            return ApiError::badResponse(QStringLiteral("policy rule: ") + r.error());
        rules.append(rule);
    }
    return rules;
}

QJsonArray PolicyRule::listToJson(const QList<PolicyRule> &rules)
{
    QJsonArray out;
    for (const PolicyRule &rule : rules)
        out.append(rule.toJson());
    return out;
}

QJsonObject PolicyRule::toJson() const
{
    QJsonObject conditions;
    if (!contentMatchTypes.isEmpty())
        conditions.insert(QStringLiteral("contentMatchType"),
                          QJsonArray::fromStringList(contentMatchTypes));
    const QList<QPair<QString, const QList<PolicyInterval> *>> lists{
        {QStringLiteral("matchDuration"), &matchDuration},
        {QStringLiteral("matchPercent"), &matchPercent},
        {QStringLiteral("referenceDuration"), &referenceDuration},
        {QStringLiteral("referencePercent"), &referencePercent}};
    for (const auto &[name, list] : lists) {
        if (!list->isEmpty())
            conditions.insert(name, intervalsJson(*list));
    }
    if (!territoryType.isEmpty())
        conditions.insert(
            QStringLiteral("requiredTerritories"),
            QJsonObject{{QStringLiteral("type"), territoryType},
                        {QStringLiteral("territories"), QJsonArray::fromStringList(territories)}});
    QJsonObject out{{QStringLiteral("action"), action}};
    if (!subactions.isEmpty())
        out.insert(QStringLiteral("subaction"), QJsonArray::fromStringList(subactions));
    if (!conditions.isEmpty())
        out.insert(QStringLiteral("conditions"), conditions);
    return out;
}

} // namespace onair
