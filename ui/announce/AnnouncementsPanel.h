#pragma once

#include "announce/AnnouncementSpec.h"
#include "announce/ShowFields.h"
#include "common/Prompts.h"
#include "rehearsal/SandboxEndpoints.h"

#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QWidget>

class QPushButton;
class QTabWidget;

namespace onair {
class Announcements;
}

namespace onair::ui {

class AccountsPane;
class ComposerPane;
class QueuePane;
class SandboxPostsWindow;

// The Announcements set-up tab: the queue (first: what needs the operator is there), the
// composer and the accounts, over the core Announcements object (owned by the caller). Another
// process running the queue (`onair --headless`) is followed through SQLite's data_version,
// read every two seconds (one PRAGMA, not the table), until it stops and Announcements takes the
// queue over here (nothing in the panel depends on which process runs it).
class AnnouncementsPanel : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kElsewhereCheckMs = 2000;

    explicit AnnouncementsPanel(Announcements *announcements, QWidget *parent = nullptr);

    void setConfirm(Prompts::Confirm confirm);
    void setApiRoots(const QUrl &telegram, const QUrl &graph);
    // On the sandbox: its roots, the accounts' fill-in button and "What the sandbox
    // received…" (its read-back page in a window). An empty value: neither.
    void setSandbox(const SandboxSocial &sandbox);
    SandboxPostsWindow *postsWindow() const;
    void setShowFields(const ShowFields &fields);
    // The composer's "Save in the preset" (see ComposerPane::setSaveToPreset).
    void setSaveToPreset(std::function<QString()> save);

    QueuePane *queue() const { return m_queue; }
    ComposerPane *composer() const { return m_composer; }
    AccountsPane *accounts() const { return m_accounts; }

Q_SIGNALS:
    // The show's event-triggered posts changed (for its preset and the triggers).
    void specsChanged(const QList<AnnouncementSpec> &specs);

private:
    void showSandboxPosts();

    Announcements *m_announcements;
    QTabWidget *m_tabs;
    QueuePane *m_queue;
    ComposerPane *m_composer;
    AccountsPane *m_accounts;
    QPushButton *m_sandboxPosts;
    QUrl m_postsPage;
    QPointer<SandboxPostsWindow> m_postsWindow;
    QTimer m_elsewhere;
};

} // namespace onair::ui
