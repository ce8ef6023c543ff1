#include "rail/ShowRail.h"

#include "rights/RightsFlow.h"
#include "show/BroadcastSession.h"
#include "show/ShowEvents.h"

#include <QHBoxLayout>
#include <QLabel>

namespace onair::ui {

namespace {

using Stage = ShowStages::Stage;
using State = ShowStages::State;

QLabel *separator(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setStyleSheet(QStringLiteral("color: #888;"));
    return l;
}

QString styleFor(State state)
{
    switch (state) {
    case State::Done:
        return QStringLiteral("color: #3fa34d;");
    case State::Current:
        return QStringLiteral("font-weight: bold; color: white; background: #1565c0; "
                              "border-radius: 3px; padding: 1px 6px;");
    case State::Next:
        return QStringLiteral("font-weight: bold; border: 1px solid #1565c0; "
                              "border-radius: 3px; padding: 0px 5px;");
    case State::Later:
        return QStringLiteral("color: #888;");
    case State::NotAvailable:
        return QStringLiteral("color: #999; font-size: 8pt;");
    }
    return {};
}

std::optional<Intent> intentOf(Stage stage)
{
    switch (stage) {
    case Stage::Test:
        return Intent::StartTest;
    case Stage::Live:
        return Intent::GoLive;
    case Stage::End:
        return Intent::End;
    default:
        return std::nullopt;
    }
}

} // namespace

ShowRail::ShowRail(BroadcastSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("showRail"));
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(12, 0, 4, 0);
    row->setSpacing(6);
    const Stage stages[] = {Stage::SetUp, Stage::Rights, Stage::Test,      Stage::Live,
                            Stage::End,   Stage::Upload, Stage::Reference, Stage::Announce};
    for (Stage stage : stages) {
        if (stage == Stage::Upload)
            row->addWidget(separator(tr("After the show:"), this));
        else if (stage != Stage::SetUp)
            row->addWidget(separator(QStringLiteral("›"), this));
        auto *label = new QLabel(ShowStages::name(stage), this);
        label->setObjectName(QStringLiteral("railStage_") + ShowStages::key(stage));
        row->addWidget(label);
        m_labels.insert(stage, label);
    }
    row->addSpacing(12);
    m_next = new QLabel(this);
    m_next->setObjectName(QStringLiteral("railNext"));
    m_next->setTextFormat(Qt::PlainText);
    row->addWidget(m_next, 1);

    if (m_session) {
        for (auto signal : {&BroadcastSession::broadcastChanged, &BroadcastSession::streamChanged})
            connect(m_session, signal, this, &ShowRail::refresh);
        connect(m_session, &BroadcastSession::busyChanged, this, &ShowRail::refresh);
        connect(m_session, &BroadcastSession::transitionStuck, this, &ShowRail::refresh);
        connect(m_session, &BroadcastSession::transitionFinished, this, &ShowRail::refresh);
        connect(m_session, &BroadcastSession::guardsChanged, this, &ShowRail::refresh);
        // What the show publishes (created, bound, testing, live, completed, recording
        // processed) moves the rail too.
        connect(m_session->events(), &ShowEvents::published, this, &ShowRail::refresh);
    }
    refresh();
}

void ShowRail::setRights(const RightsFlow *flow)
{
    m_rights = flow;
    if (flow)
        connect(flow, &RightsFlow::changed, this, &ShowRail::refresh);
    refresh();
}

