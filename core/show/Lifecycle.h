#pragma once

#include <QString>
#include <QStringView>

namespace onair {

// status.lifeCycleStatus of a liveBroadcast (discovery enum).
enum class LifeCycleStatus
{
    Unspecified,
    Created,
    Ready,
    TestStarting,
    Testing,
    LiveStarting,
    Live,
    Complete,
    Revoked,
};

// status.streamStatus of a liveStream (discovery enum).
enum class StreamStatus
{
    Unknown,
    Created,
    Ready,
    Active,
    Inactive,
    Error,
};

// What the operator asks for; each maps to one liveBroadcasts.transition call.
enum class Intent
{
    StartTest,
    GoLive,
    End,
};

// Why an intent cannot be carried out now. None means the transition may be sent.
enum class TransitionBlock
{
    None,
    NoStreamBound,         // created: bind a stream first
    StreamNotActive,       // the bound stream is not receiving data
    MonitorStreamDisabled, // a test phase needs the monitor stream
    InProgress,            // testStarting/liveStarting towards this very target
    AlreadyThere,          // the broadcast is already in the target state
    NotFromThisState,      // the lifecycle does not allow this move from here
    Finished,              // complete or revoked: nothing more can happen
    RightsPending,         // the Content ID claim (a follower of the show) is still under way
    RightsFailed,          // the claim stopped on a failure the operator has not answered yet
};

struct TransitionCheck
{
    TransitionBlock block = TransitionBlock::None;
    bool allowed() const { return block == TransitionBlock::None; }
};

namespace lifecycle {

LifeCycleStatus parseLifeCycleStatus(QStringView s);
QString toString(LifeCycleStatus status);
StreamStatus parseStreamStatus(QStringView s);
QString toString(StreamStatus status);

// The `broadcastStatus` value the transition call takes for an intent.
QString transitionTarget(Intent intent);
// The state the broadcast settles in once the transition for `intent` has finished.
LifeCycleStatus settledState(Intent intent);
// The intermediate state YouTube shows while that transition runs (or the settled state).
LifeCycleStatus startingState(Intent intent);

// The guard for an intent, in the order YouTube checks it: state first, then the stream.
TransitionCheck checkTransition(LifeCycleStatus current, Intent intent, StreamStatus boundStream,
                                bool monitorStreamEnabled);

bool isTransient(LifeCycleStatus status); // testStarting, liveStarting
bool isTerminal(LifeCycleStatus status);  // complete, revoked
// contentDetails (latency, DVR, delay, monitor stream, …) may change only before testing.
bool canChangeContentDetails(LifeCycleStatus status);
// snippet.scheduledStartTime/EndTime may change while created, ready or testing.
bool canChangeSchedule(LifeCycleStatus status);
// enableAutoStart may change only while created or ready and while the bound stream is not
// active (reference §2.1: "only when the bound stream is inactive"); enableAutoStop only while
// created or ready. Not in testing: with a test phase both stay off (an auto-start broadcast
// would go live as soon as the test stream starts) and the show is started and ended by hand.
bool canChangeAutoStart(LifeCycleStatus status, StreamStatus boundStream);
bool canChangeAutoStop(LifeCycleStatus status);
// Binding or unbinding a stream: before live, including testing (step 3.5's rebind).
bool canBind(LifeCycleStatus status);

} // namespace lifecycle
} // namespace onair
