#include "announce/AnnounceTriggers.h"

#include "announce/AnnouncementStore.h"
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
    QList<qint64> added;
    const ShowFields fields = m_fields ? m_fields(event) : ShowFields();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const AnnouncementSpec &spec : m_specs) {
        if (spec.trigger != trigger)
            continue;
        const auto account = m_store->account(spec.accountId);
        if (!account)
            continue;
        Announcement item;
        item.accountId = account->id;
        item.platform = account->platform;
        item.label = spec.label;
        item.showKey = showKey(event.broadcastId, trigger, account->id);
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
            const QString original = showKey(event.broadcastId, *spec.edits, account->id);
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
