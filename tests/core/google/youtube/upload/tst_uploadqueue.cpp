#include "ClientTestSupport.h"
#include "google/youtube/upload/UploadMetadata.h"
#include "google/youtube/upload/UploadQueue.h"
#include "google/youtube/upload/VideoUpload.h"
#include "upload/UploadStore.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace onair;
using onair::test::SandboxProcess;

// The account's upload queue against the real sandbox, as the Uploads panel drives it: pause
// and resume go on in the same server session, cancel ends the session on the server (a
// DELETE to its URI), a reordered queue uploads in its new order, the thumbnail is set on the
// new video after the insert, and processing is followed again after a restart, its outcome
// saved. Each ends with the sandbox's own count of videos.
// A queue that only shows another process's uploads takes them over when that one stops
// (its lock goes) or dies (its lock stays, stale): the upload goes on in its session, one video.
class TestUploadQueue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void pauseThenResumeGoesOnInTheSameSession();
    void cancelEndsTheServerSession();
    void moveChangesWhatUploadsNext();
    void thumbnailIsSetOnTheNewVideo();
    void processingIsFollowedAgainAfterARestart();
    void aStoppedRunnersUploadIsTakenOver();
    void aKilledRunnersUploadIsTakenOver();

private:
    QString makeFile(qint64 size, const QString &name = QString());
    std::unique_ptr<UploadQueue> newQueue();
    UploadMetadata metadata(const QString &title) const;
    QJsonArray videos();
    QJsonArray sessions();
    // The DELETE requests the sandbox received for an upload session.
    int sessionDeletes(const QString &sessionUri);
    void fault(const QString &spec);
    // A queue running `path`'s upload, past its first chunks.
    std::unique_ptr<UploadQueue> halfUploading(const QString &path);

    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<AccountSession> m_account;
    std::unique_ptr<YouTubeClient> m_client;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_storePath;
    int m_files = 0;
};

void TestUploadQueue::initTestCase()
{
    const QString why =
        test::startSandboxClient({QStringLiteral("--no-ingest")}, m_sandbox, m_account, m_client);
    QVERIFY2(why.isEmpty(), qPrintable(why));
}

void TestUploadQueue::init()
{
    QVERIFY(m_sandbox->control("POST", QStringLiteral("reset"))
                .value(QStringLiteral("reset"))
                .toBool());
    m_sandbox->control(
        "POST", QStringLiteral("youtube/uploads"),
        {{QStringLiteral("lifetimeSeconds"), 604800}, {QStringLiteral("processingSeconds"), 1}});
    m_dir = std::make_unique<QTemporaryDir>();
    m_storePath = UploadStore::pathForAccount(QStringLiteral("test"), m_dir->path());
}

void TestUploadQueue::cleanup()
{
    m_sandbox->control("DELETE", QStringLiteral("faults"));
}

void TestUploadQueue::cleanupTestCase()
{
    m_client.reset();
    m_account.reset();
    if (m_sandbox)
        QVERIFY(m_sandbox->stop());
}

