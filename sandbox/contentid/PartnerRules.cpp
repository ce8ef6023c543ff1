#include "contentid/PartnerRules.h"

#include "contentid/PartnerErrors.h"

#include <QLocale>
#include <QSet>

namespace onair::sandbox {

namespace {

using Problem = PartnerRules::Problem;

Problem typeError(const QString &location, const QString &type, const QJsonValue &value)
{
    Q_UNUSED(value)
    return ErrorEnvelope::invalidField(QStringLiteral("Invalid value at '") + location +
                                           QStringLiteral("' (") + type + QLatin1Char(')'),
                                       location);
}

Problem string(const QJsonObject &o, const QString &key, const QString &location, int maxBytes,
               bool required = false)
{
    if (!o.contains(key))
        return required ? Problem(PartnerErrors::required(location)) : std::nullopt;
    const QJsonValue v = o.value(key);
    if (!v.isString())
        return typeError(location, QStringLiteral("TYPE_STRING"), v);
    if (required && v.toString().isEmpty())
        return PartnerErrors::required(location);
    if (maxBytes > 0 && v.toString().toUtf8().size() > maxBytes)
        return PartnerErrors::invalidValue(location,
                                           QStringLiteral("The value of '%1' is longer than %2 "
                                                          "bytes.")
                                               .arg(location)
                                               .arg(maxBytes));
    return std::nullopt;
}

Problem stringList(const QJsonObject &o, const QString &key, const QString &location, int maxItems,
                   const QStringList &allowed = {})
{
    if (!o.contains(key))
        return std::nullopt;
    const QJsonValue v = o.value(key);
    if (!v.isArray())
        return typeError(location, QStringLiteral("TYPE_STRING"), v);
    const QJsonArray items = v.toArray();
    if (maxItems > 0 && items.size() > maxItems)
        return PartnerErrors::invalidValue(
            location, QStringLiteral("'%1' takes at most %2 values.").arg(location).arg(maxItems));
    for (const QJsonValue &item : items) {
        if (!item.isString())
            return typeError(location, QStringLiteral("TYPE_STRING"), item);
        if (!allowed.isEmpty() && !allowed.contains(item.toString()))
            return PartnerErrors::invalidValue(location, QStringLiteral("Invalid value '%1' in "
                                                                        "'%2'.")
                                                             .arg(item.toString(), location));
    }
    return std::nullopt;
}

Problem boolean(const QJsonObject &o, const QString &key, const QString &location)
{
    if (o.contains(key) && !o.value(key).isBool())
        return typeError(location, QStringLiteral("TYPE_BOOL"), o.value(key));
    return std::nullopt;
}

// The Metadata schema's fields, with the limits the discovery document states.
struct MetadataField
{
    const char *name;
    bool list;
    int limit; // bytes for a string, items for a list; 0: none stated
};

const QList<MetadataField> &metadataFields()
{
    static const QList<MetadataField> fields{{"actor", true, 50},
                                             {"album", false, 255},
                                             {"artist", true, 0},
                                             {"broadcaster", true, 0},
                                             {"category", false, 0},
                                             {"contentType", false, 0},
                                             {"copyrightDate", false, 0},
                                             {"customId", false, 64},
                                             {"description", false, 5000},
                                             {"director", true, 50},
                                             {"eidr", false, 0},
                                             {"endYear", false, 0},
                                             {"episodeNumber", false, 5},
                                             {"episodesAreUntitled", false, 0},
                                             {"genre", true, 0},
                                             {"grid", false, 0},
                                             {"hfa", false, 0},
                                             {"infoUrl", false, 1536},
                                             {"isan", false, 0},
                                             {"isrc", false, 0},
                                             {"iswc", false, 0},
                                             {"keyword", true, 100},
                                             {"label", false, 255},
                                             {"notes", false, 255},
                                             {"originalReleaseMedium", false, 0},
                                             {"producer", true, 50},
                                             {"ratings", true, 0},
                                             {"releaseDate", false, 0},
                                             {"seasonNumber", false, 5},
                                             {"showCustomId", false, 0},
                                             {"showTitle", false, 0},
                                             {"spokenLanguage", false, 0},
                                             {"startYear", false, 0},
                                             {"subtitledLanguage", true, 0},
                                             {"title", false, 255},
                                             {"tmsId", false, 0},
                                             {"totalEpisodesExpected", false, 0},
                                             {"upc", false, 0},
                                             {"writer", true, 50}};
    return fields;
}

// Fields whose JSON type is not a string (dates, numbers, booleans, rating objects).
bool isOtherTyped(const QString &name)
{
    static const QStringList names{
        QStringLiteral("copyrightDate"),        QStringLiteral("endYear"),
        QStringLiteral("episodesAreUntitled"),  QStringLiteral("ratings"),
        QStringLiteral("releaseDate"),          QStringLiteral("startYear"),
        QStringLiteral("totalEpisodesExpected")};
    return names.contains(name);
}

Problem metadata(const QJsonObject &m, const QString &type)
{
    QStringList known;
    for (const MetadataField &f : metadataFields())
        known.append(QLatin1String(f.name));
    if (auto p = PartnerRules::knownFields(m, known, QStringLiteral("asset.metadata")))
        return p;
    for (const MetadataField &f : metadataFields()) {
        const QString name = QLatin1String(f.name);
        const QString location = QStringLiteral("metadata.") + name;
        if (isOtherTyped(name) || !m.contains(name))
            continue;
        if (auto p = f.list ? stringList(m, name, location, f.limit)
                            : string(m, name, location, f.limit))
            return p;
    }
    // Documented as required for these types (Metadata.title).
    static const QStringList titled{QStringLiteral("movie"), QStringLiteral("show"),
                                    QStringLiteral("episode"), QStringLiteral("season")};
    if (titled.contains(type) && m.value(QStringLiteral("title")).toString().isEmpty())
        return PartnerErrors::required(QStringLiteral("metadata.title"));
    return std::nullopt;
}

Problem interval(const QJsonValue &value, const QString &location, double minimum, double maximum)
{
    if (!value.isObject())
        return typeError(location, QStringLiteral("TYPE_MESSAGE"), value);
    const QJsonObject o = value.toObject();
    if (auto p =
            PartnerRules::knownFields(o, {QStringLiteral("low"), QStringLiteral("high")}, location))
        return p;
    for (const char *bound : {"low", "high"}) {
        const QJsonValue v = o.value(QLatin1String(bound));
        if (!v.isUndefined() && !v.isDouble())
            return typeError(location + QLatin1Char('.') + QLatin1String(bound),
                             QStringLiteral("TYPE_DOUBLE"), v);
        if (v.isDouble() && (v.toDouble() < minimum || v.toDouble() > maximum))
            return PartnerErrors::invalidValue(location,
                                               QStringLiteral("'%1' must be within [%2, %3].")
                                                   .arg(location)
                                                   .arg(minimum)
                                                   .arg(maximum));
    }
    // An unset bound is ±∞.
    if (o.contains(QStringLiteral("low")) && o.contains(QStringLiteral("high")) &&
        o.value(QStringLiteral("low")).toDouble() > o.value(QStringLiteral("high")).toDouble())
        return PartnerErrors::invalidValue(
            location, QStringLiteral("'%1': low is above high.").arg(location));
    return std::nullopt;
}

Problem territoryCondition(const QJsonValue &value, const QString &location)
{
    if (!value.isObject())
        return typeError(location, QStringLiteral("TYPE_MESSAGE"), value);
    const QJsonObject o = value.toObject();
    if (auto p = PartnerRules::knownFields(
            o, {QStringLiteral("type"), QStringLiteral("territories")}, location))
        return p;
    if (auto p = string(o, QStringLiteral("type"), location + QStringLiteral(".type"), 0, true))
        return p;
    const QString type = o.value(QStringLiteral("type")).toString();
    if (type != QLatin1String("include") && type != QLatin1String("exclude"))
        return PartnerErrors::invalidValue(location + QStringLiteral(".type"),
                                           QStringLiteral("type must be include or exclude."));
    return PartnerRules::territories(o.value(QStringLiteral("territories")),
                                     location + QStringLiteral(".territories"));
}

Problem conditions(const QJsonValue &value, const QString &location)
{
    if (!value.isObject())
        return typeError(location, QStringLiteral("TYPE_MESSAGE"), value);
    const QJsonObject o = value.toObject();
    const QStringList intervals{QStringLiteral("matchDuration"), QStringLiteral("matchPercent"),
                                QStringLiteral("referenceDuration"),
                                QStringLiteral("referencePercent")};
    if (auto p = PartnerRules::knownFields(o,
                                           intervals +
                                               QStringList{QStringLiteral("contentMatchType"),
                                                           QStringLiteral("requiredTerritories")},
                                           location))
        return p;
    if (auto p = stringList(o, QStringLiteral("contentMatchType"),
                            location + QStringLiteral(".contentMatchType"), 0,
                            PartnerRules::contentTypes()))
        return p;
    for (const QString &name : intervals) {
        if (!o.contains(name))
            continue;
        const QString where = location + QLatin1Char('.') + name;
        if (!o.value(name).isArray())
            return typeError(where, QStringLiteral("TYPE_MESSAGE"), o.value(name));
        const double maximum = name.endsWith(QLatin1String("Percent")) ? 100 : 1e12;
        for (const QJsonValue &v : o.value(name).toArray()) {
            if (auto p = interval(v, where, 0, maximum))
                return p;
        }
    }
    if (o.contains(QStringLiteral("requiredTerritories")))
        return territoryCondition(o.value(QStringLiteral("requiredTerritories")),
                                  location + QStringLiteral(".requiredTerritories"));
    return std::nullopt;
}

Problem territoryOwners(const QJsonValue &value, const QString &location, bool composition)
{
    if (!value.isObject())
        return typeError(location, QStringLiteral("TYPE_MESSAGE"), value);
    const QJsonObject o = value.toObject();
    if (auto p = PartnerRules::knownFields(o,
                                           {QStringLiteral("owner"), QStringLiteral("ratio"),
                                            QStringLiteral("type"), QStringLiteral("territories"),
                                            QStringLiteral("publisher")},
                                           location))
        return p;
    if (auto p = string(o, QStringLiteral("owner"), location + QStringLiteral(".owner"), 0, true))
        return p;
    const QJsonValue ratio = o.value(QStringLiteral("ratio"));
    if (ratio.isUndefined())
        return PartnerErrors::required(location + QStringLiteral(".ratio"));
    if (!ratio.isDouble())
        return typeError(location + QStringLiteral(".ratio"), QStringLiteral("TYPE_DOUBLE"), ratio);
    const double r = ratio.toDouble();
    if (r < 0 || r > 100)
        return PartnerErrors::invalidValue(location + QStringLiteral(".ratio"),
                                           QStringLiteral("The ratio must be between 0 and 100."));
    if (!composition && r != 0 && r != 100)
        return PartnerErrors::invalidValue(
            location + QStringLiteral(".ratio"),
            QStringLiteral("The ratio of a non-composition asset must be 100 or 0."));
    if (!composition && o.contains(QStringLiteral("publisher")))
        return PartnerErrors::invalidValue(
            location + QStringLiteral(".publisher"),
            QStringLiteral("publisher is only used for composition assets."));
    if (auto p = string(o, QStringLiteral("publisher"), location + QStringLiteral(".publisher"), 0))
        return p;
    return territoryCondition(
        QJsonObject{{QStringLiteral("type"), o.value(QStringLiteral("type"))},
                    {QStringLiteral("territories"), o.value(QStringLiteral("territories"))}},
        location);
}

} // namespace

const QStringList &PartnerRules::assetTypes()
{
    static const QStringList types{QStringLiteral("web"),
                                   QStringLiteral("movie"),
                                   QStringLiteral("episode"),
                                   QStringLiteral("show"),
                                   QStringLiteral("season"),
                                   QStringLiteral("music_video"),
                                   QStringLiteral("sound_recording"),
                                   QStringLiteral("composition"),
                                   QStringLiteral("art_track_video"),
                                   QStringLiteral("general"),
                                   QStringLiteral("video_game")};
    return types;
}

const QStringList &PartnerRules::contentTypes()
{
    static const QStringList types{QStringLiteral("audio"), QStringLiteral("video"),
                                   QStringLiteral("audiovisual")};
    return types;
}

Problem PartnerRules::knownFields(const QJsonObject &object, const QStringList &known,
                                  const QString &location)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            return ErrorEnvelope::invalidField(
                QStringLiteral("Invalid JSON payload received. Unknown name \"") + it.key() +
                    QStringLiteral("\" at '") + location + QStringLiteral("': Cannot find field."),
                location);
    }
    return std::nullopt;
}

