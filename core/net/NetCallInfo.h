#pragma once

namespace onair {

// How a call ended beyond its result, for reconciliation: whether the last attempt's outcome
// is unknown (sent, no answer), and whether any earlier attempt's was.
struct NetCallInfo
{
    bool outcomeUnknown = false;
    bool earlierOutcomeUnknown = false;
};

} // namespace onair