QString TestUploadQueue::makeFile(qint64 size, const QString &name)
{
    const QString path =
        m_dir->filePath(name.isEmpty() ? QStringLiteral("show-%1.mp4").arg(++m_files) : name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    QByteArray block(256 * 1024, Qt::Uninitialized);
    for (qint64 done = 0; done < size; done += block.size()) {
        for (int i = 0; i < block.size(); ++i)
            block[i] = char((done + i + m_files) * 13 % 251);
        f.write(block.constData(), std::min<qint64>(block.size(), size - done));
    }
    return path;
}

std::unique_ptr<UploadQueue> TestUploadQueue::newQueue()
{
    auto q = std::make_unique<UploadQueue>(m_client.get());
    q->setChunkBytes(VideoUpload::kChunkQuantum);
    q->setProcessingIntervalMs(200);
    q->open(m_storePath);
    return q;
}

UploadMetadata TestUploadQueue::metadata(const QString &title) const
{
    UploadMetadata m;
    m.title = title;
    return m;
}

QJsonArray TestUploadQueue::videos()
{
    return m_sandbox->control("GET", QStringLiteral("youtube/uploads"))
        .value(QStringLiteral("videos"))
        .toArray();
}

QJsonArray TestUploadQueue::sessions()
{
    return m_sandbox->control("GET", QStringLiteral("youtube/uploads"))
        .value(QStringLiteral("sessions"))
        .toArray();
}

int TestUploadQueue::sessionDeletes(const QString &sessionUri)
{
    const QString uploadId =
        QUrlQuery(QUrl(sessionUri)).queryItemValue(QStringLiteral("upload_id"));
    int n = 0;
    const QJsonArray log = m_sandbox->control("GET", QStringLiteral("requests"))
                               .value(QStringLiteral("requests"))
                               .toArray();
    for (const QJsonValue &r : log) {
        if (r[QStringLiteral("method")].toString() == QLatin1String("DELETE") &&
            r[QStringLiteral("query")].toString().contains(uploadId))
            ++n;
    }
    return n;
}

void TestUploadQueue::fault(const QString &spec)
{
    const QJsonObject answer =
        m_sandbox->control("POST", QStringLiteral("faults"), {{QStringLiteral("spec"), spec}});
    QVERIFY2(!answer.contains(QStringLiteral("error")), qPrintable(spec));
}

void TestUploadQueue::pauseThenResumeGoesOnInTheSameSession()
{
    const qint64 size = 4 * 1024 * 1024;
    const QString path = makeFile(size);
    auto q = newQueue();
    QString id;
    connect(q.get(), &UploadQueue::progressed, this, [&](const QString &item) {
        const std::optional<UploadRecord> r = q->item(item);
        if (id.isEmpty() && r && r->offset >= 2 * VideoUpload::kChunkQuantum) {
            id = item;
            q->pause(item);
        }
    });
    QVERIFY(q->add(path, metadata(QStringLiteral("Paused show"))).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!id.isEmpty() && q->item(id)->state == UploadRecord::State::Paused,
                             30000);
    const UploadRecord paused = *q->item(id);
    QVERIFY(paused.offset > 0 && paused.offset < size);
    QVERIFY(!paused.sessionUri.isEmpty());
    QCOMPARE(videos().size(), 0);

    QSignalSpy uploaded(q.get(), &UploadQueue::uploaded);
    q->resume(id);
    QVERIFY(uploaded.wait(30000));
    QCOMPARE(q->item(id)->state, UploadRecord::State::Done);
    // One session, one video: the resume went on where YouTube stopped.
    QCOMPARE(sessions().size(), 1);
    QCOMPARE(sessions()[0][QStringLiteral("bytesReceived")].toDouble(), double(size));
    QCOMPARE(videos().size(), 1);
    QCOMPARE(videos()[0][QStringLiteral("videoId")].toString(), q->item(id)->resultId);
}

void TestUploadQueue::cancelEndsTheServerSession()
{
    auto q = newQueue();
    // One cancelled while it sends, one cancelled while it is paused.
    QStringList paused;
    connect(q.get(), &UploadQueue::progressed, this, [&](const QString &item) {
        const std::optional<UploadRecord> r = q->item(item);
        if (!paused.contains(item) && r && r->state == UploadRecord::State::Uploading &&
            r->offset >= VideoUpload::kChunkQuantum) {
            paused << item;
            if (paused.size() == 1)
                q->cancel(item);
            else
                q->pause(item);
        }
    });
    QVERIFY(q->add(makeFile(2 * 1024 * 1024), metadata(QStringLiteral("Sending"))).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(paused.size() == 1, 30000);
    const UploadRecord sending = *q->item(paused[0]);
    QCOMPARE(sending.state, UploadRecord::State::Cancelled);
    QVERIFY(q->add(makeFile(2 * 1024 * 1024), metadata(QStringLiteral("Paused"))).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(
        paused.size() == 2 && q->item(paused[1])->state == UploadRecord::State::Paused, 30000);
    const QString pausedSession = q->item(paused[1])->sessionUri;
    QVERIFY(!pausedSession.isEmpty());
    q->cancel(paused[1]);
    QCOMPARE(q->item(paused[1])->state, UploadRecord::State::Cancelled);

    const QJsonArray s = sessions();
    QCOMPARE(s.size(), 2);
    for (const QJsonValue &session : s) {
        const QString uri = m_sandbox->api().toString() +
                            QStringLiteral("upload/youtube/v3/videos?upload_id=") +
                            session[QStringLiteral("uploadId")].toString();
        QTRY_COMPARE_WITH_TIMEOUT(sessionDeletes(uri), 1, 10000);
    }
    QCOMPARE(videos().size(), 0);
}

void TestUploadQueue::moveChangesWhatUploadsNext()
{
    // Each session start waits half a second: the three are queued before the first is sent.
    fault(QStringLiteral("latency=500@videos.insert"));
    auto q = newQueue();
    QStringList order;
    connect(q.get(), &UploadQueue::uploaded, this, [&](const QString &item, const QString &) {
        order << QFileInfo(q->item(item)->file.path).fileName();
    });
    for (const QString &name :
         {QStringLiteral("a.mp4"), QStringLiteral("b.mp4"), QStringLiteral("c.mp4")})
        QVERIFY(q->add(makeFile(512 * 1024, name), metadata(name)).isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(q->items().size(), 3, 10000);
    QCOMPARE(q->items()[0].state, UploadRecord::State::Uploading);
    q->move(q->items()[2].id, -1); // c before b
    QTRY_COMPARE_WITH_TIMEOUT(order.size(), 3, 30000);
    QCOMPARE(order, (QStringList{QStringLiteral("a.mp4"), QStringLiteral("c.mp4"),
                                 QStringLiteral("b.mp4")}));
    QCOMPARE(videos().size(), 3);
}

void TestUploadQueue::thumbnailIsSetOnTheNewVideo()
{
    const QString thumbnail = m_dir->filePath(QStringLiteral("thumb.png"));
    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    png += QByteArray(200, 'x');
    {
        QFile f(thumbnail);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(png);
    }
    auto q = newQueue();
    UploadMetadata m = metadata(QStringLiteral("With a thumbnail"));
    m.thumbnailPath = thumbnail;
    QSignalSpy uploaded(q.get(), &UploadQueue::uploaded);
    QVERIFY(q->add(makeFile(1024 * 1024), m).isEmpty());
    QVERIFY(uploaded.wait(30000));
    const QString videoId = uploaded.first().at(1).toString();
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox->requestCount(QStringLiteral("thumbnails.set")), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_sandbox->request("GET", QStringLiteral("vi/%1/default.jpg").arg(videoId)).body, png,
        10000);
    QCOMPARE(videos().size(), 1);
}

void TestUploadQueue::processingIsFollowedAgainAfterARestart()
{
    m_sandbox->control("POST", QStringLiteral("youtube/uploads"),
                       {{QStringLiteral("processingSeconds"), 3}});
    fault(QStringLiteral("rejected=duplicate@videos.insert"));
    QString id;
    QString videoId;
    {
        auto q = newQueue();
        QSignalSpy uploaded(q.get(), &UploadQueue::uploaded);
        QVERIFY(q->add(makeFile(1024 * 1024), metadata(QStringLiteral("Rejected"))).isEmpty());
        QVERIFY(uploaded.wait(30000));
        id = uploaded.first().at(0).toString();
        videoId = uploaded.first().at(1).toString();
        QVERIFY(q->item(id)->awaitsProcessing());
    } // OnAir stops while YouTube processes the video

    UploadStore store(m_storePath);
    QList<UploadRecord> saved = store.load();
    QCOMPARE(saved.size(), 1);
    QVERIFY(saved[0].awaitsProcessing());

    auto q = std::make_unique<UploadQueue>(m_client.get());
    q->setProcessingIntervalMs(200);
    QSignalSpy finished(q.get(), &UploadQueue::processingFinished);
    q->open(m_storePath);
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.first().at(1).toString(), videoId);
    QCOMPARE(finished.first().at(2).toBool(), false);
    QCOMPARE(finished.first().at(3).toString(), QStringLiteral("duplicate"));
    QCOMPARE(q->item(id)->processing, QStringLiteral("rejected"));
    QCOMPARE(q->item(id)->processingReason, QStringLiteral("duplicate"));
    q.reset(); // saved: the next start does not follow it again
    saved = UploadStore(m_storePath).load();
    QCOMPARE(saved[0].processing, QStringLiteral("rejected"));
    QVERIFY(!saved[0].awaitsProcessing());
    QCOMPARE(videos().size(), 1);
}

std::unique_ptr<UploadQueue> TestUploadQueue::halfUploading(const QString &path)
{
    auto runner = newQueue();
    if (!runner->isRunner() || !runner->add(path, metadata(QStringLiteral("Taken over"))).isEmpty())
        return nullptr;
    const bool started = QTest::qWaitFor(
        [&] {
            return !runner->items().isEmpty() &&
                   runner->items().first().offset >= 2 * VideoUpload::kChunkQuantum;
        },
        30000);
    return started ? std::move(runner) : nullptr;
}

void TestUploadQueue::aStoppedRunnersUploadIsTakenOver()
{
    const qint64 size = 4 * 1024 * 1024;
    const QString path = makeFile(size);
    auto runner = halfUploading(path);
    QVERIFY(runner);
    auto window = newQueue();
    QVERIFY(!window->isRunner());
    QSignalSpy uploaded(window.get(), &UploadQueue::uploaded);
    runner.reset(); // pauses (YouTube keeps the session), saves, lets its lock go
    QVERIFY(uploaded.wait(30000));
    QVERIFY(window->isRunner());
    QCOMPARE(sessions().size(), 1);
    QCOMPARE(sessions()[0][QStringLiteral("bytesReceived")].toDouble(), double(size));
    QCOMPARE(videos().size(), 1);
}

void TestUploadQueue::aKilledRunnersUploadIsTakenOver()
{
    const qint64 size = 4 * 1024 * 1024;
    auto stopped = halfUploading(makeFile(size));
    QVERIFY(stopped);
    stopped.reset();
    // As a killed runner leaves it: still `uploading` in the file.
    UploadStore store(m_storePath);
    QList<UploadRecord> saved = store.load();
    QCOMPARE(saved.size(), 1);
    saved[0].state = UploadRecord::State::Uploading;
    QVERIFY(store.save(saved));
    // The runner's lock, as a process that is then killed leaves it (QLockFile's own lines:
    // pid, application, host); the process is a sleep standing in for `onair --headless`.
    QProcess runner;
    runner.start(QStringLiteral("sleep"), {QStringLiteral("60")});
    QVERIFY(runner.waitForStarted(5000));
    QFile lock(UploadQueue::lockPath(m_storePath));
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.write(QByteArray::number(runner.processId()) + "\nsleep\n" +
               QSysInfo::machineHostName().toUtf8() + "\n");
    lock.close();
    auto window = newQueue();
    QVERIFY(!window->isRunner());
    QSignalSpy uploaded(window.get(), &UploadQueue::uploaded);
    runner.kill(); // its lock stays behind, stale: nothing in the folder changes
    QVERIFY(runner.waitForFinished(5000));
    QVERIFY(uploaded.wait(30000));
    QVERIFY(window->isRunner());
    QCOMPARE(sessions().size(), 1);
    QCOMPARE(sessions()[0][QStringLiteral("bytesReceived")].toDouble(), double(size));
    QCOMPARE(videos().size(), 1);
}

QTEST_GUILESS_MAIN(TestUploadQueue)
#include "tst_uploadqueue.moc"
