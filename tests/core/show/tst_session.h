#pragma once

#include "show/Lifecycle.h"

#include <QObject>

Q_DECLARE_METATYPE(onair::LifeCycleStatus)
Q_DECLARE_METATYPE(onair::StreamStatus)

// Declared apart from its fixtures: moc's lexer in Qt 6.4 loses its way in raw string literals.
class TestSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void polling_data();
    void polling();
    void pollingCosts();
    void eventLogModel();
    void eventLogCapAndRoundTrip();
    void sessionRoundTrip();
    void missingSessionIsNothing();
    void damagedSessionIsKeptAside_data();
    void damagedSessionIsKeptAside();
    void sessionsAreKeptPerAccount();
    void legacyFileMovesToItsAccount();
    void savedShowIsNeverSavedAway();
    void reattachChecksTheAccount();
};
