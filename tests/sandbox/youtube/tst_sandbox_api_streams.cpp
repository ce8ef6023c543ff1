#include "tst_sandbox_api.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using onair::test::SandboxProcess;
using Response = SandboxProcess::Response;

// liveStreams: insert errors, health, an incomplete stream.

void TestSandboxApi::streamInsertErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("reason");
    QTest::newRow("no title")
        << QByteArray(
               R"({"snippet":{},"cdn":{"ingestionType":"rtmp","resolution":"720p","frameRate":"30fps"}})")
        << QStringLiteral("titleRequired");
    QTest::newRow("no cdn") << QByteArray(R"({"snippet":{"title":"x"}})")
                            << QStringLiteral("cdnRequired");
    QTest::newRow("no ingestion type")
        << QByteArray(
               R"({"snippet":{"title":"x"},"cdn":{"resolution":"720p","frameRate":"30fps"}})")
        << QStringLiteral("ingestionTypeRequired");
    QTest::newRow("no frame rate")
        << QByteArray(
               R"({"snippet":{"title":"x"},"cdn":{"ingestionType":"rtmp","resolution":"720p"}})")
        << QStringLiteral("frameRateRequired");
    QTest::newRow("no resolution")
        << QByteArray(
               R"({"snippet":{"title":"x"},"cdn":{"ingestionType":"rtmp","frameRate":"30fps"}})")
        << QStringLiteral("resolutionRequired");
    QTest::newRow("bad resolution")
        << QByteArray(
               R"({"snippet":{"title":"x"},"cdn":{"ingestionType":"rtmp","resolution":"4k","frameRate":"30fps"}})")
        << QStringLiteral("invalidResolution");
    QTest::newRow("bad frame rate")
        << QByteArray(
               R"({"snippet":{"title":"x"},"cdn":{"ingestionType":"rtmp","resolution":"720p","frameRate":"25fps"}})")
        << QStringLiteral("invalidFrameRate");
    QTest::newRow("bad ingestion type")
        << QByteArray(
               R"({"snippet":{"title":"x"},"cdn":{"ingestionType":"srt","resolution":"720p","frameRate":"30fps"}})")
        << QStringLiteral("invalidIngestionType");
    QTest::newRow("deprecated format")
        << QByteArray(R"({"snippet":{"title":"x"},"cdn":{"ingestionType":"rtmp","format":"720p"}})")
        << QStringLiteral("invalidFormat");
}

void TestSandboxApi::streamInsertErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, reason);
    expectError(m_sandbox->request("POST", kStreams + QStringLiteral("?part=snippet,cdn"), body,
                                   QByteArrayLiteral("application/json"), m_token),
                400, reason, QStringLiteral("youtube.liveStream"));
}

void TestSandboxApi::streamHealth()
{
    const QJsonObject stream = insertStream(QStringLiteral("1080p"), QStringLiteral("60fps"));
    const QString id = stream.value(QStringLiteral("id")).toString();
    const QString key = stream.value(QStringLiteral("cdn"))
                            .toObject()
                            .value(QStringLiteral("ingestionInfo"))
                            .toObject()
                            .value(QStringLiteral("streamName"))
                            .toString();
    const auto health = [&] {
        const Response reply =
            m_sandbox->call("GET", kStreams + QStringLiteral("?part=status&id=") + id, m_token);
        expectValid(reply, QStringLiteral("youtube.liveStreams.list"));
        return reply.json()
            .value(QStringLiteral("items"))
            .toArray()
            .at(0)
            .toObject()
            .value(QStringLiteral("status"))
            .toObject();
    };
    QCOMPARE(health()
                 .value(QStringLiteral("healthStatus"))
                 .toObject()
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("noData"));
    setEncoder(key, true, 1920, 1080, 60);
    QCOMPARE(health().value(QStringLiteral("streamStatus")).toString(), QStringLiteral("active"));
    QCOMPARE(health()
                 .value(QStringLiteral("healthStatus"))
                 .toObject()
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("good"));
    setEncoder(key, true, 1280, 720, 30);
    const QJsonObject mismatched = health().value(QStringLiteral("healthStatus")).toObject();
    QCOMPARE(mismatched.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    QStringList types;
    for (const QJsonValue &issue :
         mismatched.value(QStringLiteral("configurationIssues")).toArray())
        types.append(issue.toObject().value(QStringLiteral("type")).toString());
    QCOMPARE(types, (QStringList{QStringLiteral("resolutionMismatch"),
                                 QStringLiteral("framerateMismatch")}));
    setEncoder(key, false);
    QCOMPARE(health().value(QStringLiteral("streamStatus")).toString(), QStringLiteral("inactive"));
}

void TestSandboxApi::incompleteStreamIsCreated()
{
    // Without resolution and frame rate the cdn settings are incomplete: "created".
    const QJsonObject stream = insertStream(QString(), QString());
    QCOMPARE(stream.value(QStringLiteral("status"))
                 .toObject()
                 .value(QStringLiteral("streamStatus"))
                 .toString(),
             QStringLiteral("created"));
    QVERIFY(!stream.value(QStringLiteral("cdn")).toObject().contains(QStringLiteral("resolution")));
    const QJsonObject compact =
        m_sandbox
            ->call("GET", kStreams + QStringLiteral("?part=id&mine=true&prettyPrint=false"),
                   m_token)
            .json();
    QCOMPARE(compact.value(QStringLiteral("items")).toArray().size(), 1);
}
