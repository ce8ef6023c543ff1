#include "google/oauth/AccountSession.h"
#include "google/youtube/QuotaLedger.h"
#include "google/youtube/YouTubeClient.h"
#include "google/youtube/upload/UploadMetadata.h"
#include "google/youtube/upload/VideoUpload.h"

#include "ScriptedServer.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace onair;

namespace {

const QByteArray kVideo =
    R"({"kind":"youtube#video","id":"vid1","status":{"uploadStatus":"uploaded"}})";

QByteArray rangeUpTo(qint64 stored)
{
    return "Range: bytes=0-" + QByteArray::number(stored - 1);
}

} // namespace

// The resumable upload against a server scripted after reference §7.4: chunks that are
// multiples of 256 KiB, the status query after a failure and the resume from the server's
// offset, a new session after a 404, Retry-After, pause, cancel and a changed file.
class TestVideoUpload : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void storedBytes_data();
    void storedBytes();
    void sendsChunksOfQuantumAndCompletes();
    void droppedChunkResumesFromServersOffset();
    void expiredSessionStartsOverFromZero();
    void serverErrorWaitsRetryAfterThenAsks();
    void pauseAbortsAndStartAsksFirst();
    void cancelEndsServerSession();
    void changedFileIsNeverResumed();
    void onlyTheSessionStartIsCharged();

private:
    QString makeFile(qint64 size);
    std::unique_ptr<VideoUpload> upload(const QString &path, const QString &sessionUri = {},
                                        qint64 offset = 0);
    QByteArray sessionUri(const QByteArray &id) const;
    bool finish(VideoUpload &u);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AccountSession> m_account;
    std::unique_ptr<YouTubeClient> m_client;
    std::unique_ptr<ScriptedServer> m_server;
    QStringList m_log;
};

void TestVideoUpload::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_account = std::make_unique<AccountSession>(QStringLiteral("t"), ClientCredentials(), nullptr,
                                                 nullptr);
    TokenSet t;
    t.accessToken = QStringLiteral("test-access-token");
    t.refreshToken = QStringLiteral("test-refresh-token");
    t.expiresAt = QDateTime::currentDateTimeUtc().addSecs(3600);
    m_account->adopt(t, this, [](Result<bool>) {});
    m_client = std::make_unique<YouTubeClient>(m_account.get());
    m_server = std::make_unique<ScriptedServer>();
    m_client->setRootUrl(m_server->root());
    m_log.clear();
}

void TestVideoUpload::cleanup()
{
    m_client.reset();
    m_account.reset();
    m_server.reset();
    m_dir.reset();
}

