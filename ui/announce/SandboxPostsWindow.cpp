#include "announce/SandboxPostsWindow.h"

#include "common/ChromiumSettings.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineSettings>
#include <QWebEngineView>

namespace onair::ui {

namespace {

// Shows the one page it is given: a click on a link (the "Watch" button's YouTube address, a
// permalink) goes nowhere.
class ReadOnlyPage : public QWebEnginePage
{
public:
    using QWebEnginePage::QWebEnginePage;

protected:
    bool acceptNavigationRequest(const QUrl &, NavigationType type, bool isMainFrame) override
    {
        return isMainFrame && (type == NavigationTypeTyped || type == NavigationTypeReload);
    }
};

QWebEngineProfile *makeProfile(QObject *parent)
{
    prepareChromium();
    // No storage name: off the record, nothing on disk.
    auto *profile = new QWebEngineProfile(parent);
    QWebEngineSettings *s = profile->settings();
    s->setAttribute(QWebEngineSettings::JavascriptEnabled, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    s->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    return profile;
}

} // namespace

SandboxPostsWindow::SandboxPostsWindow(const QUrl &page, QWidget *parent)
    : QDialog(parent)
    , m_page(page)
    , m_profile(makeProfile(this))
    , m_view(new QWebEngineView(this))
{
    setObjectName(QStringLiteral("sandboxPostsWindow"));
    setWindowTitle(tr("What the sandbox received"));
    m_view->setObjectName(QStringLiteral("sandboxPostsView"));
    m_view->setPage(new ReadOnlyPage(m_profile, m_view));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *again = buttons->addButton(tr("&Reload"), QDialogButtonBox::ActionRole);
    again->setObjectName(QStringLiteral("sandboxPostsReload"));
    connect(again, &QPushButton::clicked, this, &SandboxPostsWindow::reload);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(820, 640);
    reload();
}

SandboxPostsWindow::~SandboxPostsWindow()
{
    delete m_view; // its page before the profile
}

void SandboxPostsWindow::reload()
{
    m_view->load(m_page);
}

} // namespace onair::ui