Problem PartnerRules::asset(const QJsonObject &body)
{
    // Read-only fields are accepted and ignored; ownership and the match policy have their own
    // methods.
    if (auto p = knownFields(body,
                             {QStringLiteral("kind"), QStringLiteral("id"), QStringLiteral("type"),
                              QStringLiteral("metadata"), QStringLiteral("label"),
                              QStringLiteral("status"), QStringLiteral("timeCreated"),
                              QStringLiteral("aliasId"), QStringLiteral("ownership"),
                              QStringLiteral("matchPolicy")},
                             QStringLiteral("asset")))
        return p;
    if (auto p = string(body, QStringLiteral("type"), QStringLiteral("type"), 0, true))
        return p;
    const QString type = body.value(QStringLiteral("type")).toString();
    if (!assetTypes().contains(type))
        return PartnerErrors::invalidValue(QStringLiteral("type"),
                                           QStringLiteral("Invalid asset type '%1'.").arg(type));
    if (auto p = stringList(body, QStringLiteral("label"), QStringLiteral("label"), 0))
        return p;
    const QJsonValue m = body.value(QStringLiteral("metadata"));
    if (!m.isUndefined() && !m.isObject())
        return typeError(QStringLiteral("metadata"), QStringLiteral("TYPE_MESSAGE"), m);
    return metadata(m.toObject(), type);
}

