#include "upload/FileIdentity.h"
#include "upload/UploadStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace onair;

// The saved uploads: what a restart needs comes back as it was, a damaged entry costs only
// itself (kept, reported), a file that is not JSON is set aside, and a file's identity sees a
// change of size, time or bytes.
class TestUploadStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }
    void roundTrip();
    void damagedEntryIsKeptAndOthersLoad();
    void unreadableFileIsSetAside();
    void identitySeesChanges();
    void pathsArePerAccount();

private:
    QString makeFile(const QString &name, qint64 size);
    UploadRecord record(const QString &id);

    std::unique_ptr<QTemporaryDir> m_dir;
};

QString TestUploadStore::makeFile(const QString &name, qint64 size)
{
    const QString path = m_dir->filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(QByteArray(size, 'x'));
    return path;
}

UploadRecord TestUploadStore::record(const QString &id)
{
    UploadRecord r;
    r.id = id;
    r.file = *FileIdentity::of(makeFile(id + QStringLiteral(".mp4"), 3 * 1024 * 1024));
    r.metadata = QJsonObject{{QStringLiteral("snippet"),
                              QJsonObject{{QStringLiteral("title"), QStringLiteral("show")}}}};
    r.sessionUri = QStringLiteral("http://127.0.0.1:1/upload?upload_id=") + id;
    r.offset = 262144;
    r.state = UploadRecord::State::Paused;
    r.created = QDateTime::currentDateTimeUtc().addSecs(-60);
    return r;
}

void TestUploadStore::roundTrip()
{
    UploadStore store(m_dir->filePath(QStringLiteral("uploads/a.json")));
    const QList<UploadRecord> saved = {record(QStringLiteral("one")),
                                       record(QStringLiteral("two"))};
    QVERIFY(store.save(saved));
    UploadStore again(store.path());
    QStringList errors;
    const QList<UploadRecord> loaded = again.load(&errors);
    QVERIFY(errors.isEmpty());
    QCOMPARE(loaded.size(), 2);
    QCOMPARE(loaded[1].id, QStringLiteral("two"));
    QCOMPARE(loaded[1].sessionUri, saved[1].sessionUri);
    QCOMPARE(loaded[1].offset, qint64(262144));
    QCOMPARE(loaded[1].state, UploadRecord::State::Paused);
    QCOMPARE(loaded[1].file.size, saved[1].file.size);
    QCOMPARE(loaded[1].file.modified, saved[1].file.modified);
    QCOMPARE(loaded[1].file.edgeHash, saved[1].file.edgeHash);
    QVERIFY(loaded[1].file.whyChanged(*FileIdentity::of(loaded[1].file.path)).isEmpty());
}

void TestUploadStore::damagedEntryIsKeptAndOthersLoad()
{
    const QString path = m_dir->filePath(QStringLiteral("a.json"));
    UploadStore store(path);
    QVERIFY(store.save({record(QStringLiteral("one")), record(QStringLiteral("two"))}));
    // Damage the first entry: an offset beyond the file.
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    f.close();
    QJsonArray uploads = root.value(QLatin1String("uploads")).toArray();
    QJsonObject first = uploads[0].toObject();
    first.insert(QStringLiteral("offset"), QStringLiteral("banana"));
    uploads[0] = first;
    uploads.append(QStringLiteral("not an object"));
    root.insert(QStringLiteral("uploads"), uploads);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QJsonDocument(root).toJson());
    f.close();

    UploadStore again(path);
    QStringList errors;
    QList<UploadRecord> loaded = again.load(&errors);
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(loaded[0].id, QStringLiteral("two"));
    QCOMPARE(errors.size(), 2);
    QVERIFY2(errors[0].contains(QStringLiteral("one")), qPrintable(errors[0]));
    // Saving the readable one back keeps the damaged entries as they were.
    loaded[0].offset = 524288;
    QVERIFY(again.save(loaded));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonArray after =
        QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("uploads")).toArray();
    QCOMPARE(after.size(), 3);
    QVERIFY(after.contains(first));
    QVERIFY(after.contains(QJsonValue(QStringLiteral("not an object"))));
}

void TestUploadStore::unreadableFileIsSetAside()
{
    const QString path = m_dir->filePath(QStringLiteral("a.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{ not json");
    f.close();
    UploadStore store(path);
    QStringList errors;
    QVERIFY(store.load(&errors).isEmpty());
    QCOMPARE(errors.size(), 1);
    QVERIFY(!QFile::exists(path));
    const QStringList aside =
        QDir(m_dir->path()).entryList({QStringLiteral("a.json.broken-*")}, QDir::Files);
    QCOMPARE(aside.size(), 1);
    QFile kept(m_dir->filePath(aside.first()));
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("{ not json"));
}

void TestUploadStore::identitySeesChanges()
{
    const QString path = makeFile(QStringLiteral("f.mp4"), 3 * 1024 * 1024);
    const FileIdentity before = *FileIdentity::of(path);
    QVERIFY(before.whyChanged(*FileIdentity::of(path)).isEmpty());
    const QDateTime when = before.modified;

    // A byte in the last MiB, with the time put back: the hash sees it.
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    f.seek(3 * 1024 * 1024 - 5);
    f.write("y");
    f.flush();
    QVERIFY(f.setFileTime(when, QFileDevice::FileModificationTime));
    f.close();
    QVERIFY(!before.whyChanged(*FileIdentity::of(path)).isEmpty());

    // Grown: the size says it.
    const QString other = makeFile(QStringLiteral("g.mp4"), 1000);
    const FileIdentity small = *FileIdentity::of(other);
    QFile g(other);
    QVERIFY(g.open(QIODevice::Append));
    g.write("more");
    g.close();
    QVERIFY(small.whyChanged(*FileIdentity::of(other)).contains(QStringLiteral("1000")));

    QString error;
    QVERIFY(!FileIdentity::of(m_dir->filePath(QStringLiteral("missing")), &error));
    QVERIFY(!error.isEmpty());
}

void TestUploadStore::pathsArePerAccount()
{
    QCOMPARE(UploadStore::pathForAccount(QStringLiteral("sandbox"), m_dir->path()),
             m_dir->filePath(QStringLiteral("sandbox.json")));
    QVERIFY(UploadStore::pathForAccount(QStringLiteral("a"), m_dir->path()) !=
            UploadStore::pathForAccount(QStringLiteral("b"), m_dir->path()));
}

QTEST_GUILESS_MAIN(TestUploadStore)
#include "tst_uploadstore.moc"
