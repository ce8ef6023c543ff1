#pragma once

#include "show/Lifecycle.h"

#include <QString>

#include <optional>

namespace onair {

// The tally: one value for the window's tally and for the remote callers' (tally lights,
// stream decks), so the two never disagree. It says what the operator can do next:
// - OffAir: no broadcast, or one not yet ready;
// - NoSignal: ready, but the encoder's data does not arrive (the test cannot start);
// - Ready: ready and the stream active — the only "good to go";
// - Testing: testStarting, testing;
// - Live: from liveStarting on, since going live cannot be taken back and talent must behave
//   as on air before the first viewer sees them;
// - Ended: complete or revoked.
enum class Tally
{
    OffAir,
    NoSignal,
    Ready,
    Testing,
    Live,
    Ended,
};

// `lifeCycle` is empty when there is no broadcast.
Tally tallyOf(std::optional<LifeCycleStatus> lifeCycle, StreamStatus stream);
// The wire name: offAir | noSignal | ready | testing | live | ended.
QString tallyName(Tally tally);

} // namespace onair
