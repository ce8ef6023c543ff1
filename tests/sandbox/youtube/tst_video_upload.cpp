#include "tst_video_upload.h"

#include "RawHttp.h"
#include "TestEnvironment.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using onair::test::RawHttp;
using onair::test::SandboxProcess;
using onair::test::TestEnvironment;
using Response = SandboxProcess::Response;

namespace {

const QString kUpload = QStringLiteral("upload/youtube/v3/videos");
constexpr qint64 kChunk = 256 * 1024;

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// The sandbox's peak and current resident memory in KiB (/proc/PID/status).
qint64 memoryKiB(qint64 pid, const char *field)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qsizetype(qstrlen(field))).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace

void TestVideoUpload::initTestCase()
{
    m_discovery = std::make_unique<onair::test::DiscoveryValidator>(
        TestEnvironment::sharedDir() + QStringLiteral("/reference/youtube.v3.discovery.json"));
    QVERIFY(m_discovery->isValid());
    m_sandbox = std::make_unique<SandboxProcess>(
        QStringList{QStringLiteral("--auto-consent"), QStringLiteral("--no-ingest"),
                    QStringLiteral("--processing-seconds"), QStringLiteral("1")});
    QVERIFY2(m_sandbox->isReady(), qPrintable(m_sandbox->errorString()));
    m_token = m_sandbox
                  ->signIn({QStringLiteral("https://www.googleapis.com/auth/youtube.upload"),
                            QStringLiteral("https://www.googleapis.com/auth/youtube")})
                  .accessToken;
    QVERIFY(!m_token.isEmpty());
}

void TestVideoUpload::init()
{
    QVERIFY(m_sandbox->control("POST", QStringLiteral("reset"))
                .value(QStringLiteral("reset"))
                .toBool());
    m_sandbox->control(
        "POST", QStringLiteral("youtube/uploads"),
        {{QStringLiteral("lifetimeSeconds"), 604800}, {QStringLiteral("processingSeconds"), 1}});
    m_sandbox->control(
        "POST", QStringLiteral("quota"),
        {{QStringLiteral("buckets"), QJsonObject{{QStringLiteral("videos.insert"), 100}}}});
}

void TestVideoUpload::cleanupTestCase()
{
    if (m_sandbox)
        QVERIFY(m_sandbox->stop());
}

QByteArray TestVideoUpload::fileBytes(qint64 size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qint64 i = 0; i < size; ++i)
        bytes[i] = char((i * 7 + i / 4093) & 0xff);
    return bytes;
}

QJsonObject TestVideoUpload::metadata(const QString &title)
{
    return {{QStringLiteral("snippet"),
             QJsonObject{{QStringLiteral("title"), title},
                         {QStringLiteral("description"), QStringLiteral("The show's master")},
                         {QStringLiteral("tags"), QJsonArray{QStringLiteral("live")}},
                         {QStringLiteral("categoryId"), QStringLiteral("20")}}},
            {QStringLiteral("status"),
             QJsonObject{{QStringLiteral("privacyStatus"), QStringLiteral("unlisted")}}}};
}

QJsonObject TestVideoUpload::firstError(const Response &reply)
{
    const QJsonObject error = reply.json().value(QStringLiteral("error")).toObject();
    return error.value(QStringLiteral("errors")).toArray().at(0).toObject();
}

QString TestVideoUpload::startSession(const QJsonObject &body, qint64 total, const QString &parts,
                                      Response *out)
{
    const Response reply =
        m_sandbox->request("POST", kUpload + QStringLiteral("?uploadType=resumable&part=") + parts,
                           QJsonDocument(body).toJson(QJsonDocument::Compact),
                           QByteArrayLiteral("application/json; charset=UTF-8"), m_token,
                           {{"X-Upload-Content-Length", QByteArray::number(total)},
                            {"X-Upload-Content-Type", "video/mp4"},
                            {"Slug", "master.mp4"}});
    if (out)
        *out = reply;
    const QString location = QString::fromUtf8(reply.header("Location"));
    if (reply.status != 200 || !location.startsWith(m_sandbox->api().toString()))
        return {};
    return location.mid(m_sandbox->api().toString().size());
}

Response TestVideoUpload::put(const QString &session, const QByteArray &bytes,
                              const QByteArray &contentRange)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!contentRange.isEmpty())
        headers.append({"Content-Range", contentRange});
    return m_sandbox->request("PUT", session, bytes, QByteArrayLiteral("video/mp4"), m_token,
                              headers);
}

Response TestVideoUpload::statusQuery(const QString &session, qint64 total)
{
    return put(session, {}, "bytes */" + QByteArray::number(total));
}

QJsonObject TestVideoUpload::sessionInfo(const QString &session)
{
    const QString id = QUrlQuery(QUrl(session).query()).queryItemValue(QStringLiteral("upload_id"));
    const QJsonArray sessions = m_sandbox->control("GET", QStringLiteral("youtube/uploads"))
                                    .value(QStringLiteral("sessions"))
                                    .toArray();
    for (const QJsonValue &s : sessions) {
        if (s.toObject().value(QStringLiteral("uploadId")).toString() == id)
            return s.toObject();
    }
    return {};
}

