#include "tst_sandbox_api.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using onair::test::SandboxProcess;
using Response = SandboxProcess::Response;

// liveBroadcasts.cuepoint: the rules and the strict window.

void TestSandboxApi::cuepointRules()
{
    const auto [testing, testingStream] = broadcastIn(QStringLiteral("testing"));
    Q_UNUSED(testingStream);
    const QString cue = kBroadcasts + QStringLiteral("/cuepoint?id=");
    const QJsonObject ad{{QStringLiteral("cueType"), QStringLiteral("cueTypeAd")}};
    expectError(
        m_sandbox->call("POST", cue + testing.value(QStringLiteral("id")).toString(), m_token, ad),
        403, QStringLiteral("forbidden"));

    const auto [live, liveStream] = broadcastIn(QStringLiteral("live"));
    Q_UNUSED(liveStream);
    const QString id = live.value(QStringLiteral("id")).toString();
    expectError(m_sandbox->call("POST", kBroadcasts + QStringLiteral("/cuepoint"), m_token, ad),
                400, QStringLiteral("idRequired"));
    expectError(m_sandbox->call("POST", cue + id, m_token, {{QStringLiteral("durationSecs"), 30}}),
                400, QStringLiteral("cueTypeRequired"));
    expectError(m_sandbox->call("POST", cue + id, m_token,
                                {{QStringLiteral("cueType"), QStringLiteral("cueTypeAd")},
                                 {QStringLiteral("insertionOffsetTimeMs"), QStringLiteral("1000")},
                                 {QStringLiteral("walltimeMs"), QStringLiteral("1767225600000")}}),
                400, QStringLiteral("conflictingTimeFields"),
                QStringLiteral("youtube.liveBroadcast"));
    expectError(m_sandbox->call("POST", cue + id, m_token,
                                {{QStringLiteral("cueType"), QStringLiteral("cueTypeAd")},
                                 {QStringLiteral("insertionOffsetTimeMs"), QStringLiteral("-5")}}),
                400, QStringLiteral("invalidInsertionOffsetTimeMs"));
    expectError(m_sandbox->call("POST", cue + id, m_token,
                                {{QStringLiteral("cueType"), QStringLiteral("cueTypeAd")},
                                 {QStringLiteral("walltimeMs"), QStringLiteral("soon")}}),
                400, QStringLiteral("invalidWalltimeMs"));
    expectError(m_sandbox->call("POST", cue + QStringLiteral("AAAAAAAAAAA"), m_token, ad), 404,
                QStringLiteral("liveBroadcastNotFound"));

    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const Response immediate = m_sandbox->call("POST", cue + id, m_token, ad);
    expectValid(immediate, QStringLiteral("youtube.liveBroadcasts.insertCuepoint"));
    QCOMPARE(immediate.json().value(QStringLiteral("durationSecs")).toInt(), 30);
    QCOMPARE(immediate.json().value(QStringLiteral("insertionOffsetTimeMs")).toString(),
             QStringLiteral("0"));
    // 64-bit numbers are accepted as JSON numbers too, and always come back as strings.
    const Response numeric =
        m_sandbox->call("POST", cue + id, m_token,
                        {{QStringLiteral("cueType"), QStringLiteral("cueTypeAd")},
                         {QStringLiteral("durationSecs"), 90},
                         {QStringLiteral("insertionOffsetTimeMs"), 1500}});
    expectValid(numeric, QStringLiteral("youtube.liveBroadcasts.insertCuepoint"));
    QCOMPARE(numeric.json().value(QStringLiteral("insertionOffsetTimeMs")).toString(),
             QStringLiteral("1500"));

    const QJsonArray log = m_sandbox->control("GET", QStringLiteral("cuepoints"))
                               .value(QStringLiteral("cuepoints"))
                               .toArray();
    QCOMPARE(log.size(), 2);
    QCOMPARE(log.at(0).toObject().value(QStringLiteral("broadcastId")).toString(), id);
    QVERIFY(log.at(0).toObject().value(QStringLiteral("arrivalMs")).toInteger() >= before);
    QCOMPARE(log.at(1).toObject().value(QStringLiteral("durationSecs")).toInt(), 90);
    QCOMPARE(log.at(1).toObject().value(QStringLiteral("insertionOffsetTimeMs")).toInteger(), 1500);
}

void TestSandboxApi::strictCuepointWindow()
{
    m_sandbox->control("POST", QStringLiteral("settings"),
                       {{QStringLiteral("strictCuepointWindow"), true}});
    const auto [live, stream] = broadcastIn(QStringLiteral("live"));
    Q_UNUSED(stream);
    // No delay: the window is empty, so any positive offset is outside it; 0 means "now".
    const QString cue =
        kBroadcasts + QStringLiteral("/cuepoint?id=") + live.value(QStringLiteral("id")).toString();
    expectError(
        m_sandbox->call("POST", cue, m_token,
                        {{QStringLiteral("cueType"), QStringLiteral("cueTypeAd")},
                         {QStringLiteral("insertionOffsetTimeMs"), QStringLiteral("1000")}}),
        400, QStringLiteral("invalidInsertionOffsetTimeMs"));
    expectValid(m_sandbox->call("POST", cue, m_token,
                                {{QStringLiteral("cueType"), QStringLiteral("cueTypeAd")},
                                 {QStringLiteral("insertionOffsetTimeMs"), QStringLiteral("0")}}),
                QStringLiteral("youtube.liveBroadcasts.insertCuepoint"));
}
