#pragma once

#include "DiscoveryValidator.h"
#include "SandboxProcess.h"

#include <QJsonObject>
#include <QObject>
#include <QString>

#include <memory>

// The sandbox's videos.insert over real HTTP (youtube-live-api.md §7.4, §8): the resumable
// protocol (session start, chunks, 308 and Range, status query, the final answer repeated,
// gaps and overlaps, unknown and expired sessions), multipart, the created video and its
// processing, scheduled publishing, the upload quota bucket, the upload faults, the control
// endpoint, and bodies that stream to disk instead of memory.
class TestVideoUpload : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void sessionStartAnswersTheSessionUri();
    void chunksAnswer308WithTheStoredRange();
    void wholeFileInOnePut();
    void gapsAndOverlapsStoreNothing();
    void unknownAndExpiredSessionsAre404();
    void badUploadRequests();
    void theCreatedVideo();
    void processingFailedOrRejected();
    void publishAtOnlyPrivateAndFuture();
    void scheduledVideoTurnsPublic();
    void quotaBucketChargedOnceAtTheStart();
    void errorOnAChunkStoresNothing();
    void dropInTheBodyKeepsWhatArrived();
    void clientGoneKeepsWhatArrived();
    void stallHoldsTheBody();
    void quotaAndUploadLimitFaults();
    void multipartUpload();
    void expect100Continue();
    void largeBodyStaysOutOfMemory();
    void uploadedVideoSurvivesARestart();

private:
    static QByteArray fileBytes(qint64 size);
    static QJsonObject metadata(const QString &title);
    static QJsonObject firstError(const onair::test::SandboxProcess::Response &reply);
    // A session start; the session's path (relative to the api root), empty on failure.
    QString startSession(const QJsonObject &metadata, qint64 total,
                         const QString &parts = QStringLiteral("snippet,status"),
                         onair::test::SandboxProcess::Response *reply = nullptr);
    onair::test::SandboxProcess::Response put(const QString &session, const QByteArray &bytes,
                                              const QByteArray &contentRange);
    onair::test::SandboxProcess::Response statusQuery(const QString &session, qint64 total);
    // The control endpoint's view of the session (its "sessions" item with this upload_id).
    QJsonObject sessionInfo(const QString &session);
    QJsonObject listVideo(const QString &id, const QString &parts);
    void expectValid(const onair::test::SandboxProcess::Response &reply);

    std::unique_ptr<onair::test::SandboxProcess> m_sandbox;
    std::unique_ptr<onair::test::DiscoveryValidator> m_discovery;
    QString m_token;
};