QJsonObject TestVideoUpload::listVideo(const QString &id, const QString &parts)
{
    const Response listed = m_sandbox->call(
        "GET", QStringLiteral("youtube/v3/videos?part=") + parts + QStringLiteral("&id=") + id,
        m_token);
    return listed.json().value(QStringLiteral("items")).toArray().at(0).toObject();
}

void TestVideoUpload::expectValid(const Response &reply)
{
    QVERIFY2(reply.status == 201, reply.body.constData());
    const QStringList problems = m_discovery->validate(
        reply.json(), m_discovery->responseSchema(QStringLiteral("youtube.videos.insert")));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestVideoUpload::sessionStartAnswersTheSessionUri()
{
    Response started;
    const QString session = startSession(metadata(QStringLiteral("Master")), 1000,
                                         QStringLiteral("snippet,status"), &started);
    QCOMPARE(started.status, 200);
    QVERIFY(started.body.isEmpty());
    // The same upload URL with upload_id added.
    QVERIFY2(session.startsWith(kUpload + QLatin1Char('?')), qPrintable(session));
    const QUrlQuery query(QUrl(session).query());
    QVERIFY(!query.queryItemValue(QStringLiteral("upload_id")).isEmpty());
    QCOMPARE(query.queryItemValue(QStringLiteral("uploadType")), QStringLiteral("resumable"));
    // The discovery's resumable path starts sessions too.
    const Response other = m_sandbox->request(
        "POST", QStringLiteral("resumable/upload/youtube/v3/videos?part=snippet"),
        QJsonDocument(metadata(QStringLiteral("Other"))).toJson(),
        QByteArrayLiteral("application/json; charset=UTF-8"), m_token);
    QCOMPARE(other.status, 200);
    QVERIFY(other.header("Location").contains("resumable/upload/youtube/v3/videos?"));
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("videos.insert")), 2);
}

void TestVideoUpload::chunksAnswer308WithTheStoredRange()
{
    const QByteArray file = fileBytes(2 * kChunk + 1000);
    const QByteArray total = QByteArray::number(file.size());
    const QString session = startSession(metadata(QStringLiteral("Chunks")), file.size());
    QVERIFY(!session.isEmpty());
    // Nothing stored yet: 308 without Range.
    const Response empty = statusQuery(session, file.size());
    QCOMPARE(empty.status, 308);
    QVERIFY(empty.header("Range").isEmpty());
    QVERIFY(empty.body.isEmpty());
    const Response first = put(session, file.left(kChunk), "bytes 0-262143/" + total);
    QCOMPARE(first.status, 308);
    QCOMPARE(first.header("Range"), QByteArray("bytes=0-262143"));
    const Response second = put(session, file.mid(kChunk, kChunk), "bytes 262144-524287/" + total);
    QCOMPARE(second.status, 308);
    QCOMPARE(second.header("Range"), QByteArray("bytes=0-524287"));
    const Response query = statusQuery(session, file.size());
    QCOMPARE(query.status, 308);
    QCOMPARE(query.header("Range"), QByteArray("bytes=0-524287"));
    QCOMPARE(sessionInfo(session).value(QStringLiteral("bytesReceived")).toInteger(), 2 * kChunk);
    QCOMPARE(sessionInfo(session).value(QStringLiteral("sha256")).toString(),
             sha256Hex(file.left(2 * kChunk)));
    // The last byte: 201 with the video.
    const Response last = put(session, file.mid(2 * kChunk),
                              "bytes 524288-" + QByteArray::number(file.size() - 1) + '/' + total);
    expectValid(last);
    const QJsonObject video = last.json();
    QCOMPARE(video.value(QStringLiteral("kind")).toString(), QStringLiteral("youtube#video"));
    const QString id = video.value(QStringLiteral("id")).toString();
    QCOMPARE(id.size(), 11);
    QCOMPARE(video.value(QStringLiteral("snippet")).toObject().value(QStringLiteral("title")),
             QJsonValue(QStringLiteral("Chunks")));
    QCOMPARE(video.value(QStringLiteral("status")).toObject().value(QStringLiteral("uploadStatus")),
             QJsonValue(QStringLiteral("uploaded")));
    // A repeated final query (or more bytes) repeats the final answer; no second video.
    const Response again = statusQuery(session, file.size());
    QCOMPARE(again.status, 201);
    QCOMPARE(again.json().value(QStringLiteral("id")).toString(), id);
    QCOMPARE(put(session, file.right(10), "bytes 0-9/" + total).json().value(QStringLiteral("id")),
             QJsonValue(id));
    const QJsonArray videos = m_sandbox->control("GET", QStringLiteral("youtube/uploads"))
                                  .value(QStringLiteral("videos"))
                                  .toArray();
    QCOMPARE(videos.size(), 1);
    QCOMPARE(videos.at(0).toObject().value(QStringLiteral("sha256")).toString(), sha256Hex(file));
}

