#pragma once

#include "DiscoveryValidator.h"
#include "SandboxProcess.h"

#include <QJsonObject>
#include <QObject>
#include <QString>

#include <memory>

// The sandbox's YouTube Data API surface over plain HTTP: every method against the discovery
// document's schemas, parts, parameters, paging, Google's error reasons and the lifecycle
// (driven by the sandbox's simulated encoder; the real-ffmpeg lifecycle is tst_sandbox_ingest).
class TestSandboxApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void readyLine();
    void everyMethodMatchesTheDiscoverySchemas();
    void partsAreValidatedAndTrimmed();
    void formEncodedParameters();
    void unknownParametersAndFields_data();
    void unknownParametersAndFields();
    void authErrors();
    void listFiltersAndPaging();
    void broadcastInsertErrors_data();
    void broadcastInsertErrors();
    void streamInsertErrors_data();
    void streamInsertErrors();
    void lifecycle();
    void transitionCheckOrder();
    void contentDetailsRules();
    void autoStartAndStopOnlyBeforeTesting();
    void bindRules();
    void deleteRules();
    void cuepointRules();
    void strictCuepointWindow();
    void autoStartAndStop();
    void videosMirrorTheBroadcast();
    void channelsMine();
    void thumbnails();
    void resumableThumbnail();
    void streamHealth();
    void incompleteStreamIsCreated();

private:
    // Shared by the per-resource files (tst_sandbox_api_broadcasts.cpp, …_streams.cpp,
    // …_cuepoints.cpp, …_videos.cpp).
    static inline const QString kBroadcasts = QStringLiteral("youtube/v3/liveBroadcasts");
    static inline const QString kStreams = QStringLiteral("youtube/v3/liveStreams");
    static QJsonObject broadcastBody(const QString &title);
    static QJsonObject streamBody(const QString &resolution, const QString &frameRate);
    static QJsonObject firstError(const onair::test::SandboxProcess::Response &reply);

    QJsonObject
    insertBroadcast(const QString &title,
                    const QString &parts = QStringLiteral("id,snippet,status,contentDetails"));
    QJsonObject insertStream(const QString &resolution = QStringLiteral("720p"),
                             const QString &frameRate = QStringLiteral("30fps"));
    void setEncoder(const QString &streamKey, bool publishing, int width = 1280, int height = 720,
                    double frameRate = 30);
    QString lifeCycle(const QString &broadcastId);
    // A broadcast bound to an active stream, moved to `status` (ready, testing or live).
    QPair<QJsonObject, QJsonObject> broadcastIn(const QString &status);
    void expectError(const onair::test::SandboxProcess::Response &reply, int status,
                     const QString &reason, const QString &domain = QString());
    void expectValid(const onair::test::SandboxProcess::Response &reply, const QString &methodId);
    void expectValidRequest(const QJsonObject &body, const QString &methodId);

    std::unique_ptr<onair::test::SandboxProcess> m_sandbox;
    std::unique_ptr<onair::test::DiscoveryValidator> m_discovery;
    QString m_token;
};
