#include "announce/AnnounceTriggers.h"

#include "announce/AnnouncementStore.h"
#include "google/youtube/upload/UploadMetadata.h"
#include "google/youtube/upload/UploadQueue.h"
#include "show/ShowEvents.h"

namespace onair {

AnnounceTriggers::AnnounceTriggers(AnnouncementStore *store, ShowEvents *events, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    using T = AnnouncementSpec::Trigger;
    connect(events, &ShowEvents::created, this, [this](const ShowEvent &e) {
        fire(T::At, e);
        fire(T::BeforeStart, e);
    });
    connect(events, &ShowEvents::liveReached, this,
            [this](const ShowEvent &e) { fire(T::Live, e); });
    connect(events, &ShowEvents::completed, this,
            [this](const ShowEvent &e) { fire(T::Complete, e); });
    connect(events, &ShowEvents::recordingProcessed, this,
            [this](const ShowEvent &e) { fire(T::RecordingProcessed, e); });
}

QString AnnounceTriggers::showKey(const QString &broadcastId, AnnouncementSpec::Trigger trigger,
                                  const QString &accountId)
{
    return broadcastId + QLatin1Char('/') + AnnouncementSpec::triggerName(trigger) +
           QLatin1Char('/') + accountId;
}

QList<qint64> AnnounceTriggers::fire(AnnouncementSpec::Trigger trigger, const ShowEvent &event)
{
    return queue(trigger, event.broadcastId, m_specs, m_fields ? m_fields(event) : ShowFields());
}

QList<qint64> AnnounceTriggers::fireUpload(AnnouncementSpec::Trigger trigger,
                                           const UploadRecord &record)
{
    const QString broadcastId = record.show.value(QLatin1String("broadcastId")).toString();
    if (broadcastId.isEmpty() || record.resultId.isEmpty())
        return {};
    QString error;
    const QList<AnnouncementSpec> specs =
        AnnouncementSpec::listFromJson(record.show.value(QLatin1String("posts")).toArray(), &error);
    const UploadMetadata metadata = UploadMetadata::fromJson(record.metadata);
    return queue(trigger, broadcastId, specs,
                 ShowFields::ofUpload(metadata.title, metadata.description, record.resultId));
}

void AnnounceTriggers::followUploads(UploadQueue *uploads)
{
    const auto fireFor = [this, uploads](AnnouncementSpec::Trigger trigger, const QString &id) {
        if (const auto record = uploads->item(id))
            fireUpload(trigger, *record);
    };
    connect(uploads, &UploadQueue::processingFinished, this,
            [fireFor](const QString &id, const QString &, bool processed, const QString &) {
                if (processed)
                    fireFor(AnnouncementSpec::Trigger::UploadProcessed, id);
            });
    connect(uploads, &UploadQueue::published, this, [fireFor](const QString &id, const QString &) {
        fireFor(AnnouncementSpec::Trigger::UploadPublished, id);
    });
}

QJsonObject AnnounceTriggers::uploadShow(const QString &broadcastId,
                                         const QList<AnnouncementSpec> &specs)
{
    QList<AnnouncementSpec> posts;
    for (const AnnouncementSpec &spec : specs) {
        if (spec.isUploadTrigger())
            posts.append(spec);
    }
    return {{QStringLiteral("broadcastId"), broadcastId},
            {QStringLiteral("posts"), AnnouncementSpec::listToJson(posts)}};
}

QList<qint64> AnnounceTriggers::queue(AnnouncementSpec::Trigger trigger, const QString &broadcastId,
                                      const QList<AnnouncementSpec> &specs,
                                      const ShowFields &fields)
{
    QList<qint64> added;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const AnnouncementSpec &spec : specs) {
        if (spec.trigger != trigger)
            continue;
        const auto account = m_store->account(spec.accountId);
        if (!account)
            continue;
        Announcement item;
        item.accountId = account->id;
        item.platform = account->platform;
        item.label = spec.label;
        item.showKey = showKey(broadcastId, trigger, account->id);
        switch (trigger) {
        case AnnouncementSpec::Trigger::At:
            item.scheduledAt = spec.at;
            break;
        case AnnouncementSpec::Trigger::BeforeStart:
            item.scheduledAt = fields.start.isValid()
                                   ? fields.start.toUTC().addSecs(-60LL * spec.minutesBefore)
                                   : now;
            break;
        default:
            item.scheduledAt = now;
        }
        const PostPreview preview =
            account->platform == SocialAccount::Platform::Telegram
                ? PostTemplate::telegram(spec.templ, fields, spec.withImage, spec.button, m_style)
                : PostTemplate::instagram(spec.templ, fields, m_style);
        item.text = preview.text;
        item.buttonText = preview.buttonText;
        item.buttonUrl = preview.buttonUrl;
        item.imageUrl = preview.imageUrl;
        if (spec.edits && account->platform == SocialAccount::Platform::Telegram) {
            const QString original = showKey(broadcastId, *spec.edits, account->id);
            if (const auto posted = m_store->findByShowKey(original))
                item.editOf = posted->id;
        }
        if (!preview.isSendable()) {
            item.status = Announcement::Status::Failed;
            for (const QString &problem : preview.problems)
                AnnouncementStore::appendLog(item, problem);
        }
        if (const qint64 id = m_store->add(item))
            added.append(id);
    }
    return added;
}

} // namespace onair
