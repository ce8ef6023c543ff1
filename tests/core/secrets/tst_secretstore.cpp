#include "TestEnvironment.h"
#include "secrets/SecretStore.h"

#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace onair;
using onair::test::TestEnvironment;

// Writes, reads and deletes secrets through QtKeychain against the real gnome-keyring of the
// private D-Bus session that test-env.sh started.
class TestSecretStore : public QObject
{
    Q_OBJECT

private:
    SecretStore::Outcome call(const std::function<void(SecretStore::Callback)> &start)
    {
        std::optional<SecretStore::Outcome> result;
        start([&](const SecretStore::Outcome &o) { result = o; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
            return SecretStore::Outcome{false, std::nullopt, QStringLiteral("timed out")};
        return *result;
    }

private Q_SLOTS:
    void initTestCase();
    void writeReadDelete();
    void accountsAreSeparate();
    void missingEntryIsNotAnError();
    void contextGoneMeansNoCallback();
    void nothingOnDisk();
};

void TestSecretStore::initTestCase()
{
    QVERIFY2(TestEnvironment::isIsolated(), "run through tests/support/test-env.sh");
}

void TestSecretStore::writeReadDelete()
{
    SecretStore store(QStringLiteral("OnAirTest"));
    const QString secret = QStringLiteral("1//refresh-token-ÄÖ-\u2603-%1")
                               .arg(QRandomGenerator::global()->generate64());
    auto w = call([&](auto cb) {
        store.write(QStringLiteral("acct1"), QStringLiteral("refresh"), secret, this, cb);
    });
    QVERIFY2(w.ok, qPrintable(w.error));

    auto r = call(
        [&](auto cb) { store.read(QStringLiteral("acct1"), QStringLiteral("refresh"), this, cb); });
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.value.value_or(QString()), secret);

    auto d = call([&](auto cb) {
        store.remove(QStringLiteral("acct1"), QStringLiteral("refresh"), this, cb);
    });
    QVERIFY2(d.ok, qPrintable(d.error));

    auto gone = call(
        [&](auto cb) { store.read(QStringLiteral("acct1"), QStringLiteral("refresh"), this, cb); });
    QVERIFY(gone.ok);
    QVERIFY(!gone.value.has_value());
}

void TestSecretStore::accountsAreSeparate()
{
    SecretStore store(QStringLiteral("OnAirTest"));
    QVERIFY(call([&](auto cb) {
                store.write(QStringLiteral("a"), QStringLiteral("t"), QStringLiteral("one"), this,
                            cb);
            }).ok);
    QVERIFY(call([&](auto cb) {
                store.write(QStringLiteral("b"), QStringLiteral("t"), QStringLiteral("two"), this,
                            cb);
            }).ok);
    QCOMPARE(call([&](auto cb) {
                 store.read(QStringLiteral("a"), QStringLiteral("t"), this, cb);
             }).value.value_or(QString()),
             QStringLiteral("one"));
    QCOMPARE(call([&](auto cb) {
                 store.read(QStringLiteral("b"), QStringLiteral("t"), this, cb);
             }).value.value_or(QString()),
             QStringLiteral("two"));
    QVERIFY(call([&](auto cb) {
                store.remove(QStringLiteral("a"), QStringLiteral("t"), this, cb);
            }).ok);
    QCOMPARE(call([&](auto cb) {
                 store.read(QStringLiteral("b"), QStringLiteral("t"), this, cb);
             }).value.value_or(QString()),
             QStringLiteral("two"));
    QCOMPARE(SecretStore::keyFor(QStringLiteral("UCabc"), QStringLiteral("refresh")),
             QStringLiteral("UCabc/refresh"));
}

void TestSecretStore::missingEntryIsNotAnError()
{
    SecretStore store(QStringLiteral("OnAirTest"));
    auto r = call([&](auto cb) {
        store.read(QStringLiteral("nobody"), QStringLiteral("refresh"), this, cb);
    });
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(!r.value.has_value());
    auto d = call([&](auto cb) {
        store.remove(QStringLiteral("nobody"), QStringLiteral("refresh"), this, cb);
    });
    QVERIFY(d.ok);
}

void TestSecretStore::contextGoneMeansNoCallback()
{
    SecretStore store(QStringLiteral("OnAirTest"));
    bool called = false;
    auto *context = new QObject;
    store.read(QStringLiteral("a"), QStringLiteral("t"), context,
               [&](const auto &) { called = true; });
    delete context;
    // Let the keychain job finish; the callback must not run.
    bool probe = false;
    store.read(QStringLiteral("a"), QStringLiteral("t"), this, [&](const auto &) { probe = true; });
    QTRY_VERIFY_WITH_TIMEOUT(probe, 20000);
    QVERIFY(!called);
}

void TestSecretStore::nothingOnDisk()
{
    // With the insecure fallback off, no secret may land in a settings file.
    SecretStore store(QStringLiteral("OnAirTest"));
    const QString marker =
        QStringLiteral("marker-%1").arg(QRandomGenerator::global()->generate64());
    QVERIFY(call([&](auto cb) {
                store.write(QStringLiteral("disk"), QStringLiteral("t"), marker, this, cb);
            }).ok);
    for (const auto location :
         {QStandardPaths::GenericConfigLocation, QStandardPaths::GenericDataLocation}) {
        QDirIterator it(QStandardPaths::writableLocation(location), QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.contains(QLatin1String("/keyrings/")))
                continue; // gnome-keyring's own encrypted store
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(marker.toUtf8()), qPrintable(path));
        }
    }
    QVERIFY(call([&](auto cb) {
                store.remove(QStringLiteral("disk"), QStringLiteral("t"), this, cb);
            }).ok);
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
