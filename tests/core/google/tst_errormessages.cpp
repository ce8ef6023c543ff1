#include "google/ErrorMessages.h"
#include "google/GoogleErrorEnvelope.h"

#include <QSet>
#include <QTest>

using namespace onair;

// Every reason documented in the reference (youtube-live-api.md §1.1, §1.3, §2.1, §3.1, §4.x,
// §6.3, §7, §9) has an operator sentence; unknown reasons still read well.
class TestErrorMessages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyDocumentedReasonHasASentence_data();
    void everyDocumentedReasonHasASentence();
    void sentencesAreDistinctFromReasons();
    void unknownReasonIsReadable();
    void signedOutKind();
};

void TestErrorMessages::everyDocumentedReasonHasASentence_data()
{
    QTest::addColumn<QString>("reason");
    const char *const documented[] = {
        // §1.1 categories and §1.3 errors every method can return
        "badRequest", "invalidValue", "required", "invalid", "authError", "unauthorized",
        "forbidden", "insufficientPermissions", "rateLimitExceeded", "limitExceeded",
        "quotaExceeded", "notFound", "conflict", "duplicate", "backendError", "internalError",
        "tooManyRequests", "userRateLimitExceeded", "accessNotConfigured", "invalidParameter",
        "parseError", "notUpload", "wrongUrlForUpload", "uploadTooLarge", "incompatibleParameters",
        "invalidFilters", "invalidPageToken", "missingRequiredParameter", "unexpectedParameter",
        "unknownPart", "accountDelegationForbidden", "authenticatedUserAccountClosed",
        "authenticatedUserAccountSuspended",
        // §2.1 contentDetails
        "enableMonitorStreamModificationNotAllowed", "enableDvrModificationNotAllowed",
        "recordFromStartModificationNotAllowed", "invalidEmbedSetting",
        "enableAutoStartModificationNotAllowed", "invalidAutoStart", "invalidAutoStop",
        "closedCaptionsTypeModificationNotAllowed", "enableClosedCaptionsModificationNotAllowed",
        "invalidEnableClosedCaptions", "invalidLatencyPreferenceOptions", "invalidProjection",
        // §3.1 transition
        "idRequired", "statusRequired", "liveBroadcastNotFound", "redundantTransition",
        "invalidTransition", "errorStreamInactive", "errorExecutingTransition",
        "userRequestsExceedRateLimit",
        // §4.1–§4.3 list/insert/update
        "insufficientLivePermissions", "liveStreamingNotEnabled", "titleRequired",
        "scheduledStartTimeRequired", "privacyStatusRequired", "scheduledEndTimeRequired",
        "invalidTitle", "invalidDescription", "invalidScheduledStartTime",
        "invalidScheduledEndTime", "invalidPrivacyStatus", "livePermissionBlocked",
        "userBroadcastsExceedLimit", "enableMonitorStreamRequired",
        "broadcastStreamDelayMsRequired",
        // §4.4 bind, §4.6 delete, §4.7 cuepoint
        "liveBroadcastBindingNotAllowed", "liveStreamNotFound", "liveBroadcastDeletionNotAllowed",
        "cueTypeRequired", "conflictingTimeFields", "invalidInsertionOffsetTimeMs",
        "invalidWalltimeMs", "serviceUnavailable",
        // §6.3 liveStreams
        "cdnRequired", "ingestionTypeRequired", "frameRateRequired", "resolutionRequired",
        "invalidFormat", "invalidFrameRate", "invalidIngestionType", "invalidResolution",
        "liveStreamModificationNotAllowed", "liveStreamDeletionNotAllowed",
        // §7 videos and thumbnails
        "defaultLanguageNotSet", "invalidCategoryId", "invalidDefaultBroadcastPrivacySetting",
        "invalidPublishAt", "invalidRecordingDetails", "invalidTags", "invalidVideoMetadata",
        "forbiddenEmbedSetting", "forbiddenLicenseSetting", "forbiddenPrivacySetting",
        "videoNotFound", "invalidImage", "mediaBodyRequired", "uploadRateLimitExceeded",
        // §9 OAuth
        "invalid_grant", "invalid_client", "unauthorized_client", "invalid_request",
        "unsupported_grant_type", "invalid_scope", "access_denied", "admin_policy_enforced",
        "disallowed_useragent", "org_internal", "deleted_client", "redirect_uri_mismatch",
        "NoLinkedYouTubeAccount",
        // OnAir's own
        "transportError", "timeout", "badResponse", "signedOut", "writeUnconfirmed", "notCreated"};
    for (const char *r : documented)
        QTest::newRow(r) << QString::fromLatin1(r);
}

void TestErrorMessages::everyDocumentedReasonHasASentence()
{
    QFETCH(QString, reason);
    const QString s = ErrorMessages::forReason(reason);
    QVERIFY2(!s.isEmpty(), qPrintable(reason));
    QVERIFY(s.endsWith(QLatin1Char('.')));
    QVERIFY(s.size() > 20);
    ApiError e;
    e.httpStatus = 400;
    e.reason = reason;
    QCOMPARE(ErrorMessages::describe(e), s);
}

void TestErrorMessages::sentencesAreDistinctFromReasons()
{
    const QStringList known = ErrorMessages::knownReasons();
    QVERIFY(known.size() > 100);
    QCOMPARE(QSet<QString>(known.cbegin(), known.cend()).size(), known.size());
    for (const QString &r : known) {
        const QString s = ErrorMessages::forReason(r);
        if (r != r.toLower()) // a sentence, not a camelCase code
            QVERIFY2(!s.contains(r), qPrintable(r));
        QVERIFY2(!s.contains(QLatin1Char('%')), qPrintable(r));
    }
}

void TestErrorMessages::unknownReasonIsReadable()
{
    ApiError e = GoogleErrorEnvelope::parse(
        418, QByteArrayLiteral("{\"error\":{\"code\":418,\"message\":\"I am a teapot\","
                               "\"errors\":[{\"reason\":\"teapotReason\",\"domain\":\"x\"}]}}"));
    const QString s = ErrorMessages::describe(e);
    QVERIFY(s.contains(QLatin1String("418")));
    QVERIFY(s.contains(QLatin1String("I am a teapot")));
    QVERIFY(s.contains(QLatin1String("teapotReason")));

    ApiError server = GoogleErrorEnvelope::parse(599, QByteArrayLiteral("<html>oops</html>"));
    const QString s2 = ErrorMessages::describe(server);
    QVERIFY(s2.contains(QLatin1String("599")));
    QVERIFY(s2.contains(QLatin1String("Try again")));
}

void TestErrorMessages::signedOutKind()
{
    ApiError e;
    e.kind = ApiError::Kind::SignedOut;
    e.reason = QStringLiteral("whatever");
    QCOMPARE(ErrorMessages::describe(e), ErrorMessages::forReason(QStringLiteral("signedOut")));
}

QTEST_GUILESS_MAIN(TestErrorMessages)
#include "tst_errormessages.moc"