std::optional<ShowStages::Input::Rights> ShowRail::rightsFrom(const BroadcastSession *session,
                                                              const RightsFlow *rights)
{
    using Phase = RightsRecord::Phase;
    if (!session || !session->broadcast() || !rights || !rights->record() ||
        rights->record()->broadcastId != session->broadcast()->id)
        return std::nullopt;
    const RightsRecord &r = *rights->record();
    const QString stepText =
        rights->step() ? RightsFlow::stepName(*rights->step()) + QStringLiteral("…") : QString();
    const bool over = session->lifeCycle() == LifeCycleStatus::Complete;
    ShowStages::Input::Rights out;
    switch (r.phase) {
    case Phase::Running:
        out.rights = State::Current;
        out.rightsText = stepText;
        break;
    case Phase::Failed:
        out.rights = r.claimId.isEmpty() ? State::Current : State::Done;
        out.reference = r.claimId.isEmpty() ? State::Later : State::Current;
        (r.claimId.isEmpty() ? out.rightsText : out.referenceText) = tr("failed");
        (r.claimId.isEmpty() ? out.rightsNote : out.referenceNote) = rights->failure();
        break;
    case Phase::NoOwner:
        out.rights = out.reference = State::NotAvailable;
        out.rightsNote = out.referenceNote =
            tr("This channel is not linked to a Content ID owner.");
        break;
    case Phase::WithoutClaim:
        out.rights = r.claimId.isEmpty() ? State::NotAvailable : State::Done;
        out.reference = State::NotAvailable;
        out.rightsNote = out.referenceNote = tr("The operator went on without a claim.");
        break;
    case Phase::Claimed:
        out.rights = State::Done;
        out.rightsText = tr("claimed");
        out.rightsNote = tr("Claim %1 on asset %2").arg(r.claimId, r.assetId);
        if (!r.recordFromStart) {
            out.reference = State::NotAvailable;
            out.referenceNote = tr("The broadcast does not record from the start.");
        } else {
            out.reference = over ? State::Next : State::Later;
            out.referenceText = over ? tr("waiting for the recording") : QString();
        }
        break;
    case Phase::Referencing:
        out.rights = State::Done;
        out.rightsText = tr("claimed");
        out.reference = State::Current;
        out.referenceText = r.referenceStatus.isEmpty() ? stepText : r.referenceStatus;
        break;
    case Phase::Done:
        out.rights = State::Done;
        out.rightsText = tr("claimed");
        out.reference = State::Done;
        out.referenceText = r.referenceStatus;
        out.referenceNote = tr("Reference %1").arg(r.referenceId);
        break;
    }
    return out;
}

ShowStages::Input ShowRail::inputFrom(const BroadcastSession *session, const RightsFlow *rights)
{
    ShowStages::Input input;
    if (!session || !session->broadcast())
        return input;
    input.rights = rightsFrom(session, rights);
    input.lifeCycle = session->lifeCycle();
    input.startTest = session->check(Intent::StartTest);
    input.goLive = session->check(Intent::GoLive);
    input.end = session->check(Intent::End);
    return input;
}

void ShowRail::refresh()
{
    render(ShowStages::compute(inputFrom(m_session, m_rights)));
}

void ShowRail::render(const QList<ShowStages::Step> &steps)
{
    m_steps = steps;
    for (const ShowStages::Step &step : steps) {
        QLabel *label = m_labels.value(step.stage);
        if (!label)
            continue;
        const QString name = ShowStages::name(step.stage);
        const QString text =
            step.detail.isEmpty() ? name : name + QStringLiteral(": ") + step.detail;
        label->setText(step.state == State::Done ? QStringLiteral("✓ ") + text : text);
        label->setStyleSheet(styleFor(step.state));
        label->setProperty("stageState", ShowStages::key(step.state));
        label->setToolTip(!step.note.isEmpty() || step.state == State::NotAvailable ? step.note
                          : step.state == State::Next ? BroadcastSession::explain(step.block)
                                                      : QString());
    }
    // What is next in a few words; why it cannot be taken yet in the tooltip (the same sentence
    // stands under the transport buttons), so the rail stays one line on a laptop screen.
    const std::optional<ShowStages::Step> next = ShowStages::next(steps);
    m_next->setText(nextText(steps));
    m_next->setToolTip(next ? BroadcastSession::explain(next->block) : QString());
}

QString ShowRail::nextText(const QList<ShowStages::Step> &steps)
{
    const std::optional<ShowStages::Step> next = ShowStages::next(steps);
    if (!next) {
        // After the show come the recording, the reference and the announcements: say which of
        // them this version cannot do, rather than "nothing".
        QStringList missing;
        for (const ShowStages::Step &s : steps) {
            if (ShowStages::isAfterShow(s.stage) && s.state == State::NotAvailable)
                missing << ShowStages::name(s.stage);
        }
        if (missing.isEmpty())
            return tr("Nothing more to do for this show.");
        return tr("The show is over. After the show (not available here): %1.")
            .arg(missing.join(QStringLiteral(", ")));
    }
    if (next->stage == Stage::SetUp)
        return tr("Next: create or open a broadcast");
    const std::optional<Intent> intent = intentOf(next->stage);
    const QString what =
        intent ? BroadcastSession::intentName(*intent) : ShowStages::name(next->stage);
    if (next->block == TransitionBlock::None)
        return tr("Next: %1").arg(what);
    return tr("Next: %1 (not yet)").arg(what);
}

} // namespace onair::ui
