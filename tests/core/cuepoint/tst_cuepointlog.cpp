#include "cuepoint/CuepointLog.h"
#include "cuepoint/CuepointLogModel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace onair;

// The cuepoint log: add/update by local id, its JSON (part of the saved session), CSV export
// and the table model.
class TestCuepointLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addAndUpdate();
    void jsonRoundTrip();
    void restoreRefusesBadData_data();
    void restoreRefusesBadData();
    void csvField_data();
    void csvField();
    void csv();
    void model();
    void toCuepoint();
};

namespace {

QDateTime at(int h, int m, int s, int ms = 0)
{
    return QDateTime(QDate(2026, 11, 21), QTime(h, m, s, ms), QTimeZone::utc());
}

void fill(CuepointLog &log)
{
    CuepointLogEntry now;
    now.requestedAt = at(18, 0, 1, 250);
    now.mode = CuepointLogEntry::Mode::Now;
    now.durationSecs = 30;
    const int a = log.add(now);
    log.markConfirmed(a, QStringLiteral("cue-1"), at(18, 0, 1, 700));

    CuepointLogEntry offset;
    offset.requestedAt = at(18, 5, 0);
    offset.mode = CuepointLogEntry::Mode::Offset;
    offset.offsetMs = 485000;
    offset.durationSecs = 60;
    offset.elapsedSource = ElapsedSource::Player;
    offset.elapsedMs = 540000;
    const int b = log.add(offset);
    log.markFailed(b, QStringLiteral("invalidInsertionOffsetTimeMs"),
                   QStringLiteral("YouTube refused the offset, \"too early\"\nTry again."),
                   at(18, 5, 1));

    CuepointLogEntry wall;
    wall.requestedAt = at(18, 10, 0);
    wall.mode = CuepointLogEntry::Mode::WallTime;
    wall.walltimeMs = at(18, 11, 0).toMSecsSinceEpoch();
    wall.durationSecs = 90;
    wall.elapsedSource = ElapsedSource::SessionClock;
    const int c = log.add(wall);
    log.markUnconfirmed(c, QStringLiteral("no answer within 10 s"), at(18, 10, 10));

    CuepointLogEntry pending;
    pending.requestedAt = at(18, 20, 0);
    pending.durationSecs = 120;
    log.add(pending);
}

} // namespace

void TestCuepointLog::addAndUpdate()
{
    CuepointLog log;
    QSignalSpy added(&log, &CuepointLog::entryAdded);
    QSignalSpy updated(&log, &CuepointLog::entryUpdated);
    CuepointLogEntry e;
    e.id = 77; // ignored: the log assigns ids
    e.requestedAt = at(18, 0, 0);
    const int first = log.add(e);
    const int second = log.add(e);
    QCOMPARE(first, 1);
    QCOMPARE(second, 2);
    QCOMPARE(added.size(), 2);
    QCOMPARE(added.at(1).at(0).toInt(), 1);
    QCOMPARE(log.entry(second)->state, CuepointLogEntry::State::Sent);

    QVERIFY(log.markConfirmed(second, QStringLiteral("cue-9"), at(18, 0, 1)));
    QCOMPARE(updated.size(), 1);
    QCOMPARE(updated.at(0).at(0).toInt(), 1);
    QCOMPARE(log.entry(second)->cuepointId, QStringLiteral("cue-9"));
    QCOMPARE(log.entry(second)->state, CuepointLogEntry::State::Confirmed);
    QCOMPARE(log.entry(first)->state, CuepointLogEntry::State::Sent);

    QVERIFY(!log.markFailed(99, QStringLiteral("x"), QString(), at(18, 0, 2)));
    CuepointLogEntry unknown;
    unknown.id = 42;
    QVERIFY(!log.update(unknown));
    QCOMPARE(log.indexOf(42), -1);
    QVERIFY(!log.entry(42));

    log.clear();
    QCOMPARE(log.size(), 0);
    QCOMPARE(log.add(e), 1);
}

void TestCuepointLog::jsonRoundTrip()
{
    CuepointLog log;
    fill(log);
    const QByteArray bytes = QJsonDocument(log.toJson()).toJson();
    CuepointLog restored;
    QSignalSpy reset(&restored, &CuepointLog::entriesReset);
    const auto error = restored.restore(QJsonDocument::fromJson(bytes).object());
    QVERIFY2(!error, error ? qPrintable(error->summary()) : "");
    QCOMPARE(reset.size(), 1);
    QCOMPARE(restored.entries(), log.entries());
    // 64-bit values travel as strings.
    const QJsonObject second = log.toJson()[QLatin1String("entries")][1].toObject();
    QCOMPARE(second[QLatin1String("offsetMs")].toString(), QStringLiteral("485000"));
    QCOMPARE(second[QLatin1String("state")].toString(), QStringLiteral("failed"));
    QCOMPARE(second[QLatin1String("elapsedSource")].toString(), QStringLiteral("player"));
    // Ids go on after a restore; none is reused.
    CuepointLogEntry next;
    QCOMPARE(restored.add(next), 5);
}

