#pragma once

#include "net/ApiError.h"
#include "net/NetCallInfo.h"
#include "social/SocialAccount.h"

namespace onair {

// What the queue does after one failed attempt, from the reference's §5 tables: an answer that
// refused the post may be retried only where the tables say so (flood waits honoured), an
// unknown outcome of a Telegram post is never retried unattended, a dead token stops the account.
// A flood wait (Telegram's 429, Instagram's throttling codes) says the request was not executed:
// the item waits the time given and does not spend one of its attempts.
// Pure: tests drive it with errors.
class RetryRules
{
public:
    enum class Action
    {
        Retry,       // again at `delayMs` from now (attempts permitting)
        Wait,        // not executed (flood control, throttling): again at `delayMs`, not an attempt
        Fail,        // refused for good: the log says why
        Unconfirmed, // may have been posted: the operator decides
        StopAccount, // the token is dead: this item fails, the account's other items are held
    };

    struct Decision
    {
        Action action = Action::Fail;
        qint64 delayMs = 0;
    };

    // `attempts`: how many attempts were made, this one included; `baseDelayMs`: the first
    // retry's wait (the seed's 60 s, doubled each time).
    static Decision telegram(const ApiError &error, const NetCallInfo &info, bool isEdit,
                             int attempts, qint64 baseDelayMs);
    // An Instagram step that failed before media_publish could have posted (container, reads,
    // the quota): the container's status has already been read where publish was involved.
    static Decision instagram(const ApiError &error, int attempts, qint64 baseDelayMs);
    // Whether a failed Instagram step needs a new container (ERROR, EXPIRED and the subcodes that
    // say "re-create").
    static bool needsNewContainer(const ApiError &error);

    static qint64 backoffMs(int attempts, qint64 baseDelayMs);
};

} // namespace onair
