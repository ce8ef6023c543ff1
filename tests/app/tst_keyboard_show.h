#pragma once

#include "ShowDriver.h"

#include <QObject>

#include <memory>

// A whole sandbox show by keyboard only, through the real window, its real questions and a
// real sandbox with ffmpeg publishing; the keys are counted. On the way: the tally waits for
// the encoder before it turns green, the go-live question says who will see the broadcast for
// each privacy, the ad break's countdown shows in the panel and the status area and clears
// when the break ends, a declined second break is in the event log, and after the end the
// window says what comes next.
class TestKeyboardShow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void wholeShowByKeys();

private:
    // One key on the main window (counted).
    void key(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    // The open question's text; then one key answers it (counted when `counted`).
    QString answer(int key, Qt::KeyboardModifiers modifiers, bool counted = true);

    std::unique_ptr<onair::test::ShowDriver> m_show;
    int m_keys = 0;
};
