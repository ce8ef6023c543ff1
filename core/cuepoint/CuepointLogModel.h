#pragma once

#include <QAbstractTableModel>
#include <QPointer>

namespace onair {

class CuepointLog;

// The cuepoint log as a table for the ad-break panel. Follows the log live; one row per break.
class CuepointLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        RequestedColumn, // local time of the press
        ModeColumn,
        PlacementColumn, // the offset or the wall time
        DurationColumn,
        CuepointIdColumn,
        StateColumn,  // with the reason on failure
        SourceColumn, // the elapsed source used
        ColumnCount
    };
    enum Role
    {
        EntryIdRole = Qt::UserRole + 1, // int: the log's local id
        StateRole,                      // int: CuepointLogEntry::State
    };

    explicit CuepointLogModel(CuepointLog *log, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QPointer<CuepointLog> m_log;
    int m_rows = 0;
};

} // namespace onair
