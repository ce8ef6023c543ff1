#include "tst_upload_gui_e2e.h"

#include "AppController.h"
#include "TestEnvironment.h"
#include "google/youtube/upload/UploadQueue.h"
#include "google/youtube/upload/VideoUpload.h"
#include "shell/MainWindow.h"
#include "uploads/UploadForm.h"
#include "uploads/UploadsPanel.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

#include <cstdio>

using namespace onair;
using onair::test::SandboxProcess;
using onair::test::TestEnvironment;

namespace {

constexpr qint64 kFileBytes = 12 * 1024 * 1024;
constexpr qint64 kChunkBytes = VideoUpload::kChunkQuantum;
const QString kFileName = QStringLiteral("gui-recording.mp4");
const char *const kModeVariable = "ONAIR_UPLOAD_E2E";
const char *const kReadyVariable = "ONAIR_UPLOAD_E2E_READY";
const char *const kFileVariable = "ONAIR_UPLOAD_E2E_FILE";

// Processes events until `done` or `ms` pass (the child's side has no QTest macros).
bool waitFor(const std::function<bool()> &done, int ms)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > ms)
            return false;
        QTest::qWait(20);
    }
    return true;
}

int childFailed(const char *why)
{
    std::fprintf(stderr, "upload window: %s\n", why);
    return 3;
}

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

int TestUploadGuiE2e::runWindow(const QByteArray &mode)
{
    AppController::Options options;
    options.sandboxReadyLine = qgetenv(kReadyVariable);
    AppController app(options);
    app.uploads()->setChunkBytes(kChunkBytes); // before sign-in opens (and resumes) the queue
    app.start();
    ui::MainWindow *w = app.window();
    if (!QTest::qWaitForWindowExposed(w))
        return childFailed("the window was not exposed");
    auto *account = w->findChild<QLabel *>(QStringLiteral("accountLabel"));
    if (!account ||
        !waitFor([account] { return account->text().startsWith(QLatin1String("Signed in")); },
                 60000))
        return childFailed("not signed in");
    ui::UploadsPanel *panel = w->uploadsPanel();
    auto *tabs = w->findChild<QTabWidget *>();
    for (QTabWidget *t : w->findChildren<QTabWidget *>()) {
        if (t->indexOf(panel) >= 0)
            tabs = t;
    }
    if (!panel || !tabs)
        return childFailed("no Uploads tab");
    tabs->setCurrentWidget(panel);
    auto *table = panel->findChild<QTableWidget *>(QStringLiteral("uploadQueue"));

    if (mode == "add") {
        auto *add = panel->findChild<QPushButton *>(QStringLiteral("uploadAdd"));
        QTest::mouseClick(add, Qt::LeftButton);
        ui::UploadForm *form = nullptr;
        if (!waitFor(
                [&] { return (form = panel->findChild<ui::UploadForm *>()) && form->isVisible(); },
                10000))
            return childFailed("the upload form did not open");
        auto *file = form->findChild<QLineEdit *>(QStringLiteral("uploadFile"));
        auto *title = form->findChild<QLineEdit *>(QStringLiteral("uploadTitle"));
        file->setText(QString::fromUtf8(qgetenv(kFileVariable)));
        QTest::keyClicks(title, QStringLiteral("Killed in the window"));
        QPushButton *ok = form->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        if (!ok->isEnabled())
            return childFailed("the form refused its metadata");
        QTest::mouseClick(ok, Qt::LeftButton);
        if (!waitFor([table] { return table->rowCount() == 1; }, 10000))
            return childFailed("the file was not queued");
        std::printf("queued\n");
        std::fflush(stdout);
        waitFor([] { return false; }, 120000); // sends until the test kills it
        return childFailed("not killed");
    }

    // "resume": nothing is clicked; the saved queue goes on by itself once signed in.
    UploadQueue *queue = app.uploads();
    if (!waitFor(
            [queue] {
                return queue->items().size() == 1 &&
                       queue->items().first().state == UploadRecord::State::Done;
            },
            90000))
        return childFailed("the upload did not finish");
    const UploadRecord r = queue->items().first();
    auto *uploadQuota = w->findChild<QProgressBar *>(QStringLiteral("uploadQuotaMeter"));
    auto *unitQuota = w->findChild<QProgressBar *>(QStringLiteral("quotaMeter"));
    if (!uploadQuota || !unitQuota)
        return childFailed("no quota meters");
    std::printf("video=%s sent=%lld shown=%s uploads=%d/%d units=%d/%d\n", qPrintable(r.resultId),
                static_cast<long long>(queue->progress(r.id).sent),
                qPrintable(table->item(0, 2)->text()), uploadQuota->value(), uploadQuota->maximum(),
                unitQuota->value(), unitQuota->maximum());
    std::fflush(stdout);
    return 0;
}

void TestUploadGuiE2e::initTestCase()
{
    QVERIFY2(TestEnvironment::isIsolated(), "run through tests/support/test-env.sh");
    m_sandbox = std::make_unique<SandboxProcess>(
        QStringList{QStringLiteral("--auto-consent"), QStringLiteral("--no-ingest")});
    QVERIFY2(m_sandbox->isReady(), qPrintable(m_sandbox->errorString()));
    // Each chunk's answer comes 20 ms late: the upload lasts long enough to be killed midway.
    m_sandbox->control("POST", QStringLiteral("faults"),
                       {{QStringLiteral("spec"), QStringLiteral("latency=20@videos.upload")}});
    m_dir = QDir::tempPath() + QStringLiteral("/tst_upload_gui_e2e");
    QDir(m_dir).removeRecursively();
    QVERIFY(QDir().mkpath(m_dir));
    QFile f(m_dir + QLatin1Char('/') + kFileName);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QByteArray block(256 * 1024, Qt::Uninitialized);
    for (qint64 done = 0; done < kFileBytes; done += block.size()) {
        for (int i = 0; i < block.size(); ++i)
            block[i] = char((done + i) * 7 % 249);
        QVERIFY(f.write(block) == block.size());
    }
}

