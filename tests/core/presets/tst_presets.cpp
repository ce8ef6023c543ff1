#include "tst_presets.h"

#include "presets/BroadcastPlan.h"
#include "presets/BroadcastPreset.h"
#include "presets/RecordingUpload.h"
#include "presets/TitleTemplate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace onair;

namespace {

QJsonObject parse(const char *json)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(json), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad fixture: %s", qPrintable(error.errorString()));
    return doc.object();
}

// Saturday 21 November 2026, 10:30:15 UTC.
QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 11, 21), QTime(10, 30, 15), QTimeZone::utc());
}

BroadcastPreset fullPreset()
{
    BroadcastPreset p;
    p.name = QStringLiteral("Friday show");
    p.nextNumber = 12;
    BroadcastPreset::Broadcast &b = p.broadcast;
    b.titleTemplate = QStringLiteral("Friday show #{n} – {date}");
    b.descriptionTemplate = QStringLiteral("Live on {weekday} at {time}.\nSecond line, \"quoted\"");
    b.privacyStatus = QStringLiteral("public");
    b.startMode = BroadcastPreset::StartMode::TimeOfDay;
    b.startTimeOfDay = QTime(20, 0);
    b.durationMinutes = 90;
    b.categoryId = QStringLiteral("20");
    b.tags = {QStringLiteral("live"), QStringLiteral("friday"), QStringLiteral("ünïcode")};
    b.madeForKids = true;
    b.latencyPreference = QStringLiteral("low");
    b.enableDvr = false;
    b.recordFromStart = false;
    b.enableMonitorStream = true;
    b.broadcastStreamDelayMs = 60000;
    b.closedCaptionsType = QStringLiteral("closedCaptionsHttpPost");
    b.enableEmbed = false;
    b.projection = QStringLiteral("360");
    b.thumbnailPath = QStringLiteral("/home/op/thumbs/friday.png");
    p.stream.titleTemplate = QStringLiteral("Studio A {date}");
    p.stream.ingestionType = QStringLiteral("hls");
    p.stream.resolution = QStringLiteral("720p");
    p.stream.frameRate = QStringLiteral("60fps");
    p.stream.isReusable = false;
    p.adBreaks.defaultDurationSecs = 60;
    p.adBreaks.durationPresetsSecs = {15, 45, 180};
    p.upload.titleTemplate = QStringLiteral("{title} – recording of {date}");
    p.upload.descriptionTemplate = QStringLiteral("{description}\n\nShow #{n}, {weekday}.");
    p.upload.privacyStatus = QStringLiteral("unlisted");
    p.upload.categoryId = QStringLiteral("24");
    p.upload.tags = {QStringLiteral("recording"), QStringLiteral("friday")};
    p.upload.madeForKids = true;
    p.upload.license = QStringLiteral("creativeCommon");
    p.upload.embeddable = false;
    return p;
}

} // namespace