void TestCuepointLog::restoreRefusesBadData_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("version") << QByteArray("{\"schemaVersion\": 3, \"entries\": []}")
                             << QStringLiteral(
                                    "cuepoint log: schemaVersion: unsupported version 3");
    QTest::newRow("entries not array")
        << QByteArray("{\"schemaVersion\": 1, \"entries\": {}}")
        << QStringLiteral("cuepoint log: entries: expected an array, got an object");
    QTest::newRow("entry not object")
        << QByteArray("{\"schemaVersion\": 1, \"entries\": [1]}")
        << QStringLiteral("cuepoint log: entries[0]: expected an object");
    QTest::newRow("bad mode")
        << QByteArray("{\"schemaVersion\": 1, \"entries\": [{\"id\": 1, \"mode\": \"later\", "
                      "\"state\": \"sent\"}]}")
        << QStringLiteral("cuepoint log: entries[0]: cuepoint log entry: mode: unknown value "
                          "\"later\"");
    QTest::newRow("bad state")
        << QByteArray("{\"schemaVersion\": 1, \"entries\": [{\"id\": 1, \"mode\": \"now\", "
                      "\"state\": \"maybe\"}]}")
        << QStringLiteral("cuepoint log: entries[0]: cuepoint log entry: state: unknown value "
                          "\"maybe\"");
    QTest::newRow("wrong type")
        << QByteArray("{\"schemaVersion\": 1, \"entries\": [{\"id\": 1, \"mode\": \"now\", "
                      "\"state\": \"sent\", \"durationSecs\": \"thirty\"}]}")
        << QStringLiteral("cuepoint log: entries[0]: cuepoint log entry: durationSecs: expected "
                          "an unsigned 32-bit number, got a string");
    QTest::newRow("both times")
        << QByteArray("{\"schemaVersion\": 1, \"entries\": [{\"id\": 1, \"mode\": \"offset\", "
                      "\"state\": \"sent\", \"offsetMs\": \"1\", \"walltimeMs\": \"2\"}]}")
        << QStringLiteral("cuepoint log: entries[0]: cuepoint log entry: walltimeMs: set together "
                          "with offsetMs");
    QTest::newRow("duplicate id")
        << QByteArray("{\"schemaVersion\": 1, \"entries\": [{\"id\": 1, \"mode\": \"now\", "
                      "\"state\": \"sent\"}, {\"id\": 1, \"mode\": \"now\", \"state\": \"sent\"}]}")
        << QStringLiteral("cuepoint log: entries[1]: duplicate id 1");
}

void TestCuepointLog::restoreRefusesBadData()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    CuepointLog log;
    fill(log);
    const QList<CuepointLogEntry> before = log.entries();
    const auto error = log.restore(QJsonDocument::fromJson(json).object());
    QVERIFY(error);
    QCOMPARE(error->kind, ApiError::Kind::BadResponse);
    QCOMPARE(error->message, message);
    QCOMPARE(log.entries(), before); // left as it was
}

void TestCuepointLog::csvField_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("cue-1") << QStringLiteral("cue-1");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
    QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
    QTest::newRow("carriage return") << QStringLiteral("a\rb") << QStringLiteral("\"a\rb\"");
    QTest::newRow("spaces kept") << QStringLiteral(" a ") << QStringLiteral(" a ");
}

void TestCuepointLog::csvField()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QCOMPARE(CuepointLog::csvField(value), expected);
}

void TestCuepointLog::csv()
{
    CuepointLog log;
    fill(log);
    const QString csv = QString::fromUtf8(log.toCsv());
    QVERIFY(csv.endsWith(QLatin1String("\r\n")));
    // Split on the record separator; the quoted failure message holds a bare \n, not \r\n.
    const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5);
    QCOMPARE(lines.at(0),
             QStringLiteral("id,requested_at_utc,mode,offset_ms,walltime_ms,walltime_utc,"
                            "duration_secs,cuepoint_id,state,failure_reason,failure_message,"
                            "elapsed_source,elapsed_ms,answered_at_utc"));
    QCOMPARE(lines.at(1), QStringLiteral("1,2026-11-21T18:00:01.250Z,now,,,,30,cue-1,confirmed,,,"
                                         "none,,2026-11-21T18:00:01.700Z"));
    QCOMPARE(lines.at(2),
             QStringLiteral("2,2026-11-21T18:05:00.000Z,offset,485000,,,60,,failed,"
                            "invalidInsertionOffsetTimeMs,\"YouTube refused the offset, "
                            "\"\"too early\"\"\nTry again.\",player,540000,"
                            "2026-11-21T18:05:01.000Z"));
    QCOMPARE(lines.at(3), QStringLiteral("3,2026-11-21T18:10:00.000Z,wallTime,,1795284660000,"
                                         "2026-11-21T18:11:00.000Z,90,,unconfirmed,,no answer "
                                         "within 10 s,sessionClock,,2026-11-21T18:10:10.000Z"));
    QCOMPARE(lines.at(4), QStringLiteral("4,2026-11-21T18:20:00.000Z,now,,,,120,,sent,,,none,,"));
    // Every record has the header's field count once quoted fields are taken as one.
    CuepointLog empty;
    QCOMPARE(QString::fromUtf8(empty.toCsv()), lines.at(0) + QStringLiteral("\r\n"));
}

