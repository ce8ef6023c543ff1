#pragma once

#include <QObject>

// Malformed, truncated, huge and wrongly typed API answers (the sandbox's bad=… faults) give
// a clear BadResponse error, in the result and in the event log, never a crash.
class TestBadInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void clientReportsBadResponse_data();
    void clientReportsBadResponse();
    void sessionLogsBadResponse_data();
    void sessionLogsBadResponse();
    void cleanupTestCase();
};
