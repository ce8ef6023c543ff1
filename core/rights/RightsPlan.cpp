#include "rights/RightsPlan.h"

#include "net/JsonReader.h"
#include "presets/TitleTemplate.h"

#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>
#include <initializer_list>
#include <limits>

namespace onair {

namespace {

QString oneOf(JsonReader &r, const char *key, const QString &fallback,
              std::initializer_list<const char *> allowed)
{
    const QString value = r.string(key, fallback);
    QStringList names;
    for (const char *a : allowed) {
        if (value == QLatin1String(a))
            return value;
        names << QString::fromLatin1(a);
    }
    if (r.ok())
        r.fail(key, QStringLiteral("expected one of %1, got \"%2\"")
                        .arg(names.join(QStringLiteral(", ")), value.left(40)));
    return fallback;
}

QList<quint32> wholeSeconds(JsonReader &r, const char *key)
{
    QList<quint32> out;
    for (const QJsonValue &v : r.array(key)) {
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < 0 || d > std::numeric_limits<quint32>::max() ||
            d != std::floor(d)) {
            r.fail(key, QStringLiteral("expected an array of whole numbers of seconds (≥ 0)"));
            return {};
        }
        out.append(static_cast<quint32>(d));
    }
    return out;
}

void readPolicy(JsonReader &r, RightsPlan::PolicyChoice &p)
{
    p.policyId = r.string("policyId");
    p.policyName = r.string("policyName");
    if (r.ok() && r.enter("newPolicy")) {
        p.createNew = true;
        p.policyName = r.string("name");
        if (r.ok() && p.policyName.trimmed().isEmpty())
            r.fail("name", QStringLiteral("must not be empty"));
        p.action = oneOf(r, "action", p.action, {"monetize", "track", "block"});
        if (r.has("contentMatchTypes")) {
            p.contentMatchTypes = r.stringList("contentMatchTypes");
            for (const QString &t : std::as_const(p.contentMatchTypes)) {
                if (r.ok() && t != QLatin1String("audio") && t != QLatin1String("video") &&
                    t != QLatin1String("audiovisual"))
                    r.fail("contentMatchTypes",
                           QStringLiteral("expected audio, video or audiovisual, got \"%1\"")
                               .arg(t.left(40)));
            }
        }
        p.minMatchSeconds = r.uint32("minMatchSeconds");
        p.minMatchPercent = r.uint32("minMatchPercent");
        if (r.ok() && p.minMatchPercent > 100)
            r.fail("minMatchPercent", QStringLiteral("expected 0 to 100"));
        r.leave();
    }
    const int named = int(!p.policyId.isEmpty()) + int(!p.policyName.isEmpty() && !p.createNew) +
                      int(p.createNew);
    if (r.ok() && named > 1)
        r.fail("policyId", QStringLiteral("name one of policyId, policyName or newPolicy"));
}

QJsonObject policyJson(const RightsPlan::PolicyChoice &p)
{
    if (p.createNew) {
        QJsonObject n;
        n.insert(QLatin1String("name"), p.policyName);
        n.insert(QLatin1String("action"), p.action);
        n.insert(QLatin1String("contentMatchTypes"),
                 QJsonArray::fromStringList(p.contentMatchTypes));
        n.insert(QLatin1String("minMatchSeconds"), static_cast<qint64>(p.minMatchSeconds));
        n.insert(QLatin1String("minMatchPercent"), static_cast<qint64>(p.minMatchPercent));
        return {{QLatin1String("newPolicy"), n}};
    }
    if (!p.policyId.isEmpty())
        return {{QLatin1String("policyId"), p.policyId}};
    return {{QLatin1String("policyName"), p.policyName}};
}

} // namespace

Policy RightsPlan::PolicyChoice::newPolicy() const
{
    Policy p;
    p.name = policyName;
    PolicyRule rule;
    rule.action = action;
    rule.contentMatchTypes = contentMatchTypes;
    if (minMatchSeconds > 0)
        rule.matchDuration = {PolicyInterval{double(minMatchSeconds), std::nullopt}};
    if (minMatchPercent > 0)
        rule.matchPercent = {PolicyInterval{double(minMatchPercent), std::nullopt}};
    p.rules = {rule};
    return p;
}

