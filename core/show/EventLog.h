#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QJsonArray>
#include <QList>

namespace onair {

// What happened during the show, newest last: time, action, result and the API's reason when
// something failed. Part of the saved session; capped so a long show stays small.
class EventLog : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Outcome
    {
        Info,
        Ok,
        Failed
    };
    struct Entry
    {
        QDateTime time;
        QString action;
        Outcome outcome = Outcome::Info;
        QString result; // a sentence for the operator
        QString reason; // the API's reason, kept for the record
    };
    static constexpr int OutcomeRole = Qt::UserRole + 1; // int(Outcome), for the view's colours
    enum Column
    {
        TimeColumn,
        ActionColumn,
        ResultColumn,
        ReasonColumn,
        ColumnCount
    };
    static constexpr int kMaxEntries = 2000;

    explicit EventLog(QObject *parent = nullptr);

    void add(const QString &action, Outcome outcome, const QString &result,
             const QString &reason = {});
    const QList<Entry> &entries() const { return m_entries; }
    void clear();

    QJsonArray toJson() const;
    void restore(const QJsonArray &json);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void entryAdded(const onair::EventLog::Entry &entry);

private:
    void append(const Entry &entry);
    QList<Entry> m_entries;
};

} // namespace onair