QString TestVideoUpload::makeFile(qint64 size)
{
    const QString path = m_dir->filePath(QStringLiteral("show.mp4"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    QByteArray block(64 * 1024, Qt::Uninitialized);
    for (qint64 written = 0; written < size; written += block.size()) {
        for (int i = 0; i < block.size(); ++i)
            block[i] = char((written + i) * 7 % 251);
        f.write(block.constData(), std::min<qint64>(block.size(), size - written));
    }
    return path;
}

QByteArray TestVideoUpload::sessionUri(const QByteArray &id) const
{
    return m_server->root().toString().toUtf8() +
           "upload/youtube/v3/videos?uploadType=resumable&upload_id=" + id;
}

std::unique_ptr<VideoUpload> TestVideoUpload::upload(const QString &path, const QString &sessionUri,
                                                     qint64 offset)
{
    UploadRecord r;
    r.id = QStringLiteral("u1");
    r.file = *FileIdentity::of(path);
    UploadMetadata m;
    m.title = QStringLiteral("The show");
    r.metadata = m.toJson();
    r.sessionUri = sessionUri;
    r.offset = offset;
    auto u = std::make_unique<VideoUpload>(m_client.get(), r);
    RetryPolicy::Limits fast;
    fast.maxAttempts = 11;
    fast.baseDelayMs = 10;
    fast.maxDelayMs = 5000;
    u->setRetryPolicy(RetryPolicy(fast));
    connect(u.get(), &VideoUpload::logged, this, [this](const QString &s) { m_log << s; });
    return u;
}

bool TestVideoUpload::finish(VideoUpload &u)
{
    QSignalSpy finished(&u, &VideoUpload::finished);
    u.start();
    return finished.wait(20000) || finished.count() > 0;
}

void TestVideoUpload::storedBytes_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<qint64>("stored"); // -1: unreadable
    QTest::newRow("nothing stored: no header") << QByteArray() << qint64(0);
    QTest::newRow("one byte") << QByteArray("bytes=0-0") << qint64(1);
    QTest::newRow("one quantum") << QByteArray("bytes=0-262143") << qint64(262144);
    QTest::newRow("large") << QByteArray("bytes=0-10737418239") << qint64(10737418240);
    QTest::newRow("not from zero") << QByteArray("bytes=5-9") << qint64(-1);
    QTest::newRow("garbage") << QByteArray("lots") << qint64(-1);
    QTest::newRow("negative") << QByteArray("bytes=0--4") << qint64(-1);
}

void TestVideoUpload::storedBytes()
{
    QFETCH(QByteArray, header);
    QFETCH(qint64, stored);
    const std::optional<qint64> got = VideoUpload::storedBytes(header);
    QCOMPARE(got.value_or(-1), stored);
}

void TestVideoUpload::sendsChunksOfQuantumAndCompletes()
{
    const qint64 size = 614400; // 2 quanta and a bit
    auto u = upload(makeFile(size));
    u->setChunkBytes(VideoUpload::kChunkQuantum + 1000); // rounded down to one quantum
    m_server->statuses = {200, 308, 308, 201};
    m_server->answerHeaders = {
        "Location: " + sessionUri("s1"), rangeUpTo(262144), rangeUpTo(524288), {}};
    m_server->answerBodies = {{}, {}, {}, kVideo};
    QVERIFY(finish(*u));
    QCOMPARE(u->record().state, UploadRecord::State::Done);
    QCOMPARE(u->record().resultId, QStringLiteral("vid1"));
    QCOMPARE(m_server->requestLines.size(), 4);
    QVERIFY(m_server->requestLines[0].startsWith(
        "POST /upload/youtube/v3/videos?uploadType=resumable&part=snippet,status"));
    QVERIFY(m_server->requestHeads[0].contains("X-Upload-Content-Length: 614400"));
    QVERIFY(m_server->requestHeads[0].contains("Authorization: Bearer test-access-token"));
    QVERIFY(m_server->requestLines[1].startsWith("PUT /upload/youtube/v3/videos?"));
    QVERIFY(m_server->requestHeads[1].contains("Content-Range: bytes 0-262143/614400"));
    QVERIFY(m_server->requestHeads[1].contains("Authorization: Bearer test-access-token"));
    QVERIFY(m_server->requestHeads[2].contains("Content-Range: bytes 262144-524287/614400"));
    QVERIFY(m_server->requestHeads[3].contains("Content-Range: bytes 524288-614399/614400"));
    QCOMPARE(m_server->requestBodySizes[1] + m_server->requestBodySizes[2] +
                 m_server->requestBodySizes[3],
             size);
    QCOMPARE(u->bytesSent(), size);
}

void TestVideoUpload::droppedChunkResumesFromServersOffset()
{
    const qint64 size = 1048576;
    auto u = upload(makeFile(size));
    u->setChunkBytes(size);
    m_server->script = {ScriptedServer::Mode::Answer, ScriptedServer::Mode::Drop};
    m_server->statuses = {200, 308, 201};
    m_server->answerHeaders = {"Location: " + sessionUri("s1"), rangeUpTo(393216), {}};
    m_server->answerBodies = {{}, {}, kVideo};
    QVERIFY(finish(*u));
    QCOMPARE(u->record().state, UploadRecord::State::Done);
    // open, the dropped chunk (never resent by Qt), the status query, the rest.
    QCOMPARE(m_server->requestLines.size(), 4);
    QVERIFY(m_server->requestHeads[2].contains("Content-Range: bytes */1048576"));
    QCOMPARE(m_server->requestBodySizes[2], 0);
    QVERIFY(m_server->requestHeads[3].contains("Content-Range: bytes 393216-1048575/1048576"));
    QCOMPARE(m_server->requestBodySizes[3], size - 393216);
    QVERIFY(u->bytesSent() < size + u->chunkBytes());
}

void TestVideoUpload::expiredSessionStartsOverFromZero()
{
    const qint64 size = 786432;
    auto u = upload(makeFile(size), QString::fromUtf8(sessionUri("old")), 524288);
    u->setChunkBytes(size);
    m_server->statuses = {404, 200, 201};
    m_server->answerHeaders = {{}, "Location: " + sessionUri("new"), {}};
    m_server->answerBodies = {
        R"({"error":{"code":404,"message":"Not Found","errors":[{"reason":"notFound"}]}})",
        {},
        kVideo};
    QVERIFY(finish(*u));
    QCOMPARE(u->record().state, UploadRecord::State::Done);
    QCOMPARE(m_server->requestLines.size(), 3);
    QVERIFY(m_server->requestLines[0].contains("upload_id=old"));
    QVERIFY(m_server->requestHeads[0].contains("Content-Range: bytes */786432"));
    QVERIFY(m_server->requestLines[1].startsWith("POST "));
    QVERIFY(m_server->requestLines[2].contains("upload_id=new"));
    QVERIFY(m_server->requestHeads[2].contains("Content-Range: bytes 0-786431/786432"));
    QVERIFY(m_log.join(QLatin1Char('\n')).contains(QStringLiteral("from byte 0")));
}

void TestVideoUpload::serverErrorWaitsRetryAfterThenAsks()
{
    const qint64 size = 524288;
    auto u = upload(makeFile(size));
    u->setChunkBytes(size);
    m_server->statuses = {200, 503, 308, 201};
    m_server->answerHeaders = {
        "Location: " + sessionUri("s1"), "Retry-After: 2", rangeUpTo(262144), {}};
    m_server->answerBodies = {
        {}, R"({"error":{"code":503,"message":"Backend Error"}})", {}, kVideo};
    QVERIFY(finish(*u));
    QCOMPARE(u->record().state, UploadRecord::State::Done);
    QCOMPARE(m_server->requestLines.size(), 4); // open, the 503, the query, the rest
    QVERIFY(m_log.join(QLatin1Char('\n')).contains(QStringLiteral("what it has in 2 s")));
    QVERIFY(m_server->requestHeads[2].contains("Content-Range: bytes */524288"));
    QVERIFY(m_server->requestHeads[3].contains("Content-Range: bytes 262144-524287/524288"));
}

void TestVideoUpload::pauseAbortsAndStartAsksFirst()
{
    const qint64 size = 524288;
    auto u = upload(makeFile(size));
    u->setChunkBytes(size);
    m_server->script = {ScriptedServer::Mode::Answer, ScriptedServer::Mode::Stall};
    m_server->statuses = {200, 308, 201};
    m_server->answerHeaders = {"Location: " + sessionUri("s1"), rangeUpTo(262144), {}};
    m_server->answerBodies = {{}, {}, kVideo};
    u->start();
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requestLines.size(), 2, 10000);
    u->pause();
    QCOMPARE(u->record().state, UploadRecord::State::Paused);
    QVERIFY(!u->isRunning());
    QVERIFY(finish(*u));
    QCOMPARE(u->record().state, UploadRecord::State::Done);
    QCOMPARE(m_server->requestLines.size(), 4);
    QVERIFY(m_server->requestHeads[2].contains("Content-Range: bytes */524288"));
    QVERIFY(m_server->requestHeads[3].contains("Content-Range: bytes 262144-524287/524288"));
}

