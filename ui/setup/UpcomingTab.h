#pragma once

#include <QWidget>

class QListWidget;
class QPushButton;

namespace onair {
class BroadcastDirectory;
class BroadcastSession;
} // namespace onair

namespace onair::ui {

class ErrorLine;

// The "Upcoming" set-up tab: the account's broadcasts that can still be opened, page by page,
// read through the directory; a list that cannot be read says why under the list.
class UpcomingTab : public QWidget
{
    Q_OBJECT

public:
    // Either may be null (no account yet): the tab then stays empty.
    UpcomingTab(BroadcastSession *session, BroadcastDirectory *directory,
                QWidget *parent = nullptr);

    bool isEmpty() const;
    // Reads the first page again (the list is cleared first).
    void reload();
    // Reads the first page into the list as it is (after a sign-in).
    void loadFirstPage() { load(QString()); }

private:
    void load(const QString &pageToken);

    BroadcastSession *m_session;
    BroadcastDirectory *m_directory;
    QListWidget *m_list = nullptr;
    QPushButton *m_more = nullptr;
    ErrorLine *m_error = nullptr;
    QString m_nextPage;
};

} // namespace onair::ui
