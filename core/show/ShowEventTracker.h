#pragma once

#include "google/youtube/model/LiveBroadcast.h"
#include "show/ShowEvent.h"

#include <QJsonObject>
#include <QObject>

#include <set>

namespace onair {

class RecordingWatch;
class ShowContext;
class ShowEvents;

// Decides what ShowEvents publishes: every read of the broadcast is compared with what was
// published for it already, so each event comes once per broadcast. The record is saved with
// the session, so a reattached show does not publish again what it published before the
// restart. A broadcast taken in without a record (opened, or saved by an older version) counts
// what it has already passed as published: that happened before the show knew it.
class ShowEventTracker : public QObject
{
    Q_OBJECT

public:
    ShowEventTracker(ShowContext *context, ShowEvents *events, QObject *parent = nullptr);

    void setRecordingPollMs(int ms);
    // This show inserted `broadcast`: a new record, and "created".
    void created(const LiveBroadcast &broadcast);
    // Every read of the show's broadcast.
    void observe(const LiveBroadcast &broadcast);
    // No broadcast any more.
    void clear();
    // The saved record (SavedSession::extra), taken in unless the same broadcast is on screen.
    void restore(const QJsonObject &extra);
    // Writes the record into a SavedSession's extra.
    void save(QJsonObject *extra) const;
    bool wasPublished(ShowEvent::Kind kind) const { return m_published.count(kind); }

private:
    void adopt(const LiveBroadcast &broadcast);
    void publishOnce(ShowEvent::Kind kind, const LiveBroadcast &broadcast, const QDateTime &at);
    void watchRecording();

    ShowEvents *m_events;
    RecordingWatch *m_recording;
    QString m_broadcastId;
    QString m_streamId;
    std::set<ShowEvent::Kind> m_published;
};

} // namespace onair
