#pragma once

#include <QObject>

// The sandbox's pure pieces, called directly: the fault spec parser, the quota ledger and its
// Pacific-midnight reset, request body schemas, parameter parsing and the error envelope.
class TestSandboxUnits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void faultSpecs_data();
    void faultSpecs();
    void faultCountsAndMethods();
    void latencyPerMethod();
    void pacificMidnight_data();
    void pacificMidnight();
    void quotaLedger();
    void requestSchema_data();
    void requestSchema();
    void apiParams();
    void errorEnvelope();
};