void TestCuepointLog::model()
{
    CuepointLog log;
    CuepointLogModel model(&log);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(CuepointLogModel::ColumnCount));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    fill(log);
    QCOMPARE(inserted.size(), 4);
    QCOMPARE(changed.size(), 3);
    QCOMPARE(model.rowCount(), 4);

    const auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
        return model.data(model.index(row, column), role);
    };
    QCOMPARE(cell(0, CuepointLogModel::ModeColumn).toString(), QStringLiteral("now"));
    QCOMPARE(cell(0, CuepointLogModel::CuepointIdColumn).toString(), QStringLiteral("cue-1"));
    QCOMPARE(cell(0, CuepointLogModel::StateColumn).toString(), QStringLiteral("confirmed"));
    QCOMPARE(cell(0, CuepointLogModel::DurationColumn).toString(), QStringLiteral("30 s"));
    QCOMPARE(cell(0, CuepointLogModel::RequestedColumn).toString(),
             at(18, 0, 1).toLocalTime().toString(QStringLiteral("HH:mm:ss")));
    QCOMPARE(cell(1, CuepointLogModel::PlacementColumn).toString(), QStringLiteral("485 000 ms"));
    QCOMPARE(cell(1, CuepointLogModel::StateColumn).toString(),
             QStringLiteral("failed: invalidInsertionOffsetTimeMs"));
    QVERIFY(cell(1, CuepointLogModel::StateColumn, Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("too early")));
    QCOMPARE(cell(1, CuepointLogModel::SourceColumn).toString(), QStringLiteral("player"));
    QCOMPARE(cell(2, CuepointLogModel::PlacementColumn).toString(),
             at(18, 11, 0).toLocalTime().toString(QStringLiteral("HH:mm:ss")));
    QCOMPARE(cell(2, CuepointLogModel::StateColumn).toString(), QStringLiteral("unconfirmed"));
    QCOMPARE(cell(3, CuepointLogModel::StateColumn).toString(), QStringLiteral("sent"));
    QCOMPARE(cell(3, 0, CuepointLogModel::EntryIdRole).toInt(), 4);
    QCOMPARE(cell(3, 0, CuepointLogModel::StateRole).toInt(), int(CuepointLogEntry::State::Sent));
    QCOMPARE(model.headerData(CuepointLogModel::StateColumn, Qt::Horizontal).toString(),
             QStringLiteral("State"));

    // A restore resets the model to the restored rows.
    CuepointLog saved;
    fill(saved);
    saved.add(CuepointLogEntry{});
    QVERIFY(!log.restore(saved.toJson()));
    QCOMPARE(model.rowCount(), 5);
    log.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestCuepointLog::toCuepoint()
{
    CuepointLog log;
    fill(log);
    const QList<CuepointLogEntry> &e = log.entries();
    const QJsonObject now = e.at(0).toCuepoint().toJson();
    QCOMPARE(now.value(QLatin1String("durationSecs")).toInt(), 30);
    QVERIFY(!now.contains(QLatin1String("insertionOffsetTimeMs")));
    QVERIFY(!now.contains(QLatin1String("walltimeMs")));
    const QJsonObject offset = e.at(1).toCuepoint().toJson();
    QCOMPARE(offset.value(QLatin1String("insertionOffsetTimeMs")).toString(),
             QStringLiteral("485000"));
    QVERIFY(!offset.contains(QLatin1String("walltimeMs")));
    QCOMPARE(offset.value(QLatin1String("durationSecs")).toInt(), 60);
    const QJsonObject wall = e.at(2).toCuepoint().toJson();
    QCOMPARE(wall.value(QLatin1String("walltimeMs")).toString(),
             QString::number(at(18, 11, 0).toMSecsSinceEpoch()));
    QVERIFY(!wall.contains(QLatin1String("insertionOffsetTimeMs")));
    QCOMPARE(wall.value(QLatin1String("cueType")).toString(), QStringLiteral("cueTypeAd"));
}

QTEST_GUILESS_MAIN(TestCuepointLog)
#include "tst_cuepointlog.moc"
