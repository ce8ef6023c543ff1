#pragma once

#include "upload/FileIdentity.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace onair {

// One upload as it is saved between runs: the file and its identity, what the service is told
// about it (its own JSON, e.g. the video resource), the server's session and the bytes it has
// confirmed, and how it ended. Service-neutral.
struct UploadRecord
{
    Q_DECLARE_TR_FUNCTIONS(onair::UploadRecord)

public:
    enum class State
    {
        Queued,    // waiting for its turn
        Uploading, // sending (or asking the server what it has)
        Paused,    // the operator paused it, or OnAir stopped: resumes from the server's offset
        Failed,    // stopped on an error (lastError); can be started again
        Done,      // the server created the item (resultId)
        Cancelled, // the operator cancelled it; the server session was ended
    };

    QString id; // local, stable across runs
    FileIdentity file;
    QJsonObject metadata;
    QString sessionUri; // empty until the server opened a session
    qint64 offset = 0;  // bytes the server confirmed it stored
    State state = State::Queued;
    QString resultId; // e.g. the video id
    // After Done, what the service made of the item, as it says it ("processed", "failed",
    // "rejected"…); empty while it is still being processed (a restart goes on watching).
    QString processing;
    QString processingReason; // why it failed or was rejected, as the service gives it
    bool published = false;   // the service made it public (at once, or at its scheduled time)
    // What the app attached to the upload and needs after a restart: for the recording of a show,
    // the show's broadcast id and the posts its processing and publication make.
    QJsonObject show;
    QString lastError;
    QDateTime created;

    bool isFinished() const { return state == State::Done || state == State::Cancelled; }
    bool awaitsProcessing() const { return state == State::Done && processing.isEmpty(); }

    static QString stateName(State state);
    static std::optional<State> stateFromName(const QString &name);

    QJsonObject toJson() const;
    // nullopt and `error` for an entry that is not a complete record.
    static std::optional<UploadRecord> fromJson(const QJsonObject &json, QString *error);
};

} // namespace onair
