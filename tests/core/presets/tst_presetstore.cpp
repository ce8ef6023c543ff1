#include "tst_presetstore.h"

#include "google/youtube/model/LiveBroadcast.h"
#include "google/youtube/model/LiveStream.h"
#include "presets/BroadcastPlan.h"
#include "presets/PresetStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace onair;

namespace {

std::unique_ptr<QTemporaryDir> g_tmp;

BroadcastPreset preset(const QString &name, const QString &title = QStringLiteral("{n}: show"))
{
    BroadcastPreset p;
    p.name = name;
    p.broadcast.titleTemplate = title;
    p.broadcast.descriptionTemplate = QStringLiteral("About {date}");
    p.broadcast.tags = {QStringLiteral("a"), QStringLiteral("b")};
    p.broadcast.broadcastStreamDelayMs = 30000;
    p.adBreaks.durationPresetsSecs = {30, 60};
    return p;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray("<missing>");
    return f.readAll();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray digest(const QString &path)
{
    return QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256).toHex();
}

} // namespace

void TestPresetStore::init()
{
    g_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(g_tmp->isValid());
    m_root = g_tmp->path();
}

void TestPresetStore::cleanup()
{
    g_tmp.reset();
}

void TestPresetStore::slug_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("slug");
    QTest::newRow("simple") << QStringLiteral("Friday show") << QStringLiteral("friday-show");
    QTest::newRow("punctuation") << QStringLiteral("  Friday -- show!! ")
                                 << QStringLiteral("friday-show");
    QTest::newRow("accents") << QStringLiteral("Émission n°5") << QStringLiteral("emission-n-5");
    QTest::newRow("cyrillic") << QStringLiteral("Новости 24") << QStringLiteral("новости-24");
    QTest::newRow("nothing left") << QStringLiteral("!!!") << QStringLiteral("preset");
    QTest::newRow("path characters")
        << QStringLiteral("../etc/passwd") << QStringLiteral("etc-passwd");
    QTest::newRow("long") << QString(80, QLatin1Char('a')) << QString(60, QLatin1Char('a'));
}

void TestPresetStore::slug()
{
    QFETCH(QString, name);
    QFETCH(QString, slug);
    QCOMPARE(PresetStore::slugFor(name), slug);
    QCOMPARE(PresetStore::fileNameFor(name), slug + QStringLiteral(".json"));
}

void TestPresetStore::defaultDirectory()
{
    const PresetStore store;
    QCOMPARE(store.directory(),
             QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
                 QStringLiteral("/presets"));
    QCOMPARE(store.displayName(QStringLiteral("x.json")), QStringLiteral("presets/x.json"));
}

void TestPresetStore::saveLoadRoundTrip()
{
    PresetStore store(m_root + QStringLiteral("/presets"));
    QSignalSpy changed(&store, &PresetStore::presetsChanged);
    QVERIFY(store.fileNames().isEmpty());
    QVERIFY(store.loadAll().presets.isEmpty());

    const BroadcastPreset a = preset(QStringLiteral("Friday show"));
    BroadcastPreset b = preset(QStringLiteral("Morning news"), QStringLiteral("News {date}"));
    b.broadcast.startMode = BroadcastPreset::StartMode::TimeOfDay;
    b.broadcast.startTimeOfDay = QTime(7, 30);
    const PresetResult<QString> savedA = store.save(a);
    QVERIFY2(savedA.isOk(), qPrintable(savedA.error().message()));
    QCOMPARE(savedA.value(), QStringLiteral("friday-show.json"));
    QVERIFY(store.save(b).isOk());
    QCOMPARE(changed.size(), 2);

    QCOMPARE(store.fileNames(), (QStringList{QStringLiteral("friday-show.json"),
                                             QStringLiteral("morning-news.json")}));
    const PresetResult<BroadcastPreset> loaded = store.load(QStringLiteral("friday-show.json"));
    QVERIFY(loaded.isOk());
    QVERIFY(loaded.value() == a);

    // A fresh store on the same folder sees the same presets.
    const PresetStore again(store.directory());
    const PresetStore::LoadReport report = again.loadAll();
    QVERIFY(report.errors.isEmpty());
    QCOMPARE(report.presets.size(), 2);
    QVERIFY(report.presets.at(0).preset == a);
    QVERIFY(report.presets.at(1).preset == b);
    // The file is indented JSON with the schema version.
    const QJsonObject json =
        QJsonDocument::fromJson(readAll(store.directory() + QStringLiteral("/morning-news.json")))
            .object();
    QCOMPARE(json.value(QLatin1String("schemaVersion")).toInt(), 1);
    QCOMPARE(json.value(QLatin1String("name")).toString(), QStringLiteral("Morning news"));
}

