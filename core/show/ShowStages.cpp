#include "show/ShowStages.h"

namespace onair {

namespace {

using Stage = ShowStages::Stage;
using State = ShowStages::State;

constexpr Stage kAll[] = {Stage::SetUp, Stage::Rights, Stage::Test,      Stage::Live,
                          Stage::End,   Stage::Upload, Stage::Reference, Stage::Announce};

// How far the show has come along set up → test → live → end: the index of the stage it is
// in, and whether that stage is finished.
struct Position
{
    Stage current;
    bool finished;
};

Position positionOf(LifeCycleStatus s)
{
    switch (s) {
    case LifeCycleStatus::Unspecified:
    case LifeCycleStatus::Created:
        return {Stage::SetUp, false};
    case LifeCycleStatus::Ready:
        return {Stage::SetUp, true};
    case LifeCycleStatus::TestStarting:
    case LifeCycleStatus::Testing:
        return {Stage::Test, false};
    case LifeCycleStatus::LiveStarting:
    case LifeCycleStatus::Live:
        return {Stage::Live, false};
    case LifeCycleStatus::Complete:
    case LifeCycleStatus::Revoked:
        return {Stage::End, true};
    }
    return {Stage::SetUp, false};
}

int order(Stage stage)
{
    return static_cast<int>(stage);
}

} // namespace

QList<ShowStages::Step> ShowStages::compute(const Input &input)
{
    const Position at =
        input.lifeCycle ? positionOf(*input.lifeCycle) : Position{Stage::SetUp, false};
    // The show's own stages (rights is skipped while it does not apply).
    const Stage nextStage = at.current == Stage::SetUp  ? Stage::Test
                            : at.current == Stage::Test ? Stage::Live
                            : at.current == Stage::Live ? Stage::End
                                                        : Stage::Upload;
    const auto blockFor = [&input](Stage stage) {
        switch (stage) {
        case Stage::Test:
            return input.startTest.block;
        case Stage::Live:
            return input.goLive.block;
        case Stage::End:
            return input.end.block;
        default:
            return TransitionBlock::None;
        }
    };

    QList<Step> steps;
    for (Stage stage : kAll) {
        Step step;
        step.stage = stage;
        if (input.rights && (stage == Stage::Rights || stage == Stage::Reference)) {
            const bool rights = stage == Stage::Rights;
            step.state = rights ? input.rights->rights : input.rights->reference;
            step.detail = rights ? input.rights->rightsText : input.rights->referenceText;
            step.note = rights ? input.rights->rightsNote : input.rights->referenceNote;
        } else if (stage == Stage::Rights && !input.contentIdOwner) {
            step.state = State::NotAvailable;
            step.note = tr("No Content ID owner for this channel.");
        } else if ((stage == Stage::Upload && !input.uploadAvailable) ||
                   (stage == Stage::Reference && !input.contentIdOwner) ||
                   (stage == Stage::Announce && !input.announcementsAvailable)) {
            step.state = State::NotAvailable;
            step.note = stage == Stage::Reference ? tr("No Content ID owner for this channel.")
                                                  : tr("Not available in this version.");
        } else if (!input.lifeCycle) {
            step.state = stage == Stage::SetUp ? State::Next : State::Later; // nothing open yet
        } else if (isAfterShow(stage)) {
            step.state = at.current == Stage::End ? State::Next : State::Later;
        } else if (order(stage) < order(at.current) || (stage == at.current && at.finished)) {
            step.state = State::Done;
        } else if (stage == at.current) {
            step.state = State::Current;
        } else if (stage == nextStage) {
            step.state = State::Next;
            step.block = blockFor(stage);
        } else {
            step.state = State::Later;
        }
        steps.append(step);
    }
    return steps;
}

std::optional<ShowStages::Step> ShowStages::next(const QList<Step> &steps)
{
    for (const Step &s : steps) {
        if (s.state == State::Next)
            return s;
    }
    return std::nullopt;
}

bool ShowStages::isAfterShow(Stage stage)
{
    return order(stage) > order(Stage::End);
}

QString ShowStages::name(Stage stage)
{
    switch (stage) {
    case Stage::SetUp:
        return tr("Set up");
    case Stage::Rights:
        return tr("Rights");
    case Stage::Test:
        return tr("Test");
    case Stage::Live:
        return tr("Live");
    case Stage::End:
        return tr("End");
    case Stage::Upload:
        return tr("Upload");
    case Stage::Reference:
        return tr("Reference");
    case Stage::Announce:
        return tr("Announcements");
    }
    return {};
}

QString ShowStages::key(State state)
{
    switch (state) {
    case State::Done:
        return QStringLiteral("done");
    case State::Current:
        return QStringLiteral("current");
    case State::Next:
        return QStringLiteral("next");
    case State::Later:
        return QStringLiteral("later");
    case State::NotAvailable:
        return QStringLiteral("notAvailable");
    }
    return {};
}

QString ShowStages::key(Stage stage)
{
    switch (stage) {
    case Stage::SetUp:
        return QStringLiteral("setUp");
    case Stage::Rights:
        return QStringLiteral("rights");
    case Stage::Test:
        return QStringLiteral("test");
    case Stage::Live:
        return QStringLiteral("live");
    case Stage::End:
        return QStringLiteral("end");
    case Stage::Upload:
        return QStringLiteral("upload");
    case Stage::Reference:
        return QStringLiteral("reference");
    case Stage::Announce:
        return QStringLiteral("announce");
    }
    return {};
}

} // namespace onair
