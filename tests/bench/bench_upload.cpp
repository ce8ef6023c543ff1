// Uploads, side by side on one sandbox and the same generated file: curl sending the bytes
// through the same resumable protocol (one PUT, the loopback's limit) against `onair upload`
// (throughput and its resident memory growth while it sends), then the upload run in this
// process's event loop as the window runs it (UploadQueue and its store), with the longest gap
// between 5 ms timer ticks (the stall a GUI would see). Sizes in MiB as arguments (default 1024
// 4096).
#include "BenchReport.h"
#include "ClientTestSupport.h"
#include "SandboxProcess.h"
#include "google/youtube/upload/UploadMetadata.h"
#include "google/youtube/upload/UploadQueue.h"
#include "google/youtube/upload/VideoUpload.h"
#include "upload/UploadStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace onair;
using onair::test::BenchReport;
using onair::test::SandboxProcess;

namespace {

constexpr double kMiB = 1024.0 * 1024.0;

bool generate(const QString &path, qint64 bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    QByteArray block(4 * 1024 * 1024, Qt::Uninitialized);
    for (int i = 0; i < block.size(); ++i)
        block[i] = char(i * 31 % 253);
    for (qint64 done = 0; done < bytes; done += block.size()) {
        block[0] = char(done >> 22); // blocks differ
        if (f.write(block.constData(), std::min<qint64>(block.size(), bytes - done)) < 0)
            return false;
    }
    return f.flush();
}

// Opens a session as §7.4 step 1 says; its URI, or empty.
QString openSession(SandboxProcess &sandbox, const QString &token, qint64 size)
{
    UploadMetadata m;
    m.title = QStringLiteral("bench curl");
    const SandboxProcess::Response r = sandbox.request(
        "POST", QStringLiteral("upload/youtube/v3/videos?uploadType=resumable&part=snippet,status"),
        QJsonDocument(m.toVideoJson()).toJson(QJsonDocument::Compact),
        "application/json; charset=UTF-8", token,
        {{"X-Upload-Content-Length", QByteArray::number(size)},
         {"X-Upload-Content-Type", "video/*"}});
    return QString::fromUtf8(r.header("Location"));
}

// Seconds curl takes to PUT the whole file to a fresh session; -1 on failure.
double curlSeconds(SandboxProcess &sandbox, const QString &token, const QString &file, qint64 size)
{
    const QString session = openSession(sandbox, token, size);
    if (session.isEmpty())
        return -1;
    QProcess curl;
    QElapsedTimer clock;
    clock.start();
    curl.start(QStringLiteral("curl"),
               {QStringLiteral("-sS"), QStringLiteral("-o"), QStringLiteral("/dev/null"),
                QStringLiteral("-w"), QStringLiteral("%{http_code}"), QStringLiteral("-X"),
                QStringLiteral("PUT"), QStringLiteral("-T"), file, QStringLiteral("-H"),
                QStringLiteral("Authorization: Bearer ") + token, QStringLiteral("-H"),
                QStringLiteral("Content-Type: video/*"), QStringLiteral("-H"),
                QStringLiteral("Expect:"), session});
    if (!curl.waitForFinished(3600 * 1000))
        return -1;
    const double seconds = clock.elapsed() / 1000.0;
    const QByteArray status = curl.readAllStandardOutput().trimmed();
    if (status != "201" && status != "200") {
        std::fprintf(stderr, "bench_upload: curl answered %s: %s\n", status.constData(),
                     curl.readAllStandardError().constData());
        return -1;
    }
    return seconds;
}

struct OnAirRun
{
    double seconds = -1; // from the session's opening to the video id
    double rssGrowthMiB = 0;
};

OnAirRun onairUpload(const QString &ready, const QString &file)
{
    OnAirRun run;
    QProcess onair;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=false"));
    onair.setProcessEnvironment(env);
    onair.start(QStringLiteral(ONAIR_APP_EXE),
                {QStringLiteral("upload"), file, QStringLiteral("--title"),
                 QStringLiteral("bench onair"), QStringLiteral("--sandbox-ready"), ready,
                 QStringLiteral("--restart")});
    if (!onair.waitForStarted(10000))
        return run;
    QElapsedTimer clock;
    qint64 opened = -1;
    qint64 baseKb = 0;
    qint64 peakKb = 0;
    QByteArray err;
    while (onair.state() != QProcess::NotRunning) {
        onair.waitForFinished(50);
        err += onair.readAllStandardError();
        const qint64 kb = BenchReport::rssKb(onair.processId());
        if (opened < 0 && err.contains("Upload session opened")) {
            clock.start();
            opened = 0;
            baseKb = kb; // signed in, client and file ready: what the upload adds comes now
        }
        if (opened >= 0)
            peakKb = std::max(peakKb, kb);
    }
    if (onair.exitCode() != 0 || opened < 0) {
        std::fprintf(stderr, "bench_upload: onair upload exited %d:\n%s\n", onair.exitCode(),
                     err.right(2000).constData());
        return run;
    }
    run.seconds = clock.elapsed() / 1000.0;
    run.rssGrowthMiB = double(peakKb - baseKb) / 1024.0;
    return run;
}

// The longest gap between ticks of a 5 ms timer while the upload runs in this event loop as
// the window runs it: queued in an UploadQueue (the file's identity read, the queue saved at
// every confirmed chunk), from "Upload" to the video id.
double longestStallMs(SandboxProcess &sandbox, const QString &file, const QString &storeDir)
{
    std::unique_ptr<AccountSession> account = test::sandboxAccount(sandbox);
    if (!account)
        return -1;
    YouTubeClient client(account.get());
    client.setRootUrl(sandbox.api());
    UploadQueue queue(&client);
    queue.open(UploadStore::pathForAccount(QStringLiteral("bench"), storeDir));
    UploadMetadata m;
    m.title = QStringLiteral("bench stall");
    QElapsedTimer sinceTick;
    qint64 longest = 0;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    QObject::connect(&tick, &QTimer::timeout,
                     [&] { longest = std::max(longest, sinceTick.restart()); });
    QString video;
    bool failed = false;
    QObject::connect(&queue, &UploadQueue::uploaded,
                     [&](const QString &, const QString &id) { video = id; });
    QObject::connect(&queue, &UploadQueue::logged, [&](const QString &sentence, bool ok) {
        if (!ok) {
            std::fprintf(stderr, "bench_upload: %s\n", qPrintable(sentence));
            failed = true;
        }
    });
    sinceTick.start();
    tick.start(5);
    if (!queue.add(file, m).isEmpty())
        return -1;
    while (video.isEmpty() && !failed)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    return failed ? -1 : double(longest);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QList<qint64> sizesMiB;
    for (const QString &a : app.arguments().mid(1))
        sizesMiB << a.toLongLong();
    if (sizesMiB.isEmpty())
        sizesMiB = {1024, 4096};
    SandboxProcess sandbox({QStringLiteral("--auto-consent")});
    if (!sandbox.isReady()) {
        std::fprintf(stderr, "bench_upload: %s\n", qPrintable(sandbox.errorString()));
        return 1;
    }
    sandbox.setTimeoutMs(120000);
    const QString token = sandbox.signIn().accessToken;
    const QString ready =
        QString::fromUtf8(QJsonDocument(sandbox.readyLine()).toJson(QJsonDocument::Compact));
    QTemporaryDir dir;
    BenchReport report(QStringLiteral("bench_upload"));
    for (const qint64 mib : sizesMiB) {
        const qint64 size = mib * 1024 * 1024;
        const QString file = dir.filePath(QStringLiteral("upload-%1.bin").arg(mib));
        if (!generate(file, size)) {
            std::fprintf(stderr, "bench_upload: cannot write %s\n", qPrintable(file));
            return 1;
        }
        const QString tag = QStringLiteral("upload_%1MiB_").arg(mib);
        const double curl = curlSeconds(sandbox, token, file, size);
        const OnAirRun onair = onairUpload(ready, file);
        if (curl <= 0 || onair.seconds <= 0)
            return 1;
        report.add(tag + QStringLiteral("curl_throughput"), double(size) / kMiB / curl,
                   QStringLiteral("MiB/s"));
        report.add(tag + QStringLiteral("onair_throughput"), double(size) / kMiB / onair.seconds,
                   QStringLiteral("MiB/s"));
        report.add(tag + QStringLiteral("onair_to_curl"), curl / onair.seconds,
                   QStringLiteral("ratio"));
        report.add(tag + QStringLiteral("onair_rss_growth"), onair.rssGrowthMiB,
                   QStringLiteral("MiB"));
        const double stall = longestStallMs(sandbox, file, dir.path());
        if (stall < 0)
            return 1;
        report.add(tag + QStringLiteral("gui_thread_longest_stall"), stall, QStringLiteral("ms"));
        QFile::remove(file);
    }
    report.note(QStringLiteral("chunk"),
                QStringLiteral("%1 MiB").arg(VideoUpload::kDefaultChunkBytes / (1024 * 1024)));
    return report.save() ? 0 : 1;
}
