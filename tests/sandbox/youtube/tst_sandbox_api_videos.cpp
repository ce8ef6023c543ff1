#include "tst_sandbox_api.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using onair::test::SandboxProcess;
using Response = SandboxProcess::Response;

// videos, channels and thumbnails (simple, multipart and resumable).

void TestSandboxApi::videosMirrorTheBroadcast()
{
    const QString id =
        insertBroadcast(QStringLiteral("Mirror")).value(QStringLiteral("id")).toString();
    const QString videos = QStringLiteral("youtube/v3/videos");
    const Response listed =
        m_sandbox->call("GET",
                        videos + QStringLiteral("?part=snippet,status,liveStreamingDetails&id=") +
                            id + QStringLiteral(",AAAAAAAAAAA"),
                        m_token);
    expectValid(listed, QStringLiteral("youtube.videos.list"));
    QCOMPARE(listed.json().value(QStringLiteral("kind")).toString(),
             QStringLiteral("youtube#videoListResponse"));
    const QJsonArray items = listed.json().value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 1); // unknown ids are left out, not a 404
    const QJsonObject video = items.at(0).toObject();
    QCOMPARE(video.value(QStringLiteral("kind")).toString(), QStringLiteral("youtube#video"));
    QCOMPARE(
        video.value(QStringLiteral("snippet")).toObject().value(QStringLiteral("title")).toString(),
        QStringLiteral("Mirror"));
    QCOMPARE(video.value(QStringLiteral("snippet"))
                 .toObject()
                 .value(QStringLiteral("liveBroadcastContent"))
                 .toString(),
             QStringLiteral("upcoming"));
    QCOMPARE(video.value(QStringLiteral("status"))
                 .toObject()
                 .value(QStringLiteral("privacyStatus"))
                 .toString(),
             QStringLiteral("unlisted"));

    // videos.update replaces the part: the title and privacy show through liveBroadcasts.
    const QJsonObject update{
        {QStringLiteral("id"), id},
        {QStringLiteral("snippet"),
         QJsonObject{{QStringLiteral("title"), QStringLiteral("Renamed by videos.update")},
                     {QStringLiteral("description"), QStringLiteral("Shared")},
                     {QStringLiteral("categoryId"), QStringLiteral("20")}}},
        {QStringLiteral("status"),
         QJsonObject{{QStringLiteral("privacyStatus"), QStringLiteral("private")}}}};
    expectValidRequest(update, QStringLiteral("youtube.videos.update"));
    expectValid(
        m_sandbox->call("PUT", videos + QStringLiteral("?part=snippet,status"), m_token, update),
        QStringLiteral("youtube.videos.update"));
    const QJsonObject broadcast =
        m_sandbox
            ->call("GET", kBroadcasts + QStringLiteral("?part=snippet,status&id=") + id, m_token)
            .json()
            .value(QStringLiteral("items"))
            .toArray()
            .at(0)
            .toObject();
    QCOMPARE(broadcast.value(QStringLiteral("snippet"))
                 .toObject()
                 .value(QStringLiteral("title"))
                 .toString(),
             QStringLiteral("Renamed by videos.update"));
    QCOMPARE(broadcast.value(QStringLiteral("snippet"))
                 .toObject()
                 .value(QStringLiteral("description"))
                 .toString(),
             QStringLiteral("Shared"));
    QCOMPARE(broadcast.value(QStringLiteral("status"))
                 .toObject()
                 .value(QStringLiteral("privacyStatus"))
                 .toString(),
             QStringLiteral("private"));

    expectError(
        m_sandbox->call("PUT", videos + QStringLiteral("?part=snippet"), m_token,
                        {{QStringLiteral("id"), id},
                         {QStringLiteral("snippet"),
                          QJsonObject{{QStringLiteral("title"), QStringLiteral("No category")}}}}),
        400, QStringLiteral("invalidCategoryId"));
    expectError(
        m_sandbox->call("PUT", videos + QStringLiteral("?part=snippet"), m_token,
                        {{QStringLiteral("id"), id},
                         {QStringLiteral("snippet"),
                          QJsonObject{{QStringLiteral("title"), QString()},
                                      {QStringLiteral("categoryId"), QStringLiteral("22")}}}}),
        400, QStringLiteral("invalidTitle"));
    expectError(
        m_sandbox->call("PUT", videos + QStringLiteral("?part=snippet"), m_token,
                        {{QStringLiteral("id"), QStringLiteral("AAAAAAAAAAA")},
                         {QStringLiteral("snippet"),
                          QJsonObject{{QStringLiteral("title"), QStringLiteral("x")},
                                      {QStringLiteral("categoryId"), QStringLiteral("22")}}}}),
        404, QStringLiteral("videoNotFound"));
    expectError(m_sandbox->call("GET", videos + QStringLiteral("?part=snippet"), m_token), 400,
                QStringLiteral("missingRequiredParameter"));
}