void TestPresets::templates_data()
{
    QTest::addColumn<QString>("templ");
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QStringList>("unknown");

    const auto s = [](const char *t) { return QString::fromUtf8(t); };
    QTest::newRow("plain") << s("Friday show") << 1 << s("Friday show") << QStringList();
    QTest::newRow("empty") << QString() << 1 << QString() << QStringList();
    QTest::newRow("date") << s("Show {date}") << 1 << s("Show 2026-11-21") << QStringList();
    QTest::newRow("time") << s("{time} news") << 1 << s("10:30 news") << QStringList();
    QTest::newRow("weekday") << s("{weekday} live") << 1 << s("Saturday live") << QStringList();
    QTest::newRow("n") << s("Episode {n}") << 42 << s("Episode 42") << QStringList();
    QTest::newRow("all") << s("#{n} {weekday} {date} {time}") << 7
                         << s("#7 Saturday 2026-11-21 10:30") << QStringList();
    QTest::newRow("twice") << s("{n}/{n}") << 3 << s("3/3") << QStringList();
    QTest::newRow("unknown kept and reported")
        << s("Show {dtae} {n}") << 5 << s("Show {dtae} 5") << QStringList{s("{dtae}")};
    QTest::newRow("unknown reported once")
        << s("{x}{y}{x}") << 1 << s("{x}{y}{x}") << QStringList{s("{x}"), s("{y}")};
    QTest::newRow("case matters") << s("{Date}") << 1 << s("{Date}") << QStringList{s("{Date}")};
    QTest::newRow("empty braces are text") << s("a {} b") << 1 << s("a {} b") << QStringList();
    QTest::newRow("spaces are text") << s("{ date }") << 1 << s("{ date }") << QStringList();
    QTest::newRow("unclosed") << s("Show {date") << 1 << s("Show {date") << QStringList();
    QTest::newRow("doubled braces") << s("{{date}}") << 1 << s("{2026-11-21}") << QStringList();
    QTest::newRow("punctuation inside is text")
        << s("{a-b} {n}") << 2 << s("{a-b} 2") << QStringList();
    QTest::newRow("unicode around")
        << s("Émission n°{n} — ★") << 9 << s("Émission n°9 — ★") << QStringList();
}

void TestPresets::templates()
{
    QFETCH(QString, templ);
    QFETCH(int, n);
    QFETCH(QString, expected);
    QFETCH(QStringList, unknown);
    const TitleTemplate::Expansion e = TitleTemplate::expand(templ, fixedNow(), n, QLocale::c());
    QCOMPARE(e.text, expected);
    QCOMPARE(e.unknownPlaceholders, unknown);
}

void TestPresets::templateWeekdayFollowsLocale()
{
    const QString fr = TitleTemplate::expand(QStringLiteral("{weekday}"), fixedNow(), 1,
                                             QLocale(QLocale::French, QLocale::France))
                           .text;
    QCOMPARE(fr, QStringLiteral("samedi"));
    // The date is the one of the given time in its own zone: 23:30 UTC is already Sunday in
    // UTC+2.
    const QDateTime late(QDate(2026, 11, 21), QTime(23, 30), QTimeZone::utc());
    const QDateTime inPlus2 = late.toTimeZone(QTimeZone(2 * 3600));
    QCOMPARE(
        TitleTemplate::expand(QStringLiteral("{date} {time} {weekday}"), inPlus2, 1, QLocale::c())
            .text,
        QStringLiteral("2026-11-22 01:30 Sunday"));
    QVERIFY(TitleTemplate::knownPlaceholders().contains(QStringLiteral("{n}")));
}

void TestPresets::roundTrip()
{
    const BroadcastPreset original = fullPreset();
    const QByteArray bytes = QJsonDocument(original.toJson()).toJson();
    const PresetResult<BroadcastPreset> back =
        BroadcastPreset::fromJson(QJsonDocument::fromJson(bytes).object());
    QVERIFY2(back.isOk(), qPrintable(back.error().message()));
    QCOMPARE(back.value().broadcast.titleTemplate, original.broadcast.titleTemplate);
    QCOMPARE(back.value().broadcast.startTimeOfDay, QTime(20, 0));
    QVERIFY(back.value() == original);

    // The other start mode and a reused stream round-trip too.
    BroadcastPreset other = original;
    other.broadcast.startMode = BroadcastPreset::StartMode::OffsetFromNow;
    other.broadcast.startTimeOfDay = QTime();
    other.broadcast.startOffsetMinutes = 15;
    other.stream.reuseExisting = true;
    other.stream.existingStreamId = QStringLiteral("stream-123");
    other.adBreaks.durationPresetsSecs.clear();
    const PresetResult<BroadcastPreset> back2 = BroadcastPreset::fromJson(other.toJson());
    QVERIFY2(back2.isOk(), qPrintable(back2.error().message()));
    QVERIFY(back2.value() == other);
    QCOMPARE(other.toJson().value(QLatin1String("schemaVersion")).toInt(), 1);
}

