#pragma once

#include <QObject>

// The scripted show under sandbox faults (503 bursts, dropped connections, 5-s stalls, every
// token expiring mid-live, a rateLimitExceeded, a liveStarting that sticks) still completes:
// one broadcast and one stream remain, no ad break is sent twice, the GUI never stalls.
class TestFaultShow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showUnderFaults();
};
