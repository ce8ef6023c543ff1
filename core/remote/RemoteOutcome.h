#pragma once

#include <QJsonObject>
#include <QString>

namespace onair {

// What became of a remote action, the same for D-Bus, `onair ctl` and HTTP (each maps it to
// its own form: a reply, an exit code, a status code). `message` is a sentence for the caller.
struct RemoteOutcome
{
    enum class Status
    {
        Placed,      // the ad break is placed (YouTube answered with its id)
        Accepted,    // the action is under way (a transition, a recovery, a read)
        Armed,       // armed: confirm within ArmedAction::kConfirmWithinMs
        Ignored,     // a double press within the guard time: nothing sent
        Refused,     // a guard, a running break or YouTube said no; `message` says why
        Unconfirmed, // no answer from YouTube: the break may or may not be placed
        NotAllowed,  // the operator has not allowed this action from outside the window
        RateLimited, // too many calls: try again later
        Invalid,     // a bad argument
    };

    Status status = Status::Refused;
    QString message;
    QString cuepointId; // Placed: YouTube's id of the cuepoint

    static RemoteOutcome of(Status status, const QString &message, const QString &cuepointId = {})
    {
        return {status, message, cuepointId};
    }
    static QString statusName(Status status); // placed | accepted | armed | …
    bool succeeded() const { return status == Status::Placed || status == Status::Accepted; }
    QJsonObject toJson() const;
};

} // namespace onair