void TestSandboxApi::channelsMine()
{
    const Response mine = m_sandbox->call(
        "GET", QStringLiteral("youtube/v3/channels?part=id,snippet&mine=true"), m_token);
    expectValid(mine, QStringLiteral("youtube.channels.list"));
    const QJsonArray items = mine.json().value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 1);
    const QString channelId = items.at(0).toObject().value(QStringLiteral("id")).toString();
    QVERIFY(
        QRegularExpression(QStringLiteral("^UC[A-Za-z0-9_-]{22}$")).match(channelId).hasMatch());
    // The broadcasts this token creates belong to that channel.
    const QJsonObject broadcast = insertBroadcast(QStringLiteral("Owned"));
    QCOMPARE(broadcast.value(QStringLiteral("snippet"))
                 .toObject()
                 .value(QStringLiteral("channelId"))
                 .toString(),
             channelId);
    expectError(m_sandbox->call("GET", QStringLiteral("youtube/v3/channels?part=id"), m_token), 400,
                QStringLiteral("missingRequiredParameter"));
    expectError(m_sandbox->call(
                    "GET", QStringLiteral("youtube/v3/channels?part=id&mine=true&id=") + channelId,
                    m_token),
                400, QStringLiteral("incompatibleParameters"));
}

void TestSandboxApi::thumbnails()
{
    const QString id =
        insertBroadcast(QStringLiteral("Thumb")).value(QStringLiteral("id")).toString();
    const QString set = QStringLiteral("upload/youtube/v3/thumbnails/set?videoId=");
    const QByteArray jpeg = QByteArray("\xff\xd8\xff\xe0", 4) + QByteArray(2000, 'j');
    const Response ok =
        m_sandbox->request("POST", set + id, jpeg, QByteArrayLiteral("image/jpeg"), m_token);
    expectValid(ok, QStringLiteral("youtube.thumbnails.set"));
    QCOMPARE(ok.json().value(QStringLiteral("kind")).toString(),
             QStringLiteral("youtube#thumbnailSetResponse"));
    const QString url = ok.json()
                            .value(QStringLiteral("items"))
                            .toArray()
                            .at(0)
                            .toObject()
                            .value(QStringLiteral("default"))
                            .toObject()
                            .value(QStringLiteral("url"))
                            .toString();
    QVERIFY(url.startsWith(m_sandbox->api().toString()));
    const Response image = m_sandbox->request("GET", url.mid(m_sandbox->api().toString().size()));
    QCOMPARE(image.status, 200);
    QCOMPARE(image.body, jpeg);

    // multipart/related: an (empty) JSON metadata part, then the image.
    const QByteArray other = QByteArray("\xff\xd8\xff\xdb", 4) + QByteArray(500, 'm');
    const QByteArray multipart =
        "--sbx\r\nContent-Type: application/json; charset=UTF-8\r\n\r\n{}\r\n"
        "--sbx\r\nContent-Type: image/jpeg\r\n\r\n" +
        other + "\r\n--sbx--\r\n";
    expectValid(m_sandbox->request("POST", set + id + QStringLiteral("&uploadType=multipart"),
                                   multipart, QByteArrayLiteral("multipart/related; boundary=sbx"),
                                   m_token),
                QStringLiteral("youtube.thumbnails.set"));
    QCOMPARE(m_sandbox->request("GET", url.mid(m_sandbox->api().toString().size())).body, other);

    expectError(m_sandbox->request("POST", set + id, QByteArray("GIF89a", 6),
                                   QByteArrayLiteral("image/gif"), m_token),
                400, QStringLiteral("invalidImage"));
    expectError(
        m_sandbox->request("POST", set + id, QByteArray(), QByteArrayLiteral("image/png"), m_token),
        400, QStringLiteral("mediaBodyRequired"));
    expectError(m_sandbox->request("POST", set + QStringLiteral("AAAAAAAAAAA"), jpeg,
                                   QByteArrayLiteral("image/jpeg"), m_token),
                404, QStringLiteral("videoNotFound"));
    expectError(m_sandbox->request("POST", QStringLiteral("upload/youtube/v3/thumbnails/set"), jpeg,
                                   QByteArrayLiteral("image/jpeg"), m_token),
                400, QStringLiteral("required"));
}