void TestVideoUpload::wholeFileInOnePut()
{
    const QByteArray file = fileBytes(300000);
    const QString session = startSession(metadata(QStringLiteral("Whole")), file.size(),
                                         QStringLiteral("snippet,status,fileDetails"));
    const Response done = put(session, file, {});
    expectValid(done);
    const QJsonObject details = done.json().value(QStringLiteral("fileDetails")).toObject();
    QCOMPARE(details.value(QStringLiteral("fileSize")).toString(), QStringLiteral("300000"));
    QCOMPARE(details.value(QStringLiteral("fileName")).toString(), QStringLiteral("master.mp4"));
    // Without X-Upload-Content-Length the one PUT's length is the file's.
    const Response undeclared = m_sandbox->request(
        "POST", kUpload + QStringLiteral("?uploadType=resumable&part=snippet,fileDetails"),
        QJsonDocument(metadata(QStringLiteral("Undeclared"))).toJson(),
        QByteArrayLiteral("application/json; charset=UTF-8"), m_token);
    QCOMPARE(undeclared.status, 200);
    const QString path =
        QString::fromUtf8(undeclared.header("Location")).mid(m_sandbox->api().toString().size());
    const Response whole = put(path, file.left(1234), {});
    QCOMPARE(whole.status, 201);
    QCOMPARE(whole.json()
                 .value(QStringLiteral("fileDetails"))
                 .toObject()
                 .value(QStringLiteral("fileSize"))
                 .toString(),
             QStringLiteral("1234"));
}

