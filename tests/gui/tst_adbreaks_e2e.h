#pragma once

#include "AppController.h"
#include "SandboxProcess.h"

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
    void presetCreatesBroadcastInOneAction();
    void cleanupTestCase();

private:
    void goLiveWithDelay(const QString &title, double delaySecs);
    void press(int key, Qt::KeyboardModifiers modifiers);
    void waitBeyondGuard();
    QJsonArray sandboxCuepoints();
    QString logDump() const;

    std::unique_ptr<onair::test::SandboxProcess> m_sandbox;
    std::unique_ptr<onair::AppController> m_app;
    bool m_answer = true;
    int m_asked = 0;
};
