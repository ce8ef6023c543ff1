#pragma once

#include "announce/AnnouncementSpec.h"

#include <QJsonArray>
#include <QObject>

namespace onair {

class AnnounceTriggers;
class AnnouncementStore;
class BroadcastSession;
class PresetLauncher;
class UploadQueue;

// The current show's posts, wired to the show: a broadcast created from a preset takes the
// preset's `announcements` (the composer may replace them), and AnnounceTriggers turns the
// show's events into queue items with the broadcast's fields (title, watch page, start, its
// public thumbnail). The posts are saved with the session, so a reattached show keeps them.
class ShowAnnouncements : public QObject
{
    Q_OBJECT

public:
    ShowAnnouncements(BroadcastSession *session, PresetLauncher *launcher, AnnouncementStore *store,
                      QObject *parent = nullptr);

    // The current show's posts (the composer's); its timed ones are queued at once. Nothing
    // without a broadcast.
    void setSpecs(const QList<AnnouncementSpec> &specs);
    // Writes the show's posts into the preset it was made from (only that section); the error
    // in a sentence, empty when saved.
    QString saveToPreset();
    // What the upload of the recording of `broadcastId` carries: the show and, when it is the
    // current one, its uploadProcessed and uploadPublished posts.
    QJsonObject uploadShow(const QString &broadcastId) const;
    // Queues those posts as `uploads` reports the recording processed and public.
    void followUploads(UploadQueue *uploads);

private:
    void launched(const QString &fileName, const QString &broadcastId);
    void use(const QString &broadcastId, const QJsonArray &specs);
    void queueTimed();

    BroadcastSession *m_session;
    PresetLauncher *m_launcher;
    AnnounceTriggers *m_triggers;
    QString m_for;      // the broadcast the posts are for
    QString m_preset;   // the preset file it was made from (empty: none)
    QJsonArray m_specs; // as the preset has them (checked when it was read)
};

} // namespace onair
