#include "announce/ShowAnnouncements.h"

#include "announce/AnnounceTriggers.h"
#include "announce/ShowFields.h"
#include "presets/PresetLauncher.h"
#include "presets/PresetStore.h"
#include "show/BroadcastSession.h"
#include "show/ShowEvents.h"

namespace onair {

namespace {

const QLatin1String kSavedKey("announcements");

} // namespace

ShowAnnouncements::ShowAnnouncements(BroadcastSession *session, PresetLauncher *launcher,
                                     AnnouncementStore *store, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_launcher(launcher)
    , m_triggers(new AnnounceTriggers(store, session->events(), this))
{
    // The fields of the event's broadcast as the show last read it.
    m_triggers->setFieldsSource([this](const ShowEvent &event) {
        const auto &broadcast = m_session->broadcast();
        if (!broadcast || broadcast->id != event.broadcastId)
            return ShowFields();
        const QUrl thumbnail = broadcast->snippet.thumbnailUrl.isValid()
                                   ? broadcast->snippet.thumbnailUrl
                                   : ShowFields::youtubeThumbnail(broadcast->id);
        return ShowFields::of(*broadcast, thumbnail);
    });
    session->addSavedPart(
        {[this](QJsonObject *extra) {
             if (!m_specs.isEmpty())
                 extra->insert(kSavedKey, QJsonObject{{QStringLiteral("broadcastId"), m_for},
                                                      {QStringLiteral("preset"), m_preset},
                                                      {QStringLiteral("posts"), m_specs}});
         },
         [this](const QJsonObject &extra) {
             // Written here from checked entries; a damaged one leaves the show without posts
             // rather than with half of them.
             const QJsonObject saved = extra.value(kSavedKey).toObject();
             const QJsonArray posts = saved.value(QLatin1String("posts")).toArray();
             QString error;
             AnnouncementSpec::listFromJson(posts, &error);
             use(saved.value(QLatin1String("broadcastId")).toString(),
                 error.isEmpty() ? posts : QJsonArray());
             m_preset = saved.value(QLatin1String("preset")).toString();
         }});
    // Another broadcast is another show: the last one's posts are not its own.
    connect(session, &BroadcastSession::broadcastChanged, this, [this] {
        const auto &broadcast = m_session->broadcast();
        if (broadcast && broadcast->id != m_for) {
            use(broadcast->id, {});
            m_preset.clear();
        }
    });
    connect(launcher, &PresetLauncher::launched, this,
            [this](const QString &fileName, const QString &broadcastId, int) {
                launched(fileName, broadcastId);
            });
}

void ShowAnnouncements::setSpecs(const QList<AnnouncementSpec> &specs)
{
    if (!m_session->broadcast())
        return;
    use(m_session->broadcast()->id, AnnouncementSpec::listToJson(specs));
    m_session->saveNow();
    queueTimed();
}

QString ShowAnnouncements::saveToPreset()
{
    if (m_preset.isEmpty())
        return tr("This show was not made from a preset: there is none to save its posts in.");
    const auto failed = m_launcher->store()->saveAnnouncements(m_preset, m_specs);
    return failed ? tr("The posts were not saved in the preset: %1").arg(failed->message())
                  : QString();
}

QJsonObject ShowAnnouncements::uploadShow(const QString &broadcastId) const
{
    QString error;
    return AnnounceTriggers::uploadShow(
        broadcastId, broadcastId == m_for ? AnnouncementSpec::listFromJson(m_specs, &error)
                                          : QList<AnnouncementSpec>());
}

void ShowAnnouncements::followUploads(UploadQueue *uploads)
{
    m_triggers->followUploads(uploads);
}

void ShowAnnouncements::launched(const QString &fileName, const QString &broadcastId)
{
    const PresetResult<BroadcastPreset> preset = m_launcher->store()->load(fileName);
    if (!preset || !m_session->broadcast() || m_session->broadcast()->id != broadcastId)
        return;
    use(broadcastId, preset.value().announcements);
    m_preset = fileName;
    m_session->saveNow();
    // The broadcast's `created` came before the preset's posts were known.
    queueTimed();
}

void ShowAnnouncements::use(const QString &broadcastId, const QJsonArray &specs)
{
    m_for = broadcastId;
    m_specs = specs;
    QString error;
    m_triggers->setSpecs(AnnouncementSpec::listFromJson(specs, &error));
}

void ShowAnnouncements::queueTimed()
{
    const auto &broadcast = m_session->broadcast();
    if (!broadcast)
        return;
    ShowEvent created;
    created.kind = ShowEvent::Kind::Created;
    created.broadcastId = broadcast->id;
    created.videoId = broadcast->id;
    // One item per broadcast, trigger and account: what is queued already stays as it is.
    m_triggers->fire(AnnouncementSpec::Trigger::At, created);
    m_triggers->fire(AnnouncementSpec::Trigger::BeforeStart, created);
}

} // namespace onair
