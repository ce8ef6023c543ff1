#include "SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <csignal>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("onair-sandbox"));

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("HTTP port (0: any)."),
                                  QStringLiteral("port"), QStringLiteral("0"));
    parser.addOption(port);
    parser.process(app);

    onair::sandbox::SandboxServer server;
    const quint16 bound = server.listen(parser.value(port).toUShort());
    if (bound == 0) {
        std::fprintf(stderr, "onair-sandbox: cannot listen\n");
        return 1;
    }
    const QString origin = QStringLiteral("http://127.0.0.1:%1/").arg(bound);
    const QJsonObject ready{{QStringLiteral("event"), QStringLiteral("ready")},
                            {QStringLiteral("api"), origin}};
    std::printf("%s\n", QJsonDocument(ready).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);

    std::signal(SIGTERM, [](int) { QCoreApplication::quit(); });
    std::signal(SIGINT, [](int) { QCoreApplication::quit(); });
    return app.exec();
}
