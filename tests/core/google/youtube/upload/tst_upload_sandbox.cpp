#include "ClientTestSupport.h"
#include "google/youtube/upload/UploadMetadata.h"
#include "google/youtube/upload/VideoUpload.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace onair;
using onair::test::SandboxProcess;

// The resumable upload against the real sandbox under each upload fault: a connection dropped
// in the middle of the body resumes from the server's offset (the bytes sent in all stay below
// the file plus one chunk), an expired session starts over from byte 0, a 503 on a chunk and a
// 401 in the middle (tokens expired) are ridden out; each ends with exactly one video whose
// bytes are the file's (the sandbox's SHA-256 of what it stored).
class TestUploadSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void dropInTheMiddleResumesFromServersOffset();
    void expiredSessionStartsOverFromZero();
    void serverErrorOnChunkIsRiddenOut();
    void expiredTokenInTheMiddleRefreshesAndGoesOn();

private:
    QString makeFile(qint64 size);
    std::unique_ptr<VideoUpload> upload(const QString &path, qint64 chunkBytes);
    bool run(VideoUpload &u);
    QJsonArray videos();
    QJsonArray sessions();
    QString sha256(const QString &path);
    void fault(const QString &spec);

    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<AccountSession> m_account;
    std::unique_ptr<YouTubeClient> m_client;
    QTemporaryDir m_dir;
    QStringList m_log;
    int m_files = 0;
};

void TestUploadSandbox::initTestCase()
{
    const QString why =
        test::startSandboxClient({QStringLiteral("--no-ingest")}, m_sandbox, m_account, m_client);
    QVERIFY2(why.isEmpty(), qPrintable(why));
}

void TestUploadSandbox::init()
{
    QVERIFY(m_sandbox->control("POST", QStringLiteral("reset"))
                .value(QStringLiteral("reset"))
                .toBool());
    m_sandbox->control("POST", QStringLiteral("youtube/uploads"),
                       {{QStringLiteral("lifetimeSeconds"), 604800}});
    m_log.clear();
}

void TestUploadSandbox::cleanupTestCase()
{
    m_client.reset();
    m_account.reset();
    if (m_sandbox)
        QVERIFY(m_sandbox->stop());
}

QString TestUploadSandbox::makeFile(qint64 size)
{
    const QString path = m_dir.filePath(QStringLiteral("show-%1.mp4").arg(++m_files));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    QByteArray block(256 * 1024, Qt::Uninitialized);
    for (qint64 done = 0; done < size; done += block.size()) {
        for (int i = 0; i < block.size(); ++i)
            block[i] = char((done + i) * 13 % 251);
        f.write(block.constData(), std::min<qint64>(block.size(), size - done));
    }
    return path;
}

QString TestUploadSandbox::sha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return QString::fromLatin1(h.result().toHex());
}

std::unique_ptr<VideoUpload> TestUploadSandbox::upload(const QString &path, qint64 chunkBytes)
{
    UploadRecord r;
    r.id = QStringLiteral("u");
    r.file = *FileIdentity::of(path);
    UploadMetadata m;
    m.title = QStringLiteral("Recording %1").arg(m_files);
    r.metadata = m.toJson();
    auto u = std::make_unique<VideoUpload>(m_client.get(), r);
    u->setChunkBytes(chunkBytes);
    RetryPolicy::Limits fast;
    fast.maxAttempts = 11;
    fast.baseDelayMs = 20;
    fast.maxDelayMs = 200;
    u->setRetryPolicy(RetryPolicy(fast));
    connect(u.get(), &VideoUpload::logged, this, [this](const QString &s) { m_log << s; });
    return u;
}

bool TestUploadSandbox::run(VideoUpload &u)
{
    QSignalSpy finished(&u, &VideoUpload::finished);
    u.start();
    return finished.wait(60000) || !finished.isEmpty();
}

QJsonArray TestUploadSandbox::videos()
{
    return m_sandbox->control("GET", QStringLiteral("youtube/uploads"))
        .value(QStringLiteral("videos"))
        .toArray();
}

QJsonArray TestUploadSandbox::sessions()
{
    return m_sandbox->control("GET", QStringLiteral("youtube/uploads"))
        .value(QStringLiteral("sessions"))
        .toArray();
}

void TestUploadSandbox::fault(const QString &spec)
{
    const QJsonObject answer =
        m_sandbox->control("POST", QStringLiteral("faults"), {{QStringLiteral("spec"), spec}});
    QVERIFY2(!answer.contains(QStringLiteral("error")), qPrintable(spec));
}

