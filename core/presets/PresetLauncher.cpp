#include "presets/PresetLauncher.h"

#include "net/ApiError.h"
#include "presets/BroadcastPlan.h"
#include "presets/PresetStore.h"
#include "show/BroadcastSession.h"

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
    const QString before = m_session->broadcast() ? m_session->broadcast()->id : QString();
    m_onBroadcast =
        connect(m_session, &BroadcastSession::broadcastChanged, this, [this, before, plan] {
            const auto &b = m_session->broadcast();
            if (!b || b->id == before)
                return;
            const QString file = m_running;
            const QString id = b->id;
            finish();
            // The insert succeeded: {n} moves on, whatever happens to the stream binding.
            const PresetResult<int> counter = m_store->advanceCounter(file);
            if (!counter.isOk())
                m_session->eventLog()->add(tr("Preset counter"), EventLog::Outcome::Failed,
                                           counter.error().message());
            if (plan.newStream)
                m_session->createAndBindStream(*plan.newStream);
            else
                m_session->bindExistingStream(plan.reuseStreamId);
            Q_EMIT launched(file, id, plan.number);
        });
    m_onFailure = connect(m_session, &BroadcastSession::actionFailed, this,
                          [this](const QString &action, const ApiError &error) {
                              if (action != BroadcastSession::tr("Create broadcast"))
                                  return;
                              const QString file = m_running;
                              finish();
                              Q_EMIT launchFailed(file, error.message);
                          });
    m_session->eventLog()->add(tr("Create from preset"), EventLog::Outcome::Info,
                               tr("\"%1\" → \"%2\"").arg(presetName, plan.broadcast.snippet.title));
    m_session->createBroadcast(plan.broadcast, plan.categoryId, plan.tags, thumbnail.bytes,
                               thumbnail.mimeType);
}

void PresetLauncher::finish()
{
    disconnect(m_onBroadcast);
    disconnect(m_onFailure);
    m_running.clear();
}

} // namespace onair
