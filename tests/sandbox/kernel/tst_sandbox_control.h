#pragma once

#include "SandboxProcess.h"

#include <QObject>

#include <memory>

// The sandbox's /_sandbox/ control API and what it drives: the quota ledger, fault injection
// (error bursts; the count, probability and time-window forms; dropped connections, latency,
// stalls, rate limits, corrupted answers, stuck transitions, expired tokens), the request log,
// --faults, and --data-dir across a restart.
class TestSandboxControl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void quotaCostsAndExceeded();
    void invalidRequestsCostQuota();
    void errorBursts();
    void faultForms();
    void badFaultForms_data();
    void badFaultForms();
    void rateLimitAndQuotaFaults();
    void droppedConnections();
    void latency();
    void stall();
    void corruptedAnswers_data();
    void corruptedAnswers();
    void stuckTransition();
    void expireTokens();
    void badFaultSpec();
    void servicePathsAndKeys();
    void faultsFromTheCommandLine();
    void requestLog();
    void dataDirSurvivesARestart();

private:
    QString insertBroadcast();
    QString errorReason(const onair::test::SandboxProcess::Response &reply) const;

    std::unique_ptr<onair::test::SandboxProcess> m_sandbox;
    QString m_token;
};