void TestUploadSandbox::dropInTheMiddleResumesFromServersOffset()
{
    const qint64 size = 8 * 1024 * 1024;
    const QString path = makeFile(size);
    auto u = upload(path, size); // one chunk: the drop cuts it
    fault(QStringLiteral("drop=3000000@videos.upload"));
    QVERIFY(run(*u));
    QCOMPARE(u->record().state, UploadRecord::State::Done);
    QVERIFY2(m_log.join(QLatin1Char('\n')).contains(QStringLiteral("YouTube has 3000000 of")),
             qPrintable(m_log.join(QLatin1Char('\n'))));
    QVERIFY2(u->bytesSent() < size + u->chunkBytes(), qPrintable(QString::number(u->bytesSent())));
    const QJsonArray v = videos();
    QCOMPARE(v.size(), 1);
    QCOMPARE(v[0][QStringLiteral("videoId")].toString(), u->record().resultId);
    QCOMPARE(v[0][QStringLiteral("sha256")].toString(), sha256(path));
}

void TestUploadSandbox::expiredSessionStartsOverFromZero()
{
    const qint64 size = 2 * 1024 * 1024;
    const QString path = makeFile(size);
    auto u = upload(path, VideoUpload::kChunkQuantum);
    // Paused once YouTube has some of it; the session then expires on the server.
    connect(u.get(), &VideoUpload::progressed, this, [&u](qint64 bytes, qint64) {
        if (bytes >= 2 * VideoUpload::kChunkQuantum && u->isRunning() &&
            u->record().offset >= VideoUpload::kChunkQuantum)
            u->pause();
    });
    u->start();
    QTRY_VERIFY_WITH_TIMEOUT(u->record().state == UploadRecord::State::Paused, 30000);
    const QString firstSession = u->record().sessionUri;
    QVERIFY(u->record().offset > 0 && u->record().offset < size);
    m_sandbox->control("POST", QStringLiteral("youtube/uploads"),
                       {{QStringLiteral("expire"), QStringLiteral("all")}});
    disconnect(u.get(), &VideoUpload::progressed, this, nullptr);
    QVERIFY(run(*u));
    QCOMPARE(u->record().state, UploadRecord::State::Done);
    QVERIFY(m_log.join(QLatin1Char('\n')).contains(QStringLiteral("from byte 0")));
    QVERIFY(u->record().sessionUri.isEmpty());
    const QJsonArray v = videos();
    QCOMPARE(v.size(), 1);
    QCOMPARE(v[0][QStringLiteral("sha256")].toString(), sha256(path));
    // The new session got every byte from the first: nothing was spliced onto the old one.
    bool fullSession = false;
    for (const QJsonValue &s : sessions()) {
        if (s[QStringLiteral("complete")].toBool())
            fullSession = s[QStringLiteral("bytesReceived")].toDouble() == double(size);
    }
    QVERIFY(fullSession);
    QVERIFY(!firstSession.isEmpty());
}

void TestUploadSandbox::serverErrorOnChunkIsRiddenOut()
{
    const qint64 size = 1024 * 1024;
    const QString path = makeFile(size);
    auto u = upload(path, VideoUpload::kChunkQuantum);
    fault(QStringLiteral("error=503x2@videos.upload"));
    QVERIFY(run(*u));
    QCOMPARE(u->record().state, UploadRecord::State::Done);
    QVERIFY(m_log.join(QLatin1Char('\n')).contains(QStringLiteral("503")));
    const QJsonArray v = videos();
    QCOMPARE(v.size(), 1);
    QCOMPARE(v[0][QStringLiteral("sha256")].toString(), sha256(path));
}

void TestUploadSandbox::expiredTokenInTheMiddleRefreshesAndGoesOn()
{
    const qint64 size = 2 * 1024 * 1024;
    const QString path = makeFile(size);
    auto u = upload(path, VideoUpload::kChunkQuantum);
    connect(u.get(), &VideoUpload::progressed, this, [&u](qint64, qint64) {
        if (u->isRunning() && u->record().offset >= 3 * VideoUpload::kChunkQuantum)
            u->pause();
    });
    u->start();
    QTRY_VERIFY_WITH_TIMEOUT(u->record().state == UploadRecord::State::Paused, 30000);
    disconnect(u.get(), &VideoUpload::progressed, this, nullptr);
    // Every access token dies: the next request is refused with 401 in the middle.
    fault(QStringLiteral("expire-tokens"));
    const int refreshesBefore = m_sandbox->requestCount(QStringLiteral("oauth2.token"));
    QVERIFY(run(*u));
    QCOMPARE(u->record().state, UploadRecord::State::Done);
    QVERIFY(m_sandbox->requestCount(QStringLiteral("oauth2.token")) > refreshesBefore);
    const QJsonArray v = videos();
    QCOMPARE(v.size(), 1);
    QCOMPARE(v[0][QStringLiteral("sha256")].toString(), sha256(path));
}

QTEST_GUILESS_MAIN(TestUploadSandbox)
#include "tst_upload_sandbox.moc"
