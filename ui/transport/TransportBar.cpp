#include "transport/TransportBar.h"

#include "rail/ShowRail.h"
#include "shortcuts/ShortcutRegistry.h"
#include "show/BroadcastSession.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace onair::ui {

namespace {

QPushButton *bigButton(const QString &text, const QString &name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    QFont f = b->font();
    f.setPointSize(13);
    f.setBold(true);
    b->setFont(f);
    b->setMinimumHeight(44);
    return b;
}

QString withShortcut(const QString &text, QAction *action)
{
    const QString keys = action ? action->shortcut().toString(QKeySequence::NativeText) : QString();
    return keys.isEmpty() ? text : QStringLiteral("%1  [%2]").arg(text, keys);
}

} // namespace

TransportBar::TransportBar(BroadcastSession *session, ShortcutRegistry *shortcuts,
                           Prompts::Confirm confirm, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_shortcuts(shortcuts)
    , m_confirm(std::move(confirm))
{
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);
    // First row: the show's transitions. Second: why an action is unavailable, and the tools
    // used now and then (recovery, the rehearsal encoder), so the row fits a laptop screen in
    // every language.
    auto *row = new QHBoxLayout;
    m_startTest = bigButton(tr("Start test"), QStringLiteral("startTestButton"), this);
    m_goLive = bigButton(tr("Go live…"), QStringLiteral("goLiveButton"), this);
    m_end = bigButton(tr("End broadcast…"), QStringLiteral("endButton"), this);
    m_goLive->setStyleSheet(QStringLiteral("QPushButton:enabled { color: #e0303a; }"));
    for (QPushButton *b : {m_startTest, m_goLive, m_end})
        row->addWidget(b);
    v->addLayout(row);
    auto *second = new QHBoxLayout;
    m_why = new QLabel(this);
    m_why->setObjectName(QStringLiteral("whyLabel"));
    m_why->setWordWrap(true);
    second->addWidget(m_why, 1);
    m_recover = bigButton(tr("Recover stuck broadcast"), QStringLiteral("recoverButton"), this);
    m_recover->setVisible(false);
    second->addWidget(m_recover);
    m_testEncoder = new QPushButton(tr("Start test &encoder"), this);
    m_testEncoder->setObjectName(QStringLiteral("testEncoderButton"));
    m_testEncoder->setVisible(false);
    // A click does not leave the focus on a control that can interrupt the show, so a later
    // Space or Enter does not land on it (Tab still reaches them).
    for (QPushButton *b : {m_startTest, m_goLive, m_end, m_recover, m_testEncoder})
        b->setFocusPolicy(Qt::TabFocus);
    second->addWidget(m_testEncoder);
    v->addLayout(second);

    connect(m_startTest, &QPushButton::clicked, this, [this] { trigger(Intent::StartTest); });
    connect(m_goLive, &QPushButton::clicked, this, [this] { trigger(Intent::GoLive); });
    connect(m_end, &QPushButton::clicked, this, [this] { trigger(Intent::End); });
    connect(m_recover, &QPushButton::clicked, this, [this] {
        if (!m_session)
            return;
        m_confirm(tr("Recover the broadcast"),
                  tr("Delete the stuck broadcast, create a new one with the same settings, bind "
                     "it to the same stream and test again?"),
                  [this](bool yes) {
                      if (yes && m_session)
                          m_session->recoverStuckTransition();
                  });
    });
    connect(m_testEncoder, &QPushButton::clicked, this, &TransportBar::toggleTestEncoder);
}

void TransportBar::trigger(Intent intent)
{
    if (!m_session)
        return;
    const TransitionCheck c = m_session->check(intent);
    if (!c.allowed()) {
        m_session->requestTransition(intent); // logs the refusal with its reason
        return;
    }
    // Sent once answered; the session checks the intent again then (the show may have moved).
    const auto sendIfYes = [this, intent](bool yes) {
        if (yes && m_session)
            m_session->requestTransition(intent);
    };
    if (intent == Intent::GoLive) {
        m_confirm(tr("Go live"), goLiveQuestion(m_session->broadcast()->status.privacyStatus),
                  sendIfYes);
        return;
    }
    if (intent == Intent::End) {
        m_confirm(tr("End the broadcast"),
                  tr("End the broadcast now? This cannot be undone: a completed broadcast "
                     "cannot go live again."),
                  sendIfYes);
        return;
    }
    m_session->requestTransition(intent);
}