void TestPresets::minimalUsesDefaults()
{
    const PresetResult<BroadcastPreset> p = BroadcastPreset::fromJson(
        parse("{\"schemaVersion\": 1, \"name\": \"Min\", \"broadcast\": {\"titleTemplate\": "
              "\"T\"}}"));
    QVERIFY2(p.isOk(), qPrintable(p.error().message()));
    BroadcastPreset expected;
    expected.name = QStringLiteral("Min");
    expected.broadcast.titleTemplate = QStringLiteral("T");
    QVERIFY(p.value() == expected);
    QCOMPARE(p.value().adBreaks.defaultDurationSecs, 30u);
    QCOMPARE(p.value().adBreaks.durationPresetsSecs, (QList<quint32>{30, 60, 90, 120}));
    QCOMPARE(p.value().broadcast.privacyStatus, QStringLiteral("unlisted"));
    QCOMPARE(p.value().nextNumber, 1);
}

void TestPresets::invalid_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("problem");

    const int version = int(PresetError::Kind::UnsupportedVersion);
    const int invalid = int(PresetError::Kind::Invalid);
    const auto row = [](const char *broadcastFields) -> QByteArray {
        return QByteArray("{\"schemaVersion\": 1, \"name\": \"N\", \"broadcast\": {") +
               broadcastFields + "}}";
    };
    QTest::newRow("no schemaVersion")
        << QByteArray("{\"name\": \"N\"}") << version
        << QStringLiteral("schemaVersion: missing (this OnAir reads version 1)");
    QTest::newRow("schemaVersion 2")
        << QByteArray("{\"schemaVersion\": 2, \"name\": \"N\"}") << version
        << QStringLiteral("schemaVersion: unsupported version 2 (this OnAir reads version 1)");
    QTest::newRow("schemaVersion text")
        << QByteArray("{\"schemaVersion\": \"one\"}") << version
        << QStringLiteral("schemaVersion: expected a 64-bit integer string, got \"one\"");
    QTest::newRow("no name") << QByteArray("{\"schemaVersion\": 1, \"broadcast\": {}}") << invalid
                             << QStringLiteral("name: missing");
    QTest::newRow("name a number") << QByteArray("{\"schemaVersion\": 1, \"name\": 5}") << invalid
                                   << QStringLiteral("name: expected a string, got a number");
    QTest::newRow("no broadcast") << QByteArray("{\"schemaVersion\": 1, \"name\": \"N\"}")
                                  << invalid << QStringLiteral("broadcast: missing");
    QTest::newRow("broadcast an array")
        << QByteArray("{\"schemaVersion\": 1, \"name\": \"N\", \"broadcast\": []}") << invalid
        << QStringLiteral("broadcast: expected an object, got an array");
    QTest::newRow("upload privacy unknown")
        << QByteArray("{\"schemaVersion\": 1, \"name\": \"N\", \"broadcast\": {\"titleTemplate\": "
                      "\"T\"}, \"upload\": {\"privacyStatus\": \"secret\"}}")
        << invalid
        << QStringLiteral("upload.privacyStatus: expected one of public, unlisted, private, got "
                          "\"secret\"");
    QTest::newRow("upload title empty")
        << QByteArray("{\"schemaVersion\": 1, \"name\": \"N\", \"broadcast\": {\"titleTemplate\": "
                      "\"T\"}, \"upload\": {\"titleTemplate\": \" \"}}")
        << invalid << QStringLiteral("upload.titleTemplate: must not be empty");
    QTest::newRow("title a number")
        << row("\"titleTemplate\": 12") << invalid
        << QStringLiteral("broadcast.titleTemplate: expected a string, got a number");
    QTest::newRow("title empty") << row("\"titleTemplate\": \"  \"") << invalid
                                 << QStringLiteral("broadcast.titleTemplate: must not be empty");
    QTest::newRow("privacy unknown")
        << row("\"titleTemplate\": \"T\", \"privacyStatus\": \"secret\"") << invalid
        << QStringLiteral("broadcast.privacyStatus: expected one of public, unlisted, private, got "
                          "\"secret\"");
    QTest::newRow("latency unknown")
        << row("\"titleTemplate\": \"T\", \"latencyPreference\": \"fast\"") << invalid
        << QStringLiteral(
               "broadcast.latencyPreference: expected one of normal, low, ultraLow, got \"fast\"");
    QTest::newRow("dvr a string") << row("\"titleTemplate\": \"T\", \"enableDvr\": \"yes\"")
                                  << invalid
                                  << QStringLiteral(
                                         "broadcast.enableDvr: expected a boolean, got a string");
    QTest::newRow("delay negative")
        << row("\"titleTemplate\": \"T\", \"broadcastStreamDelayMs\": -1") << invalid
        << QStringLiteral("broadcast.broadcastStreamDelayMs: expected an unsigned 32-bit number, "
                          "got a number");
    QTest::newRow("tags not strings")
        << row("\"titleTemplate\": \"T\", \"tags\": [\"a\", 2]") << invalid
        << QStringLiteral("broadcast.tags: expected an array of "
                          "strings, found a number");
    QTest::newRow("bad time of day")
        << row("\"titleTemplate\": \"T\", \"scheduledStart\": {\"mode\": \"timeOfDay\", "
               "\"time\": \"25:00\"}")
        << invalid
        << QStringLiteral(
               "broadcast.scheduledStart.time: expected a time of day as HH:mm, got \"25:00\"");
    QTest::newRow("bad start mode")
        << row("\"titleTemplate\": \"T\", \"scheduledStart\": {\"mode\": \"soon\"}") << invalid
        << QStringLiteral("broadcast.scheduledStart.mode: expected one of offsetFromNow, "
                          "timeOfDay, got \"soon\"");
    QTest::newRow("projection mesh")
        << row("\"titleTemplate\": \"T\", \"projection\": \"mesh\"") << invalid
        << QStringLiteral("broadcast.projection: expected one of rectangular, 360, got \"mesh\"");
    QTest::newRow("reuse without id")
        << QByteArray("{\"schemaVersion\": 1, \"name\": \"N\", \"broadcast\": {\"titleTemplate\": "
                      "\"T\"}, \"stream\": {\"mode\": \"reuse\"}}")
        << invalid << QStringLiteral("stream.existingStreamId: required when mode is \"reuse\"");
    QTest::newRow("frame rate unknown")
        << QByteArray("{\"schemaVersion\": 1, \"name\": \"N\", \"broadcast\": {\"titleTemplate\": "
                      "\"T\"}, \"stream\": {\"frameRate\": \"24fps\"}}")
        << invalid
        << QStringLiteral(
               "stream.frameRate: expected one of 30fps, 60fps, variable, got \"24fps\"");
    QTest::newRow("break presets negative")
        << QByteArray("{\"schemaVersion\": 1, \"name\": \"N\", \"broadcast\": {\"titleTemplate\": "
                      "\"T\"}, \"adBreaks\": {\"durationPresetsSecs\": [30, -60]}}")
        << invalid
        << QStringLiteral("adBreaks.durationPresetsSecs: expected an array of whole numbers of "
                          "seconds (≥ 1)");
    // Found by fuzz_preset: a double beyond quint32 was cast before its range was checked.
    QTest::newRow("break presets beyond 32 bits")
        << QByteArray(
               "{\"schemaVersion\": 1, \"name\": \"N\", \"broadcast\": {\"titleTemplate\": "
               "\"T\"}, \"adBreaks\": {\"durationPresetsSecs\": [30, 60333333333333333333]}}")
        << invalid
        << QStringLiteral("adBreaks.durationPresetsSecs: expected an array of whole numbers of "
                          "seconds (≥ 1)");
    QTest::newRow("break presets fractional")
        << QByteArray("{\"schemaVersion\": 1, \"name\": \"N\", \"broadcast\": {\"titleTemplate\": "
                      "\"T\"}, \"adBreaks\": {\"durationPresetsSecs\": [30.5]}}")
        << invalid
        << QStringLiteral("adBreaks.durationPresetsSecs: expected an array of whole numbers of "
                          "seconds (≥ 1)");
    QTest::newRow("default break zero")
        << QByteArray("{\"schemaVersion\": 1, \"name\": \"N\", \"broadcast\": {\"titleTemplate\": "
                      "\"T\"}, \"adBreaks\": {\"defaultDurationSecs\": 0}}")
        << invalid << QStringLiteral("adBreaks.defaultDurationSecs: must be at least 1 second");
    QTest::newRow("counter zero")
        << QByteArray("{\"schemaVersion\": 1, \"name\": \"N\", \"nextNumber\": 0}") << invalid
        << QStringLiteral("nextNumber: expected a positive number, got 0");
}

