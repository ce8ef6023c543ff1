#include "announce/AnnouncementSpec.h"

#include <QJsonObject>

#include <array>

namespace onair {

namespace {

constexpr std::array kTriggers{"at",
                               "beforeStart",
                               "live",
                               "complete",
                               "recordingProcessed",
                               "uploadProcessed",
                               "uploadPublished"};

} // namespace

QString AnnouncementSpec::triggerName(Trigger t)
{
    return QLatin1String(kTriggers[static_cast<size_t>(t)]);
}

std::optional<AnnouncementSpec::Trigger> AnnouncementSpec::triggerFromName(const QString &name)
{
    for (size_t i = 0; i < kTriggers.size(); ++i) {
        if (name == QLatin1String(kTriggers[i]))
            return static_cast<Trigger>(i);
    }
    return std::nullopt;
}

QList<AnnouncementSpec> AnnouncementSpec::listFromJson(const QJsonArray &array, QString *error)
{
    QList<AnnouncementSpec> list;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString at = QStringLiteral("announcements[%1]").arg(i);
        const auto fail = [&](const QString &field, const QString &problem) {
            *error = at + (field.isEmpty() ? QString() : QLatin1Char('.') + field) +
                     QStringLiteral(": ") + problem;
            return QList<AnnouncementSpec>();
        };
        if (!array.at(i).isObject())
            return fail(QString(), tr("expected an object"));
        const QJsonObject o = array.at(i).toObject();
        const auto text = [&](const char *key, QString *out, bool required) {
            const QJsonValue v = o.value(QLatin1String(key));
            if (v.isUndefined() && !required)
                return true;
            if (!v.isString() || (required && v.toString().isEmpty()))
                return false;
            *out = v.toString();
            return true;
        };
        AnnouncementSpec s;
        if (!text("label", &s.label, false))
            return fail(QStringLiteral("label"), tr("expected a string"));
        if (!text("account", &s.accountId, true))
            return fail(QStringLiteral("account"), tr("expected an account id"));
        if (!text("template", &s.templ, true))
            return fail(QStringLiteral("template"), tr("expected a non-empty string"));
        if (!text("button", &s.button, false))
            return fail(QStringLiteral("button"), tr("expected a string"));
        const QJsonValue withImage = o.value(QLatin1String("withImage"));
        if (!withImage.isUndefined() && !withImage.isBool())
            return fail(QStringLiteral("withImage"), tr("expected true or false"));
        s.withImage = withImage.toBool();
        const QString triggerText = o.value(QLatin1String("trigger")).toString();
        const auto trigger = triggerFromName(triggerText);
        if (!trigger)
            return fail(QStringLiteral("trigger"),
                        tr("expected at, beforeStart, live, complete, recordingProcessed, "
                           "uploadProcessed or uploadPublished, got \"%1\"")
                            .arg(triggerText));
        s.trigger = *trigger;
        if (s.trigger == Trigger::At) {
            s.at = QDateTime::fromString(o.value(QLatin1String("at")).toString(), Qt::ISODate);
            if (!s.at.isValid())
                return fail(QStringLiteral("at"), tr("expected an ISO 8601 date and time"));
            s.at = s.at.toUTC();
        }
        if (s.trigger == Trigger::BeforeStart) {
            const QJsonValue m = o.value(QLatin1String("minutesBefore"));
            if (!m.isDouble() || m.toDouble() < 0 || m.toDouble() > 7 * 24 * 60 ||
                m.toDouble() != static_cast<int>(m.toDouble()))
                return fail(QStringLiteral("minutesBefore"),
                            tr("expected a whole number of minutes up to a week"));
            s.minutesBefore = m.toInt();
        }
        const QJsonValue edits = o.value(QLatin1String("edits"));
        if (!edits.isUndefined()) {
            s.edits = triggerFromName(edits.toString());
            if (!s.edits)
                return fail(QStringLiteral("edits"), tr("expected the trigger of an earlier post"));
        }
        list.append(s);
    }
    return list;
}

QJsonObject AnnouncementSpec::toJson() const
{
    QJsonObject o{{QStringLiteral("account"), accountId},
                  {QStringLiteral("trigger"), triggerName(trigger)},
                  {QStringLiteral("template"), templ}};
    if (!label.isEmpty())
        o.insert(QLatin1String("label"), label);
    if (!button.isEmpty())
        o.insert(QLatin1String("button"), button);
    if (withImage)
        o.insert(QLatin1String("withImage"), true);
    if (trigger == Trigger::At)
        o.insert(QLatin1String("at"), at.toUTC().toString(Qt::ISODate));
    if (trigger == Trigger::BeforeStart)
        o.insert(QLatin1String("minutesBefore"), minutesBefore);
    if (edits)
        o.insert(QLatin1String("edits"), triggerName(*edits));
    return o;
}

QJsonArray AnnouncementSpec::listToJson(const QList<AnnouncementSpec> &specs)
{
    QJsonArray array;
    for (const AnnouncementSpec &spec : specs)
        array.append(spec.toJson());
    return array;
}

} // namespace onair
