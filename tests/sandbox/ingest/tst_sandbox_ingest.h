#pragma once

#include "SandboxProcess.h"
#include "TestHttpClient.h"

#include <QJsonObject>
#include <QObject>
#include <QProcess>
#include <QUrl>
#include <QVariant>

#include <functional>
#include <memory>
#include <vector>

class QWebEnginePage;

namespace onair::test {

// The whole ingest path against the real onair-sandbox process: nginx-rtmp supervised by the
// sandbox, ffmpeg really publishing, the lifecycle over plain HTTP, the monitor player pages.
class TestSandboxIngest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    void wholeLifecycle();
    void resolutionMismatchWhileAnotherEncoderPublishes();
    void monitorPlayerInABrowser();
    void unknownStreamKeyIsRejected();
    void nginxDiesWhenASandboxIsKilled();
    void nginxStopsWithTheSandbox();

private:
    struct Stream
    {
        QString id;
        QString ingestionAddress;
        QString streamName;
    };

    QUrl api(const QString &path, const QList<QPair<QString, QString>> &query = {}) const;
    QUrl site(const QString &path) const;
    Stream insertStream(const QString &title, const QString &resolution);
    QJsonObject streamResource(const QString &streamId);
    QJsonObject broadcastResource(const QString &broadcastId);
    // Polls (bounded) until the predicate holds for the fetched resource; returns the last one.
    QJsonObject waitFor(const std::function<QJsonObject()> &fetch,
                        const std::function<bool(const QJsonObject &)> &done, int timeoutMs);
    TestHttpClient::Reply transition(const QString &broadcastId, const QString &status);
    QProcess *startEncoder(const QString &url, const QString &size, bool withAudio = true);
    // A broadcast bound to a stream that an encoder publishes to; empty on failure.
    QString broadcastWithEncoder(const QString &title);
    void stopProcess(QProcess *process);
    // The nginx that serves this sandbox's RTMP port (found through its generated config).
    static QList<qint64> ingestNginxPids(const QString &rtmpUrl);
    QVariant evaluate(QWebEnginePage *page, const QString &script);

    std::unique_ptr<SandboxProcess> m_sandbox;
    std::vector<std::unique_ptr<QProcess>> m_encoders;
    QJsonObject m_ready;
    QByteArray m_token;
    TestHttpClient m_http;
};

} // namespace onair::test
