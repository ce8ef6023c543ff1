#include "tst_sandbox_api.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using onair::test::SandboxProcess;
using Response = SandboxProcess::Response;

// liveBroadcasts: insert errors, the lifecycle and its check order, contentDetails rules, auto
// start/stop, bind and delete rules.

void TestSandboxApi::broadcastInsertErrors_data()
{
    QTest::addColumn<QString>("pointer");  // "snippet.title" etc. to change
    QTest::addColumn<QJsonValue>("value"); // undefined: remove
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("reason");

    QTest::newRow("no title") << QStringLiteral("snippet.title")
                              << QJsonValue(QJsonValue::Undefined) << 400
                              << QStringLiteral("titleRequired");
    QTest::newRow("long title") << QStringLiteral("snippet.title")
                                << QJsonValue(QString(101, QLatin1Char('t'))) << 400
                                << QStringLiteral("invalidTitle");
    QTest::newRow("long description")
        << QStringLiteral("snippet.description") << QJsonValue(QString(5001, QLatin1Char('d')))
        << 400 << QStringLiteral("invalidDescription");
    QTest::newRow("no start") << QStringLiteral("snippet.scheduledStartTime")
                              << QJsonValue(QJsonValue::Undefined) << 400
                              << QStringLiteral("scheduledStartTimeRequired");
    QTest::newRow("end before start") << QStringLiteral("snippet.scheduledEndTime")
                                      << QJsonValue(QStringLiteral("2029-01-01T00:00:00Z")) << 400
                                      << QStringLiteral("invalidScheduledEndTime");
    QTest::newRow("no privacy") << QStringLiteral("status.privacyStatus")
                                << QJsonValue(QJsonValue::Undefined) << 400
                                << QStringLiteral("privacyStatusRequired");
    QTest::newRow("bad privacy") << QStringLiteral("status.privacyStatus")
                                 << QJsonValue(QStringLiteral("secret")) << 400
                                 << QStringLiteral("invalidPrivacyStatus");
    QTest::newRow("bad projection")
        << QStringLiteral("contentDetails.projection") << QJsonValue(QStringLiteral("sphere"))
        << 400 << QStringLiteral("invalidProjection");
    QTest::newRow("bad latency") << QStringLiteral("contentDetails.latencyPreference")
                                 << QJsonValue(QStringLiteral("instant")) << 400
                                 << QStringLiteral("invalidLatencyPreferenceOptions");
}

void TestSandboxApi::broadcastInsertErrors()
{
    QFETCH(QString, pointer);
    QFETCH(QJsonValue, value);
    QFETCH(int, status);
    QFETCH(QString, reason);
    QJsonObject body = broadcastBody(QStringLiteral("Errors"));
    const QString part = pointer.section(QLatin1Char('.'), 0, 0);
    const QString field = pointer.section(QLatin1Char('.'), 1, 1);
    QJsonObject section = body.value(part).toObject();
    if (value.isUndefined())
        section.remove(field);
    else
        section.insert(field, value);
    body.insert(part, section);
    expectError(m_sandbox->call("POST",
                                kBroadcasts + QStringLiteral("?part=snippet,status,contentDetails"),
                                m_token, body),
                status, reason, QStringLiteral("youtube.liveBroadcast"));
}

