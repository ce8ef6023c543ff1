#pragma once

#include "ShowDriver.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>

#include <memory>

// A show with rights through the real window against a real sandbox with ffmpeg publishing:
// Content ID allowed from the Account menu, the preset's rights plan set in the presets panel's
// Content ID… editor, a broadcast created from the preset and claimed before testing, the show run
// to complete, the reference made from the processed recording and followed to active — each step
// in the show rail and the event log. Also the live-delivery partner (the reference before the
// show), the channel with no content owner, and a real onair killed (SIGKILL) between the claim
// and testing, restarted. Testing waits for the claim: refused from the window's key and button
// and from `onair ctl test` while the flow runs (here: waits for the operator to pick one of two
// owners) and while its failure is unanswered.
class TestRightsE2E : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void claimBeforeTestingReferenceAfterTheShow();
    void liveDeliveryReferenceBeforeTheShow();
    void channelWithoutOwner();
    void crashBetweenClaimAndTestingReattachesWithTheClaim();
    void startTestWaitsForTheClaimAndThePickedOwner();

private:
    // planInFile false: the preset has no plan until setPlanInEditor gives it one.
    bool startShow(const QJsonObject &contentIdSettings, bool referenceBeforeShow,
                   bool planInFile = true);
    // The plan set through the presets panel's Content ID… editor; empty, or what went wrong.
    QString setPlanInEditor(bool referenceBeforeShow);
    bool allowContentId();
    bool runShowToComplete();
    QString railState(const QString &stage) const;
    QString railToolTip(const QString &stage) const;
    bool logHas(const QString &text) const;
    QJsonArray contentId(const QString &what) const;

    std::unique_ptr<onair::test::ShowDriver> m_show;
};
