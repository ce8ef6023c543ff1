#pragma once

#include "google/youtube/upload/UploadMetadata.h"
#include "presets/BroadcastPreset.h"

#include <QObject>
#include <QString>

namespace onair {

class BroadcastSession;
class PresetLauncher;
struct ShowEvent;

// What "Upload the recording…" is filled in with when the show completes (RecordingUpload): the
// upload templates and the {n} of the preset that launched it, read at the launch and kept with
// the session (a saved part), so that OnAir restarting between the launch and the end loses
// neither; the show's title and description as the broadcast has them then. A show no preset
// launched (or whose saved part cannot be read) gets the defaults.
class ShowRecording : public QObject
{
    Q_OBJECT

public:
    ShowRecording(BroadcastSession *session, PresetLauncher *launcher, QObject *parent = nullptr);

Q_SIGNALS:
    // The show `broadcastId` completed: what its recording's upload is filled in with.
    void ended(const QString &broadcastId, const onair::UploadMetadata &metadata);

private:
    void launched(const QString &fileName, const QString &broadcastId, int number);
    void completed(const ShowEvent &event);

    BroadcastSession *m_session;
    PresetLauncher *m_launcher;
    QString m_for; // the broadcast a preset launched (empty: none)
    int m_number = 0;
    BroadcastPreset::Upload m_upload;
};

} // namespace onair