void TestSandboxApi::lifecycle()
{
    const QJsonObject broadcast = insertBroadcast(QStringLiteral("Lifecycle"));
    const QString id = broadcast.value(QStringLiteral("id")).toString();
    QCOMPARE(broadcast.value(QStringLiteral("status"))
                 .toObject()
                 .value(QStringLiteral("lifeCycleStatus"))
                 .toString(),
             QStringLiteral("created"));
    const QString transition = kBroadcasts +
                               QStringLiteral("/transition?part=id,status,snippet&id=") + id +
                               QStringLiteral("&broadcastStatus=");
    // Not bound yet: nothing to test or go live with.
    expectError(m_sandbox->call("POST", transition + QStringLiteral("testing"), m_token), 403,
                QStringLiteral("invalidTransition"), QStringLiteral("youtube.liveBroadcast"));

    const QJsonObject stream = insertStream();
    const QString key = stream.value(QStringLiteral("cdn"))
                            .toObject()
                            .value(QStringLiteral("ingestionInfo"))
                            .toObject()
                            .value(QStringLiteral("streamName"))
                            .toString();
    QCOMPARE(stream.value(QStringLiteral("status"))
                 .toObject()
                 .value(QStringLiteral("streamStatus"))
                 .toString(),
             QStringLiteral("ready"));
    m_sandbox->call("POST",
                    kBroadcasts + QStringLiteral("/bind?part=id&id=") + id +
                        QStringLiteral("&streamId=") +
                        stream.value(QStringLiteral("id")).toString(),
                    m_token);
    QCOMPARE(lifeCycle(id), QStringLiteral("ready"));
    expectError(m_sandbox->call("POST", transition + QStringLiteral("testing"), m_token), 403,
                QStringLiteral("errorStreamInactive"), QStringLiteral("youtube.liveBroadcast"));
    expectError(m_sandbox->call("POST", transition + QStringLiteral("complete"), m_token), 403,
                QStringLiteral("invalidTransition"));

    setEncoder(key, true);
    const Response testing =
        m_sandbox->call("POST", transition + QStringLiteral("testing"), m_token);
    expectValid(testing, QStringLiteral("youtube.liveBroadcasts.transition"));
    QCOMPARE(testing.json()
                 .value(QStringLiteral("status"))
                 .toObject()
                 .value(QStringLiteral("lifeCycleStatus"))
                 .toString(),
             QStringLiteral("testStarting"));
    expectError(m_sandbox->call("POST", transition + QStringLiteral("testing"), m_token), 403,
                QStringLiteral("redundantTransition"));
    QTRY_COMPARE_WITH_TIMEOUT(lifeCycle(id), QStringLiteral("testing"), 15000);

    const Response live = m_sandbox->call("POST", transition + QStringLiteral("live"), m_token);
    QCOMPARE(live.json()
                 .value(QStringLiteral("status"))
                 .toObject()
                 .value(QStringLiteral("lifeCycleStatus"))
                 .toString(),
             QStringLiteral("liveStarting"));
    expectError(m_sandbox->call("POST", transition + QStringLiteral("live"), m_token), 403,
                QStringLiteral("redundantTransition"));
    expectError(m_sandbox->call("POST", transition + QStringLiteral("complete"), m_token), 403,
                QStringLiteral("invalidTransition"));
    QTRY_COMPARE_WITH_TIMEOUT(lifeCycle(id), QStringLiteral("live"), 15000);
    const QJsonObject onAir =
        m_sandbox
            ->call("GET", kBroadcasts + QStringLiteral("?part=snippet,status,statistics&id=") + id,
                   m_token)
            .json()
            .value(QStringLiteral("items"))
            .toArray()
            .at(0)
            .toObject();
    QVERIFY(onAir.value(QStringLiteral("snippet"))
                .toObject()
                .contains(QStringLiteral("actualStartTime")));
    QVERIFY(!onAir.value(QStringLiteral("snippet"))
                 .toObject()
                 .contains(QStringLiteral("actualEndTime")));
    QCOMPARE(onAir.value(QStringLiteral("status"))
                 .toObject()
                 .value(QStringLiteral("recordingStatus"))
                 .toString(),
             QStringLiteral("recording"));
    QCOMPARE(onAir.value(QStringLiteral("statistics"))
                 .toObject()
                 .value(QStringLiteral("concurrentViewers"))
                 .toString(),
             QStringLiteral("0"));
    const Response active = m_sandbox->call(
        "GET", kBroadcasts + QStringLiteral("?part=id&broadcastStatus=active"), m_token);
    QCOMPARE(active.json().value(QStringLiteral("items")).toArray().size(), 1);

    // Completing does not need an active stream.
    setEncoder(key, false);
    const Response complete =
        m_sandbox->call("POST", transition + QStringLiteral("complete"), m_token);
    expectValid(complete, QStringLiteral("youtube.liveBroadcasts.transition"));
    const QJsonObject done = complete.json();
    QCOMPARE(done.value(QStringLiteral("status"))
                 .toObject()
                 .value(QStringLiteral("lifeCycleStatus"))
                 .toString(),
             QStringLiteral("complete"));
    QCOMPARE(done.value(QStringLiteral("status"))
                 .toObject()
                 .value(QStringLiteral("recordingStatus"))
                 .toString(),
             QStringLiteral("recorded"));
    QVERIFY(
        done.value(QStringLiteral("snippet")).toObject().contains(QStringLiteral("actualEndTime")));
    expectError(m_sandbox->call("POST", transition + QStringLiteral("live"), m_token), 403,
                QStringLiteral("invalidTransition"));
    expectError(m_sandbox->call("POST", transition + QStringLiteral("complete"), m_token), 403,
                QStringLiteral("redundantTransition"));
    // The stream was used: it is inactive now, not ready.
    const Response streams =
        m_sandbox->call("GET", kStreams + QStringLiteral("?part=status&mine=true"), m_token);
    QCOMPARE(streams.json()
                 .value(QStringLiteral("items"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("status"))
                 .toObject()
                 .value(QStringLiteral("streamStatus"))
                 .toString(),
             QStringLiteral("inactive"));
}

void TestSandboxApi::transitionCheckOrder()
{
    const QString base = kBroadcasts + QStringLiteral("/transition?part=status");
    expectError(m_sandbox->call("POST", base + QStringLiteral("&broadcastStatus=live"), m_token),
                400, QStringLiteral("idRequired"));
    expectError(m_sandbox->call("POST", base + QStringLiteral("&id=AAAAAAAAAAA"), m_token), 400,
                QStringLiteral("statusRequired"));
    const Response bad = m_sandbox->call(
        "POST", base + QStringLiteral("&id=AAAAAAAAAAA&broadcastStatus=paused"), m_token);
    expectError(bad, 400, QStringLiteral("invalid"));
    expectError(m_sandbox->call(
                    "POST", base + QStringLiteral("&id=AAAAAAAAAAA&broadcastStatus=live"), m_token),
                404, QStringLiteral("liveBroadcastNotFound"),
                QStringLiteral("youtube.liveBroadcast"));
    // A broadcast of the other sandbox channel is "not found" for this one.
    const QString id =
        insertBroadcast(QStringLiteral("Mine")).value(QStringLiteral("id")).toString();
    expectError(m_sandbox->call("POST",
                                base + QStringLiteral("&id=") + id +
                                    QStringLiteral("&broadcastStatus=live"),
                                m_token),
                403, QStringLiteral("invalidTransition"));
}

void TestSandboxApi::contentDetailsRules()
{
    const auto [broadcast, stream] = broadcastIn(QStringLiteral("testing"));
    Q_UNUSED(stream);
    const QString id = broadcast.value(QStringLiteral("id")).toString();
    const QJsonObject current =
        m_sandbox
            ->call("GET", kBroadcasts + QStringLiteral("?part=contentDetails&id=") + id, m_token)
            .json()
            .value(QStringLiteral("items"))
            .toArray()
            .at(0)
            .toObject();
    QJsonObject details = current.value(QStringLiteral("contentDetails")).toObject();
    details.remove(QStringLiteral("boundStreamId"));
    details.remove(QStringLiteral("boundStreamLastUpdateTimeMs"));
    const auto put = [&](const QJsonObject &d) {
        return m_sandbox->call("PUT", kBroadcasts + QStringLiteral("?part=contentDetails"), m_token,
                               {{QStringLiteral("id"), id}, {QStringLiteral("contentDetails"), d}});
    };
    // Read-modify-write with nothing changed is fine in any state.
    expectValid(put(details), QStringLiteral("youtube.liveBroadcasts.update"));
    // Auto start/stop change only in created/ready (reference §2.1), not while testing.
    QJsonObject autoStart = details;
    autoStart.insert(QStringLiteral("enableAutoStart"), true);
    expectError(put(autoStart), 403, QStringLiteral("enableAutoStartModificationNotAllowed"),
                QStringLiteral("youtube.liveBroadcast"));
    QJsonObject autoStop = details;
    autoStop.insert(QStringLiteral("enableAutoStop"), true);
    expectError(put(autoStop), 403, QStringLiteral("enableAutoStopModificationNotAllowed"),
                QStringLiteral("youtube.liveBroadcast"));
    const QJsonObject &autoOn = details; // each refusal below changes one setting of these
    // Settings fixed at created/ready refuse a change now.
    QJsonObject dvr = autoOn;
    dvr.insert(QStringLiteral("enableDvr"), false);
    expectError(put(dvr), 403, QStringLiteral("enableDvrModificationNotAllowed"),
                QStringLiteral("youtube.liveBroadcast"));
    QJsonObject record = autoOn;
    record.insert(QStringLiteral("recordFromStart"), false);
    expectError(put(record), 403, QStringLiteral("recordFromStartModificationNotAllowed"));
    QJsonObject monitor = autoOn;
    monitor.insert(QStringLiteral("monitorStream"),
                   QJsonObject{{QStringLiteral("enableMonitorStream"), true},
                               {QStringLiteral("broadcastStreamDelayMs"), 30000}});
    expectError(put(monitor), 403, QStringLiteral("enableMonitorStreamModificationNotAllowed"));
    QJsonObject captions = autoOn;
    captions.insert(QStringLiteral("closedCaptionsType"), QStringLiteral("closedCaptionsHttpPost"));
    captions.insert(QStringLiteral("enableClosedCaptions"), true);
    expectError(put(captions), 403, QStringLiteral("closedCaptionsTypeModificationNotAllowed"));
    // The three fields the reference requires on update.
    QJsonObject noMonitor = autoOn;
    noMonitor.remove(QStringLiteral("monitorStream"));
    expectError(put(noMonitor), 400, QStringLiteral("enableMonitorStreamRequired"));
    // Title and privacy may change any time; title and privacy left out are kept.
    const Response retitled = m_sandbox->call(
        "PUT", kBroadcasts + QStringLiteral("?part=snippet,status"), m_token,
        {{QStringLiteral("id"), id},
         {QStringLiteral("snippet"), QJsonObject{{QStringLiteral("scheduledStartTime"),
                                                  QStringLiteral("2030-01-01T18:00:00Z")}}},
         {QStringLiteral("status"), QJsonObject{}}});
    expectValid(retitled, QStringLiteral("youtube.liveBroadcasts.update"));
    QCOMPARE(retitled.json()
                 .value(QStringLiteral("snippet"))
                 .toObject()
                 .value(QStringLiteral("title"))
                 .toString(),
             QStringLiteral("Show testing"));
    QCOMPARE(retitled.json()
                 .value(QStringLiteral("status"))
                 .toObject()
                 .value(QStringLiteral("privacyStatus"))
                 .toString(),
             QStringLiteral("unlisted"));
    expectError(m_sandbox->call("PUT", kBroadcasts + QStringLiteral("?part=snippet"), m_token,
                                {{QStringLiteral("snippet"),
                                  QJsonObject{{QStringLiteral("title"), QStringLiteral("x")}}}}),
                400, QStringLiteral("idRequired"));
    expectError(m_sandbox->call("PUT", kBroadcasts + QStringLiteral("?part=snippet"), m_token,
                                {{QStringLiteral("id"), QStringLiteral("AAAAAAAAAAA")},
                                 {QStringLiteral("snippet"),
                                  QJsonObject{{QStringLiteral("title"), QStringLiteral("x")},
                                              {QStringLiteral("scheduledStartTime"),
                                               QStringLiteral("2030-01-01T18:00:00Z")}}}}),
                404, QStringLiteral("liveBroadcastNotFound"));
}

void TestSandboxApi::autoStartAndStopOnlyBeforeTesting()
{
    const auto put = [&](const QString &id, bool autoStart, bool autoStop) {
        QJsonObject details{{QStringLiteral("monitorStream"),
                             QJsonObject{{QStringLiteral("enableMonitorStream"), true},
                                         {QStringLiteral("broadcastStreamDelayMs"), 0}}},
                            {QStringLiteral("enableAutoStart"), autoStart},
                            {QStringLiteral("enableAutoStop"), autoStop}};
        return m_sandbox->call(
            "PUT", kBroadcasts + QStringLiteral("?part=contentDetails"), m_token,
            {{QStringLiteral("id"), id}, {QStringLiteral("contentDetails"), details}});
    };
    const auto flags = [](const Response &reply) {
        const QJsonObject d = reply.json().value(QStringLiteral("contentDetails")).toObject();
        return qMakePair(d.value(QStringLiteral("enableAutoStart")).toBool(),
                         d.value(QStringLiteral("enableAutoStop")).toBool());
    };
    // created: both may change.
    const QString created =
        insertBroadcast(QStringLiteral("Auto created")).value(QStringLiteral("id")).toString();
    const Response createdOn = put(created, true, true);
    expectValid(createdOn, QStringLiteral("youtube.liveBroadcasts.update"));
    QCOMPARE(flags(createdOn), qMakePair(true, true));
    // ready with the bound stream active: auto start may not change, auto stop may.
    const QString ready =
        broadcastIn(QStringLiteral("ready")).first.value(QStringLiteral("id")).toString();
    QCOMPARE(lifeCycle(ready), QStringLiteral("ready"));
    expectError(put(ready, true, false), 403,
                QStringLiteral("enableAutoStartModificationNotAllowed"),
                QStringLiteral("youtube.liveBroadcast"));
    const Response readyStop = put(ready, false, true);
    expectValid(readyStop, QStringLiteral("youtube.liveBroadcasts.update"));
    QCOMPARE(flags(readyStop), qMakePair(false, true));
    // live: neither; the current values are no change and no error.
    const QString live =
        broadcastIn(QStringLiteral("live")).first.value(QStringLiteral("id")).toString();
    QCOMPARE(lifeCycle(live), QStringLiteral("live"));
    expectError(put(live, true, false), 403,
                QStringLiteral("enableAutoStartModificationNotAllowed"));
    expectError(put(live, false, true), 403,
                QStringLiteral("enableAutoStopModificationNotAllowed"));
    expectValid(put(live, false, false), QStringLiteral("youtube.liveBroadcasts.update"));
}

void TestSandboxApi::bindRules()
{
    const QJsonObject broadcast = insertBroadcast(QStringLiteral("Bind"));
    const QString id = broadcast.value(QStringLiteral("id")).toString();
    const QString streamId = insertStream().value(QStringLiteral("id")).toString();
    const QString bind =
        kBroadcasts + QStringLiteral("/bind?part=id,contentDetails,status&id=") + id;
    expectError(m_sandbox->call("POST", bind + QStringLiteral("&streamId=nope"), m_token), 404,
                QStringLiteral("liveStreamNotFound"), QStringLiteral("youtube.liveStream"));
    expectError(m_sandbox->call("POST",
                                kBroadcasts +
                                    QStringLiteral("/bind?part=id&id=AAAAAAAAAAA&streamId=") +
                                    streamId,
                                m_token),
                404, QStringLiteral("liveBroadcastNotFound"));
    expectError(m_sandbox->call("POST",
                                kBroadcasts + QStringLiteral("/bind?part=id&streamId=") + streamId,
                                m_token),
                400, QStringLiteral("idRequired"));
    QCOMPARE(m_sandbox->call("POST", bind + QStringLiteral("&streamId=") + streamId, m_token)
                 .json()
                 .value(QStringLiteral("status"))
                 .toObject()
                 .value(QStringLiteral("lifeCycleStatus"))
                 .toString(),
             QStringLiteral("ready"));
    // Leaving streamId out unbinds, and ready goes back to created.
    const Response unbound = m_sandbox->call("POST", bind, m_token);
    expectValid(unbound, QStringLiteral("youtube.liveBroadcasts.bind"));
    QVERIFY(!unbound.json()
                 .value(QStringLiteral("contentDetails"))
                 .toObject()
                 .contains(QStringLiteral("boundStreamId")));
    QCOMPARE(unbound.json()
                 .value(QStringLiteral("status"))
                 .toObject()
                 .value(QStringLiteral("lifeCycleStatus"))
                 .toString(),
             QStringLiteral("created"));
    // Live: binding is no longer allowed.
    const auto [liveBroadcast, liveStream] = broadcastIn(QStringLiteral("live"));
    expectError(m_sandbox->call("POST",
                                kBroadcasts + QStringLiteral("/bind?part=id&id=") +
                                    liveBroadcast.value(QStringLiteral("id")).toString() +
                                    QStringLiteral("&streamId=") +
                                    liveStream.value(QStringLiteral("id")).toString(),
                                m_token),
                403, QStringLiteral("liveBroadcastBindingNotAllowed"),
                QStringLiteral("youtube.liveBroadcast"));
}

void TestSandboxApi::deleteRules()
{
    const auto [broadcast, stream] = broadcastIn(QStringLiteral("live"));
    const QString id = broadcast.value(QStringLiteral("id")).toString();
    const QString streamId = stream.value(QStringLiteral("id")).toString();
    expectError(m_sandbox->call("DELETE", kBroadcasts + QStringLiteral("?id=") + id, m_token), 403,
                QStringLiteral("liveBroadcastDeletionNotAllowed"));
    expectError(m_sandbox->call("DELETE", kStreams + QStringLiteral("?id=") + streamId, m_token),
                403, QStringLiteral("liveStreamDeletionNotAllowed"),
                QStringLiteral("youtube.liveStream"));
    expectError(m_sandbox->call("DELETE", kBroadcasts + QStringLiteral("?id=AAAAAAAAAAA"), m_token),
                404, QStringLiteral("liveBroadcastNotFound"));
    expectError(m_sandbox->call("DELETE", kStreams + QStringLiteral("?id=nope"), m_token), 404,
                QStringLiteral("liveStreamNotFound"));
    expectError(m_sandbox->call("DELETE", kBroadcasts, m_token), 400, QStringLiteral("required"));
    m_sandbox->call("POST",
                    kBroadcasts +
                        QStringLiteral("/transition?part=id&broadcastStatus=complete&id=") + id,
                    m_token);
    QCOMPARE(
        m_sandbox->call("DELETE", kStreams + QStringLiteral("?id=") + streamId, m_token).status,
        204);
    QCOMPARE(m_sandbox->call("DELETE", kBroadcasts + QStringLiteral("?id=") + id, m_token).status,
             204);
    QCOMPARE(m_sandbox->call("GET", kBroadcasts + QStringLiteral("?part=id&id=") + id, m_token)
                 .json()
                 .value(QStringLiteral("items"))
                 .toArray()
                 .size(),
             0);
}

void TestSandboxApi::autoStartAndStop()
{
    m_sandbox->control("POST", QStringLiteral("settings"),
                       {{QStringLiteral("autoStopSeconds"), 1}});
    QJsonObject body = broadcastBody(QStringLiteral("Auto"));
    QJsonObject details = body.value(QStringLiteral("contentDetails")).toObject();
    details.insert(QStringLiteral("enableAutoStart"), true);
    details.insert(QStringLiteral("enableAutoStop"), true);
    body.insert(QStringLiteral("contentDetails"), details);
    expectValidRequest(body, QStringLiteral("youtube.liveBroadcasts.insert"));
    const Response inserted = m_sandbox->call(
        "POST", kBroadcasts + QStringLiteral("?part=id,snippet,status,contentDetails"), m_token,
        body);
    expectValid(inserted, QStringLiteral("youtube.liveBroadcasts.insert"));
    const QString id = inserted.json().value(QStringLiteral("id")).toString();
    const QJsonObject stream = insertStream();
    const QString key = stream.value(QStringLiteral("cdn"))
                            .toObject()
                            .value(QStringLiteral("ingestionInfo"))
                            .toObject()
                            .value(QStringLiteral("streamName"))
                            .toString();
    m_sandbox->call("POST",
                    kBroadcasts + QStringLiteral("/bind?part=id&id=") + id +
                        QStringLiteral("&streamId=") +
                        stream.value(QStringLiteral("id")).toString(),
                    m_token);
    QCOMPARE(lifeCycle(id), QStringLiteral("ready"));
    setEncoder(key, true);
    QTRY_COMPARE_WITH_TIMEOUT(lifeCycle(id), QStringLiteral("live"), 15000);
    expectError(m_sandbox->call("POST",
                                kBroadcasts +
                                    QStringLiteral("/transition?part=id&broadcastStatus=live&id=") +
                                    id,
                                m_token),
                403, QStringLiteral("redundantTransition"));
    setEncoder(key, false);
    QTRY_COMPARE_WITH_TIMEOUT(lifeCycle(id), QStringLiteral("complete"), 15000);
}
