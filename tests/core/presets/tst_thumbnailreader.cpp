#include "presets/ThumbnailReader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace onair;

// A thumbnail (up to 50 MB) is read off the GUI thread and delivered back on it, later, never
// from inside the call; a file too large or missing is a sentence, not a crash.
class TestThumbnailReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsOffTheCallingThread();
    void refusesMissingAndTooLarge();
    void noAnswerAfterTheContextIsGone();
};

void TestThumbnailReader::readsOffTheCallingThread()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.png"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    const QByteArray png = QByteArray::fromHex("89504e470d0a1a0a") + QByteArray(1000, 'x');
    f.write(png);
    f.close();

    std::optional<ThumbnailReader::File> got;
    QThread *deliveredOn = nullptr;
    ThumbnailReader::read(path, this, [&](ThumbnailReader::File file) {
        deliveredOn = QThread::currentThread();
        got = file;
    });
    QVERIFY(!got); // never from inside the call
    QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 10000);
    QCOMPARE(deliveredOn, QThread::currentThread());
    QVERIFY2(got->isOk(), qPrintable(got->error));
    QCOMPARE(got->bytes, png);
    QCOMPARE(got->mimeType, QStringLiteral("image/png"));
}

void TestThumbnailReader::refusesMissingAndTooLarge()
{
    QTemporaryDir dir;
    const ThumbnailReader::File missing =
        ThumbnailReader::readNow(dir.filePath(QStringLiteral("none.jpg")));
    QVERIFY(!missing.isOk());
    QVERIFY(missing.error.contains(QLatin1String("none.jpg")));

    const QString big = dir.filePath(QStringLiteral("big.jpg"));
    QFile f(big);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QVERIFY(f.resize(ThumbnailReader::kMaxBytes + 1)); // sparse: no 50 MB written
    f.close();
    const ThumbnailReader::File tooLarge = ThumbnailReader::readNow(big);
    QVERIFY(!tooLarge.isOk());
    QVERIFY(tooLarge.bytes.isEmpty());
    QVERIFY(tooLarge.error.contains(QLatin1String("50 MB")));
}

void TestThumbnailReader::noAnswerAfterTheContextIsGone()
{
    QTemporaryDir dir;
    bool called = false;
    auto *context = new QObject;
    ThumbnailReader::read(dir.filePath(QStringLiteral("none.png")), context,
                          [&called](ThumbnailReader::File) { called = true; });
    delete context;
    QTest::qWait(300);
    QVERIFY(!called);
}

QTEST_GUILESS_MAIN(TestThumbnailReader)
#include "tst_thumbnailreader.moc"