Problem PartnerRules::ownership(const QJsonObject &body, const QString &assetType)
{
    const QStringList lists{QStringLiteral("general"), QStringLiteral("performance"),
                            QStringLiteral("synchronization"), QStringLiteral("mechanical")};
    if (auto p = knownFields(body, lists + QStringList{QStringLiteral("kind")},
                             QStringLiteral("rightsOwnership")))
        return p;
    const bool composition = assetType == QLatin1String("composition");
    for (const QString &name : lists) {
        if (!body.contains(name))
            continue;
        if (!body.value(name).isArray())
            return typeError(name, QStringLiteral("TYPE_MESSAGE"), body.value(name));
        const QJsonArray entries = body.value(name).toArray();
        if (!composition && name != QLatin1String("general") && !entries.isEmpty())
            return PartnerErrors::invalidValue(
                name,
                QStringLiteral("Only general ownership can be set on a %1 asset.").arg(assetType));
        for (int i = 0; i < entries.size(); ++i) {
            if (auto p = territoryOwners(
                    entries.at(i), name + QLatin1Char('[') + QString::number(i) + QLatin1Char(']'),
                    composition))
                return p;
        }
    }
    return std::nullopt;
}

Problem PartnerRules::rules(const QJsonValue &rules, const QString &location)
{
    if (!rules.isArray())
        return typeError(location, QStringLiteral("TYPE_MESSAGE"), rules);
    static const QStringList actions{QStringLiteral("monetize"), QStringLiteral("track"),
                                     QStringLiteral("block"), QStringLiteral("takedown")};
    const QJsonArray items = rules.toArray();
    for (int i = 0; i < items.size(); ++i) {
        const QString where = location + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
        if (!items.at(i).isObject())
            return typeError(where, QStringLiteral("TYPE_MESSAGE"), items.at(i));
        const QJsonObject rule = items.at(i).toObject();
        if (auto p = knownFields(rule,
                                 {QStringLiteral("action"), QStringLiteral("subaction"),
                                  QStringLiteral("conditions")},
                                 where))
            return p;
        if (auto p =
                string(rule, QStringLiteral("action"), where + QStringLiteral(".action"), 0, true))
            return p;
        if (!actions.contains(rule.value(QStringLiteral("action")).toString()))
            return PartnerErrors::invalidValue(
                where + QStringLiteral(".action"),
                QStringLiteral("The action must be monetize, track, block or takedown."));
        if (auto p = stringList(rule, QStringLiteral("subaction"),
                                where + QStringLiteral(".subaction"), 0))
            return p;
        if (rule.contains(QStringLiteral("conditions"))) {
            if (auto p = conditions(rule.value(QStringLiteral("conditions")),
                                    where + QStringLiteral(".conditions")))
                return p;
        }
    }
    return std::nullopt;
}

