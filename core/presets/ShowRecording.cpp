#include "presets/ShowRecording.h"

#include "presets/PresetLauncher.h"
#include "presets/PresetStore.h"
#include "presets/RecordingUpload.h"
#include "show/BroadcastSession.h"
#include "show/ShowEvents.h"

namespace onair {

namespace {

const QLatin1String kSavedKey("recording");

} // namespace

ShowRecording::ShowRecording(BroadcastSession *session, PresetLauncher *launcher, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_launcher(launcher)
{
    session->addSavedPart(
        {[this](QJsonObject *extra) {
             if (!m_for.isEmpty())
                 extra->insert(kSavedKey,
                               QJsonObject{{QStringLiteral("broadcastId"), m_for},
                                           {QStringLiteral("number"), m_number},
                                           {QStringLiteral("upload"), m_upload.toJson()}});
         },
         [this](const QJsonObject &extra) {
             // Written here from a checked preset; one that cannot be read gives the defaults
             // rather than half of its templates.
             const QJsonObject saved = extra.value(kSavedKey).toObject();
             QString error;
             const auto upload = BroadcastPreset::Upload::fromJson(
                 saved.value(QLatin1String("upload")).toObject(), &error);
             const QString id = saved.value(QLatin1String("broadcastId")).toString();
             m_for = upload ? id : QString();
             m_number = upload ? saved.value(QLatin1String("number")).toInt() : 0;
             m_upload = upload.value_or(BroadcastPreset::Upload());
         }});
    connect(launcher, &PresetLauncher::launched, this, &ShowRecording::launched);
    connect(session->events(), &ShowEvents::completed, this, &ShowRecording::completed);
}

void ShowRecording::launched(const QString &fileName, const QString &broadcastId, int number)
{
    const PresetResult<BroadcastPreset> preset = m_launcher->store()->load(fileName);
    m_for = broadcastId;
    m_number = number;
    m_upload = preset ? preset.value().upload : BroadcastPreset::Upload();
    m_session->saveNow();
}

void ShowRecording::completed(const ShowEvent &event)
{
    const bool fromPreset = event.broadcastId == m_for;
    QString title;
    QString description;
    if (const auto &broadcast = m_session->broadcast();
        broadcast && broadcast->id == event.broadcastId) {
        title = broadcast->snippet.title;
        description = broadcast->snippet.description;
    }
    Q_EMIT ended(event.broadcastId,
                 RecordingUpload::metadata(fromPreset ? m_upload : BroadcastPreset::Upload(), title,
                                           description, event.at.toLocalTime(),
                                           fromPreset ? m_number : 0));
}

} // namespace onair