void TestPresetStore::editKeepsFileOtherNameRefused()
{
    PresetStore store(m_root + QStringLiteral("/presets"));
    BroadcastPreset a = preset(QStringLiteral("Friday show"));
    QVERIFY(store.save(a).isOk());
    a.broadcast.privacyStatus = QStringLiteral("private");
    QVERIFY(store.save(a).isOk()); // an edit of the same preset
    QCOMPARE(store.load(QStringLiteral("friday-show.json")).value().broadcast.privacyStatus,
             QStringLiteral("private"));

    const QString path = store.directory() + QStringLiteral("/friday-show.json");
    const QByteArray before = readAll(path);
    const PresetResult<QString> clash = store.save(preset(QStringLiteral("FRIDAY  show")));
    QVERIFY(!clash.isOk());
    QCOMPARE(clash.error().kind, PresetError::Kind::AlreadyExists);
    QCOMPARE(clash.error().message(),
             QStringLiteral("presets/friday-show.json: already holds the preset \"Friday show\"; "
                            "choose another name"));
    QCOMPARE(readAll(path), before);

    // An invalid preset is never written.
    BroadcastPreset bad = preset(QStringLiteral("Bad"));
    bad.broadcast.privacyStatus = QStringLiteral("secret");
    const PresetResult<QString> refused = store.save(bad);
    QVERIFY(!refused.isOk());
    QCOMPARE(refused.error().kind, PresetError::Kind::Invalid);
    QVERIFY(!QFileInfo::exists(store.directory() + QStringLiteral("/bad.json")));
}

void TestPresetStore::brokenFileLeftUntouched_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("problem");

    const int malformed = int(PresetError::Kind::Malformed);
    const int version = int(PresetError::Kind::UnsupportedVersion);
    const int invalid = int(PresetError::Kind::Invalid);
    const QByteArray good = QJsonDocument(preset(QStringLiteral("Broken")).toJson()).toJson();

    QTest::newRow("empty") << QByteArray() << malformed << QStringLiteral("the file is empty");
    QTest::newRow("whitespace") << QByteArray(" \n\t ") << malformed
                                << QStringLiteral("the file is empty");
    QTest::newRow("truncated") << good.left(good.size() / 2) << malformed
                               << QStringLiteral("malformed JSON at byte");
    QTest::newRow("not JSON") << QByteArray("name = friday\n") << malformed
                              << QStringLiteral("malformed JSON at byte 1 (illegal value)");
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe\x01garbage", 11) << malformed
                            << QStringLiteral("malformed JSON");
    QTest::newRow("array") << QByteArray("[1, 2, 3]") << malformed
                           << QStringLiteral("expected a JSON object");
    QTest::newRow("unknown schemaVersion")
        << QByteArray(good).replace("\"schemaVersion\": 1", "\"schemaVersion\": 99") << version
        << QStringLiteral("schemaVersion: unsupported version 99 (this OnAir reads version 1)");
    QTest::newRow("no schemaVersion") << QByteArray(good).replace("\"schemaVersion\": 1,", "")
                                      << version << QStringLiteral("schemaVersion: missing");
    QTest::newRow("wrong type")
        << QByteArray(good).replace("\"titleTemplate\": \"{n}: show\"", "\"titleTemplate\": true")
        << invalid << QStringLiteral("broadcast.titleTemplate: expected a string, got a boolean");
    QTest::newRow("huge") << (QByteArray("{\"schemaVersion\": 1, \"name\": \"") +
                              QByteArray(2 * 1024 * 1024, 'x') + QByteArray("\"}"))
                          << malformed
                          << QStringLiteral("too large (2097184 bytes; a preset is at most "
                                            "1048576 bytes)");
}

