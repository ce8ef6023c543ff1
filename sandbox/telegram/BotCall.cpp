#include "telegram/BotCall.h"

#include <QJsonDocument>

namespace onair::sandbox {

QString BotCall::string(const QString &name) const
{
    const QJsonValue v = params.value(name);
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble())
        return QString::number(v.toInteger(qint64(v.toDouble())));
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    return {};
}

bool BotCall::boolean(const QString &name) const
{
    const QJsonValue v = params.value(name);
    if (v.isBool())
        return v.toBool();
    QString text = string(name).toLower();
    text.remove(QLatin1Char(' '));
    return text == QLatin1String("true") || text == QLatin1String("yes") ||
           text == QLatin1String("1");
}

std::optional<qint64> BotCall::integer(const QString &name) const
{
    if (!has(name))
        return std::nullopt;
    bool ok = false;
    const qint64 n = string(name).trimmed().toLongLong(&ok);
    return ok ? std::optional<qint64>(n) : std::nullopt;
}

QJsonValue BotCall::json(const QString &name, bool *bad) const
{
    *bad = false;
    const QJsonValue v = params.value(name);
    if (!v.isString())
        return v;
    const QByteArray text = v.toString().toUtf8().trimmed();
    if (text.isEmpty())
        return QJsonValue::Undefined;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError) {
        *bad = true;
        return {};
    }
    return doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
}

} // namespace onair::sandbox
