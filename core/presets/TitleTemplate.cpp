#include "presets/TitleTemplate.h"

namespace onair {

namespace {

bool isNameChar(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
           (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_');
}

} // namespace

QStringList TitleTemplate::knownPlaceholders()
{
    return {QStringLiteral("{date}"), QStringLiteral("{time}"), QStringLiteral("{weekday}"),
            QStringLiteral("{n}")};
}

TitleTemplate::Expansion TitleTemplate::expand(const QString &templ, const QDateTime &when, int n,
                                               const QLocale &locale,
                                               const QHash<QString, QString> &values)
{
    Expansion out;
    out.text.reserve(templ.size() + 16);
    qsizetype i = 0;
    while (i < templ.size()) {
        const QChar c = templ.at(i);
        if (c != QLatin1Char('{')) {
            out.text.append(c);
            ++i;
            continue;
        }
        qsizetype end = i + 1;
        while (end < templ.size() && isNameChar(templ.at(end)))
            ++end;
        if (end == i + 1 || end >= templ.size() || templ.at(end) != QLatin1Char('}')) {
            out.text.append(c); // not a placeholder: plain text
            ++i;
            continue;
        }
        const QStringView name = QStringView(templ).mid(i + 1, end - i - 1);
        if (name == QLatin1String("date")) {
            out.text += when.date().toString(QStringLiteral("yyyy-MM-dd"));
        } else if (name == QLatin1String("time")) {
            out.text += when.time().toString(QStringLiteral("HH:mm"));
        } else if (name == QLatin1String("weekday")) {
            out.text += locale.dayName(when.date().dayOfWeek(), QLocale::LongFormat);
        } else if (name == QLatin1String("n")) {
            out.text += QString::number(n);
        } else if (const auto v = values.constFind(name.toString()); v != values.cend()) {
            out.text += *v;
        } else {
            const QString raw = templ.mid(i, end - i + 1);
            out.text += raw;
            if (!out.unknownPlaceholders.contains(raw))
                out.unknownPlaceholders.append(raw);
        }
        i = end + 1;
    }
    return out;
}

} // namespace onair