void TestPresetStore::brokenFileLeftUntouched()
{
    QFETCH(QByteArray, contents);
    QFETCH(int, kind);
    QFETCH(QString, problem);

    PresetStore store(m_root + QStringLiteral("/presets"));
    QVERIFY(store.save(preset(QStringLiteral("Alpha"))).isOk());
    QVERIFY(store.save(preset(QStringLiteral("Zulu"))).isOk());
    const QString broken = store.directory() + QStringLiteral("/broken.json");
    QVERIFY(writeAll(broken, contents));
    const QByteArray before = digest(broken);

    const PresetStore::LoadReport report = store.loadAll();
    QCOMPARE(report.presets.size(), 2); // the others still load
    QCOMPARE(report.presets.at(0).fileName, QStringLiteral("alpha.json"));
    QCOMPARE(report.presets.at(1).fileName, QStringLiteral("zulu.json"));
    QCOMPARE(report.errors.size(), 1);
    const PresetError &e = report.errors.first();
    QCOMPARE(int(e.kind), kind);
    QCOMPARE(e.file, QStringLiteral("presets/broken.json"));
    QVERIFY2(e.problem.startsWith(problem), qPrintable(e.message()));
    QVERIFY(e.message().startsWith(QStringLiteral("presets/broken.json: ") + problem));

    // Nothing the store does touches the broken file.
    QVERIFY(!store.load(QStringLiteral("broken.json")).isOk());
    const PresetResult<QString> overwrite = store.save(preset(QStringLiteral("Broken")));
    QVERIFY(!overwrite.isOk());
    QCOMPARE(overwrite.error().kind, PresetError::Kind::AlreadyExists);
    QVERIFY(!store.rename(QStringLiteral("alpha.json"), QStringLiteral("broken")).isOk());
    QVERIFY(!store.rename(QStringLiteral("broken.json"), QStringLiteral("Fixed")).isOk());
    QVERIFY(!store.duplicate(QStringLiteral("broken.json")).isOk());
    QVERIFY(!store.advanceCounter(QStringLiteral("broken.json")).isOk());
    QVERIFY(store.exportTo(QStringLiteral("broken.json"), m_root + QStringLiteral("/out.json")));
    QVERIFY(!QFileInfo::exists(m_root + QStringLiteral("/out.json")));
    QCOMPARE(digest(broken), before);
    QVERIFY(QFileInfo::exists(store.directory() + QStringLiteral("/alpha.json")));
    QVERIFY(!QFileInfo::exists(store.directory() + QStringLiteral("/fixed.json")));
    QCOMPARE(store.fileNames().size(), 3);

    // Only an explicit delete removes it.
    QVERIFY(!store.remove(QStringLiteral("broken.json")));
    QCOMPARE(store.loadAll().errors.size(), 0);
}

void TestPresetStore::importExport()
{
    PresetStore store(m_root + QStringLiteral("/presets"));
    BroadcastPreset a = preset(QStringLiteral("Friday show"));
    a.nextNumber = 8;
    QVERIFY(store.save(a).isOk());
    const QString exported = m_root + QStringLiteral("/elsewhere/friday.json");
    QVERIFY(!QDir().exists(m_root + QStringLiteral("/elsewhere")));
    const auto failed = store.exportTo(QStringLiteral("friday-show.json"), exported);
    QVERIFY2(!failed, failed ? qPrintable(failed->message()) : "");
    const PresetResult<BroadcastPreset> read =
        PresetStore::readFile(exported, QStringLiteral("friday.json"));
    QVERIFY(read.isOk());
    QVERIFY(read.value() == a);

    // Into another store (another machine).
    PresetStore other(m_root + QStringLiteral("/other"));
    QSignalSpy changed(&other, &PresetStore::presetsChanged);
    const PresetResult<QString> imported = other.importFrom(exported);
    QVERIFY2(imported.isOk(), qPrintable(imported.error().message()));
    QCOMPARE(imported.value(), QStringLiteral("friday-show.json"));
    QCOMPARE(changed.size(), 1);
    QVERIFY(other.load(imported.value()).value() == a);
}

