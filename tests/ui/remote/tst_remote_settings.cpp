#include "TestEnvironment.h"
#include "cuepoint/BreakController.h"
#include "google/youtube/YouTubeClient.h"
#include "remote/RemoteControl.h"
#include "remote/RemoteSettingsDialog.h"
#include "remote/RemoteToken.h"
#include "remote/http/HttpApiServer.h"
#include "secrets/SecretStore.h"
#include "show/BroadcastSession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTcpServer>
#include <QTest>

using namespace onair;
using onair::ui::RemoteSettingsDialog;

// Settings → Remote control…: the HTTP API is off and local by default, a LAN address warns,
// the token is shown once (kept only in the keychain) and revoking it refuses requests at once.
class TestRemoteSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void offAndLocalByDefault();
    void lanAddressWarns();
    void tokenShownOnceAndRevocable();
    void enablingListensOnTheChosenPort();
};

namespace {

struct Fixture
{
    YouTubeClient client{nullptr};
    BroadcastSession session{&client};
    BreakController breaks{&session, &client};
    SecretStore secrets{QStringLiteral("OnAir-test")};
    RemoteControl remote{&session, &breaks, &secrets};
    RemoteSettingsDialog dialog{&remote};

    template<typename T>
    T *child(const char *name)
    {
        return dialog.findChild<T *>(QLatin1String(name));
    }
};

} // namespace

void TestRemoteSettings::initTestCase()
{
    QVERIFY2(test::TestEnvironment::isIsolated(), "run through tests/support/test-env.sh");
}

void TestRemoteSettings::offAndLocalByDefault()
{
    Fixture f;
    QVERIFY(!f.child<QCheckBox>("remoteHttpEnabled")->isChecked());
    QVERIFY(!f.child<QCheckBox>("remoteAllowShowControl")->isChecked());
    QCOMPARE(f.child<QComboBox>("remoteHttpAddress")->currentText(), QStringLiteral("127.0.0.1"));
    QVERIFY(!f.remote.http()->isListening());
    f.dialog.show();
    QVERIFY(!f.child<QLabel>("remoteExposedWarning")->isVisible());
}

void TestRemoteSettings::lanAddressWarns()
{
    Fixture f;
    f.dialog.show();
    auto *address = f.child<QComboBox>("remoteHttpAddress");
    QLabel *warning = f.child<QLabel>("remoteExposedWarning");
    address->setCurrentText(QStringLiteral("192.168.1.20"));
    QVERIFY(warning->isVisible());
    address->setCurrentText(QStringLiteral("0.0.0.0"));
    QVERIFY(warning->isVisible());
    address->setCurrentText(QStringLiteral("127.0.0.1"));
    QVERIFY(!warning->isVisible());
}

void TestRemoteSettings::tokenShownOnceAndRevocable()
{
    Fixture f;
    f.dialog.show();
    QLineEdit *shown = f.child<QLineEdit>("remoteShownToken");
    QVERIFY(!shown->isVisible());
    f.child<QPushButton>("remoteGenerateToken")->click();
    QTRY_VERIFY_WITH_TIMEOUT(f.remote.token()->isSet(), 15000);
    const QByteArray token = shown->text().toUtf8();
    QVERIFY(shown->isVisible());
    QVERIFY(token.size() >= 40);
    QVERIFY(f.remote.token()->matches(token));

    // A second dialog (the settings opened again) does not show it.
    RemoteSettingsDialog again(&f.remote);
    QVERIFY(again.findChild<QLineEdit *>(QStringLiteral("remoteShownToken"))->text().isEmpty());

    // Kept in the keychain: a fresh RemoteToken reads it back.
    RemoteToken reread(&f.secrets);
    bool loaded = false;
    reread.load([&](bool, const QString &) { loaded = true; });
    QTRY_VERIFY_WITH_TIMEOUT(loaded, 15000);
    QVERIFY(reread.matches(token));

    f.child<QPushButton>("remoteRevokeToken")->click();
    QVERIFY(!f.remote.token()->matches(token));
    QVERIFY(shown->text().isEmpty());
    RemoteToken afterRevoke(&f.secrets);
    loaded = false;
    afterRevoke.load([&](bool, const QString &) { loaded = true; });
    QTRY_VERIFY_WITH_TIMEOUT(loaded, 15000);
    QVERIFY(!afterRevoke.isSet());
}

void TestRemoteSettings::enablingListensOnTheChosenPort()
{
    // A port free now.
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    Fixture f;
    f.child<QCheckBox>("remoteHttpEnabled")->setChecked(true);
    f.child<QSpinBox>("remoteHttpPort")->setValue(port);
    f.dialog.accept();
    QVERIFY2(f.remote.http()->isListening(), qPrintable(f.remote.httpError()));
    QCOMPARE(f.remote.http()->port(), port);
    QCOMPARE(f.remote.http()->address(), QHostAddress(QHostAddress::LocalHost));
    // Kept for the next start.
    QVERIFY(RemoteSettings::load().httpEnabled);
    QCOMPARE(RemoteSettings::load().httpPort, port);
}

QTEST_MAIN(TestRemoteSettings)
#include "tst_remote_settings.moc"
