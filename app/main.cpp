#include "AppController.h"
#include "FirstPaintReporter.h"
#include "QuitOnSignal.h"
#include "ctl/CtlCommand.h"
#include "google/youtube/YouTubeClient.h"
#include "headless/HeadlessCommand.h"
#include "shell/MainWindow.h"
#include "theme/Theme.h"
#include "upload/UploadCommand.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>

namespace {

// Loads OnAir's own catalogue and Qt's for the system language; English (the source
// language) is what remains when a catalogue is missing.
void installTranslations(QCoreApplication &app)
{
    const QLocale locale;
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("onair"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace

int main(int argc, char *argv[])
{
    if (onair::UploadCommand::isRequested(argc, argv)) {
        // A command for scripts: no window, no display needed.
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("onair"));
        QCoreApplication::setOrganizationName(QStringLiteral("OnAir"));
        QCoreApplication::setApplicationVersion(QStringLiteral(ONAIR_VERSION));
        installTranslations(app);
        return onair::UploadCommand::run(QCoreApplication::arguments());
    }
    if (onair::HeadlessCommand::isRequested(argc, argv)) {
        // The announcement queue with no window, for a machine left on.
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("onair"));
        QCoreApplication::setOrganizationName(QStringLiteral("OnAir"));
        installTranslations(app);
        return onair::HeadlessCommand::run(QCoreApplication::arguments());
    }
    const qint64 processStartMs = QDateTime::currentMSecsSinceEpoch();
    // `onair ctl …` talks to the running OnAir and needs no window (a desktop shortcut runs it).
    if (argc > 1 && qstrcmp(argv[1], "ctl") == 0) {
        QCoreApplication ctl(argc, argv);
        installTranslations(ctl);
        return onair::CtlCommand::run(QCoreApplication::arguments().mid(2));
    }
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("onair"));
    QApplication::setApplicationDisplayName(QStringLiteral("OnAir"));
    QApplication::setOrganizationName(QStringLiteral("OnAir"));
    QApplication::setApplicationVersion(QStringLiteral(ONAIR_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.onair.OnAir"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/onair.svg")));
    installTranslations(app);
    onair::ui::Theme::apply(onair::ui::Theme::initial());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "A control room for YouTube Live"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandbox(
        QStringLiteral("sandbox"),
        QApplication::translate("main", "Rehearse against a local sandbox started by OnAir."));
    const QCommandLineOption attach(
        QStringLiteral("sandbox-ready"),
        QApplication::translate("main", "Use a running sandbox, given its ready line (JSON)."),
        QStringLiteral("json"));
    const QCommandLineOption open(
        QStringLiteral("broadcast"),
        QApplication::translate("main", "Open this broadcast (its id) once signed in."),
        QStringLiteral("id"));
    const QCommandLineOption apiRoot(
        QStringLiteral("api-root"),
        QApplication::translate("main", "The YouTube API root for Google accounts (default %1).")
            .arg(QStringLiteral("https://youtube.googleapis.com/")),
        QStringLiteral("url"));
    parser.addOption(apiRoot);
    parser.addOption(sandbox);
    parser.addOption(attach);
    parser.addOption(open);
    parser.process(app);

    onair::AppController::Options options;
    options.sandbox = parser.isSet(sandbox);
    options.sandboxReadyLine = parser.value(attach).toUtf8();
    options.openBroadcastId = parser.value(open);
    options.processStartMs = processStartMs;
    if (parser.isSet(apiRoot)) {
        // The bearer token goes to this root: refuse anything but https or a loopback http.
        const QUrl root(parser.value(apiRoot), QUrl::StrictMode);
        const QString refused = onair::YouTubeClient::whyRootRefused(root);
        if (!refused.isEmpty()) {
            std::fprintf(stderr, "onair: --api-root: %s\n", qPrintable(refused));
            return 2;
        }
        options.apiRoot = root;
    }
    // Declared before the controller: a signal then ends the loop, and the controller's
    // destructor stops the sandbox and the test encoder as a closed window does.
    onair::QuitOnSignal quitOnSignal;
    onair::AppController controller(options);
    // The start-up benchmark's mark: first paint of the main window, with the RSS then.
    if (qEnvironmentVariableIsSet("ONAIR_REPORT_FIRST_PAINT"))
        onair::FirstPaintReporter::watch(controller.window());
    controller.start();
    return app.exec();
}
