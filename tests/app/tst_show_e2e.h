#pragma once

#include "ShowDriver.h"

#include <QObject>

#include <memory>

// A whole show driven through the real window, against a real sandbox with ffmpeg publishing.
class TestShowE2E : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void wholeShow();
    void stuckLiveStartingIsRecovered();
    void revokedTokenPromptsAndResumes();
    void cleanupTestCase();

private:
    void createBroadcastAndStream(const QString &title);
    void startEncoderAndWaitActive();
    void press(int key, Qt::KeyboardModifiers modifiers);
    QString lastLogLine() const;
    int broadcastsInSandbox();

    // The sandbox and the app, started afresh for every test function.
    std::unique_ptr<onair::test::ShowDriver> m_show;
};
