#pragma once

#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace onair {

// Expands the placeholders of a title or description template:
//   {date}     the date, yyyy-MM-dd          {time}  the time, HH:mm (24 h)
//   {weekday}  the day's name in `locale`    {n}     the preset's counter
// and the caller's own `values` (an upload's {title} and {description} of the show).
// Dates and times are those of `when` in its own time zone. A placeholder is `{` + a name made
// of ASCII letters, digits and '_' + `}`; an unknown one is left as it is and reported, so
// that "{dtae}" is caught before it reaches the audience. Braces around anything else are
// plain text.
class TitleTemplate
{
public:
    struct Expansion
    {
        QString text;
        QStringList unknownPlaceholders; // as written, e.g. "{dtae}", once each, in order
    };

    static Expansion expand(const QString &templ, const QDateTime &when, int n,
                            const QLocale &locale = QLocale(),
                            const QHash<QString, QString> &values = {});
    static QStringList knownPlaceholders();
};

} // namespace onair
