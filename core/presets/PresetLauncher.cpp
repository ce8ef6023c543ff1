#include "presets/PresetLauncher.h"

#include "presets/BroadcastPlan.h"
#include "presets/PresetStore.h"
#include "show/BroadcastSession.h"

#include <QPointer>

namespace onair {

PresetLauncher::PresetLauncher(BroadcastSession *session, PresetStore *store, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_store(store)
    , m_clock([] { return QDateTime::currentDateTime(); })
{}

QString PresetLauncher::launch(const QString &fileName)
{
    if (isRunning())
        return tr("A broadcast is already being created from a preset.");
    if (!m_session)
        return tr("Sign in first.");
    const PresetResult<BroadcastPreset> preset = m_store->load(fileName);
    if (!preset.isOk())
        return preset.error().message();
    const BroadcastPlan plan =
        BroadcastPlan::fromPreset(preset.value(), m_clock(), preset.value().nextNumber);
    if (!plan.isSendable())
        return tr("The preset \"%1\" cannot be sent: %2")
            .arg(preset.value().name, plan.problems.join(QStringLiteral("; ")));

    m_running = fileName;
    if (plan.thumbnailPath.isEmpty()) {
        send(plan, preset.value().name, {});
        return {};
    }
    // The thumbnail (up to 50 MB) is read off the GUI thread; the broadcast follows.
    const QString name = preset.value().name;
    ThumbnailReader::read(plan.thumbnailPath, this,
                          [this, plan, name](ThumbnailReader::File thumbnail) {
                              if (!thumbnail.isOk()) {
                                  const QString file = m_running;
                                  finish();
                                  Q_EMIT launchFailed(file, thumbnail.error);
                                  return;
                              }
                              send(plan, name, thumbnail);
                          });
    return {};
}

void PresetLauncher::send(const BroadcastPlan &plan, const QString &presetName,
                          const ThumbnailReader::File &thumbnail)
{
    m_session->eventLog()->add(tr("Create from preset"), EventLog::Outcome::Info,
                               tr("\"%1\" → \"%2\"").arg(presetName, plan.broadcast.snippet.title));
    m_session->createBroadcast(
        plan.broadcast, plan.categoryId, plan.tags, thumbnail.bytes, thumbnail.mimeType,
        [self = QPointer<PresetLauncher>(this), plan](Result<LiveBroadcast> r) {
            if (self)
                self->created(plan, r);
        });
}

void PresetLauncher::created(const BroadcastPlan &plan, const Result<LiveBroadcast> &r)
{
    const QString file = m_running;
    finish();
    if (!r.isOk()) {
        Q_EMIT launchFailed(file, r.error().message);
        return;
    }
    // The insert succeeded: {n} moves on, whatever happens to the stream binding.
    const PresetResult<int> counter = m_store->advanceCounter(file);
    if (!counter.isOk())
        m_session->eventLog()->add(tr("Preset counter"), EventLog::Outcome::Failed,
                                   counter.error().message());
    if (plan.newStream)
        m_session->createAndBindStream(*plan.newStream);
    else
        m_session->bindExistingStream(plan.reuseStreamId);
    Q_EMIT launched(file, r.value().id, plan.number);
}

void PresetLauncher::finish()
{
    m_running.clear();
}

} // namespace onair
