#include "persistence/KeyedFile.h"

#include <QStandardPaths>
#include <QUrl>

namespace onair {

QString KeyedFile::path(const QString &folder, const QString &key, const QString &dir)
{
    const QString parent = dir.isEmpty()
                               ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                                     QLatin1Char('/') + folder
                               : dir;
    QString name = QString::fromLatin1(QUrl::toPercentEncoding(key, QByteArray(), "~"));
    // Never empty, never hidden, never "." or "..".
    if (name.isEmpty() || name.startsWith(QLatin1Char('.')))
        name.prepend(QLatin1Char('_'));
    return parent + QLatin1Char('/') + name + QStringLiteral(".json");
}

} // namespace onair
