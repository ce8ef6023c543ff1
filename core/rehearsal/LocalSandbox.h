#pragma once

#include <QJsonObject>
#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QUrl>

class QTimer;

namespace onair {

// Runs `onair-sandbox` as a child process for rehearsal mode and reads its ready line
// (api, auth, token and RTMP addresses and the client credentials). Asynchronous: the GUI
// thread never waits. The child is stopped with the object.
class LocalSandbox : public QObject
{
    Q_OBJECT

public:
    struct Endpoints
    {
        QUrl api;
        QUrl auth;
        QUrl token;
        QString rtmp;
        QString clientId;
        QString clientSecret;
        QJsonObject readyJson; // the whole ready line
        QUrl origin() const;
    };

    static constexpr int kStartTimeoutMs = 20000;

    explicit LocalSandbox(QObject *parent = nullptr);
    ~LocalSandbox() override;

    // Where the program is: $ONAIR_SANDBOX_PROGRAM, next to onair, in the build tree's
    // sandbox/ folder, or on PATH.
    static QString findProgram();
    // Parses the ready line; nullopt-like empty api on failure.
    static Endpoints parseReadyLine(const QByteArray &line, QString *error);

    void start(const QStringList &extraArguments = {});
    void stop();
    bool isReady() const { return m_ready; }
    const Endpoints &endpoints() const { return m_endpoints; }

Q_SIGNALS:
    void ready(const onair::LocalSandbox::Endpoints &endpoints);
    void failed(const QString &why);

private:
    void readOutput();

    QProcess m_process;
    QTimer *m_startTimer;
    QByteArray m_buffer;
    Endpoints m_endpoints;
    bool m_ready = false;
};

} // namespace onair
