#include "show/SetUpOperation.h"

#include "google/youtube/YouTubeClient.h"
#include "show/ShowContext.h"

namespace onair {

SetUpOperation::SetUpOperation(ShowContext *context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{}

QString SetUpOperation::autoStartStopAction()
{
    return tr("Auto start/stop");
}

void SetUpOperation::create(const LiveBroadcast &draft, const Extras &extras,
                            Done<LiveBroadcast> done)
{
    const QString action = tr("Create broadcast");
    m_context->beginBusy();
    const QStringList parts{QStringLiteral("snippet"), QStringLiteral("status"),
                            QStringLiteral("contentDetails")};
    m_context->client()->broadcasts().insert(
        draft, parts, this, [this, action, extras, done](Result<LiveBroadcast> r) {
            m_context->endBusy();
            if (!r.isOk()) {
                m_context->fail(action, r.error());
                done(r);
                return;
            }
            m_context->ok(action,
                          tr("Created \"%1\" (%2)").arg(r.value().snippet.title, r.value().id));
            const QString id = r.value().id;
            done(r);
            if (!extras.categoryId.isEmpty() || !extras.tags.isEmpty())
                setCategoryAndTags(id, extras.categoryId, extras.tags);
            if (!extras.thumbnail.isEmpty())
                setThumbnail(id, extras.thumbnail, extras.thumbnailMimeType);
        });
}

void SetUpOperation::setCategoryAndTags(const QString &id, const QString &categoryId,
                                        const QStringList &tags)
{
    // Category and tags belong to the video; videos.update replaces the whole snippet, so
    // read it first and send it back complete.
    const QString action = tr("Set category and tags");
    m_context->beginBusy();
    m_context->client()->videos().get(
        id, {QStringLiteral("id"), QStringLiteral("snippet")}, this,
        [this, action, categoryId, tags](Result<Video> v) {
            if (!v.isOk()) {
                m_context->endBusy();
                m_context->fail(action, v.error());
                return;
            }
            Video video = v.value();
            if (!categoryId.isEmpty())
                video.snippet.categoryId = categoryId;
            video.snippet.tags = tags;
            m_context->client()->videos().update(
                video, {QStringLiteral("snippet")}, this, [this, action](Result<Video> u) {
                    m_context->endBusy();
                    if (u.isOk())
                        m_context->ok(action, u.value().snippet.tags.join(QStringLiteral(", ")));
                    else
                        m_context->fail(action, u.error());
                });
        });
}

void SetUpOperation::setThumbnail(const QString &id, const QByteArray &image,
                                  const QString &mimeType)
{
    m_context->beginBusy();
    m_context->client()->thumbnails().set(id, image, mimeType, this, [this](Result<bool> t) {
        m_context->endBusy();
        if (t.isOk())
            m_context->ok(tr("Set thumbnail"), tr("Thumbnail uploaded"));
        else
            m_context->fail(tr("Set thumbnail"), t.error());
    });
}

void SetUpOperation::open(const QString &broadcastId, Done<LiveBroadcast> done)
{
    const QString action = tr("Open broadcast");
    m_context->beginBusy();
    m_context->client()->broadcasts().get(broadcastId, ShowContext::broadcastParts(), this,
                                          [this, action, done](Result<LiveBroadcast> r) {
                                              m_context->endBusy();
                                              if (!r.isOk())
                                                  m_context->fail(action, r.error());
                                              else
                                                  m_context->ok(action, r.value().snippet.title);
                                              done(r);
                                          });
}

void SetUpOperation::bind(const QString &broadcastId, const QString &streamId,
                          const QString &action, Done<LiveBroadcast> done)
{
    m_context->beginBusy();
    m_context->client()->broadcasts().bind(
        broadcastId, streamId, ShowContext::broadcastParts(), this,
        [this, action, streamId, done](Result<LiveBroadcast> r) {
            m_context->endBusy();
            if (!r.isOk())
                m_context->fail(action, r.error());
            else
                m_context->ok(action, streamId.isEmpty() ? tr("Stream unbound")
                                                         : tr("Bound to stream %1").arg(streamId));
            done(r);
        });
}

void SetUpOperation::createStream(const LiveStream &draft, Done<LiveStream> done)
{
    const QString action = tr("Create stream");
    m_context->beginBusy();
    m_context->client()->streams().insert(
        draft,
        {QStringLiteral("snippet"), QStringLiteral("cdn"), QStringLiteral("contentDetails"),
         QStringLiteral("status")},
        this, [this, action, done](Result<LiveStream> r) {
            m_context->endBusy();
            if (!r.isOk())
                m_context->fail(action, r.error());
            else
                m_context->ok(action, tr("Created stream \"%1\"").arg(r.value().snippet.title));
            done(r);
        });
}

void SetUpOperation::unbindAndDelete(const QString &broadcastId, const QString &oldStreamId,
                                     Done<LiveBroadcast> unbound, std::function<void()> deleted)
{
    const QString action = tr("Replace stream");
    m_context->beginBusy();
    m_context->client()->broadcasts().bind(
        broadcastId, QString(), ShowContext::broadcastParts(), this,
        [this, oldStreamId, action, unbound, deleted](Result<LiveBroadcast> r) {
            m_context->endBusy();
            if (!r.isOk()) {
                m_context->fail(action, r.error());
                unbound(r);
                return;
            }
            m_context->ok(action, tr("Unbound stream %1").arg(oldStreamId));
            unbound(r);
            if (oldStreamId.isEmpty()) {
                deleted();
                return;
            }
            m_context->beginBusy();
            m_context->client()->streams().remove(
                oldStreamId, this, [this, oldStreamId, action, deleted](Result<bool> d) {
                    m_context->endBusy();
                    if (d.isOk())
                        m_context->ok(action, tr("Deleted stream %1").arg(oldStreamId));
                    else // a reusable stream may stay
                        m_context->fail(tr("Delete old stream"), d.error());
                    deleted();
                });
        });
}

void SetUpOperation::setAutoStartStop(const LiveBroadcast &broadcast, bool autoStart, bool autoStop,
                                      Done<LiveBroadcast> done)
{
    const QString action = autoStartStopAction();
    LiveBroadcast b = broadcast;
    b.contentDetails.enableAutoStart = autoStart;
    b.contentDetails.enableAutoStop = autoStop;
    m_context->beginBusy();
    m_context->client()->broadcasts().update(
        b, {QStringLiteral("id"), QStringLiteral("contentDetails")}, this,
        [this, action, done](Result<LiveBroadcast> r) {
            m_context->endBusy();
            if (!r.isOk()) {
                m_context->fail(action, r.error());
            } else {
                const auto onOff = [](bool on) { return on ? tr("on") : tr("off"); };
                m_context->ok(action, tr("auto start %1, auto stop %2")
                                          .arg(onOff(r.value().contentDetails.enableAutoStart),
                                               onOff(r.value().contentDetails.enableAutoStop)));
            }
            done(r);
        });
}

void SetUpOperation::editVideo(const QString &id, const QString &title, const QString &description,
                               const QString &privacyStatus, Done<Video> done)
{
    const QString action = tr("Edit title and privacy");
    m_context->beginBusy();
    m_context->client()->videos().get(
        id, {QStringLiteral("id"), QStringLiteral("snippet"), QStringLiteral("status")}, this,
        [this, action, title, description, privacyStatus, done](Result<Video> v) {
            if (!v.isOk()) {
                m_context->endBusy();
                m_context->fail(action, v.error());
                done(v);
                return;
            }
            Video video = v.value();
            video.snippet.title = title;
            video.snippet.description = description;
            video.status.privacyStatus = privacyStatus;
            m_context->client()->videos().update(
                video, {QStringLiteral("snippet"), QStringLiteral("status")}, this,
                [this, action, done](Result<Video> u) {
                    m_context->endBusy();
                    if (u.isOk())
                        m_context->ok(action, u.value().snippet.title);
                    else
                        m_context->fail(action, u.error());
                    done(u);
                });
        });
}

} // namespace onair
