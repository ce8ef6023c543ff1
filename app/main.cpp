#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace {

// Loads OnAir's own catalogue and Qt's for the system language; English (the source
// language) is what remains when a catalogue is missing.
void installTranslations(QApplication &app)
{
    const QLocale locale;
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("onair"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("onair"));
    QApplication::setApplicationDisplayName(QStringLiteral("OnAir"));
    QApplication::setOrganizationName(QStringLiteral("OnAir"));
    QApplication::setApplicationVersion(QStringLiteral(ONAIR_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.onair.OnAir"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/onair.svg")));
    installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "A control room for YouTube Live"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandbox(
        QStringLiteral("sandbox"),
        QApplication::translate("main", "Run against the local sandbox."));
    parser.addOption(sandbox);
    parser.process(app);

    onair::ui::MainWindow window;
    window.setSandboxMode(parser.isSet(sandbox));
    window.show();
    return app.exec();
}