void TestPresetStore::importRefusesBrokenAndTaken()
{
    PresetStore store(m_root + QStringLiteral("/presets"));
    BroadcastPreset a = preset(QStringLiteral("Friday show"));
    QVERIFY(store.save(a).isOk());
    const QString existing = store.directory() + QStringLiteral("/friday-show.json");
    const QByteArray before = readAll(existing);

    // Same name, other contents: never overwritten silently.
    BroadcastPreset incoming = preset(QStringLiteral("Friday show"), QStringLiteral("Other"));
    const QString path = m_root + QStringLiteral("/incoming.json");
    QVERIFY(writeAll(path, QJsonDocument(incoming.toJson()).toJson()));
    const PresetResult<QString> taken = store.importFrom(path);
    QVERIFY(!taken.isOk());
    QCOMPARE(taken.error().kind, PresetError::Kind::AlreadyExists);
    QVERIFY(taken.error().message().contains(QLatin1String("presets/friday-show.json")));
    QCOMPARE(readAll(existing), before);

    // A broken file is refused with its path and left as it was.
    const QString broken = m_root + QStringLiteral("/broken.json");
    const QByteArray brokenBytes("{\"schemaVersion\": 1, \"name\": \"X\", \"broadcast\": {\"titl");
    QVERIFY(writeAll(broken, brokenBytes));
    const PresetResult<QString> refused = store.importFrom(broken);
    QVERIFY(!refused.isOk());
    QCOMPARE(refused.error().kind, PresetError::Kind::Malformed);
    QCOMPARE(refused.error().file, QDir::toNativeSeparators(broken));
    QCOMPARE(readAll(broken), brokenBytes);
    QCOMPARE(store.fileNames(), QStringList{QStringLiteral("friday-show.json")});

    // A file that reports no size but never ends is cut off, not read to exhaustion.
    if (QFileInfo::exists(QStringLiteral("/dev/zero"))) {
        const PresetResult<QString> endless = store.importFrom(QStringLiteral("/dev/zero"));
        QVERIFY(!endless.isOk());
        QCOMPARE(endless.error().problem, QStringLiteral("too large (more than 1048576 bytes)"));
    }

    const PresetResult<QString> missing = store.importFrom(m_root + QStringLiteral("/nope.json"));
    QVERIFY(!missing.isOk());
    QCOMPARE(missing.error().kind, PresetError::Kind::NotFound);
}

void TestPresetStore::renameAndCollision()
{
    PresetStore store(m_root + QStringLiteral("/presets"));
    QVERIFY(store.save(preset(QStringLiteral("Friday show"))).isOk());
    QVERIFY(store.save(preset(QStringLiteral("Saturday show"))).isOk());
    const QString dir = store.directory();

    const PresetResult<QString> renamed =
        store.rename(QStringLiteral("friday-show.json"), QStringLiteral("Sunday show"));
    QVERIFY2(renamed.isOk(), qPrintable(renamed.error().message()));
    QCOMPARE(renamed.value(), QStringLiteral("sunday-show.json"));
    QVERIFY(!QFileInfo::exists(dir + QStringLiteral("/friday-show.json")));
    QCOMPARE(store.load(renamed.value()).value().name, QStringLiteral("Sunday show"));

    // Onto another preset: refused, both files as they were.
    const QByteArray sunday = readAll(dir + QStringLiteral("/sunday-show.json"));
    const QByteArray saturday = readAll(dir + QStringLiteral("/saturday-show.json"));
    const PresetResult<QString> clash =
        store.rename(QStringLiteral("sunday-show.json"), QStringLiteral("Saturday Show"));
    QVERIFY(!clash.isOk());
    QCOMPARE(clash.error().kind, PresetError::Kind::AlreadyExists);
    QCOMPARE(readAll(dir + QStringLiteral("/sunday-show.json")), sunday);
    QCOMPARE(readAll(dir + QStringLiteral("/saturday-show.json")), saturday);

    // A new spelling with the same slug keeps the file.
    const PresetResult<QString> recased =
        store.rename(QStringLiteral("sunday-show.json"), QStringLiteral("SUNDAY show"));
    QVERIFY(recased.isOk());
    QCOMPARE(recased.value(), QStringLiteral("sunday-show.json"));
    QCOMPARE(store.load(recased.value()).value().name, QStringLiteral("SUNDAY show"));
    QVERIFY(!store.rename(QStringLiteral("sunday-show.json"), QStringLiteral("  ")).isOk());
}

