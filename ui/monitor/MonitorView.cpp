#include "monitor/MonitorView.h"

#include "common/ChromiumSettings.h"
#include "monitor/MonitorPage.h"
#include "monitor/MonitorRequestFilter.h"

#include <QChildEvent>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPointer>
#include <QStackedLayout>
#include <QTimer>
#include <QWebEngineProfile>
#include <QWebEngineSettings>
#include <QWebEngineView>

namespace onair::ui {

namespace {
constexpr int kPollIntervalMs = 500;
// A sample older than this means the player stopped answering.
constexpr qint64 kStaleAfterMs = 3000;
constexpr int kViewAfterEngineMs = 20;
constexpr int kPlaying = 1; // YT.PlayerState.PLAYING

} // namespace

MonitorView::MonitorView(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedLayout(this))
    , m_message(new QLabel(this))
    , m_pollTimer(new QTimer(this))
{
    m_message->setObjectName(QStringLiteral("monitorMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("QLabel { background: #111; color: #ccc; }"));
    m_message->setText(tr("No monitor stream yet"));
    m_stack->addWidget(m_message);
    setMinimumSize(384, 216); // 16:9, small enough for a laptop screen
    setFocusPolicy(Qt::NoFocus);

    m_pollTimer->setInterval(kPollIntervalMs);
    connect(m_pollTimer, &QTimer::timeout, this, &MonitorView::poll);
}

MonitorView::~MonitorView()
{
    // The page must go before its profile.
    delete m_view;
    m_view = nullptr;
}

void MonitorView::startEngine()
{
    if (m_profile)
        return;
    prepareChromium();
    // No storage name: an off-the-record profile that keeps nothing on disk. The first profile
    // starts Chromium, the longest step; the view follows in the next turn of the event loop.
    m_profile = new QWebEngineProfile(this);
    m_filter = new MonitorRequestFilter(m_profile);
    connect(m_filter, &MonitorRequestFilter::requestBlocked, this, &MonitorView::blockedRequest);
    m_profile->setUrlRequestInterceptor(m_filter);
    QWebEngineSettings *s = m_profile->settings();
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    s->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    s->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    s->setAttribute(QWebEngineSettings::PlaybackRequiresUserGesture, false);
    s->setAttribute(QWebEngineSettings::ErrorPageEnabled, false);
    // The monitor must never take the keyboard: the operator's shortcuts stay live.
    s->setAttribute(QWebEngineSettings::FocusOnNavigationEnabled, false);
    // A timer, not a queued call: the event loop gets a turn of its own in between.
    QTimer::singleShot(kViewAfterEngineMs, this, &MonitorView::createView);
}

void MonitorView::createView()
{
    m_view = new QWebEngineView(this);
    m_view->setObjectName(QStringLiteral("monitorWebView"));
    auto *page = new MonitorPage(m_profile, m_view);
    connect(page, &MonitorPage::navigationBlocked, this, &MonitorView::blockedRequest);
    m_view->setPage(page);
    m_view->setContextMenuPolicy(Qt::NoContextMenu);
    m_view->setFocusPolicy(Qt::NoFocus);
    guardKeyboard(m_view);
    m_stack->addWidget(m_view);
    if (m_embed)
        load();
}

void MonitorView::guardKeyboard(QObject *object)
{
    object->installEventFilter(this);
    if (auto *w = qobject_cast<QWidget *>(object))
        w->setFocusPolicy(Qt::NoFocus);
    for (QObject *child : object->children())
        guardKeyboard(child);
}

bool MonitorView::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::ChildAdded:
        // Chromium adds its render widget later; it must obey the same rule.
        guardKeyboard(static_cast<QChildEvent *>(event)->child());
        break;
    case QEvent::ShortcutOverride:
        // Chromium accepts shortcut overrides for keys a page might use; the operator's
        // window shortcuts (go live, end, ad breaks) must win over the monitor page.
        event->ignore();
        return true;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void MonitorView::showEmbed(const MonitorEmbed &embed)
{
    if (m_embed && m_embed->src == embed.src && m_view) {
        m_stack->setCurrentWidget(m_view);
        return;
    }
    m_embed = embed;
    if (m_view)
        load();
    else
        startEngine(); // loads the embed once the view exists
}

void MonitorView::load()
{
    m_playerSeconds = -1;
    m_state = -2;
    static_cast<MonitorPage *>(m_view->page())->setEmbed(*m_embed);
    m_filter->setEmbed(*m_embed);
    m_view->setHtml(m_embed->playerPageHtml(), MonitorPage::pageUrl());
    m_stack->setCurrentWidget(m_view);
    m_pollTimer->start();
}

void MonitorView::showMessage(const QString &text)
{
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
}

void MonitorView::clear()
{
    m_pollTimer->stop();
    m_embed.reset();
    m_playerSeconds = -1;
    if (m_view)
        m_view->setHtml(QString(), MonitorPage::pageUrl());
    showMessage(tr("No monitor stream yet"));
}

std::optional<qint64> MonitorView::playerElapsedMs() const
{
    if (m_state != kPlaying || m_playerSeconds < 0 || !m_sampledAt.isValid() ||
        m_sampledAt.elapsed() > kStaleAfterMs)
        return std::nullopt;
    return static_cast<qint64>(m_playerSeconds * 1000.0) + m_sampledAt.elapsed();
}

void MonitorView::poll()
{
    if (!m_view)
        return;
    m_view->page()->runJavaScript(
        QStringLiteral("window.onairPlayer ? window.onairPlayer.snapshot() : ''"),
        [self = QPointer<MonitorView>(this)](const QVariant &result) {
            if (!self)
                return;
            const QJsonObject o = QJsonDocument::fromJson(result.toString().toUtf8()).object();
            if (o.isEmpty())
                return;
            const int state = o.value(QLatin1String("state")).toInt(-2);
            const double t = o.value(QLatin1String("currentTime")).toDouble(-1);
            if (t >= 0) {
                self->m_playerSeconds = t;
                self->m_sampledAt.start();
            }
            if (state != self->m_state) {
                self->m_state = state;
                Q_EMIT self->playerStateChanged(state);
            }
        });
}

} // namespace onair::ui