void TestPresets::invalid()
{
    QFETCH(QByteArray, json);
    QFETCH(int, kind);
    QFETCH(QString, problem);
    const PresetResult<BroadcastPreset> p = BroadcastPreset::fromJson(parse(json.constData()));
    QVERIFY(!p.isOk());
    QCOMPARE(int(p.error().kind), kind);
    QCOMPARE(p.error().problem, problem);
}

void TestPresets::scheduledStart_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<int>("mode");
    QTest::addColumn<QTime>("timeOfDay");
    QTest::addColumn<int>("offsetMinutes");
    QTest::addColumn<int>("durationMinutes");
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<QDateTime>("end");

    const auto utc = [](int d, int h, int m, int s = 0) {
        return QDateTime(QDate(2026, 11, d), QTime(h, m, s), QTimeZone::utc());
    };
    const int offset = int(BroadcastPreset::StartMode::OffsetFromNow);
    const int tod = int(BroadcastPreset::StartMode::TimeOfDay);
    QTest::newRow("in 10 minutes, 90 min long") << fixedNow() << offset << QTime() << 10 << 90
                                                << utc(21, 10, 40, 15) << utc(21, 12, 10, 15);
    QTest::newRow("right now, no end")
        << fixedNow() << offset << QTime() << 0 << 0 << utc(21, 10, 30, 15) << QDateTime();
    QTest::newRow("later today") << fixedNow() << tod << QTime(20, 0) << 0 << 60 << utc(21, 20, 0)
                                 << utc(21, 21, 0);
    QTest::newRow("already passed: tomorrow")
        << fixedNow() << tod << QTime(9, 0) << 0 << 0 << utc(22, 9, 0) << QDateTime();
    QTest::newRow("exactly now: tomorrow")
        << utc(21, 10, 30) << tod << QTime(10, 30) << 0 << 0 << utc(22, 10, 30) << QDateTime();
    QTest::newRow("across midnight")
        << fixedNow() << tod << QTime(23, 30) << 0 << 120 << utc(21, 23, 30) << utc(22, 1, 30);
    // The time of day is in now's zone: 20:00 at UTC+2 is 18:00 UTC.
    QTest::newRow("local zone") << fixedNow().toTimeZone(QTimeZone(2 * 3600)) << tod << QTime(20, 0)
                                << 0 << 0 << utc(21, 18, 0) << QDateTime();
}