Problem PartnerRules::advertisingOptions(const QJsonObject &body)
{
    static const QStringList positions{QStringLiteral("preroll"), QStringLiteral("midroll"),
                                       QStringLiteral("postroll")};
    if (auto p =
            knownFields(body,
                        {QStringLiteral("kind"), QStringLiteral("id"), QStringLiteral("adFormats"),
                         QStringLiteral("breakPosition"), QStringLiteral("adBreaks"),
                         QStringLiteral("autoGeneratedBreaks"), QStringLiteral("tpAdServerVideoId"),
                         QStringLiteral("tpTargetingUrl"), QStringLiteral("tpUrlParameters")},
                        QStringLiteral("videoAdvertisingOption")))
        return p;
    if (auto p = stringList(body, QStringLiteral("adFormats"), QStringLiteral("adFormats"), 0))
        return p;
    for (const QJsonValue &format : body.value(QStringLiteral("adFormats")).toArray()) {
        if (format.toString() != QLatin1String("third_party_ads"))
            return PartnerErrors::invalidValue(
                QStringLiteral("adFormats"),
                QStringLiteral("The ad format '%1' is no longer supported; the only accepted "
                               "value is third_party_ads.")
                    .arg(format.toString()));
    }
    if (auto p = stringList(body, QStringLiteral("breakPosition"), QStringLiteral("breakPosition"),
                            0, positions))
        return p;
    if (auto p = boolean(body, QStringLiteral("autoGeneratedBreaks"),
                         QStringLiteral("autoGeneratedBreaks")))
        return p;
    for (const char *name : {"tpAdServerVideoId", "tpTargetingUrl", "tpUrlParameters"}) {
        if (auto p = string(body, QLatin1String(name), QLatin1String(name), 0))
            return p;
    }
    const QJsonValue breaks = body.value(QStringLiteral("adBreaks"));
    if (breaks.isUndefined())
        return std::nullopt;
    if (!breaks.isArray())
        return typeError(QStringLiteral("adBreaks"), QStringLiteral("TYPE_MESSAGE"), breaks);
    const QJsonArray items = breaks.toArray();
    for (int i = 0; i < items.size(); ++i) {
        const QString where = QStringLiteral("adBreaks[") + QString::number(i) + QLatin1Char(']');
        const QJsonObject b = items.at(i).toObject();
        if (!items.at(i).isObject())
            return typeError(where, QStringLiteral("TYPE_MESSAGE"), items.at(i));
        if (auto p = knownFields(b, {QStringLiteral("position"), QStringLiteral("midrollSeconds")},
                                 where))
            return p;
        if (auto p =
                string(b, QStringLiteral("position"), where + QStringLiteral(".position"), 0, true))
            return p;
        const QString position = b.value(QStringLiteral("position")).toString();
        if (!positions.contains(position))
            return PartnerErrors::invalidValue(
                where + QStringLiteral(".position"),
                QStringLiteral("The position must be preroll, midroll or postroll."));
        const QJsonValue seconds = b.value(QStringLiteral("midrollSeconds"));
        if (!seconds.isUndefined() && (!seconds.isDouble() || seconds.toDouble() < 0 ||
                                       seconds.toDouble() != double(seconds.toInt())))
            return PartnerErrors::invalidValue(
                where + QStringLiteral(".midrollSeconds"),
                QStringLiteral("midrollSeconds must be a whole number of seconds, 0 or more."));
        if (!seconds.isUndefined() && position != QLatin1String("midroll"))
            return PartnerErrors::invalidValue(
                where + QStringLiteral(".midrollSeconds"),
                QStringLiteral("midrollSeconds is only used for a midroll break."));
    }
    return std::nullopt;
}

