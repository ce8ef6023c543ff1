#pragma once

#include <QDialog>
#include <QUrl>

class QWebEngineProfile;
class QWebEngineView;

namespace onair::ui {

// "What the sandbox received": the sandbox's read-back page (GET /_sandbox/social/posts) in a
// window of the app, read-only: links are not followed, no script runs, nothing is kept on
// disk. "Reload" reads it again.
class SandboxPostsWindow : public QDialog
{
    Q_OBJECT

public:
    explicit SandboxPostsWindow(const QUrl &page, QWidget *parent = nullptr);
    ~SandboxPostsWindow() override;

    QUrl page() const { return m_page; }
    QWebEngineView *view() const { return m_view; }
    void reload();

private:
    QUrl m_page;
    QWebEngineProfile *m_profile;
    QWebEngineView *m_view;
};

} // namespace onair::ui