void TestPresets::scheduledStart()
{
    QFETCH(QDateTime, now);
    QFETCH(int, mode);
    QFETCH(QTime, timeOfDay);
    QFETCH(int, offsetMinutes);
    QFETCH(int, durationMinutes);
    QFETCH(QDateTime, start);
    QFETCH(QDateTime, end);

    BroadcastPreset p;
    p.name = QStringLiteral("P");
    p.broadcast.titleTemplate = QStringLiteral("T");
    p.broadcast.startMode = BroadcastPreset::StartMode(mode);
    p.broadcast.startTimeOfDay = timeOfDay;
    p.broadcast.startOffsetMinutes = quint32(offsetMinutes);
    p.broadcast.durationMinutes = quint32(durationMinutes);
    const BroadcastPlan plan = BroadcastPlan::fromPreset(p, now, 1);
    QCOMPARE(plan.broadcast.snippet.scheduledStartTime, start);
    QCOMPARE(plan.broadcast.snippet.scheduledStartTime.timeSpec(), Qt::UTC);
    QCOMPARE(plan.broadcast.snippet.scheduledEndTime, end);
}

void TestPresets::planFields()
{
    const BroadcastPreset p = fullPreset();
    const BroadcastPlan plan = BroadcastPlan::fromPreset(p, fixedNow(), p.nextNumber, QLocale::c());
    QVERIFY2(plan.isSendable(), qPrintable(plan.problems.join(QLatin1Char(';'))));
    QCOMPARE(plan.number, 12);
    QVERIFY(plan.unknownPlaceholders.isEmpty());

    const LiveBroadcast &b = plan.broadcast;
    QCOMPARE(b.snippet.title, QStringLiteral("Friday show #12 – 2026-11-21"));
    QCOMPARE(b.snippet.description,
             QStringLiteral("Live on Saturday at 10:30.\nSecond line, \"quoted\""));
    QCOMPARE(b.snippet.scheduledStartTime,
             QDateTime(QDate(2026, 11, 21), QTime(20, 0), QTimeZone::utc()));
    QCOMPARE(b.snippet.scheduledEndTime,
             QDateTime(QDate(2026, 11, 21), QTime(21, 30), QTimeZone::utc()));
    QCOMPARE(b.status.privacyStatus, QStringLiteral("public"));
    QVERIFY(b.status.selfDeclaredMadeForKids);
    QCOMPARE(b.contentDetails.latencyPreference, QStringLiteral("low"));
    QVERIFY(!b.contentDetails.enableDvr);
    QVERIFY(!b.contentDetails.recordFromStart);
    QVERIFY(b.contentDetails.monitorStream.enableMonitorStream);
    QCOMPARE(b.contentDetails.monitorStream.broadcastStreamDelayMs, 60000u);
    QCOMPARE(b.contentDetails.closedCaptionsType, QStringLiteral("closedCaptionsHttpPost"));
    QVERIFY(!b.contentDetails.enableEmbed);
    QVERIFY(!b.contentDetails.enableAutoStart);
    QVERIFY(!b.contentDetails.enableAutoStop);
    QCOMPARE(b.contentDetails.projection, QStringLiteral("360"));
    QCOMPARE(plan.categoryId, QStringLiteral("20"));
    QCOMPARE(plan.tags, p.broadcast.tags);
    QCOMPARE(plan.thumbnailPath, p.broadcast.thumbnailPath);

    // What goes on the wire for liveBroadcasts.insert.
    const QJsonObject wire = b.toJson(BroadcastPlan::broadcastParts());
    QCOMPARE(wire[QLatin1String("snippet")][QLatin1String("scheduledStartTime")].toString(),
             QStringLiteral("2026-11-21T20:00:00Z"));
    QCOMPARE(wire[QLatin1String("contentDetails")][QLatin1String("monitorStream")]
                 [QLatin1String("broadcastStreamDelayMs")]
                     .toInt(),
             60000);
    QCOMPARE(wire[QLatin1String("status")][QLatin1String("privacyStatus")].toString(),
             QStringLiteral("public"));

    QVERIFY(plan.newStream.has_value());
    QVERIFY(plan.reuseStreamId.isEmpty());
    const LiveStream &s = *plan.newStream;
    QCOMPARE(s.snippet.title, QStringLiteral("Studio A 2026-11-21"));
    QCOMPARE(s.cdn.ingestionType, QStringLiteral("hls"));
    QCOMPARE(s.cdn.resolution, QStringLiteral("720p"));
    QCOMPARE(s.cdn.frameRate, QStringLiteral("60fps"));
    QVERIFY(!s.contentDetails.isReusable);
    const QJsonObject streamWire = s.toJson(BroadcastPlan::streamParts());
    QCOMPARE(streamWire[QLatin1String("cdn")][QLatin1String("frameRate")].toString(),
             QStringLiteral("60fps"));

    // Pure: the same input gives the same plan.
    const BroadcastPlan again =
        BroadcastPlan::fromPreset(p, fixedNow(), p.nextNumber, QLocale::c());
    QCOMPARE(again.broadcast.toJson(BroadcastPlan::broadcastParts()), wire);
}

