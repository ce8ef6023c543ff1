#pragma once

#include <QObject>

// The YouTube store's typed states and lifecycle rules, called directly: the API spelling of
// every state both ways, the transition table of the reference (§3.1), what may change in which
// state (§2.1), and the store announcing each change itself, once.
class TestBroadcastLifeCycle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stateNames();
    void transitions();
    void editableSettings();
    void storeSignalsEachChangeOnce();
};