void TestPresetStore::duplicate()
{
    PresetStore store(m_root + QStringLiteral("/presets"));
    BroadcastPreset a = preset(QStringLiteral("Show"));
    a.nextNumber = 4;
    QVERIFY(store.save(a).isOk());
    const PresetResult<QString> first = store.duplicate(QStringLiteral("show.json"));
    QVERIFY(first.isOk());
    QCOMPARE(first.value(), QStringLiteral("show-copy.json"));
    const PresetResult<QString> second = store.duplicate(QStringLiteral("show.json"));
    QCOMPARE(second.value(), QStringLiteral("show-copy-2.json"));
    const BroadcastPreset copy = store.load(second.value()).value();
    QCOMPARE(copy.name, QStringLiteral("Show (copy 2)"));
    BroadcastPreset expected = a;
    expected.name = copy.name;
    QVERIFY(copy == expected);

    const PresetResult<QString> named =
        store.duplicate(QStringLiteral("show.json"), QStringLiteral("Late show"));
    QCOMPARE(named.value(), QStringLiteral("late-show.json"));
    const PresetResult<QString> taken =
        store.duplicate(QStringLiteral("show.json"), QStringLiteral("late show"));
    QVERIFY(!taken.isOk());
    QCOMPARE(taken.error().kind, PresetError::Kind::AlreadyExists);
}

void TestPresetStore::removeAndBadNames()
{
    PresetStore store(m_root + QStringLiteral("/presets"));
    QVERIFY(store.save(preset(QStringLiteral("Show"))).isOk());
    QVERIFY(writeAll(m_root + QStringLiteral("/outside.json"), QByteArray("{}")));
    for (const QString &bad : {QStringLiteral("../outside.json"), QStringLiteral("show"),
                               QStringLiteral(".hidden.json"), QString()}) {
        const auto e = store.remove(bad);
        QVERIFY(e);
        QCOMPARE(e->kind, PresetError::Kind::NotFound);
        QVERIFY(!store.load(bad).isOk());
    }
    QVERIFY(QFileInfo::exists(m_root + QStringLiteral("/outside.json")));
    QVERIFY(!store.remove(QStringLiteral("show.json")));
    const auto again = store.remove(QStringLiteral("show.json"));
    QVERIFY(again);
    QCOMPARE(again->message(), QStringLiteral("presets/show.json: no such preset"));
}

void TestPresetStore::createFromBroadcast()
{
    PresetStore store(m_root + QStringLiteral("/presets"));
    LiveBroadcast b;
    b.snippet.title = QStringLiteral("Tonight");
    b.snippet.scheduledStartTime = QDateTime(QDate(2026, 11, 21), QTime(18, 0), QTimeZone::utc());
    b.status.privacyStatus = QStringLiteral("public");
    b.contentDetails.latencyPreference = QStringLiteral("ultraLow");
    LiveStream s;
    s.id = QStringLiteral("stream-9");
    s.cdn.ingestionType = QStringLiteral("rtmp");
    s.cdn.resolution = QStringLiteral("1080p");
    s.cdn.frameRate = QStringLiteral("60fps");
    BroadcastPreset::Extras extras;
    extras.reuseStream = true;
    const PresetResult<QString> saved =
        store.createFromBroadcast(QStringLiteral("Tonight"), b, s, extras);
    QVERIFY2(saved.isOk(), qPrintable(saved.error().message()));
    const BroadcastPreset p = store.load(saved.value()).value();
    QCOMPARE(p.broadcast.latencyPreference, QStringLiteral("ultraLow"));
    QCOMPARE(p.stream.existingStreamId, QStringLiteral("stream-9"));
    QCOMPARE(p.stream.frameRate, QStringLiteral("60fps"));

    const PresetResult<QString> again =
        store.createFromBroadcast(QStringLiteral("Tonight"), b, s, extras);
    QVERIFY(!again.isOk());
    QCOMPARE(again.error().kind, PresetError::Kind::AlreadyExists);
}

