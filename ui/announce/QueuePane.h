#pragma once

#include "announce/Announcement.h"
#include "common/Prompts.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace onair {
class AnnouncementQueueModel;
class Announcements;
} // namespace onair

namespace onair::ui {

class ErrorLine;

// The announcement queue: each item's status, time, account, post, external link (clickable)
// and next attempt, and the selected item's log. Retry (failed), cancel (asks), edit and
// duplicate; an `unconfirmed` item stands out (colour and words, and a line above the table)
// with "It's there" and "Send again" (which asks first: it may post twice); a late item held
// by the scheduler with "Send now" and cancel. The table is an AnnouncementQueueModel: it reads
// one row per change (the store's signal), and the whole queue — at start and when another
// process (a headless runner) committed — off the window's thread.
class QueuePane : public QWidget
{
    Q_OBJECT

public:
    explicit QueuePane(Announcements *announcements, QWidget *parent = nullptr);

    void setConfirm(Prompts::Confirm confirm) { m_confirm = std::move(confirm); }
    // The row showing item `id` (-1 when absent).
    int rowOf(qint64 id) const;
    void select(qint64 id);
    AnnouncementQueueModel *model() const { return m_model; }

Q_SIGNALS:
    void editRequested(const Announcement &item);

private:
    void showDamaged();
    void refreshButtons();
    void refreshAttention();
    qint64 selectedId() const;
    void act(bool (Announcements::*op)(qint64));

    Announcements *m_announcements;
    QLabel *m_attention;
    AnnouncementQueueModel *m_model;
    QTableView *m_table;
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
};

} // namespace onair::ui