void TestVideoUpload::cancelEndsServerSession()
{
    const qint64 size = 524288;
    auto u = upload(makeFile(size));
    m_server->script = {ScriptedServer::Mode::Answer, ScriptedServer::Mode::Stall};
    m_server->statuses = {200, 204};
    m_server->answerHeaders = {"Location: " + sessionUri("s1")};
    m_server->answerBodies = {{}, {}};
    u->start();
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requestLines.size(), 2, 10000);
    u->cancel();
    QCOMPARE(u->record().state, UploadRecord::State::Cancelled);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requestLines.size(), 3, 10000);
    QVERIFY(m_server->requestLines[2].startsWith("DELETE /upload/youtube/v3/videos?"));
    QVERIFY(m_server->requestLines[2].contains("upload_id=s1"));
    QVERIFY(u->record().sessionUri.isEmpty());
}

void TestVideoUpload::changedFileIsNeverResumed()
{
    const QString path = makeFile(524288);
    auto u = upload(path, QString::fromUtf8(sessionUri("s1")), 262144);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(10);
        f.write("changed"); // same size, other bytes
        f.flush();
        QVERIFY(f.setFileTime(QDateTime::currentDateTimeUtc().addSecs(5),
                              QFileDevice::FileModificationTime));
    }
    QVERIFY(finish(*u));
    QCOMPARE(u->record().state, UploadRecord::State::Failed);
    QVERIFY2(u->record().lastError.contains(QStringLiteral("changed since the upload started")),
             qPrintable(u->record().lastError));
    QVERIFY(m_server->requestLines.isEmpty());

    // Started again, it is a new upload of the file as it is now.
    u->startOver();
    m_server->statuses = {200, 201};
    m_server->answerHeaders = {"Location: " + sessionUri("s2"), {}};
    m_server->answerBodies = {{}, kVideo};
    QVERIFY(finish(*u));
    QCOMPARE(u->record().state, UploadRecord::State::Done);
    QVERIFY(m_server->requestLines[0].startsWith("POST "));
    QVERIFY(m_server->requestHeads[1].contains("Content-Range: bytes 0-524287/524288"));
}

void TestVideoUpload::onlyTheSessionStartIsCharged()
{
    QTemporaryDir quotaDir;
    QuotaLedger ledger(quotaDir.filePath(QStringLiteral("q.json")));
    m_client->setQuotaLedger(&ledger);
    const qint64 size = 614400;
    auto u = upload(makeFile(size));
    u->setChunkBytes(VideoUpload::kChunkQuantum);
    m_server->statuses = {200, 308, 308, 201};
    m_server->answerHeaders = {
        "Location: " + sessionUri("s1"), rangeUpTo(262144), rangeUpTo(524288), {}};
    m_server->answerBodies = {{}, {}, {}, kVideo};
    QVERIFY(finish(*u));
    QCOMPARE(u->record().state, UploadRecord::State::Done);
    QCOMPARE(ledger.uploadsSpentToday(), 1);
    QCOMPARE(ledger.spentToday(), 0);
}

QTEST_GUILESS_MAIN(TestVideoUpload)
#include "tst_videoupload.moc"
