#pragma once

#include "AppProcess.h"
#include "ShowDriver.h"

#include <QByteArray>
#include <QDBusMessage>
#include <QObject>
#include <QStringList>
#include <QVariantList>

#include <memory>

class QWebSocket;

// Control from outside the window against a live sandbox show: D-Bus calls from a client on the
// private session bus, the real `onair ctl` binary, and the HTTP + WebSocket API with real
// clients (a raw socket, QWebSocket). The show is one: ready → testing → live (breaks) → ended.
class TestRemoteE2E : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void dbusIsIntrospectable();
    void httpRefusesWithoutTokenOrFromAForeignHost();
    void goLiveFromOutsideNeedsPermissionThenArmAndConfirm();
    void breakFromOutsideIsPlacedOnceAndRefusedWhileRunning();
    void ctlSaysWhenNoOnAirRuns();
    void endThenTallyFollowedEveryTransition();
    void cleanupTestCase();

private:
    struct Http
    {
        int status = 0;
        QByteArray head;
        QByteArray body;
    };
    QDBusMessage bus(const QString &method, const QVariantList &args = {});
    Http http(const QByteArray &method, const QByteArray &path, const QByteArray &token,
              const QByteArray &body = {}, const QByteArray &host = {});
    onair::test::AppProcess::Ctl ctl(const QStringList &arguments);
    int sandboxCuepoints();
    QStringList tallies() const; // the WebSocket's tallies, repeats folded
    int eventLogCount(const QString &action) const;

    std::unique_ptr<onair::test::ShowDriver> m_show;
    QByteArray m_token;
    quint16 m_port = 0;
    QWebSocket *m_socket = nullptr;
    QStringList m_pushedTallies;
};
