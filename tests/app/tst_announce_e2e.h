#pragma once

#include "ShowDriver.h"

#include <QJsonArray>
#include <QObject>

#include <memory>

// A show that announces itself, through the real window against a real sandbox (its Telegram
// emulator and ffmpeg publishing): the sandbox's bot and channel as the account, a broadcast
// created from a preset whose posts say "live now" (with a Watch button) when it goes live and
// edit that same message to "ended, watch the recording" when it completes. The channel ends
// with one message, edited once; the time from live to the post is printed. Then the operator
// writes a post in the composer and saves the show's posts in its preset: the file changes in
// its "announcements" only.
class TestAnnounceE2E : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void liveNowPostThenEndedEdit();

private:
    QJsonArray botMessages() const;

    std::unique_ptr<onair::test::ShowDriver> m_show;
};
