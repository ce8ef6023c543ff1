#pragma once

#include "net/Result.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

namespace onair {

// Reads typed fields out of an API object, strictly: a field that is present with the wrong
// JSON type (or an unparsable 64-bit string or date-time) is an error, recorded once with its
// path ("snippet.scheduledStartTime: expected an RFC 3339 date-time"). Absent fields give the
// caller's default. Unknown fields are simply never asked for.
class JsonReader
{
public:
    explicit JsonReader(const QJsonObject &root);

    // Steps into a nested object. Returns false when it is absent (or wrongly typed, which is
    // recorded); in that case nothing must be read before leave().
    bool enter(const char *key);
    void leave();

    bool has(const char *key) const;
    QString string(const char *key, const QString &fallback = {});
    bool boolean(const char *key, bool fallback = false);
    // int64/uint64 fields travel as JSON strings; numbers are accepted too, as Google does.
    qint64 int64(const char *key, qint64 fallback = 0);
    quint32 uint32(const char *key, quint32 fallback = 0);
    QDateTime dateTime(const char *key);
    QStringList stringList(const char *key);
    QJsonArray array(const char *key);

    bool ok() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    void fail(const char *key, const QString &problem);

private:
    const QJsonObject &current() const { return m_stack.back().object; }
    QString pathOf(const char *key) const;

    struct Frame
    {
        QJsonObject object;
        QString path;
    };
    std::vector<Frame> m_stack;
    QString m_error;
};

// Parses a whole API answer that must be one JSON object; anything else is a BadResponse
// error naming `what` and the problem (malformed, truncated, an array, empty).
Result<QJsonObject> parseJsonObject(const QByteArray &body, const QString &what);

// RFC 3339 as Google writes it: UTC with a 'Z', milliseconds only when there are some.
QString toRfc3339(const QDateTime &time);

} // namespace onair
