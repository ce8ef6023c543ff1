#pragma once

#include "announce/AnnouncementSpec.h"
#include "announce/PostTemplate.h"
#include "announce/ShowFields.h"

#include <QList>
#include <QObject>

#include <functional>

namespace onair {

class AnnouncementStore;
class ShowEvents;
class UploadQueue;
struct ShowEvent;
struct UploadRecord;

// Turns a show's events into queue items, from the posts its preset lists: on `created` the
// timed ones ("at", N minutes before the scheduled start), on `liveReached` the "live" ones, on
// `completed` and `recordingProcessed` theirs. Each item's text is the template expanded for
// its platform at that moment; one item per broadcast, trigger and account (an event seen again
// after a restart adds nothing). A post that "edits" an earlier trigger's post points at it, so
// that Telegram edits that message instead of posting anew. A post whose preview is not sendable
// (too long, no image for Instagram) enters the queue failed, with the reasons in its log.
// The upload of a show's recording carries the show and its upload posts (UploadRecord::show):
// when UploadQueue reports the video processed or public, those posts are queued with the
// uploaded video's fields, after a restart too; under the show's key, so never twice.
class AnnounceTriggers : public QObject
{
    Q_OBJECT

public:
    using FieldsSource = std::function<ShowFields(const ShowEvent &)>;

    AnnounceTriggers(AnnouncementStore *store, ShowEvents *events, QObject *parent = nullptr);

    // What the templates say about the broadcast of an event (the composer reads the session).
    void setFieldsSource(FieldsSource source) { m_fields = std::move(source); }
    // The current show's posts (its preset's).
    void setSpecs(const QList<AnnouncementSpec> &specs) { m_specs = specs; }
    void setStyle(const PostTemplate::Style &style) { m_style = style; }

    // Queues the posts of `trigger` for the event's broadcast; the ids added.
    QList<qint64> fire(AnnouncementSpec::Trigger trigger, const ShowEvent &event);
    // Queues the posts `record` carries for `trigger` (uploadProcessed or uploadPublished) with
    // its video's fields; the ids added.
    QList<qint64> fireUpload(AnnouncementSpec::Trigger trigger, const UploadRecord &record);
    // Fires the upload triggers as `queue` reports its videos processed and published.
    void followUploads(UploadQueue *queue);
    // What the upload of the recording of `broadcastId` carries (UploadRecord::show): the show
    // and those of `specs` an upload triggers.
    static QJsonObject uploadShow(const QString &broadcastId, const QList<AnnouncementSpec> &specs);

    static QString showKey(const QString &broadcastId, AnnouncementSpec::Trigger trigger,
                           const QString &accountId);

private:
    QList<qint64> queue(AnnouncementSpec::Trigger trigger, const QString &broadcastId,
                        const QList<AnnouncementSpec> &specs, const ShowFields &fields);

    AnnouncementStore *m_store;
    FieldsSource m_fields;
    QList<AnnouncementSpec> m_specs;
    PostTemplate::Style m_style;
};

} // namespace onair