void TestSandboxApi::resumableThumbnail()
{
    const QString id =
        insertBroadcast(QStringLiteral("Resumable")).value(QStringLiteral("id")).toString();
    const QByteArray png = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(3000, 'p');
    const QByteArray total = QByteArray::number(png.size());
    const qint64 spentBefore = m_sandbox->control("GET", QStringLiteral("quota"))
                                   .value(QStringLiteral("spent"))
                                   .toInteger();
    const Response started = m_sandbox->request(
        "POST",
        QStringLiteral("upload/youtube/v3/thumbnails/set?uploadType=resumable&videoId=") + id,
        QByteArray(), QByteArrayLiteral("application/json; charset=UTF-8"), m_token,
        {{"X-Upload-Content-Length", total}, {"X-Upload-Content-Type", "image/png"}});
    QCOMPARE(started.status, 200);
    const QString session = QString::fromUtf8(started.header("Location"));
    QVERIFY2(session.startsWith(m_sandbox->api().toString()), qPrintable(session));
    const QString path = session.mid(m_sandbox->api().toString().size());
    QVERIFY(path.contains(QLatin1String("upload_id=")));

    const Response first =
        m_sandbox->request("PUT", path, png.left(1000), QByteArrayLiteral("image/png"), m_token,
                           {{"Content-Range", "bytes 0-999/" + total}});
    QCOMPARE(first.status, 308);
    QCOMPARE(first.header("Range"), QByteArray("bytes=0-999"));
    const Response query = m_sandbox->request("PUT", path, QByteArray(), QByteArray(), m_token,
                                              {{"Content-Range", "bytes */" + total}});
    QCOMPARE(query.status, 308);
    QCOMPARE(query.header("Range"), QByteArray("bytes=0-999"));
    // A chunk that does not start where the stored bytes end is not kept.
    const Response gap = m_sandbox->request(
        "PUT", path, png.mid(2000), QByteArrayLiteral("image/png"), m_token,
        {{"Content-Range", "bytes 2000-" + QByteArray::number(png.size() - 1) + '/' + total}});
    QCOMPARE(gap.status, 308);
    QCOMPARE(gap.header("Range"), QByteArray("bytes=0-999"));
    const Response last = m_sandbox->request(
        "PUT", path, png.mid(1000), QByteArrayLiteral("image/png"), m_token,
        {{"Content-Range", "bytes 1000-" + QByteArray::number(png.size() - 1) + '/' + total}});
    expectValid(last, QStringLiteral("youtube.thumbnails.set"));
    // Finished: a status query repeats the final answer.
    const Response again = m_sandbox->request("PUT", path, QByteArray(), QByteArray(), m_token,
                                              {{"Content-Range", "bytes */" + total}});
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json().value(QStringLiteral("kind")).toString(),
             QStringLiteral("youtube#thumbnailSetResponse"));
    // Only the session start costs quota.
    QCOMPARE(m_sandbox->control("GET", QStringLiteral("quota"))
                 .value(QStringLiteral("spent"))
                 .toInteger(),
             spentBefore + 50);
    const Response image =
        m_sandbox->request("GET", QStringLiteral("vi/") + id + QStringLiteral("/high.jpg"));
    QCOMPARE(image.body, png);
    // The discovery's resumable path works the same; an unknown session is a 404.
    const Response other = m_sandbox->request(
        "POST", QStringLiteral("resumable/upload/youtube/v3/thumbnails/set?videoId=") + id,
        QByteArray(), QByteArray(), m_token);
    QCOMPARE(other.status, 200);
    QVERIFY(!other.header("Location").isEmpty());
    QCOMPARE(m_sandbox
                 ->request("PUT", QStringLiteral("upload/youtube/v3/thumbnails/set?upload_id=nope"),
                           png, QByteArrayLiteral("image/png"), m_token)
                 .status,
             404);
}
