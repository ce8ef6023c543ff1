#include "SandboxServer.h"
#include "kernel/DataFolderClaim.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace {

int g_signalPipe[2] = {-1, -1};

// Only async-signal-safe work here: the event loop picks the byte up.
void onSignal(int signal)
{
    const char byte = char(signal);
    [[maybe_unused]] const ssize_t written = ::write(g_signalPipe[1], &byte, 1);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("onair-sandbox"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A local emulator of the YouTube Live API, Google sign-in and RTMP ingest. "
                       "The first line on stdout is the ready event (JSON)."));
    parser.addHelpOption();
    const QCommandLineOption port(QStringLiteral("port"),
                                  QStringLiteral("HTTP port on 127.0.0.1 (0: any free port)."),
                                  QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption rtmpPort(QStringLiteral("rtmp-port"),
                                      QStringLiteral("RTMP ingest port (0: any free port)."),
                                      QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption autoConsent(
        QStringLiteral("auto-consent"),
        QStringLiteral("Sign-in answers at once with the first channel, without a consent page."));
    const QCommandLineOption quota(QStringLiteral("quota"),
                                   QStringLiteral("Daily quota in units (default 10000)."),
                                   QStringLiteral("units"), QStringLiteral("10000"));
    const QCommandLineOption tokenTtl(QStringLiteral("token-ttl"),
                                      QStringLiteral("Access token lifetime (default 3599)."),
                                      QStringLiteral("seconds"), QStringLiteral("3599"));
    const QCommandLineOption transitionSeconds(
        QStringLiteral("transition-seconds"),
        QStringLiteral("How long testStarting/liveStarting last (default 3)."),
        QStringLiteral("seconds"), QStringLiteral("3"));
    const QCommandLineOption autoStopSeconds(
        QStringLiteral("auto-stop-seconds"),
        QStringLiteral("enableAutoStop: how long after ingest stops the broadcast completes "
                       "(default 60)."),
        QStringLiteral("seconds"), QStringLiteral("60"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     QStringLiteral("Keep the state in this folder."),
                                     QStringLiteral("dir"));
    const QCommandLineOption faults(QStringLiteral("faults"),
                                    QStringLiteral("Faults to inject (see sandbox/README.md)."),
                                    QStringLiteral("spec"));
    const QCommandLineOption strictWindow(
        QStringLiteral("strict-cuepoint-window"),
        QStringLiteral("Refuse cuepoint offsets outside the documented valid window."));
    const QCommandLineOption noIngest(QStringLiteral("no-ingest"),
                                      QStringLiteral("Do not start nginx (API-only use)."));
    const QCommandLineOption processingSeconds(
        QStringLiteral("processing-seconds"),
        QStringLiteral("How long an uploaded video is processed (default 5)."),
        QStringLiteral("seconds"), QStringLiteral("5"));
    const QCommandLineOption uploadSessionSeconds(
        QStringLiteral("upload-session-seconds"),
        QStringLiteral("How long an upload session lives (default 604800, a week)."),
        QStringLiteral("seconds"), QStringLiteral("604800"));
    const QCommandLineOption uploadQuota(
        QStringLiteral("upload-quota"),
        QStringLiteral("videos.insert calls a day, its own bucket (default 100)."),
        QStringLiteral("calls"), QStringLiteral("100"));
    parser.addOptions({port, rtmpPort, autoConsent, quota, tokenTtl, transitionSeconds,
                       autoStopSeconds, dataDir, faults, strictWindow, noIngest, processingSeconds,
                       uploadSessionSeconds, uploadQuota});
    parser.process(app);

    const auto number = [&](const QCommandLineOption &option, double minimum) {
        bool ok = false;
        const double value = parser.value(option).toDouble(&ok);
        if (!ok || value < minimum) {
            std::fprintf(stderr, "onair-sandbox: bad value for --%s\n",
                         qPrintable(option.names().constFirst()));
            std::exit(2);
        }
        return value;
    };
    onair::sandbox::SandboxOptions options;
    options.port = quint16(number(port, 0));
    options.rtmpPort = quint16(number(rtmpPort, 0));
    options.autoConsent = parser.isSet(autoConsent);
    options.quota = qint64(number(quota, 0));
    options.tokenTtlSeconds = int(number(tokenTtl, 1));
    options.transitionSeconds = number(transitionSeconds, 0);
    options.autoStopSeconds = int(number(autoStopSeconds, 0));
    options.dataDir = parser.value(dataDir);
    options.faults = parser.value(faults);
    options.startIngest = !parser.isSet(noIngest);
    options.strictCuepointWindow = parser.isSet(strictWindow);
    options.processingSeconds = number(processingSeconds, 0);
    options.uploadSessionSeconds = qint64(number(uploadSessionSeconds, 1));
    options.uploadQuota = qint64(number(uploadQuota, 0));

    // SIGTERM/SIGINT reach the event loop through a self-pipe, so the server stops cleanly
    // (nginx included) outside the signal handler.
    if (::pipe2(g_signalPipe, O_CLOEXEC | O_NONBLOCK) != 0) {
        std::perror("onair-sandbox: pipe");
        return 1;
    }
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
    // A sandbox outlives the OnAir that started it (and its stdout/stderr pipes) after a
    // crash: a write to a closed pipe must fail, not kill it.
    std::signal(SIGPIPE, SIG_IGN);

    // A second sandbox on the same state would fork the show: refuse it (exit status 3).
    onair::sandbox::DataFolderClaim claim(options.dataDir);
    QString error;
    if (!options.dataDir.isEmpty() && !claim.claim(&error)) {
        std::fprintf(stderr, "onair-sandbox: %s\n", qPrintable(error));
        return 3;
    }
    onair::sandbox::SandboxServer server(options);
    if (!server.start(&error)) {
        std::fprintf(stderr, "onair-sandbox: %s\n", qPrintable(error));
        server.stop();
        return 1;
    }
    QSocketNotifier notifier(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &server, [&] {
        char byte = 0;
        while (::read(g_signalPipe[0], &byte, 1) > 0) {
        }
        server.stop();
        QCoreApplication::quit();
    });

    // Written key by key so the line reads in the documented order (QJsonDocument sorts keys).
    const QJsonObject event = server.readyEvent();
    QByteArray ready = "{";
    for (const char *key : {"event", "api", "auth", "token", "rtmp", "client_id", "client_secret",
                            "telegram", "telegram_bot_token", "telegram_channel", "graph",
                            "instagram_user_id", "instagram_token"}) {
        const QByteArray value = QJsonDocument(QJsonArray{event.value(QLatin1String(key))})
                                     .toJson(QJsonDocument::Compact);
        if (ready.size() > 1)
            ready += ',';
        ready += '"' + QByteArray(key) + "\":" + value.mid(1, value.size() - 2);
    }
    ready += '}';
    // Kept in the folder first: whoever reads the ready line can also find the file.
    if (!options.dataDir.isEmpty() && !claim.publishReady(ready, &error))
        std::fprintf(stderr, "onair-sandbox: cannot keep the ready line: %s\n", qPrintable(error));
    std::fwrite(ready.constData(), 1, size_t(ready.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);

    const int rc = app.exec();
    server.stop();
    return rc;
}
