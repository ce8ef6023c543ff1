#include "tst_upload_command.h"

#include "SandboxProcess.h"
#include "TestEnvironment.h"
#include "google/youtube/upload/UploadQueue.h"
#include "upload/UploadStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QTest>

using onair::test::SandboxProcess;
using onair::test::TestEnvironment;

namespace {

constexpr qint64 kFileBytes = 24 * 1024 * 1024;

QString sha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return QString::fromLatin1(h.result().toHex());
}

} // namespace

void TestUploadCommand::initTestCase()
{
    QVERIFY2(TestEnvironment::isIsolated(), "run through tests/support/test-env.sh");
    m_sandbox = std::make_unique<SandboxProcess>(
        QStringList{QStringLiteral("--auto-consent"), QStringLiteral("--no-ingest")});
    QVERIFY2(m_sandbox->isReady(), qPrintable(m_sandbox->errorString()));
    m_ready =
        QString::fromUtf8(QJsonDocument(m_sandbox->readyLine()).toJson(QJsonDocument::Compact));
    m_dir = QDir::tempPath() + QStringLiteral("/tst_upload_command");
    QDir(m_dir).removeRecursively();
    QVERIFY(QDir().mkpath(m_dir));
}

void TestUploadCommand::init()
{
    QVERIFY(m_sandbox->control("POST", QStringLiteral("reset"))
                .value(QStringLiteral("reset"))
                .toBool());
    // Each chunk's answer comes 20 ms late: the upload lasts long enough to be killed midway.
    m_sandbox->control("POST", QStringLiteral("faults"),
                       {{QStringLiteral("spec"), QStringLiteral("latency=20@videos.upload")}});
}

void TestUploadCommand::cleanupTestCase()
{
    if (m_sandbox)
        QVERIFY(m_sandbox->stop());
    if (!m_dir.isEmpty()) // an empty path would be the working directory
        QDir(m_dir).removeRecursively();
}

QString TestUploadCommand::makeFile(const QString &name, qint64 size)
{
    const QString path = m_dir + QLatin1Char('/') + name;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    QByteArray block(1024 * 1024, Qt::Uninitialized);
    for (qint64 done = 0; done < size; done += block.size()) {
        for (int i = 0; i < block.size(); i += 4096)
            block[i] = char((done + i) / 4096 % 251);
        f.write(block.constData(), std::min<qint64>(block.size(), size - done));
    }
    return path;
}

QStringList TestUploadCommand::arguments(const QString &file, const QString &title) const
{
    return {QStringLiteral("upload"),          file,
            QStringLiteral("--title"),         title,
            QStringLiteral("--sandbox-ready"), m_ready,
            QStringLiteral("--chunk-mib"),     QStringLiteral("0.25")};
}

QJsonArray TestUploadCommand::videosNamed(const QString &fileName)
{
    QJsonArray out;
    const QJsonArray all = m_sandbox->control("GET", QStringLiteral("youtube/uploads"))
                               .value(QStringLiteral("videos"))
                               .toArray();
    for (const QJsonValue &v : all) {
        if (v[QStringLiteral("fileName")].toString() == fileName)
            out.append(v);
    }
    return out;
}

bool TestUploadCommand::killMidway(const QString &file, const QString &title)
{
    QProcess onair;
    onair.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    onair.start(QStringLiteral(ONAIR_APP_EXE), arguments(file, title));
    if (!onair.waitForStarted(10000))
        return false;
    // Killed once the sandbox holds a part of the file, well before all of it.
    bool midway = false;
    for (int i = 0; i < 600 && !midway && onair.state() == QProcess::Running; ++i) {
        QTest::qWait(50);
        for (const QJsonValue &s : m_sandbox->control("GET", QStringLiteral("youtube/uploads"))
                                       .value(QStringLiteral("sessions"))
                                       .toArray()) {
            const double received = s[QStringLiteral("bytesReceived")].toDouble();
            midway = midway || (received >= 1024 * 1024 && received < kFileBytes / 2);
        }
    }
    onair.kill(); // SIGKILL: nothing saved on the way out
    onair.waitForFinished(5000);
    return midway;
}

int TestUploadCommand::runToEnd(const QStringList &arguments, QByteArray *out, QByteArray *err)
{
    QProcess onair;
    onair.start(QStringLiteral(ONAIR_APP_EXE), arguments);
    if (!onair.waitForFinished(60000)) {
        onair.kill();
        onair.waitForFinished(5000);
        return -1;
    }
    const QByteArray e = onair.readAllStandardError();
    if (out)
        *out = onair.readAllStandardOutput();
    if (err)
        *err = e;
    qInfo().noquote() << QString::fromUtf8(e.right(1500));
    return onair.exitStatus() == QProcess::NormalExit ? onair.exitCode() : -1;
}

