#pragma once

#include <QObject>

// One stray key cannot interrupt the show: a click leaves no focus on the controls that can
// (stop encoder, go live, end, recover), and stopping the test encoder from its button or its
// shortcut only opens a question (window-modal, opened with open()) whose default is Cancel.
class TestStrayKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void strayKeysDoNotStopTheEncoder();
};
