#include "net/JsonReader.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <limits>

namespace onair {

namespace {

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

bool isWholeNumber(double d)
{
    // 2^53: beyond it a double no longer holds every integer exactly. The range is checked
    // before the cast: converting an out-of-range double (or NaN) to an integer is undefined.
    constexpr double kMaxExact = 9007199254740992.0;
    return d >= -kMaxExact && d <= kMaxExact && d == static_cast<double>(static_cast<qint64>(d));
}

} // namespace

JsonReader::JsonReader(const QJsonObject &root)
{
    m_stack.push_back({root, QString()});
}

QString JsonReader::pathOf(const char *key) const
{
    const QString name = QString::fromLatin1(key);
    return m_stack.back().path.isEmpty() ? name : m_stack.back().path + QLatin1Char('.') + name;
}

void JsonReader::fail(const char *key, const QString &problem)
{
    if (m_error.isEmpty())
        m_error = pathOf(key) + QStringLiteral(": ") + problem;
}

bool JsonReader::enter(const char *key)
{
    const QJsonValue v = current().value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return false;
    if (!v.isObject()) {
        fail(key, QStringLiteral("expected an object, got ") + typeName(v));
        return false;
    }
    m_stack.push_back({v.toObject(), pathOf(key)});
    return true;
}

void JsonReader::leave()
{
    if (m_stack.size() > 1)
        m_stack.pop_back();
}

bool JsonReader::has(const char *key) const
{
    return current().contains(QLatin1String(key));
}

QString JsonReader::string(const char *key, const QString &fallback)
{
    const QJsonValue v = current().value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (!v.isString()) {
        fail(key, QStringLiteral("expected a string, got ") + typeName(v));
        return fallback;
    }
    return v.toString();
}

bool JsonReader::boolean(const char *key, bool fallback)
{
    const QJsonValue v = current().value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (!v.isBool()) {
        fail(key, QStringLiteral("expected a boolean, got ") + typeName(v));
        return fallback;
    }
    return v.toBool();
}

qint64 JsonReader::int64(const char *key, qint64 fallback)
{
    const QJsonValue v = current().value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (v.isDouble()) {
        if (!isWholeNumber(v.toDouble())) {
            fail(key, QStringLiteral("expected a whole number"));
            return fallback;
        }
        return static_cast<qint64>(v.toDouble());
    }
    if (v.isString()) {
        bool ok = false;
        const qint64 n = v.toString().toLongLong(&ok);
        if (!ok) {
            fail(key, QStringLiteral("expected a 64-bit integer string, got \"%1\"")
                          .arg(v.toString().left(40)));
            return fallback;
        }
        return n;
    }
    fail(key, QStringLiteral("expected a 64-bit integer, got ") + typeName(v));
    return fallback;
}

quint32 JsonReader::uint32(const char *key, quint32 fallback)
{
    const QJsonValue v = current().value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return fallback;
    const double d = v.toDouble(-1);
    if (!v.isDouble() || !isWholeNumber(d) || d < 0 ||
        d > static_cast<double>(std::numeric_limits<quint32>::max())) {
        fail(key, QStringLiteral("expected an unsigned 32-bit number, got ") + typeName(v));
        return fallback;
    }
    return static_cast<quint32>(d);
}

QDateTime JsonReader::dateTime(const char *key)
{
    const QString s = string(key);
    if (s.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(s, Qt::ISODate);
    if (!t.isValid()) {
        fail(key, QStringLiteral("expected an RFC 3339 date-time, got \"%1\"").arg(s.left(40)));
        return {};
    }
    return t.toUTC();
}

QStringList JsonReader::stringList(const char *key)
{
    const QJsonArray a = array(key);
    QStringList out;
    out.reserve(a.size());
    for (const QJsonValue &item : a) {
        if (!item.isString()) {
            fail(key, QStringLiteral("expected an array of strings, found ") + typeName(item));
            return {};
        }
        out.append(item.toString());
    }
    return out;
}

QJsonArray JsonReader::array(const char *key)
{
    const QJsonValue v = current().value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isArray()) {
        fail(key, QStringLiteral("expected an array, got ") + typeName(v));
        return {};
    }
    return v.toArray();
}

Result<QJsonObject> parseJsonObject(const QByteArray &body, const QString &what)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        return ApiError::badResponse(QStringLiteral("%1: malformed JSON at byte %2 (%3)")
                                         .arg(what)
                                         .arg(error.offset)
                                         .arg(error.errorString()));
    }
    if (!doc.isObject())
        return ApiError::badResponse(what + QStringLiteral(": expected a JSON object"));
    return doc.object();
}

QString toRfc3339(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    const QDateTime utc = time.toUTC();
    return utc.toString(utc.time().msec() ? QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")
                                          : QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

} // namespace onair
