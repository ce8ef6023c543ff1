#pragma once

#include "ShowDriver.h"

#include <QJsonArray>
#include <QObject>

#include <memory>

// Ad breaks during a live sandbox show, fired from the keyboard on the real window.
class TestAdBreaksE2E : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void breaksDuringLiveShow();
    void strictWindowEdgesWithSessionClock();
    void presetCreatesBroadcastInOneAction();
    void cleanupTestCase();

private:
    void goLiveWithDelay(const QString &title, double delaySecs);
    void press(int key, Qt::KeyboardModifiers modifiers);
    void waitBeyondGuard();
    QJsonArray sandboxCuepoints();

    // One sandbox and one app for the whole case: the account's refresh token belongs to it.
    std::unique_ptr<onair::test::ShowDriver> m_show;
    bool m_answer = true;
    int m_asked = 0;
};
