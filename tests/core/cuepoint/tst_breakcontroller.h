#pragma once

#include <QObject>

// BreakController without a live broadcast: every refusal is logged with its reason in both
// logs and nothing is sent; the elapsed source; the cuepoint log in the saved session, and a
// break still running when the session is reattached.
class TestBreakController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusedWithoutBroadcast();
    void elapsedSourceAndDrift();
    void cuepointLogIsSavedAndReattached();
    void breakRunningAtReattachStillAsks();
    void timeLeftAndDecisionsLogged();
};