std::optional<RightsPlan> RightsPlan::fromJson(const QJsonObject &json, QString *error,
                                               const QString &path)
{
    JsonReader r(json);
    RightsPlan p;
    p.contentOwner = r.string("contentOwner");
    static const QRegularExpression ownerId(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    if (r.ok() && json.value(QLatin1String("contentOwner")).isString() &&
        !ownerId.match(p.contentOwner).hasMatch())
        r.fail("contentOwner", QStringLiteral("expected a content owner id (letters, digits, _ "
                                              "or -, up to 64), got \"%1\"")
                                   .arg(p.contentOwner.left(40)));
    if (r.ok() && r.enter("asset")) {
        p.assetTitleTemplate = r.string("titleTemplate");
        p.customIdTemplate = r.string("customIdTemplate");
        r.leave();
    }
    if (r.ok() && p.assetTitleTemplate.trimmed().isEmpty())
        r.fail("asset",
               QStringLiteral("titleTemplate: missing or empty (the asset needs a title)"));
    if (r.ok() && r.enter("ownership")) {
        p.ownershipType = oneOf(r, "type", p.ownershipType, {"worldwide", "include", "exclude"});
        p.territories = r.stringList("territories");
        for (const QString &t : std::as_const(p.territories)) {
            if (r.ok() && (t.size() != 2 || t != t.toUpper() ||
                           QLocale::codeToTerritory(t) == QLocale::AnyTerritory))
                r.fail("territories",
                       QStringLiteral("\"%1\" is not an ISO 3166 country code").arg(t.left(40)));
        }
        if (r.ok() && p.ownershipType == QLatin1String("include") && p.territories.isEmpty())
            r.fail("territories", QStringLiteral("name at least one country to own it in"));
        if (r.ok() && p.ownershipType == QLatin1String("worldwide") && !p.territories.isEmpty())
            r.fail("territories", QStringLiteral("worldwide takes no territories"));
        r.leave();
    }
    if (r.ok() && r.enter("matchPolicy")) {
        readPolicy(r, p.matchPolicy);
        r.leave();
    }
    if (r.ok() && p.matchPolicy.isEmpty())
        r.fail("matchPolicy", QStringLiteral("missing (policyId, policyName or newPolicy)"));
    if (r.ok() && r.enter("claimPolicy")) {
        readPolicy(r, p.claimPolicy);
        r.leave();
    }
    if (r.ok())
        p.contentType = oneOf(r, "contentType", p.contentType, {"audio", "video", "audiovisual"});
    if (r.ok() && r.enter("ads")) {
        p.preroll = r.boolean("preroll", p.preroll);
        p.midroll = r.boolean("midroll", p.midroll);
        p.postroll = r.boolean("postroll", p.postroll);
        p.midrollSeconds = wholeSeconds(r, "midrollSeconds");
        if (r.ok() && !p.midroll && !p.midrollSeconds.isEmpty())
            r.fail("midrollSeconds", QStringLiteral("set, but midroll is off"));
        r.leave();
    }
    if (r.ok()) {
        const QString when =
            oneOf(r, "reference", QStringLiteral("afterShow"), {"afterShow", "beforeShow"});
        p.reference = when == QLatin1String("beforeShow") ? ReferenceWhen::BeforeShow
                                                          : ReferenceWhen::AfterShow;
    }
    if (!r.ok()) {
        if (error)
            *error = path + QLatin1Char('.') + r.error();
        return std::nullopt;
    }
    return p;
}

QJsonObject RightsPlan::toJson() const
{
    QJsonObject asset{{QLatin1String("titleTemplate"), assetTitleTemplate}};
    if (!customIdTemplate.isEmpty())
        asset.insert(QLatin1String("customIdTemplate"), customIdTemplate);
    QJsonObject owned{{QLatin1String("type"), ownershipType}};
    if (!territories.isEmpty())
        owned.insert(QLatin1String("territories"), QJsonArray::fromStringList(territories));
    QJsonArray midrolls;
    for (quint32 s : midrollSeconds)
        midrolls.append(static_cast<qint64>(s));
    QJsonObject ads{{QLatin1String("preroll"), preroll},
                    {QLatin1String("midroll"), midroll},
                    {QLatin1String("postroll"), postroll}};
    if (!midrolls.isEmpty())
        ads.insert(QLatin1String("midrollSeconds"), midrolls);
    QJsonObject o;
    if (!contentOwner.isEmpty())
        o.insert(QLatin1String("contentOwner"), contentOwner);
    o.insert(QLatin1String("asset"), asset);
    o.insert(QLatin1String("ownership"), owned);
    o.insert(QLatin1String("matchPolicy"), policyJson(matchPolicy));
    if (!claimPolicy.isEmpty())
        o.insert(QLatin1String("claimPolicy"), policyJson(claimPolicy));
    o.insert(QLatin1String("contentType"), contentType);
    o.insert(QLatin1String("ads"), ads);
    o.insert(QLatin1String("reference"), reference == ReferenceWhen::BeforeShow
                                             ? QStringLiteral("beforeShow")
                                             : QStringLiteral("afterShow"));
    return o;
}

Asset RightsPlan::asset(const QDateTime &when, int number) const
{
    Asset a;
    a.type = QStringLiteral("web");
    a.title = TitleTemplate::expand(assetTitleTemplate, when, number).text;
    a.customId = TitleTemplate::expand(customIdTemplate, when, number).text;
    return a;
}

RightsOwnership RightsPlan::ownership(const QString &ownerId) const
{
    TerritoryOwners t = TerritoryOwners::worldwide(ownerId);
    if (ownershipType != QLatin1String("worldwide")) {
        t.type = ownershipType;
        t.territories = territories;
    }
    RightsOwnership o;
    o.general = {t};
    return o;
}

VideoAdvertisingOption RightsPlan::advertising(const QString &videoId) const
{
    VideoAdvertisingOption v;
    v.videoId = videoId;
    v.adFormats = {VideoAdvertisingOption::kThirdPartyAds};
    if (preroll)
        v.breakPositions << QStringLiteral("preroll");
    if (midroll)
        v.breakPositions << QStringLiteral("midroll");
    if (postroll)
        v.breakPositions << QStringLiteral("postroll");
    for (quint32 s : midrollSeconds)
        v.adBreaks.append({QStringLiteral("midroll"), int(s)});
    return v;
}

} // namespace onair
