#include "announce/AnnouncementQueueModel.h"
#include "announce/AnnouncementStore.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace onair;

// The queue's table model: the whole queue never read on the caller's thread, a refresh that
// merges another process's commits.
class TestAnnouncementQueueModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wholeQueueArrivesInBatchesAfterTheConstructorReturns();
    void refreshMergesAnotherProcessesCommits();

private:
    QString fill(int items);
    QTemporaryDir m_dir;
};

QString TestAnnouncementQueueModel::fill(int items)
{
    const QString path = m_dir.filePath(QString::number(items) + QStringLiteral(".sqlite"));
    AnnouncementStore store;
    if (!store.open(path))
        qFatal("%s", qPrintable(store.error()));
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(1);
    for (int i = 0; i < items; ++i) {
        Announcement a;
        a.accountId = QStringLiteral("tg");
        a.label = QString::number(i);
        // Added in reverse time order: the model shows them by time.
        a.scheduledAt = start.addSecs(-60LL * i);
        store.add(a);
    }
    return path;
}

void TestAnnouncementQueueModel::wholeQueueArrivesInBatchesAfterTheConstructorReturns()
{
    const QString path = fill(1200);
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(
            QStringLiteral("INSERT INTO posts (account, platform, post, status, due_at) VALUES "
                           "('tg', 'telegram', 'not json', 'pending', 0)")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    AnnouncementStore store;
    QVERIFY(store.open(path));

    AnnouncementQueueModel model(&store);
    // Nothing read on this thread: the rows come through its event loop, a batch at a time.
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.isLoading());
    QSignalSpy loaded(&model, &AnnouncementQueueModel::loaded);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QVERIFY(loaded.wait(20000));
    QCOMPARE(model.rowCount(), 1200);
    QVERIFY2(inserted.size() >= 3, qPrintable(QString::number(inserted.size())));
    for (const QList<QVariant> &batch : std::as_const(inserted))
        QVERIFY(batch.at(2).toInt() - batch.at(1).toInt() < 500);
    QCOMPARE(model.at(0)->label, QStringLiteral("1199"));
    QCOMPARE(model.at(1199)->label, QStringLiteral("0"));
    QCOMPARE(model.damaged().size(), 1);
    QVERIFY(!model.isLoading());
}

void TestAnnouncementQueueModel::refreshMergesAnotherProcessesCommits()
{
    const QString path = fill(3);
    AnnouncementStore store;
    QVERIFY(store.open(path));
    AnnouncementQueueModel model(&store);
    QSignalSpy loaded(&model, &AnnouncementQueueModel::loaded);
    QVERIFY(loaded.wait(20000));
    const qint64 second = model.at(1)->id;

    // A headless runner (its own connection) publishes one and a window adds one: the model
    // sees neither until refresh().
    AnnouncementStore runner;
    QVERIFY(runner.open(path));
    auto item = runner.get(second);
    item->status = Announcement::Status::Published;
    QVERIFY(runner.update(*item));
    Announcement added;
    added.accountId = QStringLiteral("tg");
    added.label = QStringLiteral("added");
    added.scheduledAt = QDateTime::currentDateTimeUtc();
    const qint64 addedId = runner.add(added);
    QCOMPARE(model.rowCount(), 3);

    QSignalSpy reset(&model, &QAbstractItemModel::modelAboutToBeReset);
    model.refresh();
    QVERIFY(loaded.wait(20000));
    // Merged in place (the operator's selection and scroll stay), the new row at the end.
    QCOMPARE(reset.size(), 0);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.rowOf(second), 1);
    QCOMPARE(model.index(1, 0).data(AnnouncementQueueModel::StatusRole).toInt(),
             int(Announcement::Status::Published));
    QCOMPARE(model.rowOf(addedId), 3);
}

QTEST_GUILESS_MAIN(TestAnnouncementQueueModel)
#include "tst_announcementqueuemodel.moc"
