#pragma once

#include "show/Lifecycle.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace onair {

// The stages of a show as the operator follows them — set up, rights (Content ID), test, live,
// end, and after the show (upload, reference, announcements) — each with its state, worked out
// from what is known of the show. A pure model: the rail only renders it, and its inputs can
// come from the session today and from show events later.
class ShowStages
{
    Q_DECLARE_TR_FUNCTIONS(ShowStages)

public:
    enum class Stage
    {
        SetUp,
        Rights,
        Test,
        Live,
        End,
        Upload,
        Reference,
        Announce,
    };
    enum class State
    {
        Done,
        Current,      // the show is in this stage now
        Next,         // the step to take next (it may still be blocked: see Step::block)
        Later,        // after the next one
        NotAvailable, // does not apply to this show or channel (see Step::note)
    };

    struct Input
    {
        std::optional<LifeCycleStatus> lifeCycle; // nullopt: no broadcast open
        // The lifecycle guard for each intent (BroadcastSession::check), for the why.
        TransitionCheck startTest;
        TransitionCheck goLive;
        TransitionCheck end;
        bool contentIdOwner = false; // the channel has a Content ID owner
        // A show with a rights plan (RightsFlow): what its rights and reference stages are,
        // in a few words (the step under way) and in a sentence (the tooltip).
        struct Rights
        {
            State rights = State::Later;
            State reference = State::Later;
            QString rightsText;
            QString rightsNote;
            QString referenceText;
            QString referenceNote;
        };
        std::optional<Rights> rights;
        bool uploadAvailable = false;
        bool announcementsAvailable = false;
    };

    struct Step
    {
        Stage stage = Stage::SetUp;
        State state = State::Later;
        TransitionBlock block = TransitionBlock::None; // why a Next step cannot be taken yet
        QString note;                                  // why a stage is not available
        QString detail; // where a stage that runs steps of its own is (rights, reference)
    };

    static QList<Step> compute(const Input &input);
    // The step marked Next, if any.
    static std::optional<Step> next(const QList<Step> &steps);
    static QString name(Stage stage);
    // A stable word for a state ("done", "current", "next", "later", "notAvailable").
    static QString key(State state);
    // A stable word for a stage ("setUp", "rights", …): object names and tests.
    static QString key(Stage stage);
    static bool isAfterShow(Stage stage);
};

} // namespace onair
