#pragma once

#include "announce/Announcement.h"
#include "common/Prompts.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace onair {
class Announcements;
}

namespace onair::ui {

class ErrorLine;

// The announcement queue: each item's status, time, account, post, external link (clickable)
// and next attempt, and the selected item's log. Retry (failed), cancel (asks), edit and
// duplicate; an `unconfirmed` item stands out (colour and words, and a line above the table)
// with "It's there" and "Send again" (which asks first: it may post twice); a late item held
// by the scheduler with "Send now" and cancel. Reads one row per change (the store's signal),
// the whole table only when another process (a headless runner) committed.
class QueuePane : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        StatusColumn,
        WhenColumn,
        AccountColumn,
        PostColumn,
        LinkColumn,
        NextColumn,
        ColumnCount
    };

    explicit QueuePane(Announcements *announcements, QWidget *parent = nullptr);

    void setConfirm(Prompts::Confirm confirm) { m_confirm = std::move(confirm); }
    // The row showing item `id` (-1 when absent).
    int rowOf(qint64 id) const;
    void select(qint64 id);

    // What the status column says (words, never colour alone).
    static QString statusText(const Announcement &item, const QDateTime &now);

Q_SIGNALS:
    void editRequested(const Announcement &item);

private:
    void rebuild();
    void refreshRow(qint64 id);
    void fillRow(int row, const Announcement &item);
    void refreshButtons();
    void refreshAttention();
    qint64 selectedId() const;
    void act(bool (Announcements::*op)(qint64));

    Announcements *m_announcements;
    QLabel *m_attention;
    QTableWidget *m_table;
    QPlainTextEdit *m_log;
    ErrorLine *m_error;
    QPushButton *m_confirmPosted;
    QPushButton *m_sendAgain;
    QPushButton *m_sendNow;
    QPushButton *m_retry;
    QPushButton *m_edit;
    QPushButton *m_duplicate;
    QPushButton *m_cancel;
    Prompts::Confirm m_confirm;
    QHash<QString, QString> m_accountNames; // id → the operator's name for it
};

} // namespace onair::ui