void TestUploadGuiE2e::cleanupTestCase()
{
    if (m_sandbox)
        QVERIFY(m_sandbox->stop());
    if (!m_dir.isEmpty()) // an empty path would be the working directory
        QDir(m_dir).removeRecursively();
}

void TestUploadGuiE2e::startWindow(QProcess &window, const QByteArray &mode)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(kModeVariable), QString::fromLatin1(mode));
    env.insert(
        QString::fromLatin1(kReadyVariable),
        QString::fromUtf8(QJsonDocument(m_sandbox->readyLine()).toJson(QJsonDocument::Compact)));
    env.insert(QString::fromLatin1(kFileVariable), m_dir + QLatin1Char('/') + kFileName);
    window.setProcessEnvironment(env);
    window.setProcessChannelMode(QProcess::SeparateChannels);
    window.start(QCoreApplication::applicationFilePath(), {});
}

QJsonArray TestUploadGuiE2e::sessions()
{
    return m_sandbox->control("GET", QStringLiteral("youtube/uploads"))
        .value(QStringLiteral("sessions"))
        .toArray();
}

QJsonArray TestUploadGuiE2e::videosNamed(const QString &fileName)
{
    QJsonArray named;
    for (const QJsonValue &v : m_sandbox->control("GET", QStringLiteral("youtube/uploads"))
                                   .value(QStringLiteral("videos"))
                                   .toArray()) {
        if (v[QStringLiteral("fileName")].toString() == fileName)
            named.append(v);
    }
    return named;
}

void TestUploadGuiE2e::killedWindowResumesTheUpload()
{
    // The operator queues the file in the window; OnAir is killed once YouTube has part of it.
    QProcess first;
    startWindow(first, "add");
    QVERIFY(first.waitForStarted(10000));
    QByteArray firstOut;
    QTRY_VERIFY_WITH_TIMEOUT((firstOut += first.readAllStandardOutput()).contains("queued") ||
                                 first.state() == QProcess::NotRunning,
                             90000);
    QVERIFY2(firstOut.contains("queued") && first.state() == QProcess::Running,
             first.readAllStandardError().right(3000).constData());
    QTRY_VERIFY_WITH_TIMEOUT(sessions().size() == 1 &&
                                 sessions()[0][QStringLiteral("bytesReceived")].toDouble() >=
                                     kFileBytes / 4,
                             60000);
    first.kill(); // SIGKILL: nothing saved on the way out
    QVERIFY(first.waitForFinished(10000));
    QCOMPARE(first.exitStatus(), QProcess::CrashExit);
    const qint64 atKill = qint64(sessions()[0][QStringLiteral("bytesReceived")].toDouble());
    QVERIFY2(atKill < kFileBytes, "killed too late: the upload had finished");
    QCOMPARE(videosNamed(kFileName).size(), 0);

    // Started again: nothing is clicked, the upload goes on and finishes.
    QProcess second;
    startWindow(second, "resume");
    QVERIFY(second.waitForStarted(10000));
    QVERIFY(second.waitForFinished(120000));
    const QByteArray out = second.readAllStandardOutput();
    QVERIFY2(second.exitCode() == 0, second.readAllStandardError().right(3000).constData());
    const QRegularExpressionMatch m =
        QRegularExpression(
            QStringLiteral(
                "video=(\\S+) sent=(\\d+) shown=(\\S+) uploads=(\\d+)/(\\d+) units=(\\d+)/(\\d+)"))
            .match(QString::fromUtf8(out));
    QVERIFY2(m.hasMatch(), out.constData());

    const QJsonArray videos = videosNamed(kFileName);
    QCOMPARE(videos.size(), 1);
    QCOMPARE(videos[0][QStringLiteral("videoId")].toString(), m.captured(1));
    QCOMPARE(videos[0][QStringLiteral("sha256")].toString(),
             sha256(m_dir + QLatin1Char('/') + kFileName));
    // One session: the killed one was resumed, not started again from byte 0.
    QCOMPARE(sessions().size(), 1);
    const qint64 sentInAll = atKill + m.captured(2).toLongLong();
    QVERIFY2(
        sentInAll < kFileBytes + kChunkBytes,
        qPrintable(
            QStringLiteral("%1 bytes before the kill + %2 after").arg(atKill).arg(m.captured(2))));
    QVERIFY2(m.captured(2).toLongLong() > 0, out.constData());
    QCOMPARE(m.captured(3), QStringLiteral("Uploaded"));
    // The quota meters show both budgets: the upload bucket charged once (the session's start
    // before the kill; the resume costs nothing), the daily units beside it.
    QCOMPARE(m.captured(4).toInt(), 1);
    QCOMPARE(m.captured(5).toInt(), 100);
    QCOMPARE(m.captured(7).toInt(), 10000);
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QByteArray mode = qgetenv(kModeVariable);
    if (!mode.isEmpty())
        return TestUploadGuiE2e::runWindow(mode);
    TestUploadGuiE2e test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "moc_tst_upload_gui_e2e.cpp"