void TestVideoUpload::gapsAndOverlapsStoreNothing()
{
    const QByteArray file = fileBytes(3 * kChunk);
    const QByteArray total = QByteArray::number(file.size());
    const QString session = startSession(metadata(QStringLiteral("Gaps")), file.size());
    QCOMPARE(put(session, file.left(kChunk), "bytes 0-262143/" + total).status, 308);
    // A gap: nothing of it is kept, 308 with the current range.
    const Response gap = put(session, file.mid(2 * kChunk), "bytes 524288-786431/" + total);
    QCOMPARE(gap.status, 308);
    QCOMPARE(gap.header("Range"), QByteArray("bytes=0-262143"));
    // An overlap: the same.
    const Response overlap = put(session, file.mid(100, kChunk), "bytes 100-262243/" + total);
    QCOMPARE(overlap.status, 308);
    QCOMPARE(overlap.header("Range"), QByteArray("bytes=0-262143"));
    QCOMPARE(sessionInfo(session).value(QStringLiteral("sha256")).toString(),
             sha256Hex(file.left(kChunk)));
    // Resuming where the stored bytes end completes it with the right bytes.
    expectValid(put(session, file.mid(kChunk), "bytes 262144-786431/" + total));
    QCOMPARE(m_sandbox->control("GET", QStringLiteral("youtube/uploads"))
                 .value(QStringLiteral("videos"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("sha256"))
                 .toString(),
             sha256Hex(file));
}

void TestVideoUpload::unknownAndExpiredSessionsAre404()
{
    const Response unknown =
        put(kUpload + QStringLiteral("?uploadType=resumable&upload_id=nope"), "x", {});
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")),
             QJsonValue(404));
    // A session that outlived its lifetime is 404, for good.
    m_sandbox->control("POST", QStringLiteral("youtube/uploads"),
                       {{QStringLiteral("lifetimeSeconds"), 1}});
    const QString shortLived = startSession(metadata(QStringLiteral("Short")), 1000);
    QVERIFY(!shortLived.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(statusQuery(shortLived, 1000).status, 404, 15000);
    QCOMPARE(put(shortLived, fileBytes(1000), "bytes 0-999/1000").status, 404);
    // The expiry fault: the control endpoint ends a session now.
    m_sandbox->control("POST", QStringLiteral("youtube/uploads"),
                       {{QStringLiteral("lifetimeSeconds"), 604800}});
    const QString expired = startSession(metadata(QStringLiteral("Expired")), 1000);
    QCOMPARE(statusQuery(expired, 1000).status, 308);
    m_sandbox->control("POST", QStringLiteral("youtube/uploads"),
                       {{QStringLiteral("expire"), QStringLiteral("all")}});
    QCOMPARE(statusQuery(expired, 1000).status, 404);
}

void TestVideoUpload::badUploadRequests()
{
    Response reply;
    QVERIFY(startSession(QJsonObject{{QStringLiteral("snippet"), QJsonObject{}}}, 10,
                         QStringLiteral("snippet"), &reply)
                .isEmpty());
    QCOMPARE(reply.status, 400);
    QCOMPARE(firstError(reply).value(QStringLiteral("reason")).toString(),
             QStringLiteral("invalidTitle"));
    const Response wrongType =
        m_sandbox->request("POST", kUpload + QStringLiteral("?uploadType=resumable&part=snippet"),
                           QJsonDocument(metadata(QStringLiteral("Text"))).toJson(),
                           QByteArrayLiteral("application/json; charset=UTF-8"), m_token,
                           {{"X-Upload-Content-Type", "text/plain"}});
    QCOMPARE(wrongType.status, 400);
    QCOMPARE(firstError(wrongType).value(QStringLiteral("reason")).toString(),
             QStringLiteral("badContent"));
    const Response notUpload =
        m_sandbox->request("POST", kUpload + QStringLiteral("?part=snippet"),
                           QJsonDocument(metadata(QStringLiteral("Plain"))).toJson(),
                           QByteArrayLiteral("application/json; charset=UTF-8"), m_token);
    QCOMPARE(notUpload.status, 400);
    QCOMPARE(firstError(notUpload).value(QStringLiteral("reason")).toString(),
             QStringLiteral("notUpload"));
    const QString session = startSession(metadata(QStringLiteral("Ranges")), 1000);
    QCOMPARE(put(session, fileBytes(10), "bytes 0-/1000").status, 400);
    // A Content-Range that disagrees with the body's length.
    QCOMPARE(put(session, fileBytes(10), "bytes 0-19/1000").status, 400);
    QCOMPARE(put(session, fileBytes(10), "bytes 995-1004/1000").status, 400);
    QVERIFY(statusQuery(session, 1000).header("Range").isEmpty());
}

void TestVideoUpload::theCreatedVideo()
{
    const QDateTime recorded = QDateTime::currentDateTimeUtc().addDays(-1);
    QJsonObject body = metadata(QStringLiteral("Full metadata"));
    body.insert(QStringLiteral("status"),
                QJsonObject{{QStringLiteral("privacyStatus"), QStringLiteral("private")},
                            {QStringLiteral("license"), QStringLiteral("creativeCommon")},
                            {QStringLiteral("embeddable"), false},
                            {QStringLiteral("selfDeclaredMadeForKids"), true}});
    body.insert(
        QStringLiteral("recordingDetails"),
        QJsonObject{{QStringLiteral("recordingDate"), recorded.toString(Qt::ISODateWithMs)},
                    {QStringLiteral("location"), QJsonObject{{QStringLiteral("latitude"), 52.52},
                                                             {QStringLiteral("longitude"), 13.405},
                                                             {QStringLiteral("altitude"), 34.0}}}});
    const QByteArray file = fileBytes(5000);
    const QString session = startSession(
        body, file.size(), QStringLiteral("snippet,status,recordingDetails,fileDetails"));
    const Response done = put(session, file, {});
    expectValid(done);
    const QString id = done.json().value(QStringLiteral("id")).toString();
    const QString parts =
        QStringLiteral("snippet,status,recordingDetails,fileDetails,processingDetails");
    QJsonObject video = listVideo(id, parts);
    const QJsonObject snippet = video.value(QStringLiteral("snippet")).toObject();
    QCOMPARE(snippet.value(QStringLiteral("categoryId")).toString(), QStringLiteral("20"));
    QCOMPARE(snippet.value(QStringLiteral("liveBroadcastContent")).toString(),
             QStringLiteral("none"));
    QCOMPARE(snippet.value(QStringLiteral("tags")).toArray().size(), 1);
    const QJsonObject status = video.value(QStringLiteral("status")).toObject();
    QCOMPARE(status.value(QStringLiteral("privacyStatus")).toString(), QStringLiteral("private"));
    QCOMPARE(status.value(QStringLiteral("license")).toString(), QStringLiteral("creativeCommon"));
    QCOMPARE(status.value(QStringLiteral("embeddable")).toBool(true), false);
    QCOMPARE(status.value(QStringLiteral("selfDeclaredMadeForKids")).toBool(), true);
    const QJsonObject recording = video.value(QStringLiteral("recordingDetails")).toObject();
    QCOMPARE(
        recording.value(QStringLiteral("location")).toObject().value(QStringLiteral("latitude")),
        QJsonValue(52.52));
    QCOMPARE(QDateTime::fromString(recording.value(QStringLiteral("recordingDate")).toString(),
                                   Qt::ISODateWithMs)
                 .toSecsSinceEpoch(),
             recorded.toSecsSinceEpoch());
    QCOMPARE(
        video.value(QStringLiteral("fileDetails")).toObject().value(QStringLiteral("fileSize")),
        QJsonValue(QStringLiteral("5000")));
    // Processing: processing (with progress) → succeeded, uploadStatus uploaded → processed.
    QCOMPARE(video.value(QStringLiteral("processingDetails"))
                 .toObject()
                 .value(QStringLiteral("processingStatus"))
                 .toString(),
             QStringLiteral("processing"));
    QVERIFY(video.value(QStringLiteral("processingDetails"))
                .toObject()
                .contains(QStringLiteral("processingProgress")));
    QCOMPARE(status.value(QStringLiteral("uploadStatus")).toString(), QStringLiteral("uploaded"));
    QTRY_COMPARE_WITH_TIMEOUT(listVideo(id, parts)
                                  .value(QStringLiteral("status"))
                                  .toObject()
                                  .value(QStringLiteral("uploadStatus"))
                                  .toString(),
                              QStringLiteral("processed"), 10000);
    video = listVideo(id, parts);
    QCOMPARE(video.value(QStringLiteral("processingDetails"))
                 .toObject()
                 .value(QStringLiteral("processingStatus"))
                 .toString(),
             QStringLiteral("succeeded"));
    const QStringList problems = m_discovery->validate(video, QStringLiteral("Video"));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

    // videos.update writes it like a broadcast's video; it is no broadcast.
    const QJsonObject update{
        {QStringLiteral("id"), id},
        {QStringLiteral("snippet"),
         QJsonObject{{QStringLiteral("title"), QStringLiteral("Renamed")},
                     {QStringLiteral("categoryId"), QStringLiteral("22")}}},
        {QStringLiteral("status"),
         QJsonObject{{QStringLiteral("privacyStatus"), QStringLiteral("unlisted")}}}};
    const Response updated = m_sandbox->call(
        "PUT", QStringLiteral("youtube/v3/videos?part=snippet,status"), m_token, update);
    QCOMPARE(updated.status, 200);
    QCOMPARE(listVideo(id, QStringLiteral("snippet"))
                 .value(QStringLiteral("snippet"))
                 .toObject()
                 .value(QStringLiteral("title"))
                 .toString(),
             QStringLiteral("Renamed"));
    const Response broadcasts = m_sandbox->call(
        "GET", QStringLiteral("youtube/v3/liveBroadcasts?part=id&mine=true"), m_token);
    QCOMPARE(broadcasts.json().value(QStringLiteral("items")).toArray().size(), 0);
}

void TestVideoUpload::processingFailedOrRejected()
{
    const auto uploadWith = [&](const QString &fault) {
        m_sandbox->control("POST", QStringLiteral("faults"), {{QStringLiteral("spec"), fault}});
        const QString session = startSession(metadata(QStringLiteral("Outcome")), 100);
        return put(session, fileBytes(100), {}).json().value(QStringLiteral("id")).toString();
    };
    const QString parts = QStringLiteral("status,processingDetails");
    const QString failed = uploadWith(QStringLiteral("failed=codec@videos.insert"));
    QTRY_COMPARE_WITH_TIMEOUT(listVideo(failed, parts)
                                  .value(QStringLiteral("status"))
                                  .toObject()
                                  .value(QStringLiteral("uploadStatus"))
                                  .toString(),
                              QStringLiteral("failed"), 10000);
    QJsonObject video = listVideo(failed, parts);
    QCOMPARE(
        video.value(QStringLiteral("status")).toObject().value(QStringLiteral("failureReason")),
        QJsonValue(QStringLiteral("codec")));
    QCOMPARE(video.value(QStringLiteral("processingDetails"))
                 .toObject()
                 .value(QStringLiteral("processingStatus")),
             QJsonValue(QStringLiteral("failed")));
    const QString rejected = uploadWith(QStringLiteral("rejected=duplicate@videos.insert"));
    QTRY_COMPARE_WITH_TIMEOUT(listVideo(rejected, parts)
                                  .value(QStringLiteral("status"))
                                  .toObject()
                                  .value(QStringLiteral("uploadStatus"))
                                  .toString(),
                              QStringLiteral("rejected"), 10000);
    video = listVideo(rejected, parts);
    QCOMPARE(
        video.value(QStringLiteral("status")).toObject().value(QStringLiteral("rejectionReason")),
        QJsonValue(QStringLiteral("duplicate")));
    // The fault was spent: the next upload is processed.
    QCOMPARE(m_sandbox->control("GET", QStringLiteral("faults"))
                 .value(QStringLiteral("pending"))
                 .toArray()
                 .size(),
             0);
    const QString fine = uploadWith(QString());
    QTRY_COMPARE_WITH_TIMEOUT(listVideo(fine, parts)
                                  .value(QStringLiteral("status"))
                                  .toObject()
                                  .value(QStringLiteral("uploadStatus"))
                                  .toString(),
                              QStringLiteral("processed"), 10000);
}

void TestVideoUpload::publishAtOnlyPrivateAndFuture()
{
    const QString later = QDateTime::currentDateTimeUtc().addDays(1).toString(Qt::ISODate);
    const QString earlier = QDateTime::currentDateTimeUtc().addDays(-1).toString(Qt::ISODate);
    const auto attempt = [&](const QString &privacy, const QString &publishAt) {
        QJsonObject body = metadata(QStringLiteral("Scheduled"));
        body.insert(QStringLiteral("status"),
                    QJsonObject{{QStringLiteral("privacyStatus"), privacy},
                                {QStringLiteral("publishAt"), publishAt}});
        Response reply;
        startSession(body, 100, QStringLiteral("snippet,status"), &reply);
        return reply;
    };
    for (const Response &refused :
         {attempt(QStringLiteral("public"), later), attempt(QStringLiteral("unlisted"), later),
          attempt(QStringLiteral("private"), earlier)}) {
        QCOMPARE(refused.status, 400);
        QCOMPARE(firstError(refused).value(QStringLiteral("reason")).toString(),
                 QStringLiteral("invalidPublishAt"));
        QCOMPARE(firstError(refused).value(QStringLiteral("domain")).toString(),
                 QStringLiteral("youtube.video"));
    }
    QCOMPARE(attempt(QStringLiteral("private"), later).status, 200);
}

void TestVideoUpload::scheduledVideoTurnsPublic()
{
    const QDateTime publishAt = QDateTime::currentDateTimeUtc().addSecs(2);
    QJsonObject body = metadata(QStringLiteral("Publishes soon"));
    body.insert(QStringLiteral("status"),
                QJsonObject{{QStringLiteral("privacyStatus"), QStringLiteral("private")},
                            {QStringLiteral("publishAt"), publishAt.toString(Qt::ISODateWithMs)}});
    const QString session = startSession(body, 100);
    const Response done = put(session, fileBytes(100), {});
    expectValid(done);
    const QJsonObject status = done.json().value(QStringLiteral("status")).toObject();
    QCOMPARE(status.value(QStringLiteral("privacyStatus")).toString(), QStringLiteral("private"));
    QCOMPARE(QDateTime::fromString(status.value(QStringLiteral("publishAt")).toString(),
                                   Qt::ISODateWithMs),
             publishAt);
    const QString id = done.json().value(QStringLiteral("id")).toString();
    QTRY_COMPARE_WITH_TIMEOUT(listVideo(id, QStringLiteral("status"))
                                  .value(QStringLiteral("status"))
                                  .toObject()
                                  .value(QStringLiteral("privacyStatus"))
                                  .toString(),
                              QStringLiteral("public"), 15000);
}

void TestVideoUpload::quotaBucketChargedOnceAtTheStart()
{
    m_sandbox->control(
        "POST", QStringLiteral("quota"),
        {{QStringLiteral("buckets"), QJsonObject{{QStringLiteral("videos.insert"), 2}}}});
    const QByteArray file = fileBytes(2 * kChunk);
    const QString session = startSession(metadata(QStringLiteral("One")), file.size());
    QCOMPARE(put(session, file.left(kChunk), "bytes 0-262143/524288").status, 308);
    QCOMPARE(statusQuery(session, file.size()).status, 308);
    expectValid(put(session, file.mid(kChunk), "bytes 262144-524287/524288"));
    QVERIFY(!startSession(metadata(QStringLiteral("Two")), 10).isEmpty());
    Response third;
    QVERIFY(startSession(metadata(QStringLiteral("Three")), 10, QStringLiteral("snippet"), &third)
                .isEmpty());
    QCOMPARE(third.status, 403);
    QCOMPARE(firstError(third).value(QStringLiteral("reason")).toString(),
             QStringLiteral("quotaExceeded"));
    QCOMPARE(firstError(third).value(QStringLiteral("domain")).toString(),
             QStringLiteral("youtube.quota"));
    const QJsonObject quota = m_sandbox->control("GET", QStringLiteral("quota"));
    const QJsonObject bucket = quota.value(QStringLiteral("buckets"))
                                   .toObject()
                                   .value(QStringLiteral("videos.insert"))
                                   .toObject();
    QCOMPARE(bucket.value(QStringLiteral("calls")).toInteger(), 2); // the PUTs cost nothing
    QCOMPARE(bucket.value(QStringLiteral("remaining")).toInteger(), 0);
    QCOMPARE(quota.value(QStringLiteral("spent")).toInteger(), 0); // not the shared units
}

void TestVideoUpload::errorOnAChunkStoresNothing()
{
    const QByteArray file = fileBytes(2 * kChunk);
    const QString session = startSession(metadata(QStringLiteral("503")), file.size());
    QVERIFY(!session.isEmpty());
    const QJsonObject faults =
        m_sandbox->control("POST", QStringLiteral("faults"),
                           {{QStringLiteral("spec"), QStringLiteral("error=503@videos.upload")}});
    QCOMPARE(faults.value(QStringLiteral("pending"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("method"))
                 .toString(),
             QStringLiteral("youtube:videos.upload"));
    const Response failed = put(session, file.left(kChunk), "bytes 0-262143/524288");
    QCOMPARE(failed.status, 503);
    QCOMPARE(firstError(failed).value(QStringLiteral("reason")).toString(),
             QStringLiteral("backendError"));
    const Response query = statusQuery(session, file.size());
    QCOMPARE(query.status, 308);
    QVERIFY(query.header("Range").isEmpty());
    expectValid(put(session, file, "bytes 0-524287/524288"));
}

void TestVideoUpload::dropInTheBodyKeepsWhatArrived()
{
    const QByteArray file = fileBytes(4 * kChunk);
    const QString session = startSession(metadata(QStringLiteral("Dropped")), file.size());
    m_sandbox->control("POST", QStringLiteral("faults"),
                       {{QStringLiteral("spec"), QStringLiteral("drop=300000@videos.upload")}});
    RawHttp raw(quint16(m_sandbox->api().port()));
    QVERIFY(raw.sendHead("PUT", session,
                         {{"Authorization", "Bearer " + m_token.toLatin1()},
                          {"Content-Type", "video/mp4"},
                          {"Content-Length", QByteArray::number(file.size())},
                          {"Content-Range", "bytes 0-1048575/1048576"}}));
    raw.send(file); // may fail half-way: the sandbox closes the connection
    QCOMPARE(raw.readResponse(10000).status, 0);
    const Response query = statusQuery(session, file.size());
    QCOMPARE(query.status, 308);
    QCOMPARE(query.header("Range"), QByteArray("bytes=0-299999"));
    QCOMPARE(sessionInfo(session).value(QStringLiteral("sha256")).toString(),
             sha256Hex(file.left(300000)));
    expectValid(put(session, file.mid(300000), "bytes 300000-1048575/1048576"));
}

void TestVideoUpload::clientGoneKeepsWhatArrived()
{
    const QByteArray file = fileBytes(4 * kChunk);
    const QString session = startSession(metadata(QStringLiteral("Gone")), file.size());
    {
        RawHttp raw(quint16(m_sandbox->api().port()));
        QVERIFY(raw.sendHead("PUT", session,
                             {{"Authorization", "Bearer " + m_token.toLatin1()},
                              {"Content-Length", QByteArray::number(file.size())},
                              {"Content-Range", "bytes 0-1048575/1048576"}}));
        QVERIFY(raw.send(file.left(200000)));
        QTRY_COMPARE_WITH_TIMEOUT(
            sessionInfo(session).value(QStringLiteral("bytesReceived")).toInteger(), 200000, 10000);
        raw.close();
    }
    // What arrived is kept; the session takes the rest from there.
    QTRY_COMPARE_WITH_TIMEOUT(statusQuery(session, file.size()).header("Range"),
                              QByteArray("bytes=0-199999"), 10000);
    expectValid(put(session, file.mid(200000), "bytes 200000-1048575/1048576"));
}

void TestVideoUpload::stallHoldsTheBody()
{
    const QByteArray file = fileBytes(4 * kChunk);
    const QString session = startSession(metadata(QStringLiteral("Stalled")), file.size());
    m_sandbox->control("POST", QStringLiteral("faults"),
                       {{QStringLiteral("spec"), QStringLiteral("stall=100000@videos.upload")}});
    m_sandbox->control("DELETE", QStringLiteral("requests"));
    RawHttp raw(quint16(m_sandbox->api().port()));
    QVERIFY(raw.sendHead("PUT", session,
                         {{"Authorization", "Bearer " + m_token.toLatin1()},
                          {"Content-Length", QByteArray::number(file.size())},
                          {"Content-Range", "bytes 0-1048575/1048576"}}));
    QVERIFY(raw.send(file.left(150000)));
    // The sandbox stops at the fault's byte and leaves the request unanswered (logged 0).
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox->control("GET", QStringLiteral("requests"))
                                  .value(QStringLiteral("requests"))
                                  .toArray()
                                  .last()
                                  .toObject()
                                  .value(QStringLiteral("status"))
                                  .toInt(-1),
                              0, 10000);
    QCOMPARE(sessionInfo(session).value(QStringLiteral("bytesReceived")).toInteger(), 100000);
    // The client gives up and asks: the bytes before the stall are kept.
    raw.close();
    const Response query = statusQuery(session, file.size());
    QCOMPARE(query.status, 308);
    QCOMPARE(query.header("Range"), QByteArray("bytes=0-99999"));
}

void TestVideoUpload::quotaAndUploadLimitFaults()
{
    m_sandbox->control(
        "POST", QStringLiteral("faults"),
        {{QStringLiteral("spec"),
          QStringLiteral("quota@videos.insert,reason=uploadLimitExceeded@videos.insert")}});
    Response reply;
    QVERIFY(startSession(metadata(QStringLiteral("Quota")), 10, QStringLiteral("snippet"), &reply)
                .isEmpty());
    QCOMPARE(reply.status, 403);
    QCOMPARE(firstError(reply).value(QStringLiteral("reason")).toString(),
             QStringLiteral("quotaExceeded"));
    QVERIFY(startSession(metadata(QStringLiteral("Limit")), 10, QStringLiteral("snippet"), &reply)
                .isEmpty());
    QCOMPARE(reply.status, 400);
    QCOMPARE(firstError(reply).value(QStringLiteral("reason")).toString(),
             QStringLiteral("uploadLimitExceeded"));
    QCOMPARE(firstError(reply).value(QStringLiteral("domain")).toString(),
             QStringLiteral("youtube.video"));
    QVERIFY(!startSession(metadata(QStringLiteral("Fine")), 10).isEmpty());
}

void TestVideoUpload::multipartUpload()
{
    const QByteArray media = fileBytes(40000);
    const QByteArray boundary = "onair_boundary_1";
    const QByteArray body =
        "--" + boundary + "\r\nContent-Type: application/json; charset=UTF-8\r\n\r\n" +
        QJsonDocument(metadata(QStringLiteral("Small"))).toJson(QJsonDocument::Compact) + "\r\n--" +
        boundary +
        "\r\nContent-Type: video/mp4\r\nContent-Disposition: attachment; "
        "filename=\"clip.mp4\"\r\n\r\n" +
        media + "\r\n--" + boundary + "--\r\n";
    const Response done = m_sandbox->request(
        "POST", kUpload + QStringLiteral("?uploadType=multipart&part=snippet,status,fileDetails"),
        body, "multipart/related; boundary=" + boundary, m_token);
    expectValid(done);
    const QJsonObject details = done.json().value(QStringLiteral("fileDetails")).toObject();
    QCOMPARE(details.value(QStringLiteral("fileName")).toString(), QStringLiteral("clip.mp4"));
    QCOMPARE(details.value(QStringLiteral("fileSize")).toString(), QStringLiteral("40000"));
    QCOMPARE(m_sandbox->control("GET", QStringLiteral("youtube/uploads"))
                 .value(QStringLiteral("videos"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("sha256"))
                 .toString(),
             sha256Hex(media));
    const Response noMedia =
        m_sandbox->request("POST", kUpload + QStringLiteral("?uploadType=multipart&part=snippet"),
                           QJsonDocument(metadata(QStringLiteral("Nothing"))).toJson(),
                           QByteArrayLiteral("application/json"), m_token);
    QCOMPARE(noMedia.status, 400);
    QCOMPARE(firstError(noMedia).value(QStringLiteral("reason")).toString(),
             QStringLiteral("mediaBodyRequired"));
}

void TestVideoUpload::expect100Continue()
{
    const QByteArray file = fileBytes(5000);
    const QString session = startSession(metadata(QStringLiteral("Continue")), file.size());
    RawHttp raw(quint16(m_sandbox->api().port()));
    QVERIFY(raw.sendHead("PUT", session,
                         {{"Authorization", "Bearer " + m_token.toLatin1()},
                          {"Content-Length", QByteArray::number(file.size())},
                          {"Expect", "100-continue"}}));
    QCOMPARE(raw.readResponse().status, 100);
    QVERIFY(raw.send(file));
    const Response done = raw.readResponse();
    QCOMPARE(done.status, 201);
    QCOMPARE(done.json().value(QStringLiteral("kind")).toString(), QStringLiteral("youtube#video"));
}

void TestVideoUpload::largeBodyStaysOutOfMemory()
{
    // 512 MiB in one PUT: the sandbox's peak resident memory must not grow by anything near
    // it (the body goes to disk as it arrives).
    constexpr qint64 size = 512LL * 1024 * 1024;
    constexpr qint64 piece = 4 * 1024 * 1024;
    const QString session = startSession(metadata(QStringLiteral("Large")), size);
    const qint64 before = memoryKiB(m_sandbox->pid(), "VmRSS:");
    QVERIFY(before > 0);
    RawHttp raw(quint16(m_sandbox->api().port()));
    QVERIFY(raw.sendHead("PUT", session,
                         {{"Authorization", "Bearer " + m_token.toLatin1()},
                          {"Content-Type", "video/mp4"},
                          {"Content-Length", QByteArray::number(size)}}));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray block = fileBytes(piece);
    for (qint64 sent = 0; sent < size; sent += piece) {
        block[0] = char(sent / piece); // every piece differs
        hash.addData(block);
        QVERIFY(raw.send(block));
    }
    const Response done = raw.readResponse(120000);
    QCOMPARE(done.status, 201);
    const qint64 peak = memoryKiB(m_sandbox->pid(), "VmHWM:");
    QVERIFY2(peak - before < 96 * 1024,
             qPrintable(QStringLiteral("resident memory grew by %1 KiB").arg(peak - before)));
    const QJsonArray videos = m_sandbox->control("GET", QStringLiteral("youtube/uploads"))
                                  .value(QStringLiteral("videos"))
                                  .toArray();
    QCOMPARE(videos.at(0).toObject().value(QStringLiteral("fileSize")).toInteger(), size);
    QCOMPARE(videos.at(0).toObject().value(QStringLiteral("sha256")).toString(),
             QString::fromLatin1(hash.result().toHex()));
}

void TestVideoUpload::uploadedVideoSurvivesARestart()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QStringList arguments{QStringLiteral("--auto-consent"), QStringLiteral("--no-ingest"),
                                QStringLiteral("--data-dir"), dir.path()};
    QString id;
    {
        SandboxProcess first(arguments);
        QVERIFY2(first.isReady(), qPrintable(first.errorString()));
        const QString token = first.signIn().accessToken;
        const Response started = first.request(
            "POST", kUpload + QStringLiteral("?uploadType=resumable&part=snippet,status"),
            QJsonDocument(metadata(QStringLiteral("Kept"))).toJson(),
            QByteArrayLiteral("application/json; charset=UTF-8"), token,
            {{"X-Upload-Content-Length", "10"}});
        const QString session =
            QString::fromUtf8(started.header("Location")).mid(first.api().toString().size());
        const Response done = first.request("PUT", session, "0123456789", "video/mp4", token);
        QCOMPARE(done.status, 201);
        id = done.json().value(QStringLiteral("id")).toString();
        QVERIFY(first.stop());
    }
    SandboxProcess second(arguments);
    QVERIFY2(second.isReady(), qPrintable(second.errorString()));
    const Response listed =
        second.call("GET", QStringLiteral("youtube/v3/videos?part=snippet,fileDetails&id=") + id,
                    second.signIn().accessToken);
    const QJsonObject video =
        listed.json().value(QStringLiteral("items")).toArray().at(0).toObject();
    QCOMPARE(video.value(QStringLiteral("snippet")).toObject().value(QStringLiteral("title")),
             QJsonValue(QStringLiteral("Kept")));
    QCOMPARE(
        video.value(QStringLiteral("fileDetails")).toObject().value(QStringLiteral("fileSize")),
        QJsonValue(QStringLiteral("10")));
}

QTEST_GUILESS_MAIN(TestVideoUpload)

#include "moc_tst_video_upload.cpp"
