#pragma once

#include "cuepoint/CuepointLogEntry.h"
#include "net/ApiError.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>

#include <optional>

namespace onair {

// Every ad break of the show, in the order they were asked for. Part of the saved session:
// toJson()/restore() round-trip it exactly; toCsv() is the export for the operator.
class CuepointLog : public QObject
{
    Q_OBJECT

public:
    static constexpr int kSchemaVersion = 1;

    explicit CuepointLog(QObject *parent = nullptr);

    const QList<CuepointLogEntry> &entries() const { return m_entries; }
    int size() const { return static_cast<int>(m_entries.size()); }
    int indexOf(int id) const; // -1 when unknown
    std::optional<CuepointLogEntry> entry(int id) const;

    // Appends the entry with a fresh local id (entry.id is ignored) and returns that id.
    int add(CuepointLogEntry entry);
    // Replaces the entry with the same id; false when there is none.
    bool update(const CuepointLogEntry &entry);
    // Shorthands for the API's answer; false when the id is unknown.
    bool markConfirmed(int id, const QString &cuepointId, const QDateTime &at);
    bool markFailed(int id, const QString &reason, const QString &message, const QDateTime &at);
    bool markUnconfirmed(int id, const QString &message, const QDateTime &at);
    void clear();

    // {"schemaVersion": 1, "nextId": 4, "entries": [ … ]}
    QJsonObject toJson() const;
    // Replaces the log with the saved one; on an error the log is left as it was.
    std::optional<ApiError> restore(const QJsonObject &json);

    // RFC 4180: a header row, CRLF line ends, fields quoted when they hold a comma, a quote or
    // a line break (quotes doubled); times in ISO 8601 UTC with milliseconds.
    QByteArray toCsv() const;
    static QString csvField(const QString &value);

Q_SIGNALS:
    void entryAdded(int index);
    void entryUpdated(int index);
    void entriesReset();

private:
    QList<CuepointLogEntry> m_entries;
    int m_nextId = 1;
};

} // namespace onair
