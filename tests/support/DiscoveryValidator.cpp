#include "DiscoveryValidator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace onair::test {

DiscoveryValidator::DiscoveryValidator(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonObject doc = QJsonDocument::fromJson(file.readAll()).object();
    m_schemas = doc.value(QStringLiteral("schemas")).toObject();
    m_resources = doc.value(QStringLiteral("resources")).toObject();
}

QJsonObject DiscoveryValidator::method(const QString &methodId) const
{
    // "youtube.liveBroadcasts.list" → resources.liveBroadcasts.methods.list
    const QStringList parts = methodId.split(QLatin1Char('.'));
    if (parts.size() != 3)
        return {};
    return m_resources.value(parts.at(1))
        .toObject()
        .value(QStringLiteral("methods"))
        .toObject()
        .value(parts.at(2))
        .toObject();
}

QString DiscoveryValidator::requestSchema(const QString &methodId) const
{
    return method(methodId)
        .value(QStringLiteral("request"))
        .toObject()
        .value(QStringLiteral("$ref"))
        .toString();
}

QString DiscoveryValidator::responseSchema(const QString &methodId) const
{
    return method(methodId)
        .value(QStringLiteral("response"))
        .toObject()
        .value(QStringLiteral("$ref"))
        .toString();
}

QStringList DiscoveryValidator::validate(const QJsonValue &value, const QString &schemaName) const
{
    QStringList problems;
    if (!m_schemas.contains(schemaName)) {
        problems.append(QStringLiteral("unknown schema ") + schemaName);
        return problems;
    }
    check(value, m_schemas.value(schemaName).toObject(), schemaName, &problems, 0);
    return problems;
}

void DiscoveryValidator::check(const QJsonValue &value, const QJsonObject &schemaIn,
                               const QString &path, QStringList *problems, int depth) const
{
    if (depth > 32)
        return;
    QJsonObject schema = schemaIn;
    if (schema.contains(QStringLiteral("$ref")))
        schema = m_schemas.value(schema.value(QStringLiteral("$ref")).toString()).toObject();
    const QString type = schema.value(QStringLiteral("type")).toString();
    const QString format = schema.value(QStringLiteral("format")).toString();
    const auto fail = [&](const QString &what) {
        problems->append(path + QStringLiteral(": ") + what);
    };

    if (type == QLatin1String("object")) {
        if (!value.isObject()) {
            fail(QStringLiteral("expected an object"));
            return;
        }
        const QJsonObject object = value.toObject();
        const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
        const QJsonObject additional =
            schema.value(QStringLiteral("additionalProperties")).toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString child = path + QLatin1Char('.') + it.key();
            if (properties.contains(it.key()))
                check(it.value(), properties.value(it.key()).toObject(), child, problems,
                      depth + 1);
            else if (!additional.isEmpty())
                check(it.value(), additional, child, problems, depth + 1);
            else
                problems->append(child + QStringLiteral(": not in the schema"));
        }
        return;
    }
    if (type == QLatin1String("array")) {
        if (!value.isArray()) {
            fail(QStringLiteral("expected an array"));
            return;
        }
        const QJsonArray array = value.toArray();
        const QJsonObject items = schema.value(QStringLiteral("items")).toObject();
        for (qsizetype i = 0; i < array.size(); ++i)
            check(array.at(i), items,
                  path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']'), problems,
                  depth + 1);
        return;
    }
    if (type == QLatin1String("boolean")) {
        if (!value.isBool())
            fail(QStringLiteral("expected a boolean"));
        return;
    }
    if (type == QLatin1String("integer")) {
        const double d = value.toDouble();
        if (!value.isDouble() || d != double(qint64(d))) {
            fail(QStringLiteral("expected an integer number"));
            return;
        }
        if (format == QLatin1String("uint32") && (d < 0 || d > 4294967295.0))
            fail(QStringLiteral("uint32 out of range"));
        if (format == QLatin1String("int32") && (d < -2147483648.0 || d > 2147483647.0))
            fail(QStringLiteral("int32 out of range"));
        return;
    }
    if (type == QLatin1String("number")) {
        if (!value.isDouble())
            fail(QStringLiteral("expected a number"));
        return;
    }
    if (type == QLatin1String("string")) {
        if (!value.isString()) {
            fail(QStringLiteral("expected a string"));
            return;
        }
        const QString text = value.toString();
        static const QRegularExpression int64(QStringLiteral("^-?[0-9]+$"));
        static const QRegularExpression uint64(QStringLiteral("^[0-9]+$"));
        static const QRegularExpression dateTime(
            QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+"
                           "-][0-9]{2}:[0-9]{2})$"));
        if (format == QLatin1String("int64") && !int64.match(text).hasMatch())
            fail(QStringLiteral("int64 must be a string of digits, got ") + text);
        if (format == QLatin1String("uint64") && !uint64.match(text).hasMatch())
            fail(QStringLiteral("uint64 must be a string of digits, got ") + text);
        if ((format == QLatin1String("date-time") || format == QLatin1String("google-datetime")) &&
            !dateTime.match(text).hasMatch())
            fail(QStringLiteral("not an RFC 3339 date-time: ") + text);
        const QJsonArray allowed = schema.value(QStringLiteral("enum")).toArray();
        if (!allowed.isEmpty() && !allowed.contains(text))
            fail(QStringLiteral("not one of the enum values: ") + text);
        return;
    }
    if (type.isEmpty() && schema.isEmpty())
        fail(QStringLiteral("no schema"));
}

} // namespace onair::test