void TestUploadCommand::killedUploadFinishesWithoutSecondVideo()
{
    const QString file = makeFile(QStringLiteral("killed.mp4"), kFileBytes);
    QVERIFY(killMidway(file, QStringLiteral("Killed midway")));
    QCOMPARE(videosNamed(QStringLiteral("killed.mp4")).size(), 0);

    QByteArray out, err;
    QCOMPARE(runToEnd(arguments(file, QStringLiteral("Killed midway")), &out, &err), 0);
    QVERIFY2(err.contains("Resuming the saved upload"), err.constData());
    QVERIFY2(err.contains("YouTube has "), err.constData()); // went on from YouTube's offset
    const QJsonArray videos = videosNamed(QStringLiteral("killed.mp4"));
    QCOMPARE(videos.size(), 1);
    QCOMPARE(QString::fromUtf8(out.trimmed()), videos[0][QStringLiteral("videoId")].toString());
    QCOMPARE(videos[0][QStringLiteral("sha256")].toString(), sha256(file));
    // One session only: the killed one was resumed, not started again.
    int sessions = 0;
    for (const QJsonValue &s : m_sandbox->control("GET", QStringLiteral("youtube/uploads"))
                                   .value(QStringLiteral("sessions"))
                                   .toArray())
        sessions += s[QStringLiteral("total")].toDouble() == double(kFileBytes);
    QCOMPARE(sessions, 1);

    // Run once more: already uploaded, its id again, no second video.
    QByteArray again;
    QCOMPARE(runToEnd(arguments(file, QStringLiteral("Killed midway")), &again), 0);
    QCOMPARE(again.trimmed(), out.trimmed());
    QCOMPARE(videosNamed(QStringLiteral("killed.mp4")).size(), 1);
}

void TestUploadCommand::changedFileIsRefusedThenRestarted()
{
    const QString file = makeFile(QStringLiteral("changed.mp4"), kFileBytes);
    QVERIFY(killMidway(file, QStringLiteral("Changed")));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::Append));
        f.write("another take");
    }
    QByteArray err;
    QCOMPARE(runToEnd(arguments(file, QStringLiteral("Changed")), nullptr, &err), 4);
    QVERIFY2(err.contains("changed since the upload started"), err.constData());
    QVERIFY(err.contains("--restart"));
    QCOMPARE(videosNamed(QStringLiteral("changed.mp4")).size(), 0);

    QCOMPARE(runToEnd(arguments(file, QStringLiteral("Changed")) << QStringLiteral("--restart")),
             0);
    const QJsonArray videos = videosNamed(QStringLiteral("changed.mp4"));
    QCOMPARE(videos.size(), 1);
    QCOMPARE(videos[0][QStringLiteral("sha256")].toString(), sha256(file));
}

void TestUploadCommand::usageAndFileErrorsHaveTheirCodes()
{
    const QString file = makeFile(QStringLiteral("small.mp4"), 1000);
    QByteArray err;
    // No title.
    QCOMPARE(runToEnd({QStringLiteral("upload"), file, QStringLiteral("--sandbox-ready"), m_ready},
                      nullptr, &err),
             2);
    QVERIFY2(err.contains("title"), err.constData());
    // A publication time with a public video.
    QCOMPARE(runToEnd(arguments(file, QStringLiteral("t"))
                      << QStringLiteral("--privacy") << QStringLiteral("public")
                      << QStringLiteral("--publish-at") << QStringLiteral("2099-01-01T10:00:00Z")),
             2);
    // No such file.
    QCOMPARE(runToEnd(arguments(m_dir + QStringLiteral("/missing.mp4"), QStringLiteral("t"))), 3);
    // The quota's upload bucket is used up: its own code, and nothing uploaded.
    m_sandbox->control(
        "POST", QStringLiteral("faults"),
        {{QStringLiteral("spec"), QStringLiteral("reason=uploadLimitExceeded@videos.insert")}});
    QCOMPARE(runToEnd(arguments(file, QStringLiteral("t")), nullptr, &err), 7);
    QCOMPARE(videosNamed(QStringLiteral("small.mp4")).size(), 0);
}

QTEST_GUILESS_MAIN(TestUploadCommand)

#include "moc_tst_upload_command.cpp"

void TestUploadCommand::uploadsRunElsewhereAreLeftAlone()
{
    // Another OnAir (the window, `onair --headless`) runs the sandbox account's uploads.
    QCoreApplication::setApplicationName(QStringLiteral("onair"));
    QCoreApplication::setOrganizationName(QStringLiteral("OnAir"));
    const QString store = onair::UploadStore::pathForAccount(QStringLiteral("sandbox"));
    QVERIFY(QDir().mkpath(QFileInfo(store).absolutePath()));
    QLockFile elsewhere(onair::UploadQueue::lockPath(store));
    QVERIFY(elsewhere.tryLock(0));
    const QString file = makeFile(QStringLiteral("elsewhere.mp4"), 1000);
    QByteArray err;
    QCOMPARE(runToEnd(arguments(file, QStringLiteral("Elsewhere")), nullptr, &err), 1);
    QVERIFY2(err.contains("run by another OnAir"), err.constData());
    QCOMPARE(videosNamed(QStringLiteral("elsewhere.mp4")).size(), 0);
    elsewhere.unlock();
    QCOMPARE(runToEnd(arguments(file, QStringLiteral("Elsewhere"))), 0);
    QCOMPARE(videosNamed(QStringLiteral("elsewhere.mp4")).size(), 1);
}
