// `onair --headless` runs the uploads the window left pending, with no display, under the
// account's upload lock: a window opening the same uploads meanwhile only shows them (the
// runner's progress, then its end) and changes nothing, then runs them once the runner is gone;
// the sandbox holds exactly one video.
#include "ClientTestSupport.h"
#include "SandboxProcess.h"
#include "TestEnvironment.h"
#include "google/youtube/upload/UploadMetadata.h"
#include "google/youtube/upload/UploadQueue.h"
#include "upload/UploadStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace onair;
using onair::test::SandboxProcess;
using onair::test::TestEnvironment;

class TestHeadlessUpload : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(TestEnvironment::isIsolated(), "run through tests/support/test-env.sh");
        // The uploads file where onair keeps the sandbox account's uploads.
        QCoreApplication::setApplicationName(QStringLiteral("onair"));
        QCoreApplication::setOrganizationName(QStringLiteral("OnAir"));
        QVERIFY(m_dir.isValid());
    }

    void pendingUploadFinishesUnderTheRunner()
    {
        SandboxProcess sandbox({QStringLiteral("--auto-consent"), QStringLiteral("--no-ingest")});
        QVERIFY2(sandbox.isReady(), qPrintable(sandbox.errorString()));
        // Each chunk's answer comes late: the upload lasts while the window looks at it.
        sandbox.control("POST", QStringLiteral("faults"),
                        {{QStringLiteral("spec"), QStringLiteral("latency=1500@videos.upload")}});

        // What the window leaves when it closes mid-upload: the record, `Queued`.
        const QString file = m_dir.filePath(QStringLiteral("recording.mp4"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(3 * 1024 * 1024, 'v'));
        f.close();
        UploadRecord record;
        record.id = QStringLiteral("left-by-the-window");
        record.file = *FileIdentity::of(file);
        UploadMetadata metadata;
        metadata.title = QStringLiteral("Last night's show");
        record.metadata = metadata.toJson();
        record.created = QDateTime::currentDateTimeUtc();
        const QString path = UploadStore::pathForAccount(QStringLiteral("sandbox"));
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        QVERIFY(UploadStore(path).save({record}));

        QProcess runner;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY")); // no display at all
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        runner.setProcessEnvironment(env);
        runner.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        runner.start(QStringLiteral(ONAIR_APP_EXE),
                     {QStringLiteral("--headless"), QStringLiteral("--exit-when-idle"),
                      QStringLiteral("--queue"), m_dir.filePath(QStringLiteral("queue.sqlite")),
                      QStringLiteral("--sandbox-ready"),
                      QString::fromUtf8(QJsonDocument(sandbox.readyLine()).toJson())});

        // The window opens the same uploads once the runner holds them: it only shows them.
        QVERIFY(QTest::qWaitFor([&] { return QFile::exists(UploadQueue::lockPath(path)); }, 30000));
        // The window's own account on the sandbox: it runs the uploads once the runner is gone.
        const std::unique_ptr<AccountSession> account = test::sandboxAccount(sandbox);
        QVERIFY(account);
        YouTubeClient client(account.get());
        client.setRootUrl(sandbox.api());
        UploadQueue window(&client);
        QSignalSpy logged(&window, &UploadQueue::logged);
        window.open(path);
        QVERIFY(!window.isRunner());
        window.pause(record.id); // refused: the runner's upload goes on
        QCOMPARE(logged.size(), 2);

        QVERIFY(QTest::qWaitFor([&] { return runner.state() == QProcess::NotRunning; }, 60000));
        QCOMPARE(runner.exitStatus(), QProcess::NormalExit);
        QCOMPARE(runner.exitCode(), 0);
        // The window saw the runner's end in the file.
        QVERIFY(QTest::qWaitFor(
            [&] {
                const auto r = window.item(record.id);
                return r && r->state == UploadRecord::State::Done;
            },
            10000));
        QCOMPARE(window.progress(record.id).bytes, record.file.size);
        QVERIFY(QTest::qWaitFor([&] { return window.isRunner(); }, 10000));
        int videos = 0;
        for (const QJsonValue &v : sandbox.control("GET", QStringLiteral("youtube/uploads"))
                                       .value(QStringLiteral("videos"))
                                       .toArray())
            videos += v[QStringLiteral("fileName")].toString() == QLatin1String("recording.mp4");
        QCOMPARE(videos, 1);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestHeadlessUpload)
#include "tst_headless_upload.moc"
