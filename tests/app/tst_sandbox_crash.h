#pragma once

#include <QObject>
#include <QProcess>
#include <QString>

// `onair --sandbox` killed outright mid-show: the sandbox it started and its test encoder
// keep the show on air (as YouTube and a real encoder would), the restarted OnAir picks up
// both instead of starting a second sandbox, the adopted encoder stops with the operator's
// key, and a clean quit leaves nothing running.
class TestSandboxCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void crashedRehearsalIsPickedUpAgain();
    void cleanupTestCase();

private:
    void startApp(QProcess &app, const QStringList &arguments);
    // The operator's key on OnAir's window, or on its dialog called `window` (xdotool, through
    // the X server). xdotool matches WM_NAME: the sandbox window's is "sandbox" (Qt adds
    // " — OnAir" to _NET_WM_NAME only).
    bool press(const QString &keys, const QString &window = QStringLiteral("^sandbox$"));
    QString m_dataDir;
};
