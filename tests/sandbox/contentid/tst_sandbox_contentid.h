#pragma once

#include "DiscoveryValidator.h"
#include "SandboxProcess.h"

#include <QJsonObject>
#include <QObject>
#include <QString>

#include <memory>

// The sandbox's YouTube Partner (Content ID) API v1 over plain HTTP: every method the
// discovery document's schemas hold it to, its rules (scope, content owners, asset, ownership,
// policy, claim, advertising options, references and live delivery), its faults and its
// control endpoints.
class TestSandboxContentId : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void signInGrantsThePartnerScope();
    void authAndScope();
    void contentOwners();
    void onBehalfOfContentOwner();
    void unknownParameter();
    void assetsInsertAndGet();
    void assetRules_data();
    void assetRules();
    void assetSearch();
    void ownership();
    void ownershipRules_data();
    void ownershipRules();
    void policies();
    void policyRules_data();
    void policyRules();
    void assetMatchPolicy();
    void claims();
    void claimRules_data();
    void claimRules();
    void advertisingOptions();
    void advertisingOptionRules_data();
    void advertisingOptionRules();
    void referenceBeforeProcessingIsRefused();
    void referenceAfterTheShowBecomesActive();
    void referenceWithLiveDelivery();
    void referenceNeedsRecordFromStart();
    void referenceRules();
    void droppedInsertIsCommitted();
    void injectedErrors();
    void controlState();
    void stateSurvivesRestart();

private:
    using Response = onair::test::SandboxProcess::Response;

    Response call(const QByteArray &verb, const QString &pathAndQuery, const QJsonObject &body = {},
                  const QString &token = QString());
    void expectError(const Response &reply, int status, const QString &reason);
    void expectValid(const Response &reply, const QString &methodId);
    void setSettings(const QJsonObject &settings);
    QJsonObject insertAsset(const QString &title, const QString &customId = QString());
    QString defaultPolicyId(const QString &action);
    // A broadcast of the signed-in channel (created, not started) with `recordFromStart`.
    QString insertBroadcast(bool recordFromStart = true);
    // The broadcast through testing and live to complete (simulated encoder).
    void completeBroadcast(const QString &broadcastId);
    QJsonObject insertClaim(const QString &assetId, const QString &videoId);
    QString lifeCycle(const QString &broadcastId);

    std::unique_ptr<onair::test::SandboxProcess> m_sandbox;
    std::unique_ptr<onair::test::DiscoveryValidator> m_discovery;
    QString m_token;        // youtube.force-ssl + youtubepartner
    QString m_youtubeToken; // youtube.force-ssl only
};