void TestPresets::planReusesStream()
{
    BroadcastPreset p = fullPreset();
    p.stream.reuseExisting = true;
    p.stream.existingStreamId = QStringLiteral("reusable-1");
    const BroadcastPlan plan = BroadcastPlan::fromPreset(p, fixedNow(), 1);
    QVERIFY(!plan.newStream.has_value());
    QCOMPARE(plan.reuseStreamId, QStringLiteral("reusable-1"));

    // An empty stream title template takes the broadcast's title.
    p.stream.reuseExisting = false;
    p.stream.titleTemplate.clear();
    const BroadcastPlan created = BroadcastPlan::fromPreset(p, fixedNow(), 3, QLocale::c());
    QVERIFY(created.newStream.has_value());
    QCOMPARE(created.newStream->snippet.title, QStringLiteral("Friday show #3 – 2026-11-21"));
}

void TestPresets::planProblems()
{
    BroadcastPreset p = fullPreset();
    p.broadcast.titleTemplate = QStringLiteral("{dtae} ") + QString(100, QLatin1Char('x'));
    p.broadcast.descriptionTemplate = QStringLiteral("{foo} and {dtae}");
    p.broadcast.latencyPreference = QStringLiteral("ultraLow");
    const BroadcastPlan plan = BroadcastPlan::fromPreset(p, fixedNow(), 1);
    QVERIFY(!plan.isSendable());
    QCOMPARE(plan.unknownPlaceholders,
             (QStringList{QStringLiteral("{dtae}"), QStringLiteral("{foo}")}));
    QCOMPARE(plan.problems.size(), 2);
    QVERIFY(plan.problems.at(0).contains(QLatin1String("107 characters")));
    QVERIFY(plan.problems.at(1).contains(QLatin1String("closed captions")));

    p.broadcast.titleTemplate = QStringLiteral("   ");
    p.broadcast.latencyPreference = QStringLiteral("normal");
    const BroadcastPlan empty = BroadcastPlan::fromPreset(p, fixedNow(), 1);
    QCOMPARE(empty.problems, QStringList{QStringLiteral("the title is empty")});
}

