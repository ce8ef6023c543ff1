#include "google/ErrorMessages.h"

#include <QCoreApplication>

#include <iterator>

namespace onair {

namespace {

struct Entry
{
    const char *reason;
    const char *sentence;
};

// clang-format off
constexpr Entry kTable[] = {
    // §1.3 errors every method can return, and the §1.1 categories used as reasons.
    {"quotaExceeded", QT_TRANSLATE_NOOP("ErrorMessages", "The project's YouTube API quota for today is used up. Nothing more can be changed until it resets at midnight Pacific time; ask for a higher quota in the Google Cloud console.")},
    {"rateLimitExceeded", QT_TRANSLATE_NOOP("ErrorMessages", "YouTube is receiving requests from OnAir too quickly. Wait a minute, then try again.")},
    {"userRateLimitExceeded", QT_TRANSLATE_NOOP("ErrorMessages", "This account is sending requests too quickly. Wait a minute, then try again.")},
    {"userRequestsExceedRateLimit", QT_TRANSLATE_NOOP("ErrorMessages", "This account sent too many requests in a short time. Wait a minute, then try again.")},
    {"authError", QT_TRANSLATE_NOOP("ErrorMessages", "YouTube did not accept the sign-in. Sign in to the account again.")},
    {"unauthorized", QT_TRANSLATE_NOOP("ErrorMessages", "YouTube did not accept the sign-in. Sign in to the account again.")},
    {"insufficientPermissions", QT_TRANSLATE_NOOP("ErrorMessages", "The sign-in does not grant the access OnAir needs. Sign in again and allow managing your YouTube account.")},
    {"accessNotConfigured", QT_TRANSLATE_NOOP("ErrorMessages", "The YouTube Data API is not enabled for this OAuth client's project. Enable it in the Google Cloud console, then try again.")},
    {"forbidden", QT_TRANSLATE_NOOP("ErrorMessages", "YouTube refused this action for this channel or in the broadcast's current state. Check the broadcast's state and the channel's permissions.")},
    {"backendError", QT_TRANSLATE_NOOP("ErrorMessages", "YouTube had a temporary internal problem. Try again in a moment.")},
    {"internalError", QT_TRANSLATE_NOOP("ErrorMessages", "YouTube had an internal error. Try again in a moment; if it persists, check the YouTube status page.")},
    {"serviceUnavailable", QT_TRANSLATE_NOOP("ErrorMessages", "YouTube is temporarily unavailable. Try again in a moment.")},
    {"badRequest", QT_TRANSLATE_NOOP("ErrorMessages", "YouTube rejected the request as malformed. This is likely a bug in OnAir; the event log has the details.")},
    {"invalidValue", QT_TRANSLATE_NOOP("ErrorMessages", "YouTube rejected a value in the request. Check the settings you entered.")},
    {"invalid", QT_TRANSLATE_NOOP("ErrorMessages", "YouTube rejected a value in the request. Check the settings you entered.")},
    {"invalidParameter", QT_TRANSLATE_NOOP("ErrorMessages", "YouTube rejected a parameter of the request. This is likely a bug in OnAir; the event log has the details.")},
    {"required", QT_TRANSLATE_NOOP("ErrorMessages", "A required value is missing from the request. Fill in all required settings and try again.")},
    {"parseError", QT_TRANSLATE_NOOP("ErrorMessages", "YouTube could not read the request. This is a bug in OnAir; the event log has the details.")},
    {"notUpload", QT_TRANSLATE_NOOP("ErrorMessages", "The upload was sent to the wrong address. This is a bug in OnAir; the event log has the details.")},
    {"wrongUrlForUpload", QT_TRANSLATE_NOOP("ErrorMessages", "The upload was sent to the wrong address. This is a bug in OnAir; the event log has the details.")},
    {"uploadTooLarge", QT_TRANSLATE_NOOP("ErrorMessages", "The file is too large for YouTube. Choose a smaller file.")},
    {"incompatibleParameters", QT_TRANSLATE_NOOP("ErrorMessages", "The request combined options YouTube does not allow together. This is a bug in OnAir; the event log has the details.")},
    {"invalidFilters", QT_TRANSLATE_NOOP("ErrorMessages", "The list request used an invalid filter. This is a bug in OnAir; the event log has the details.")},
    {"invalidPageToken", QT_TRANSLATE_NOOP("ErrorMessages", "The list page is no longer valid. Refresh the list.")},
    {"missingRequiredParameter", QT_TRANSLATE_NOOP("ErrorMessages", "The request lacks a required parameter. This is a bug in OnAir; the event log has the details.")},
    {"unexpectedParameter", QT_TRANSLATE_NOOP("ErrorMessages", "The request has a parameter YouTube does not accept. This is a bug in OnAir; the event log has the details.")},
    {"unknownPart", QT_TRANSLATE_NOOP("ErrorMessages", "The request asked for a part YouTube does not know. This is a bug in OnAir; the event log has the details.")},
    {"accountDelegationForbidden", QT_TRANSLATE_NOOP("ErrorMessages", "This Google account may not act for the selected channel. Sign in with the channel's owner or a manager.")},
    {"authenticatedUserAccountClosed", QT_TRANSLATE_NOOP("ErrorMessages", "The YouTube account you signed in with is closed. Sign in with another account.")},
    {"authenticatedUserAccountSuspended", QT_TRANSLATE_NOOP("ErrorMessages", "The YouTube account you signed in with is suspended. Sign in with another account.")},
    {"limitExceeded", QT_TRANSLATE_NOOP("ErrorMessages", "A YouTube limit for this account has been reached. Wait, or remove old items, then try again.")},
    {"notFound", QT_TRANSLATE_NOOP("ErrorMessages", "YouTube could not find the requested item. It may have been deleted; refresh the list.")},
    {"conflict", QT_TRANSLATE_NOOP("ErrorMessages", "The item was changed elsewhere at the same time. Refresh and try again.")},
    {"duplicate", QT_TRANSLATE_NOOP("ErrorMessages", "This item already exists. Refresh the list before creating it again.")},
    {"tooManyRequests", QT_TRANSLATE_NOOP("ErrorMessages", "Too many uploads in a short time. Wait a few minutes, then try again.")},
    {"uploadLimitExceeded", QT_TRANSLATE_NOOP("ErrorMessages", "This channel has reached YouTube's limit of uploads for now. Start the upload again tomorrow.")},

    // §2.1 and §4.2/§4.3 broadcast settings.
    {"enableMonitorStreamModificationNotAllowed", QT_TRANSLATE_NOOP("ErrorMessages", "The monitor stream can only be switched on or off before testing starts.")},
    {"enableDvrModificationNotAllowed", QT_TRANSLATE_NOOP("ErrorMessages", "DVR can only be changed before testing starts.")},
    {"recordFromStartModificationNotAllowed", QT_TRANSLATE_NOOP("ErrorMessages", "Recording can only be changed before testing starts.")},
    {"invalidEmbedSetting", QT_TRANSLATE_NOOP("ErrorMessages", "This channel cannot embed live broadcasts. Switch embedding off for this broadcast.")},
    {"enableAutoStartModificationNotAllowed", QT_TRANSLATE_NOOP("ErrorMessages", "Auto-start can only be changed before testing while the stream is not receiving data.")},
    {"enableAutoStopModificationNotAllowed", QT_TRANSLATE_NOOP("ErrorMessages", "Auto-stop can only be changed before testing starts.")},
    {"invalidAutoStart", QT_TRANSLATE_NOOP("ErrorMessages", "Auto-start cannot be used with this broadcast. Switch auto-start off.")},
    {"invalidAutoStop", QT_TRANSLATE_NOOP("ErrorMessages", "Auto-stop cannot be used with this broadcast. Switch auto-stop off.")},
    {"closedCaptionsTypeModificationNotAllowed", QT_TRANSLATE_NOOP("ErrorMessages", "Closed captions can only be changed before testing starts.")},
    {"enableClosedCaptionsModificationNotAllowed", QT_TRANSLATE_NOOP("ErrorMessages", "Closed captions can only be changed before testing starts.")},
    {"invalidEnableClosedCaptions", QT_TRANSLATE_NOOP("ErrorMessages", "The closed-caption settings contradict each other. Choose one caption type.")},
    {"invalidLatencyPreferenceOptions", QT_TRANSLATE_NOOP("ErrorMessages", "This latency does not fit the other settings (ultra-low latency rules out captions, 1440p and 4K). Choose another latency.")},
    {"invalidProjection", QT_TRANSLATE_NOOP("ErrorMessages", "This broadcast cannot use that projection. Choose rectangular.")},
    {"titleRequired", QT_TRANSLATE_NOOP("ErrorMessages", "A title is required. Enter one.")},
    {"scheduledStartTimeRequired", QT_TRANSLATE_NOOP("ErrorMessages", "A scheduled start time is required. Enter one.")},
    {"privacyStatusRequired", QT_TRANSLATE_NOOP("ErrorMessages", "A privacy setting is required. Choose public, unlisted or private.")},
    {"scheduledEndTimeRequired", QT_TRANSLATE_NOOP("ErrorMessages", "A scheduled end time is required. Enter one.")},
    {"invalidTitle", QT_TRANSLATE_NOOP("ErrorMessages", "The title is not valid (it must be 1 to 100 characters for a broadcast). Shorten or fill it in.")},
    {"invalidDescription", QT_TRANSLATE_NOOP("ErrorMessages", "The description is too long. Shorten it.")},
    {"invalidScheduledStartTime", QT_TRANSLATE_NOOP("ErrorMessages", "The scheduled start time must be in the future and not too far ahead. Pick another time.")},
    {"invalidScheduledEndTime", QT_TRANSLATE_NOOP("ErrorMessages", "The scheduled end time must be after the start time. Pick another time.")},
    {"invalidPrivacyStatus", QT_TRANSLATE_NOOP("ErrorMessages", "That privacy setting is not valid. Choose public, unlisted or private.")},
    {"insufficientLivePermissions", QT_TRANSLATE_NOOP("ErrorMessages", "This account may not manage live broadcasts. Check the channel's live streaming permissions.")},
    {"livePermissionBlocked", QT_TRANSLATE_NOOP("ErrorMessages", "Live streaming is blocked for this channel. See YouTube Studio for the reason.")},
    {"liveStreamingNotEnabled", QT_TRANSLATE_NOOP("ErrorMessages", "Live streaming is not enabled for this channel. Enable it in YouTube Studio (it can take 24 hours).")},
    {"userBroadcastsExceedLimit", QT_TRANSLATE_NOOP("ErrorMessages", "This channel has too many scheduled broadcasts. Delete some, then try again.")},
    {"enableMonitorStreamRequired", QT_TRANSLATE_NOOP("ErrorMessages", "The monitor stream setting is missing from the update. This is a bug in OnAir; the event log has the details.")},
    {"broadcastStreamDelayMsRequired", QT_TRANSLATE_NOOP("ErrorMessages", "The broadcast delay is missing from the update. This is a bug in OnAir; the event log has the details.")},

    // §3.1 and §4.4–§4.7 lifecycle, binding, deletion, cuepoints.
    {"idRequired", QT_TRANSLATE_NOOP("ErrorMessages", "No broadcast or stream was given. Select one and try again.")},
    {"statusRequired", QT_TRANSLATE_NOOP("ErrorMessages", "No target state was given for the transition. This is a bug in OnAir; the event log has the details.")},
    {"liveBroadcastNotFound", QT_TRANSLATE_NOOP("ErrorMessages", "The broadcast no longer exists on YouTube. Refresh the list and pick or create another.")},
    {"redundantTransition", QT_TRANSLATE_NOOP("ErrorMessages", "The broadcast is already in that state, or on its way there.")},
    {"invalidTransition", QT_TRANSLATE_NOOP("ErrorMessages", "The broadcast cannot move to that state from its current one. Refresh to see where it is.")},
    {"errorStreamInactive", QT_TRANSLATE_NOOP("ErrorMessages", "The stream is not receiving data. Start the encoder, wait until the stream shows active, then try again.")},
    {"errorExecutingTransition", QT_TRANSLATE_NOOP("ErrorMessages", "YouTube could not carry out the transition. Try again; if the broadcast stays stuck, use the recovery.")},
    {"liveBroadcastBindingNotAllowed", QT_TRANSLATE_NOOP("ErrorMessages", "A stream cannot be bound or unbound in the broadcast's current state.")},
    {"liveStreamNotFound", QT_TRANSLATE_NOOP("ErrorMessages", "The stream no longer exists on YouTube. Pick or create another.")},
    {"liveBroadcastDeletionNotAllowed", QT_TRANSLATE_NOOP("ErrorMessages", "The broadcast cannot be deleted in its current state. End it first.")},
    {"cueTypeRequired", QT_TRANSLATE_NOOP("ErrorMessages", "The ad break has no type. This is a bug in OnAir; the event log has the details.")},
    {"conflictingTimeFields", QT_TRANSLATE_NOOP("ErrorMessages", "An ad break can have an offset or a wall-clock time, not both. This is a bug in OnAir; the event log has the details.")},
    {"invalidInsertionOffsetTimeMs", QT_TRANSLATE_NOOP("ErrorMessages", "The ad break's offset is not valid (outside the window the broadcast delay allows). Fire it again closer to now.")},
    {"invalidWalltimeMs", QT_TRANSLATE_NOOP("ErrorMessages", "The ad break's time is not valid. Choose another time.")},

    // §6.3 streams.
    {"cdnRequired", QT_TRANSLATE_NOOP("ErrorMessages", "The stream's ingestion settings are missing. Choose an ingestion type, resolution and frame rate.")},
    {"ingestionTypeRequired", QT_TRANSLATE_NOOP("ErrorMessages", "The stream needs an ingestion type. Choose one (RTMP is the usual).")},
    {"frameRateRequired", QT_TRANSLATE_NOOP("ErrorMessages", "The stream needs a frame rate with its resolution. Choose one.")},
    {"resolutionRequired", QT_TRANSLATE_NOOP("ErrorMessages", "The stream needs a resolution with its frame rate. Choose one.")},
    {"invalidFormat", QT_TRANSLATE_NOOP("ErrorMessages", "The stream format field is no longer accepted. This is a bug in OnAir; the event log has the details.")},
    {"invalidFrameRate", QT_TRANSLATE_NOOP("ErrorMessages", "That frame rate is not valid for a stream. Choose 30fps, 60fps or variable.")},
    {"invalidIngestionType", QT_TRANSLATE_NOOP("ErrorMessages", "That ingestion type is not valid. Choose RTMP, DASH, WebRTC or HLS.")},
    {"invalidResolution", QT_TRANSLATE_NOOP("ErrorMessages", "That resolution is not valid for a stream. Choose another.")},
    {"liveStreamModificationNotAllowed", QT_TRANSLATE_NOOP("ErrorMessages", "This stream cannot be changed now (resolution, frame rate and ingestion type are fixed once created). Create a new stream instead.")},
    {"liveStreamDeletionNotAllowed", QT_TRANSLATE_NOOP("ErrorMessages", "The stream is bound to a broadcast that has not ended. End or unbind the broadcast first.")},

    // §7 videos and thumbnails.
    {"defaultLanguageNotSet", QT_TRANSLATE_NOOP("ErrorMessages", "A default language is needed for the localized titles. Set the video's language.")},
    {"invalidCategoryId", QT_TRANSLATE_NOOP("ErrorMessages", "That category does not exist. Choose another category.")},
    {"invalidDefaultBroadcastPrivacySetting", QT_TRANSLATE_NOOP("ErrorMessages", "That privacy setting is not allowed for this video. Choose another.")},
    {"invalidPublishAt", QT_TRANSLATE_NOOP("ErrorMessages", "The scheduled publishing time is not valid. Choose another time.")},
    {"invalidRecordingDetails", QT_TRANSLATE_NOOP("ErrorMessages", "The recording details are not valid. Check them.")},
    {"invalidTags", QT_TRANSLATE_NOOP("ErrorMessages", "The tags are not valid (too long in total, or with forbidden characters). Shorten them.")},
    {"invalidVideoMetadata", QT_TRANSLATE_NOOP("ErrorMessages", "The video's details are not valid. Check the title, description and tags.")},
    {"forbiddenEmbedSetting", QT_TRANSLATE_NOOP("ErrorMessages", "This video may not change its embedding setting. Leave it as it is.")},
    {"forbiddenLicenseSetting", QT_TRANSLATE_NOOP("ErrorMessages", "This video may not use that licence. Leave it as it is.")},
    {"forbiddenPrivacySetting", QT_TRANSLATE_NOOP("ErrorMessages", "This video may not use that privacy setting. Choose another.")},
    {"videoNotFound", QT_TRANSLATE_NOOP("ErrorMessages", "The video no longer exists on YouTube. Refresh the list.")},
    {"invalidImage", QT_TRANSLATE_NOOP("ErrorMessages", "YouTube could not use this image. Choose a JPEG or PNG within the size limit.")},
    {"mediaBodyRequired", QT_TRANSLATE_NOOP("ErrorMessages", "No image was sent. Choose an image and try again.")},
    {"uploadRateLimitExceeded", QT_TRANSLATE_NOOP("ErrorMessages", "Too many thumbnail uploads in a short time. Wait a few minutes, then try again.")},

    // §9 Google sign-in (authorization page, redirect and token endpoint).
    {"invalid_grant", QT_TRANSLATE_NOOP("ErrorMessages", "The sign-in has expired or was revoked. Sign in to the account again.")},
    {"invalid_client", QT_TRANSLATE_NOOP("ErrorMessages", "Google does not know this OAuth client, or its secret is wrong. Import the client_secret.json of a Desktop app again.")},
    {"unauthorized_client", QT_TRANSLATE_NOOP("ErrorMessages", "This OAuth client may not sign in this way. Use a client of type Desktop app.")},
    {"invalid_request", QT_TRANSLATE_NOOP("ErrorMessages", "Google rejected the sign-in request. Try again; if it persists, import the client_secret.json again.")},
    {"unsupported_grant_type", QT_TRANSLATE_NOOP("ErrorMessages", "Google rejected the sign-in request type. This is a bug in OnAir; the event log has the details.")},
    {"invalid_scope", QT_TRANSLATE_NOOP("ErrorMessages", "Google rejected the requested permissions. This is a bug in OnAir; the event log has the details.")},
    {"invalid_token", QT_TRANSLATE_NOOP("ErrorMessages", "The sign-in token is not valid any more. Sign in to the account again.")},
    {"browserUnavailable", QT_TRANSLATE_NOOP("ErrorMessages", "OnAir could not open the web browser for sign-in. Set a default browser, then try again.")},
    {"access_denied", QT_TRANSLATE_NOOP("ErrorMessages", "Sign-in was cancelled in the browser. Sign in again and allow access.")},
    {"admin_policy_enforced", QT_TRANSLATE_NOOP("ErrorMessages", "Your organisation's administrator does not allow this app. Ask them, or use another account.")},
    {"disallowed_useragent", QT_TRANSLATE_NOOP("ErrorMessages", "Google refused the browser used for sign-in. Sign in with your usual system browser.")},
    {"org_internal", QT_TRANSLATE_NOOP("ErrorMessages", "This OAuth client is limited to its own organisation. Use an account of that organisation, or another client.")},
    {"deleted_client", QT_TRANSLATE_NOOP("ErrorMessages", "This OAuth client was deleted. Create a Desktop app client and import its client_secret.json.")},
    {"redirect_uri_mismatch", QT_TRANSLATE_NOOP("ErrorMessages", "Google rejected the sign-in address. Make sure the OAuth client is of type Desktop app.")},
    {"NoLinkedYouTubeAccount", QT_TRANSLATE_NOOP("ErrorMessages", "This Google account has no YouTube channel. Create a channel or sign in with another account.")},
    // Content ID (YouTube Partner API, reference §10).
    {"contentOwnerNotProvided", QT_TRANSLATE_NOOP("ErrorMessages", "This account manages more than one Content ID owner. Choose the owner to act for, then try again.")},
    {"fingerprintingNotAllowed", QT_TRANSLATE_NOOP("ErrorMessages", "Content ID cannot make the reference yet: it needs the broadcast's recording (record from start) once it is processed, unless the owner is approved for live delivery. OnAir can create it after the show.")},
    {"serviceAccountNotAllowed", QT_TRANSLATE_NOOP("ErrorMessages", "Content ID does not accept a service account. Sign in with a Google account linked to the content owner.")},

    // OnAir's own reasons (no server answer, or a decision of the client).
    {"transportError", QT_TRANSLATE_NOOP("ErrorMessages", "OnAir could not reach YouTube. Check the network connection, then try again.")},
    {"timeout", QT_TRANSLATE_NOOP("ErrorMessages", "YouTube did not answer in time. Check the network connection, then try again.")},
    {"badResponse", QT_TRANSLATE_NOOP("ErrorMessages", "YouTube's answer could not be read. Try again; the event log has the details.")},
    {"signedOut", QT_TRANSLATE_NOOP("ErrorMessages", "The account is signed out. Sign in again to continue; nothing was lost.")},
    {"writeUnconfirmed", QT_TRANSLATE_NOOP("ErrorMessages", "The request reached YouTube but no answer came back, so OnAir cannot tell whether it took effect. Check the broadcast before trying again.")},
    {"cuepointNotSent", QT_TRANSLATE_NOOP("ErrorMessages", "The ad break was not sent: YouTube could not be reached in time and a later break would be misplaced. Press again if it is still wanted.")},
    {"notCreated", QT_TRANSLATE_NOOP("ErrorMessages", "YouTube did not create the item (the answer was lost and nothing matching exists). Try again.")},
    {"signInTimedOut", QT_TRANSLATE_NOOP("ErrorMessages", "Sign-in took too long in the browser. Start it again.")},
    {"stateMismatch", QT_TRANSLATE_NOOP("ErrorMessages", "The browser answered for another sign-in attempt. Start sign-in again.")},
    {"missingScope", QT_TRANSLATE_NOOP("ErrorMessages", "Access was granted without the YouTube permission OnAir needs. Sign in again and tick every box.")},
    {"invalidClientSecretFile", QT_TRANSLATE_NOOP("ErrorMessages", "This file is not a Google client_secret.json for a Desktop app. Download it again from the Google Cloud console.")},
};
// clang-format on

const Entry *find(const QString &reason)
{
    for (const Entry &e : kTable) {
        if (reason == QLatin1String(e.reason))
            return &e;
    }
    return nullptr;
}

QString translated(const char *text)
{
    return QCoreApplication::translate("ErrorMessages", text);
}

} // namespace

QString ErrorMessages::forReason(const QString &reason)
{
    const Entry *e = find(reason);
    return e ? translated(e->sentence) : QString();
}

QStringList ErrorMessages::knownReasons()
{
    QStringList out;
    out.reserve(static_cast<qsizetype>(std::size(kTable)));
    for (const Entry &e : kTable)
        out.append(QString::fromLatin1(e.reason));
    return out;
}

QString ErrorMessages::describe(const ApiError &error)
{
    if (error.kind == ApiError::Kind::SignedOut)
        return forReason(QStringLiteral("signedOut"));
    const QString known = forReason(error.reason);
    if (!known.isEmpty())
        return known;

    // Unknown reason: say what kind of failure it was, and keep the server's own words.
    QString what;
    const int s = error.httpStatus;
    if (s == 401)
        what = QCoreApplication::translate(
            "ErrorMessages", "YouTube did not accept the sign-in. Sign in to the account again.");
    else if (s == 403)
        what = QCoreApplication::translate("ErrorMessages", "YouTube refused the request.");
    else if (s == 404)
        what = QCoreApplication::translate("ErrorMessages",
                                           "YouTube could not find the item. Refresh the list.");
    else if (s == 429)
        what = QCoreApplication::translate(
            "ErrorMessages", "Too many requests in a short time. Wait a minute, then try again.");
    else if (s >= 500)
        what = QCoreApplication::translate(
            "ErrorMessages", "YouTube had a problem on its side. Try again in a moment.");
    else if (s >= 400)
        what = QCoreApplication::translate("ErrorMessages", "YouTube rejected the request.");
    else
        what = QCoreApplication::translate("ErrorMessages", "The request failed.");
    if (s > 0)
        what = QCoreApplication::translate("ErrorMessages", "HTTP %1: %2").arg(s).arg(what);
    if (!error.message.isEmpty())
        what +=
            QLatin1Char(' ') +
            QCoreApplication::translate("ErrorMessages", "YouTube said: \"%1\"").arg(error.message);
    if (!error.reason.isEmpty())
        what += QLatin1Char(' ') +
                QCoreApplication::translate("ErrorMessages", "(reason: %1)").arg(error.reason);
    return what;
}

} // namespace onair