void TestPresetStore::counterAdvances()
{
    PresetStore store(m_root + QStringLiteral("/presets"));
    QVERIFY(store.save(preset(QStringLiteral("Weekly"), QStringLiteral("Weekly #{n}"))).isOk());
    const QDateTime now(QDate(2026, 11, 21), QTime(10, 0), QTimeZone::utc());
    for (int expected = 1; expected <= 3; ++expected) {
        const BroadcastPreset p = store.load(QStringLiteral("weekly.json")).value();
        const BroadcastPlan plan = BroadcastPlan::fromPreset(p, now, p.nextNumber);
        QCOMPARE(plan.broadcast.snippet.title, QStringLiteral("Weekly #%1").arg(expected));
        const PresetResult<int> next = store.advanceCounter(QStringLiteral("weekly.json"));
        QVERIFY(next.isOk());
        QCOMPARE(next.value(), expected + 1);
    }
    QCOMPARE(PresetStore(store.directory()).load(QStringLiteral("weekly.json")).value().nextNumber,
             4);
}

void TestPresetStore::showPostsSavedInTheirSectionOnly()
{
    PresetStore store(m_root + QStringLiteral("/presets"));
    QVERIFY(store.save(preset(QStringLiteral("Weekly"))).isOk());
    const QString file = store.directory() + QStringLiteral("/weekly.json");
    // A field this OnAir does not know (a newer one wrote it) is part of what must stay.
    QJsonObject before = QJsonDocument::fromJson(readAll(file)).object();
    before.insert(QStringLiteral("x-note"), QStringLiteral("kept"));
    QVERIFY(writeAll(file, QJsonDocument(before).toJson()));
    const QJsonArray posts{QJsonObject{{QStringLiteral("label"), QStringLiteral("Live now")},
                                       {QStringLiteral("account"), QStringLiteral("tg")},
                                       {QStringLiteral("trigger"), QStringLiteral("live")},
                                       {QStringLiteral("template"), QStringLiteral("{url}")}}};

    QSignalSpy changed(&store, &PresetStore::presetsChanged);
    QVERIFY(!store.saveAnnouncements(QStringLiteral("weekly.json"), posts));
    QCOMPARE(changed.size(), 1);
    QJsonObject after = QJsonDocument::fromJson(readAll(file)).object();
    QCOMPARE(after.take(QStringLiteral("announcements")).toArray(), posts);
    QCOMPARE(after, before);
    QCOMPARE(store.load(QStringLiteral("weekly.json")).value().announcements, posts);

    // Posts that do not validate, and a file that does not: nothing is written.
    const QByteArray saved = digest(file);
    QJsonArray bad = posts;
    bad[0] = QJsonObject{{QStringLiteral("trigger"), QStringLiteral("soon")}};
    const auto refused = store.saveAnnouncements(QStringLiteral("weekly.json"), bad);
    QVERIFY(refused);
    QVERIFY2(refused->problem.contains(QStringLiteral("announcements[0]")),
             qPrintable(refused->message()));
    QCOMPARE(digest(file), saved);
    const QByteArray broken = readAll(file).chopped(10);
    QVERIFY(writeAll(file, broken));
    const auto malformed = store.saveAnnouncements(QStringLiteral("weekly.json"), posts);
    QVERIFY(malformed);
    QCOMPARE(malformed->kind, PresetError::Kind::Malformed);
    QCOMPARE(readAll(file), broken);
    QCOMPARE(changed.size(), 1);
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("OnAirTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_presetstore"));
    TestPresetStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "moc_tst_presetstore.cpp"