void TestPresets::fromBroadcast()
{
    // A broadcast as the API returns it, with its stream.
    const Result<LiveBroadcast> b = LiveBroadcast::fromJson(parse(
        "{\"kind\": \"youtube#liveBroadcast\", \"id\": \"b1\", \"snippet\": {\"title\": \"Show "
        "tonight\", \"description\": \"D\", \"categoryId\": \"22\", \"scheduledStartTime\": "
        "\"2026-11-21T19:00:00Z\", \"scheduledEndTime\": \"2026-11-21T20:45:00Z\"}, \"status\": "
        "{\"lifeCycleStatus\": \"live\", \"privacyStatus\": \"private\", "
        "\"selfDeclaredMadeForKids\": false}, \"contentDetails\": {\"monitorStream\": "
        "{\"enableMonitorStream\": true, \"broadcastStreamDelayMs\": 30000}, \"enableDvr\": true, "
        "\"recordFromStart\": false, \"enableEmbed\": true, \"closedCaptionsType\": "
        "\"closedCaptionsEmbedded\", \"latencyPreference\": \"normal\", \"projection\": "
        "\"rectangular\"}}"));
    QVERIFY2(b.isOk(), qPrintable(b.error().summary()));
    const Result<LiveStream> s = LiveStream::fromJson(
        parse("{\"kind\": \"youtube#liveStream\", \"id\": \"s1\", \"snippet\": {\"title\": "
              "\"Main ingest\"}, \"cdn\": {\"ingestionType\": \"rtmp\", \"resolution\": "
              "\"1440p\", \"frameRate\": \"variable\"}, \"contentDetails\": {\"isReusable\": "
              "true}}"));
    QVERIFY2(s.isOk(), qPrintable(s.error().summary()));

    BroadcastPreset::Extras extras;
    extras.tags = {QStringLiteral("news")};
    extras.thumbnailPath = QStringLiteral("/tmp/t.png");
    extras.reuseStream = true;
    extras.adBreaks.defaultDurationSecs = 45;
    const BroadcastPreset p =
        BroadcastPreset::fromBroadcast(QStringLiteral("Tonight"), b.value(), s.value(), extras);
    QCOMPARE(p.name, QStringLiteral("Tonight"));
    QCOMPARE(p.broadcast.titleTemplate, QStringLiteral("Show tonight"));
    QCOMPARE(p.broadcast.privacyStatus, QStringLiteral("private"));
    QCOMPARE(p.broadcast.startMode, BroadcastPreset::StartMode::TimeOfDay);
    QCOMPARE(p.broadcast.startTimeOfDay,
             QDateTime(QDate(2026, 11, 21), QTime(19, 0), QTimeZone::utc()).toLocalTime().time());
    QCOMPARE(p.broadcast.durationMinutes, 105u);
    QCOMPARE(p.broadcast.categoryId, QStringLiteral("22"));
    QCOMPARE(p.broadcast.tags, extras.tags);
    QCOMPARE(p.broadcast.broadcastStreamDelayMs, 30000u);
    QVERIFY(!p.broadcast.recordFromStart);
    QCOMPARE(p.broadcast.closedCaptionsType, QStringLiteral("closedCaptionsEmbedded"));
    QVERIFY(p.stream.reuseExisting);
    QCOMPARE(p.stream.existingStreamId, QStringLiteral("s1"));
    QCOMPARE(p.stream.resolution, QStringLiteral("1440p"));
    QCOMPARE(p.stream.frameRate, QStringLiteral("variable"));
    QCOMPARE(p.adBreaks.defaultDurationSecs, 45u);
    // What it saves reads back as the same preset.
    const PresetResult<BroadcastPreset> back = BroadcastPreset::fromJson(p.toJson());
    QVERIFY2(back.isOk(), qPrintable(back.error().message()));
    QVERIFY(back.value() == p);
}