Problem PartnerRules::excludedIntervals(const QJsonValue &intervals)
{
    if (intervals.isUndefined())
        return std::nullopt;
    if (!intervals.isArray())
        return typeError(QStringLiteral("excludedIntervals"), QStringLiteral("TYPE_MESSAGE"),
                         intervals);
    for (const QJsonValue &v : intervals.toArray()) {
        const QJsonObject o = v.toObject();
        if (!v.isObject() || !o.value(QStringLiteral("low")).isDouble() ||
            !o.value(QStringLiteral("high")).isDouble())
            return PartnerErrors::invalidValue(
                QStringLiteral("excludedIntervals"),
                QStringLiteral("Every excluded interval needs low and high, in seconds."));
        if (o.value(QStringLiteral("low")).toDouble() < 0 ||
            o.value(QStringLiteral("high")).toDouble() <= o.value(QStringLiteral("low")).toDouble())
            return PartnerErrors::invalidValue(
                QStringLiteral("excludedIntervals"),
                QStringLiteral("An excluded interval needs 0 <= low < high."));
    }
    return std::nullopt;
}

Problem PartnerRules::territories(const QJsonValue &territories, const QString &location)
{
    if (territories.isUndefined())
        return std::nullopt;
    if (!territories.isArray())
        return typeError(location, QStringLiteral("TYPE_STRING"), territories);
    for (const QJsonValue &v : territories.toArray()) {
        if (!v.isString() || !isTerritory(v.toString()))
            return PartnerErrors::invalidValue(
                location, QStringLiteral("'%1' is not an ISO 3166 two-letter country code.")
                              .arg(v.isString() ? v.toString() : QStringLiteral("?")));
    }
    return std::nullopt;
}

bool PartnerRules::isTerritory(const QString &code)
{
    // Qt's territory table carries the ISO 3166-1 alpha-2 codes (and numeric UN regions,
    // which are not two letters).
    static const QSet<QString> codes = [] {
        QSet<QString> out;
        for (int t = 1; t <= int(QLocale::LastTerritory); ++t) {
            const QString c = QLocale::territoryToCode(QLocale::Territory(t));
            if (c.size() == 2 && c.at(0).isUpper() && c.at(1).isUpper())
                out.insert(c);
        }
        return out;
    }();
    return codes.contains(code);
}

} // namespace onair::sandbox