QString TransportBar::goLiveQuestion(const QString &privacyStatus)
{
    if (privacyStatus == QLatin1String("public"))
        return tr("Go live now? The broadcast becomes public: anyone can find and watch it.");
    if (privacyStatus == QLatin1String("unlisted"))
        return tr("Go live now? The broadcast is unlisted: anyone with the link can watch it.");
    if (privacyStatus == QLatin1String("private"))
        return tr("Go live now? The broadcast is private: only the viewers you invited can "
                  "watch it.");
    return tr("Go live now? The broadcast's privacy (%1) is not known to OnAir: check who can "
              "watch it first.")
        .arg(privacyStatus);
}

void TransportBar::recover()
{
    m_recover->click();
}

void TransportBar::toggleTestEncoder()
{
    if (!m_testEncoderOn) {
        setTestEncoderOn(true);
        return;
    }
    m_confirm(tr("Stop the test encoder"),
              tr("Stop the test encoder? The stream stops, and a show that is testing or live "
                 "goes off the air."),
              [this](bool yes) {
                  if (yes && m_testEncoderOn)
                      setTestEncoderOn(false);
              });
}

void TransportBar::setTestEncoderOn(bool on)
{
    setTestEncoderRunning(on);
    Q_EMIT testEncoderToggled(on);
}

void TransportBar::setTestEncoderShown(bool shown)
{
    m_testEncoder->setVisible(shown);
}

bool TransportBar::isTestEncoderShown() const
{
    return m_testEncoder->isVisible();
}

void TransportBar::setTestEncoderRunning(bool running)
{
    m_testEncoderOn = running;
    m_testEncoder->setText(running ? tr("Stop test &encoder…") : tr("Start test &encoder"));
}

void TransportBar::refreshControls()
{
    const bool has = m_session && m_session->broadcast();
    const bool busy = m_session && m_session->isBusy();
    const auto apply = [&](QPushButton *button, Intent intent, const QString &actionId) {
        QAction *a = m_shortcuts->action(actionId);
        if (!m_session) {
            button->setEnabled(false);
            button->setToolTip(tr("Sign in first"));
            return;
        }
        const TransitionCheck c = m_session->check(intent);
        button->setEnabled(c.allowed() && !busy);
        const QString reason = BroadcastSession::explain(c.block);
        button->setToolTip(
            withShortcut(c.allowed() ? BroadcastSession::intentName(intent) : reason, a));
        if (a)
            a->setEnabled(true); // a refused shortcut still says why, in the log
    };
    apply(m_startTest, Intent::StartTest, QStringLiteral("show.startTest"));
    apply(m_goLive, Intent::GoLive, QStringLiteral("show.goLive"));
    apply(m_end, Intent::End, QStringLiteral("show.end"));

    QString why;
    if (!m_session)
        why = tr("Sign in to start.");
    else if (!has)
        why = tr("Create a broadcast or open an upcoming one.");
    else if (m_session->pendingTransition())
        why = BroadcastSession::explain(TransitionBlock::InProgress);
    else if (lifecycle::isTerminal(m_session->lifeCycle()))
        // After the show: what comes next is on the show rail; say the same here.
        why = ShowRail::nextText(ShowStages::compute(ShowRail::inputFrom(m_session)));
    else {
        // The next sensible step and why it is not possible yet.
        const LifeCycleStatus s = m_session->lifeCycle();
        const Intent next = s == LifeCycleStatus::Testing ? Intent::GoLive
                            : s == LifeCycleStatus::Live  ? Intent::End
                                                          : Intent::StartTest;
        const TransitionCheck c = m_session->check(next);
        why = c.allowed() ? tr("Next: %1").arg(BroadcastSession::intentName(next))
                          : BroadcastSession::explain(c.block);
    }
    m_why->setText(why);

    const bool stuck = m_session && m_session->isStuck();
    m_recover->setVisible(stuck);
    m_recover->setEnabled(stuck && !busy);
}

} // namespace onair::ui