void TestPresets::recordingUploadFillsTheShow()
{
    const BroadcastPreset p = fullPreset();
    const UploadMetadata m =
        RecordingUpload::metadata(p.upload, QStringLiteral("Friday show #12"),
                                  QStringLiteral("Tonight: guests."), fixedNow(), 12, QLocale::c());
    QCOMPARE(m.title, QStringLiteral("Friday show #12 – recording of 2026-11-21"));
    QCOMPARE(m.description, QStringLiteral("Tonight: guests.\n\nShow #12, Saturday."));
    QCOMPARE(m.privacyStatus, QStringLiteral("unlisted"));
    QCOMPARE(m.categoryId, QStringLiteral("24"));
    QCOMPARE(m.tags, (QStringList{QStringLiteral("recording"), QStringLiteral("friday")}));
    QVERIFY(m.madeForKids);
    QCOMPARE(m.license, QStringLiteral("creativeCommon"));
    QVERIFY(!m.embeddable);
    QCOMPARE(m.recordingDate, fixedNow());
    QVERIFY(m.problems(fixedNow()).isEmpty());

    // A show no preset launched: the show's own title and description, private.
    const UploadMetadata plain =
        RecordingUpload::metadata(BroadcastPreset::Upload(), QStringLiteral("Ad-hoc show"),
                                  QStringLiteral("About it"), fixedNow(), 0, QLocale::c());
    QCOMPARE(plain.title, QStringLiteral("Ad-hoc show"));
    QCOMPARE(plain.description, QStringLiteral("About it"));
    QCOMPARE(plain.privacyStatus, QStringLiteral("private"));
    QCOMPARE(plain.categoryId, UploadMetadata().categoryId);
}

QTEST_GUILESS_MAIN(TestPresets)

#include "moc_tst_presets.cpp"
