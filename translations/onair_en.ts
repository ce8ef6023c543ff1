<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BroadcastSession</name>
    <message>
        <source>No stream is bound yet: create or pick a stream and bind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream is not receiving data: start the encoder and wait for &quot;active&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing needs the monitor stream, which is off for this broadcast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A transition is already under way: wait for it to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broadcast is already in that state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YouTube does not allow that step from the current state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto start and auto stop can change only before the show starts (created or ready). With a test phase, leave them off and go live and end by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto start can change only while the stream is not receiving data: switch it before the encoder starts, or go live by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broadcast has ended: it cannot be tested or go live again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Content ID claim is not finished yet: wait for it (see the show rail).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Content ID claim failed: retry it or go on without a claim.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CtlCommand</name>
    <message>
        <source>Usage: onair ctl COMMAND
  break [SECONDS] [--at HH:MM[:SS] | --offset MS]  place an ad break
  status [--json]     the show&apos;s state
  test                start testing
  live | end | recover   arm it (when allowed in Settings → Remote control)
  confirm live|end|recover   carry out what was armed, within 5 s
  refresh             read the broadcast and the stream now
Exit codes: 0 done, 1 refused, 2 usage, 3 no OnAir running, 4 ignored (double press), 5 armed, 6 not allowed, 7 too many calls, 8 no answer from YouTube.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onair ctl: --at takes HH:MM or HH:MM:SS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onair ctl: --offset takes milliseconds (0 or more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onair ctl: &quot;%1&quot; is not a duration in seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onair ctl: a break is at a wall time or at an offset, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onair ctl: no OnAir is running (nothing answers on D-Bus as %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onair ctl: OnAir did not answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tally: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broadcast: %1 (%2), stream %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ad breaks: can be placed now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ad breaks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an ad break is running</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <source>The project&apos;s YouTube API quota for today is used up. Nothing more can be changed until it resets at midnight Pacific time; ask for a higher quota in the Google Cloud console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YouTube is receiving requests from OnAir too quickly. Wait a minute, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is sending requests too quickly. Wait a minute, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account sent too many requests in a short time. Wait a minute, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YouTube did not accept the sign-in. Sign in to the account again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in does not grant the access OnAir needs. Sign in again and allow managing your YouTube account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The YouTube Data API is not enabled for this OAuth client&apos;s project. Enable it in the Google Cloud console, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YouTube refused this action for this channel or in the broadcast&apos;s current state. Check the broadcast&apos;s state and the channel&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YouTube had a temporary internal problem. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YouTube had an internal error. Try again in a moment; if it persists, check the YouTube status page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YouTube is temporarily unavailable. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YouTube rejected the request as malformed. This is likely a bug in OnAir; the event log has the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YouTube rejected a value in the request. Check the settings you entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YouTube rejected a parameter of the request. This is likely a bug in OnAir; the event log has the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A required value is missing from the request. Fill in all required settings and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YouTube could not read the request. This is a bug in OnAir; the event log has the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload was sent to the wrong address. This is a bug in OnAir; the event log has the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large for YouTube. Choose a smaller file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request combined options YouTube does not allow together. This is a bug in OnAir; the event log has the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list request used an invalid filter. This is a bug in OnAir; the event log has the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list page is no longer valid. Refresh the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request lacks a required parameter. This is a bug in OnAir; the event log has the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request has a parameter YouTube does not accept. This is a bug in OnAir; the event log has the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request asked for a part YouTube does not know. This is a bug in OnAir; the event log has the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Google account may not act for the selected channel. Sign in with the channel&apos;s owner or a manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The YouTube account you signed in with is closed. Sign in with another account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The YouTube account you signed in with is suspended. Sign in with another account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A YouTube limit for this account has been reached. Wait, or remove old items, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YouTube could not find the requested item. It may have been deleted; refresh the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item was changed elsewhere at the same time. Refresh and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item already exists. Refresh the list before creating it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many uploads in a short time. Wait a few minutes, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The monitor stream can only be switched on or off before testing starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DVR can only be changed before testing starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording can only be changed before testing starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This channel cannot embed live broadcasts. Switch embedding off for this broadcast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-start can only be changed before testing while the stream is not receiving data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-stop can only be changed before testing starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-start cannot be used with this broadcast. Switch auto-start off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-stop cannot be used with this broadcast. Switch auto-stop off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed captions can only be changed before testing starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The closed-caption settings contradict each other. Choose one caption type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This latency does not fit the other settings (ultra-low latency rules out captions, 1440p and 4K). Choose another latency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This broadcast cannot use that projection. Choose rectangular.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A title is required. Enter one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scheduled start time is required. Enter one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A privacy setting is required. Choose public, unlisted or private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scheduled end time is required. Enter one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title is not valid (it must be 1 to 100 characters for a broadcast). Shorten or fill it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description is too long. Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheduled start time must be in the future and not too far ahead. Pick another time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheduled end time must be after the start time. Pick another time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That privacy setting is not valid. Choose public, unlisted or private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account may not manage live broadcasts. Check the channel&apos;s live streaming permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live streaming is blocked for this channel. See YouTube Studio for the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live streaming is not enabled for this channel. Enable it in YouTube Studio (it can take 24 hours).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This channel has too many scheduled broadcasts. Delete some, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The monitor stream setting is missing from the update. This is a bug in OnAir; the event log has the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broadcast delay is missing from the update. This is a bug in OnAir; the event log has the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No broadcast or stream was given. Select one and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No target state was given for the transition. This is a bug in OnAir; the event log has the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broadcast no longer exists on YouTube. Refresh the list and pick or create another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broadcast is already in that state, or on its way there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broadcast cannot move to that state from its current one. Refresh to see where it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream is not receiving data. Start the encoder, wait until the stream shows active, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YouTube could not carry out the transition. Try again; if the broadcast stays stuck, use the recovery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stream cannot be bound or unbound in the broadcast&apos;s current state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream no longer exists on YouTube. Pick or create another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broadcast cannot be deleted in its current state. End it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ad break has no type. This is a bug in OnAir; the event log has the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ad break can have an offset or a wall-clock time, not both. This is a bug in OnAir; the event log has the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ad break&apos;s offset is not valid (outside the window the broadcast delay allows). Fire it again closer to now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ad break&apos;s time is not valid. Choose another time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream&apos;s ingestion settings are missing. Choose an ingestion type, resolution and frame rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream needs an ingestion type. Choose one (RTMP is the usual).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream needs a frame rate with its resolution. Choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream needs a resolution with its frame rate. Choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream format field is no longer accepted. This is a bug in OnAir; the event log has the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That frame rate is not valid for a stream. Choose 30fps, 60fps or variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That ingestion type is not valid. Choose RTMP, DASH, WebRTC or HLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That resolution is not valid for a stream. Choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This stream cannot be changed now (resolution, frame rate and ingestion type are fixed once created). Create a new stream instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream is bound to a broadcast that has not ended. End or unbind the broadcast first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A default language is needed for the localized titles. Set the video&apos;s language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That category does not exist. Choose another category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That privacy setting is not allowed for this video. Choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheduled publishing time is not valid. Choose another time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording details are not valid. Check them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tags are not valid (too long in total, or with forbidden characters). Shorten them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video&apos;s details are not valid. Check the title, description and tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This video may not change its embedding setting. Leave it as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This video may not use that licence. Leave it as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This video may not use that privacy setting. Choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video no longer exists on YouTube. Refresh the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YouTube could not use this image. Choose a JPEG or PNG within the size limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No image was sent. Choose an image and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many thumbnail uploads in a short time. Wait a few minutes, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in has expired or was revoked. Sign in to the account again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google does not know this OAuth client, or its secret is wrong. Import the client_secret.json of a Desktop app again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This OAuth client may not sign in this way. Use a client of type Desktop app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google rejected the sign-in request. Try again; if it persists, import the client_secret.json again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google rejected the sign-in request type. This is a bug in OnAir; the event log has the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google rejected the requested permissions. This is a bug in OnAir; the event log has the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in token is not valid any more. Sign in to the account again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OnAir could not open the web browser for sign-in. Set a default browser, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in was cancelled in the browser. Sign in again and allow access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation&apos;s administrator does not allow this app. Ask them, or use another account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google refused the browser used for sign-in. Sign in with your usual system browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This OAuth client is limited to its own organisation. Use an account of that organisation, or another client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This OAuth client was deleted. Create a Desktop app client and import its client_secret.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google rejected the sign-in address. Make sure the OAuth client is of type Desktop app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Google account has no YouTube channel. Create a channel or sign in with another account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OnAir could not reach YouTube. Check the network connection, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YouTube did not answer in time. Check the network connection, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YouTube&apos;s answer could not be read. Try again; the event log has the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is signed out. Sign in again to continue; nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request reached YouTube but no answer came back, so OnAir cannot tell whether it took effect. Check the broadcast before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YouTube did not create the item (the answer was lost and nothing matching exists). Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in took too long in the browser. Start it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser answered for another sign-in attempt. Start sign-in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access was granted without the YouTube permission OnAir needs. Sign in again and tick every box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a Google client_secret.json for a Desktop app. Download it again from the Google Cloud console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YouTube refused the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YouTube could not find the item. Refresh the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests in a short time. Wait a minute, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YouTube had a problem on its side. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YouTube rejected the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YouTube said: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(reason: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ad break was not sent: YouTube could not be reached in time and a later break would be misplaced. Press again if it is still wanted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This channel has reached YouTube&apos;s limit of uploads for now. Start the upload again tomorrow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account manages more than one Content ID owner. Choose the owner to act for, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content ID cannot make the reference yet: it needs the broadcast&apos;s recording (record from start) once it is processed, unless the owner is approved for live delivery. OnAir can create it after the show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content ID does not accept a service account. Sign in with a Google account linked to the content owner.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeadlessCommand</name>
    <message>
        <source>Runs the announcement queue with no window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run with no window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The announcement queue&apos;s database (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave once nothing is pending or being sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a post at most this many minutes late (default 15); later ones are held for the operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue row %1 cannot be read and is left as it is: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running the announcement queue %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the sandbox&apos;s uploads, use a running sandbox, given its ready line (JSON).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeadlessUploads</name>
    <message>
        <source>--sandbox-ready: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The uploads of %1 wait: the account is signed out; sign in from OnAir&apos;s window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upload %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upload %1: %2%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxAccount</name>
    <message>
        <source>Cannot sign in to the sandbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShowStages</name>
    <message>
        <source>No Content ID owner for this channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available in this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announcements</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThumbnailReader</name>
    <message>
        <source>Cannot read the thumbnail %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The thumbnail %1 is larger than %2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A control room for YouTube Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehearse against a local sandbox started by OnAir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a running sandbox, given its ready line (JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this broadcast (its id) once signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The YouTube API root for Google accounts (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onair::ActionOrigins</name>
    <message>
        <source>D-Bus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onair ctl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onair::AnnouncementPublisher</name>
    <message>
        <source>The account of this post no longer exists; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token is stored for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted by Telegram; the message id is not known yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited message %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted as message %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from Telegram (%1): the post may be in the channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telegram refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram did not make the post&apos;s container: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container %1 made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container&apos;s status could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Instagram was still processing the image after %n check(s); nothing was published.</source>
        <translation>
            <numerusform>Instagram was still processing the image after %n check; nothing was published.</numerusform>
            <numerusform>Instagram was still processing the image after %n checks; nothing was published.</numerusform>
        </translation>
    </message>
    <message>
        <source>Instagram could not use the container (%1); a new one will be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram&apos;s publishing limit (%1 in 24 h) is reached; the post waits for the window to move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published as media %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram did not publish: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container was already published (media %1); not published again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container was already published; not published again (its media id could not be told).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt %1 of %2 failed; next attempt at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent again by itself: look at the channel, then choose &quot;It&apos;s there&quot; or &quot;Send again&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held: the account&apos;s token was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not executed (flood control): waiting %1 s, not counted as an attempt (wait %2 of at most %3 in a row); next attempt at %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n flood wait(s) in a row: this one counts as an attempt.</source>
        <translation>
            <numerusform>%n flood wait in a row: this one counts as an attempt.</numerusform>
            <numerusform>%n flood waits in a row: this one counts as an attempt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The container could not be written to the queue before publishing, so nothing was published: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onair::AnnouncementQueueModel</name>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to retry (attempt %1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ UNCONFIRMED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ LATE, held</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onair::AnnouncementScheduler</name>
    <message>
        <source>Held: it was due at %1 and OnAir was not running then. Send it now or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onair::AnnouncementSpec</name>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an account id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an ISO 8601 date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number of minutes up to a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the trigger of an earlier post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at, beforeStart, live, complete, recordingProcessed, uploadProcessed or uploadPublished, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onair::AnnouncementStore</name>
    <message>
        <source>The announcement queue %1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an announcement queue; it was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer OnAir; it was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown platform &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the post is not a JSON object (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pending post without a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OnAir stopped while this post was being sent: it may be in the channel. Look, then choose &quot;It&apos;s there&quot; or &quot;Send again&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OnAir stopped while this post was being sent: the container&apos;s status will say whether it went out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onair::Announcements</name>
    <message>
        <source>The announcement queue is run by another OnAir (process %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by the operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retried by the operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator saw the post in the channel (&quot;It&apos;s there&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator found no post and asked to send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent late at the operator&apos;s word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A due post could not be marked as being sent, so it was not sent; OnAir tries again in a few seconds: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited by the operator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onair::AppController</name>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for consent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reattach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a desktop-app client_secret.json: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the browser for Google&apos;s consent page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Google account yet: rehearsing on the local sandbox. Account → Add Google account… signs in with your client_secret.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox is still starting; OnAir signs in by itself once it is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account to sign in to: Account → Add Google account… first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switched to %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out of %1: access revoked, no secret kept. Add the account again with its client_secret.json to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox is not an account to remove: start OnAir with a Google account instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announcements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The headless runner stopped: this window now runs the announcement queue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onair::BreakController</name>
    <message>
        <source>No broadcast: create or open one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broadcast has ended: ad breaks can no longer be placed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad breaks can be placed only while the broadcast is live (it is %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad break %1 placed (%2 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from YouTube: the ad break may or may not have been placed. It is not sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YouTube refused the ad break: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream&apos;s status is not known yet: ad breaks can be placed once it reads active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream is %1: YouTube places ad breaks only while the stream is active. Check the encoder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was pressed more than %1 s ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ad break was not sent: %1 Press again if it is still wanted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second ad break (%1 s) was declined: the running one had %2 s left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second press within %1 s of the last break sent nothing (a double press).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onair::BroadcastSession</name>
    <message>
        <source>Lifecycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read broadcast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broadcast %1 no longer exists at YouTube (deleted elsewhere?), so OnAir stops reading it. The stream is kept: create a new broadcast or open an upcoming one, and bind it to this stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recovering: the broadcast is %1, not stuck in testStarting or liveStarting for over %2 s. Recovery deletes the broadcast and is only for a stuck transition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recovering: there is no broadcast.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onair::CuepointLogModel</name>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wall time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unconfirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>player</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset / time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cuepoint id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed from</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onair::CuepointOffset</name>
    <message>
        <source>The monitor stream&apos;s elapsed time is not known yet: neither the player nor the session clock gives one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broadcast has no delay: place the break now or at a wall time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A delay of %1 is too short for offsets: it must be longer than %2 (a 5 s margin on each side).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The monitor stream has run for only %1: offsets become possible after %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is negative: an offset counts from the start of the monitor stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is before the window start %2: that part has already been shown publicly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is before the window start %2: it is within %3 of what the public stream is showing now, where YouTube cannot place a break reliably.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is after the window end %2: the monitor stream has not shown that part yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is after the window end %2: it is within %3 of the monitor stream&apos;s live edge, where YouTube cannot place a break reliably.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onair::EventLog</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onair::FileIdentity</name>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed since the upload started (it was %2 bytes, it is %3 now): resuming would mix two files in one video. Start the upload again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed since the upload started (it was modified on %2): resuming would mix two files in one video. Start the upload again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file&apos;s identity is incomplete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onair::HttpApiServer</name>
    <message>
        <source>The HTTP API could not listen on %1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests: try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Host is not OnAir&apos;s address: refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A valid bearer token is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token is set: generate one in OnAir&apos;s Settings → Remote control.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method not allowed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body must be JSON (Content-Type: application/json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such resource.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected {&quot;seconds&quot;: 1…%1} with at most one of &quot;offsetMs&quot; or &quot;at&quot; (epoch ms).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onair::InstagramAccountCheck</name>
    <message>
        <source>Instagram refused the token (expired or revoked): make a new long-lived token and paste it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram could not be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram did not say which account the token belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onair::InstagramClient</name>
    <message>
        <source>No access token is stored for this Instagram account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onair::LocalSandbox</name>
    <message>
        <source>The sandbox did not start within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onair-sandbox was not found next to onair or on PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox answered oddly: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox exited (code %1) before it was ready: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onair::LoopbackListener</name>
    <message>
        <source>Bad request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OnAir could not read this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This answer does not belong to the sign-in OnAir is waiting for. Start sign-in again from OnAir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OnAir received the sign-in. You can close this tab and go back to OnAir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google did not grant access (%1). Go back to OnAir to try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onair::OwnerPolicies</name>
    <message>
        <source>This account has not allowed Content ID (Account → Allow Content ID…), so there are no saved policies to choose from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This channel is not linked to a Content ID owner, so it has no saved policies.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onair::PostTemplate</name>
    <message>
        <source>The broadcast has no thumbnail to send with the post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) too long for Telegram.</source>
        <translation>
            <numerusform>%n character too long for Telegram.</numerusform>
            <numerusform>%n characters too long for Telegram.</numerusform>
        </translation>
    </message>
    <message>
        <source>Instagram needs an image: the broadcast has no public thumbnail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) too long for Instagram.</source>
        <translation>
            <numerusform>%n character too long for Instagram.</numerusform>
            <numerusform>%n characters too long for Instagram.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hashtag(s) over Instagram&apos;s 30.</source>
        <translation>
            <numerusform>%n hashtag over Instagram&apos;s 30.</numerusform>
            <numerusform>%n hashtags over Instagram&apos;s 30.</numerusform>
        </translation>
    </message>
    <message>
        <source>An &quot;&amp;&quot; that starts no entity: write &amp;amp; for the sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &quot;&gt;&quot; outside a tag: write &amp;gt; for the sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &quot;&lt;&quot; that starts no tag: write &amp;lt; for the sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telegram refuses the tag &lt;%1&gt;: write &amp;lt;%1&amp;gt; to show it as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end tag &lt;/%1&gt; closes no open &lt;%1&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag &lt;%1&gt; is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onair::PresetLauncher</name>
    <message>
        <source>A broadcast is already being created from a preset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; cannot be sent: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create from preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; → &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onair::RemoteCommands</name>
    <message>
        <source>Ad break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ad break lasts at most %1 s; %2 s was asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An offset cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many calls: try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored: a second press within %1 s of the last ad break is taken as a double press.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not placed: an ad break is still running (about %1 s left). From outside the window a second break is refused; place it in OnAir if it is wanted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ad break&apos;s record is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad break %1 placed (%2 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent: the broadcast is on its way to testing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to recover: recovery is only for a broadcast stuck in testStarting or liveStarting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go live, end and recover are off from outside the window: the operator can allow them in Settings → Remote control.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Armed: confirm within %1 s to carry it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only live, end and recover are confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not armed: arm it first, then confirm within %1 s from the same place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed and sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the broadcast and the stream now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onair::RightsFlow</name>
    <message>
        <source>Content ID owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This broadcast does not record from the start: Content ID can claim it, but cannot make a reference from it. Turn on &quot;Record from start&quot; before the show to get a reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Going on without a Content ID claim for this show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Going on without a Content ID reference for this show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved Content ID record cannot be read (%1); this show&apos;s rights are not followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed: the reference follows once the recording is processed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed, with a live reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This channel is not linked to a Content ID owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content ID owner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset %1 (found: it had been created before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset %1: &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ownership: worldwide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ownership: in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ownership: everywhere but %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the owner has no saved policy named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy &quot;%1&quot; saved (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match policy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1 (found: it had been made before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1 on broadcast %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad settings: no ads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference %1 (found: it had been made before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This content owner is not approved for live delivery: the reference will be made from the recording after the show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference %1 is active: Content ID now finds re-uploads of this show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference %1 is inactive (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed before OnAir was restarted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan names the content owner %1, which this account does not manage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This account manages %n Content ID owners and the plan names none: pick the one this show is claimed for.</source>
        <translation>
            <numerusform>This account manages %n Content ID owner and the plan names none: pick the one this show is claimed for.</numerusform>
            <numerusform>This account manages %n Content ID owners and the plan names none: pick the one this show is claimed for.</numerusform>
        </translation>
    </message>
    <message>
        <source>no content owner was picked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onair::SandboxBrowser</name>
    <message>
        <source>The sandbox did not redirect to OnAir.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onair::SandboxMode</name>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test encoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ffmpeg publishes a test pattern and tone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the local sandbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ffmpeg was still publishing from before the restart (process %1): it is shown as running and stops with the button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind a stream first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found the sandbox still running from before the restart (process %1) at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onair::SecretStore</name>
    <message>
        <source>No keychain is available (is a Secret Service such as GNOME Keyring or KWallet running?): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onair::SessionKeeper</name>
    <message>
        <source>Reattach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved show (broadcast %1) belongs to %2, but %3 is signed in: it is not reattached. Sign in as %2 to pick it up again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back on &quot;%1&quot; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onair::SetUpOperation</name>
    <message>
        <source>Auto start/stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create broadcast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created &quot;%1&quot; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set category and tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set thumbnail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thumbnail uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open broadcast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream unbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bound to stream %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created stream &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unbound stream %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted stream %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete old stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto start %1, auto stop %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit title and privacy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onair::ShowAnnouncements</name>
    <message>
        <source>This show was not made from a preset: there is none to save its posts in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The posts were not saved in the preset: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onair::ShowBusService</name>
    <message>
        <source>No D-Bus session bus: D-Bus and onair ctl are off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not put the show on D-Bus: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another OnAir already answers on D-Bus (%1): this one stays off the bus.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onair::ShowRights</name>
    <message>
        <source>The preset &quot;%1&quot; has a Content ID plan, but this account has not allowed Content ID (Account → Allow Content ID…): the show is not claimed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onair::StuckRecovery</name>
    <message>
        <source>Recover stuck broadcast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting %1 and creating it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broadcast %1 was deleted, but YouTube did not create the new one. Create a new broadcast (Set-up) and bind it to stream %2, which is kept; then start the test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New broadcast %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not testing again by itself: the stream was not active within %1 minutes. Start the test once the encoder sends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not testing again by itself: you took over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bound to the same stream; testing again once it is active</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onair::TelegramAccountCheck</name>
    <message>
        <source>Telegram refused the bot token: paste it again from @BotFather.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telegram could not be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chat %1 was not found, or the bot cannot see it (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bot&apos;s rights in the chat could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bot is an administrator of the channel but may not post: allow it &quot;Post messages&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bot must be an administrator of the channel that may post messages.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onair::TelegramClient</name>
    <message>
        <source>No bot token is stored for this account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onair::TestEncoder</name>
    <message>
        <source>ffmpeg stopped (code %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start ffmpeg: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ffmpeg is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream has no usable stream key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ffmpeg stopped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onair::TransitionDriver</name>
    <message>
        <source>Start test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End broadcast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: asking YouTube…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: YouTube reports %2 (%3 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YouTube has been in %1 for over %2 s. Recover: delete the broadcast, create a new one with the same settings and test again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onair::UploadCommand</name>
    <message>
        <source>Interrupted; run the same command again to resume the upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploads a video file to YouTube with a resumable upload; running it again resumes a saved upload of the same file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video&apos;s title (1–100 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description (at most 5000 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The YouTube category id (default 22).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private (default), unlisted or public.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish at this time (ISO 8601, local time unless it says otherwise); the video stays private until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video is made for kids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not notify the channel&apos;s subscribers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Google account (its id in the Account menu); without it, the local sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a running sandbox, given its ready line (JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The YouTube API root for Google accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget a saved upload of this file and start from byte 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chunk size in MiB (default 32; rounded to 256 KiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which file: onair upload FILE --title TEXT (--help for more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--publish-at: %1 is not a time like 2026-12-31T18:00 or 2026-12-31T18:00:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--chunk-mib: a number from 0.25 to 1024.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is signed out: sign in from OnAir&apos;s window, then run this again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account %1: add it in OnAir&apos;s window (Account → Add Google account…) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sandbox-ready: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was already uploaded as video %2; --restart uploads it once more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the same command with --restart to upload it from the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming the saved upload of %1 (%2 of %3 MiB confirmed when it stopped).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time left unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 MiB (%3%), %4 MiB/s, %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account&apos;s uploads are run by another OnAir (process %1); run this again once it is done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onair::UploadMetadata</name>
    <message>
        <source>The title is empty: give the video a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title has %1 characters; YouTube takes at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title contains &lt; or &gt;, which YouTube refuses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description has %1 bytes; YouTube takes at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tags have %1 characters in all; YouTube takes at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The privacy must be private, unlisted or public.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scheduled publication needs the video private until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The publication time is in the past: choose a time to come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The license must be youtube or creativeCommon.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onair::UploadQueue</name>
    <message>
        <source>%1 is empty: there is nothing to upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 queued for upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed: it is uploaded again from the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thumbnail set on video %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YouTube processed video %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YouTube did not process video %1 (%2). Open it in YouTube Studio to see why, then upload it again if needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video %1 is public.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OnAir that ran these uploads stopped: they are run here now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These uploads are run by another OnAir (process %1, e.g. onair --headless): they are shown here as it sends them. To change them, stop it: they are run here within seconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onair::UploadRecord</name>
    <message>
        <source>an upload without an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upload %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upload %1: its offset or state is unreadable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onair::UploadStore</name>
    <message>
        <source>Cannot read the saved uploads (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved uploads could not be read and were kept as %1; the queue starts empty. Add the files again to upload them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved upload could not be read (%1); it is kept in %2 and the others go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the uploads to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onair::VideoUpload</name>
    <message>
        <source>%1 is empty: there is nothing to upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved upload session is unusable (%1); starting a new one from byte 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking YouTube how much of %1 it already has…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload paused at %1 of %2 bytes; YouTube keeps what it has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload of %1 cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YouTube opened the upload without a usable session address (%1). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload session opened for %1 (%2 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YouTube answered the upload with an unreadable range (%1). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YouTube has %1 of %2 bytes; going on from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload session of %1 expired on YouTube&apos;s side; starting a new session from byte 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload stopped: %1. Start it again to resume where YouTube stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload interrupted (%1); asking YouTube what it has in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YouTube finished the upload but its answer could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no video id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploaded %1: video %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onair::YouTubeClient</name>
    <message>
        <source>The API root %1 is not an absolute URL with a host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API root %1 must not carry a user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API root %1 uses plain http on a host that is not this computer: the access token would travel unencrypted. Use https, or http on 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API root %1 must use https (or http on 127.0.0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YouTube could not be reached within %1 s, and a later ad break would be misplaced.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onair::ui::AccountsMenu</name>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out of this account? Its access is revoked at Google and its secrets leave the keychain; using it again means adding it with its client_secret.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this account from OnAir? A broadcast goes on at YouTube, but OnAir no longer controls it from this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow &amp;Content ID…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow Content ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim your shows with Content ID and make references from their recordings? OnAir signs in again and asks Google for the Content ID (YouTube Partner) permission; sign in with an account linked to your content owner.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onair::ui::AccountsPane</name>
    <message>
        <source>Chec&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telegram bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram professional account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you call it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@channel or -100…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token EXPIRED on %1: paste a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Token expires on %1 (in %n day(s)): refresh it now</source>
        <translation>
            <numerusform>Token expires on %1 (in %n day): refresh it now</numerusform>
            <numerusform>Token expires on %1 (in %n days): refresh it now</numerusform>
        </translation>
    </message>
    <message>
        <source>Token expires on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telegram: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account yet: add a Telegram bot or an Instagram account below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>123456:ABC… from @BotFather</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long-lived token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the token first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the channel: its @username or its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bot @%1 may post to &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token works for @%1 (account %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox Instagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in from the sandbox: press Check, then Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the sandbox&apos;s bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the sandbox&apos;s Instagram account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onair::ui::AdBreakPanel</name>
    <message>
        <source>Custom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At a wall time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At an offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The break starts as soon as YouTube can place it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at (local time):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place the ad break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad break now, %1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another ad break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ad break is still running (about %1 s left). Place another one?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live: ad breaks can be placed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the monitor player (getCurrentTime)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session clock (the player gives no time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown: the monitor stream has not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, elapsed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, drift to the session clock %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (large: check the monitor player)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1, %2] (delay %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inside the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the cuepoint log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cuepoint log exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad break placed (%1 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad break running: %1 left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onair::ui::AdBreakShortcuts</name>
    <message>
        <source>Ad break now (%1 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad break now, preset %1 (%2 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad break at the chosen offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad break at the chosen wall time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onair::ui::AnnouncementsPanel</name>
    <message>
        <source>&amp;Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acc&amp;ounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the sandbox received…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onair::ui::BroadcastForm</name>
    <message>
        <source>1–100 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People &amp; Blogs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entertainment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Music</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>News &amp; Politics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Science &amp; Technology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Film &amp; Animation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Howto &amp; Style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nonprofits &amp; Activism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made for kids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ultra-low latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DVR (viewers can rewind)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record from start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitor stream (needed for testing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broadcastStreamDelayMs: a delay over 10 s allows ad breaks at an offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No closed captions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captions over HTTP POST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captions embedded in the video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embeddable on other sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectangular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>360°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;jection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JPEG or PNG, optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thumbnail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the broadcast a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description is longer than 5000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheduled end must be after the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ultra-low latency does not allow closed captions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The thumbnail %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pri&amp;vacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled sta&amp;rt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled e&amp;nd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categ&amp;ory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broadcast dela&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed captions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thumbna&amp;il</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onair::ui::BroadcastTab</name>
    <message>
        <source>Create broadcast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create broadcast</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onair::ui::ComposerPane</name>
    <message numerus="yes">
        <source>%1 of %2 characters, %n left</source>
        <translation>
            <numerusform>%1 of %2 characters, %n left</numerusform>
            <numerusform>%1 of %2 characters, %n left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 characters: %n too many</source>
        <translation>
            <numerusform>%1 of %2 characters: %n too many</numerusform>
            <numerusform>%1 of %2 characters: %n too many</numerusform>
        </translation>
    </message>
    <message>
        <source>Your show&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The show&apos;s description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ Watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the show&apos;s thumbnail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sche&amp;dule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes before the scheduled start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the broadcast is live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the broadcast is complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the recording is processed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt; starts {start}: {url}  — fields: {title} {url} {start} {description} {thumbnail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telegram will get</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram will get</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telegram: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[photo: %1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1] button → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no image)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 hashtags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick at least one account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the post&apos;s text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This post is no longer waiting: it was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the show&apos;s posts in its preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The posts that wait for the show&apos;s events go into the preset the show was made from, for its next show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The show&apos;s posts were saved in its preset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the uploaded recording is processed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the uploaded recording is published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No broadcast is open: a timed post cannot use the show&apos;s fields, its Watch button or its thumbnail yet. Open or create the broadcast first, or write the post without them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onair::ui::MainWindow</name>
    <message>
        <source>Set-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Broadcast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go live (asks first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End broadcast (asks first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover a stuck broadcast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read broadcast and stream now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the broadcast form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the event log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start or stop the test encoder (sandbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The monitor stream starts with testing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The monitor stream is off for this broadcast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The monitor player was refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shortcuts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create broadcast from the selected preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Google account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google OAuth client (desktop app)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client_secret JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark control-room theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Uploads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remote control…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strea&amp;m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uploading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — uploading %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Go on without a Content ID claim for this show? Cancel tries the step again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the announcements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>owner name (id)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content ID owner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onair::ui::MonitorView</name>
    <message>
        <source>No monitor stream yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onair::ui::PolicyChoiceEditor</name>
    <message>
        <source>A saved policy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new policy named:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monetize (run ads)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track (statistics only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audiovisual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches of at least:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covering at least:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (as the plan names it)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onair::ui::PresetPanel</name>
    <message>
        <source>Presets (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New from current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit in forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save forms to preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broadcast %1 created from the preset (number %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the broadcast from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not loaded (left as they are):
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create or open a broadcast with its stream first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the preset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in the broadcast and stream forms: change them, then &quot;Save forms to preset&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicated as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a preset first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the broadcast from %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create broadcast from preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content ID…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the Content ID plan of %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onair::ui::QueuePane</name>
    <message>
        <source>It&apos;s the&amp;re</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a&amp;gain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send no&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retr&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edi&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel post…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected post&apos;s log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You saw the post in the channel: mark it published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You found no post: send it again (asks first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OnAir does not know whether this post went out. Sending it again may post it twice. Did you look in the channel and find no post?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel this post? It will not be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 cannot be read (%2); it is left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) may or may not have gone out. Look in the channel, then choose &quot;It&apos;s there&quot; or &quot;Send again&quot;.</source>
        <translation>
            <numerusform>%n post may or may not have gone out. Look in the channel, then choose &quot;It&apos;s there&quot; or &quot;Send again&quot;.</numerusform>
            <numerusform>%n posts may or may not have gone out. Look in the channel, then choose &quot;It&apos;s there&quot; or &quot;Send again&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) were due while OnAir was closed and are held: send now or cancel.</source>
        <translation>
            <numerusform>%n post was due while OnAir was closed and is held: send now or cancel.</numerusform>
            <numerusform>%n posts were due while OnAir was closed and are held: send now or cancel.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>onair::ui::RemoteSettingsDialog</name>
    <message>
        <source>Remote control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D-Bus and onair ctl: on. Bind a desktop shortcut to &quot;onair ctl break 60&quot; to place a break while another program has the focus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow go live, end and recover from outside the window (each needs an arm, then a confirmation within 5 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP and WebSocket API (stream decks, tally lights)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable the HTTP API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: other computers on the network can reach this address. Anyone there with the token can place ad breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate a new token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy it now: it is not shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set (kept in the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: requests are refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening on http://%1:%2/v1/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onair::ui::RightsPlanDialog</name>
    <message>
        <source>Content ID plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;laim this show with Content ID before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unticked, the show is not claimed: no asset, claim or reference is made, and the preset keeps no plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset (a web asset for this show)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustom id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields: %1 (the preset&apos;s number for the next show).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worldwide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only in these countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everywhere except these countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owned:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO 3166 codes, e.g. DE, AT, CH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countr&amp;ies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match policy (what YouTube does with copies it finds):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claim of the show uses the match &amp;policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audiovisual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed content:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ads on the show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-roll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mid-roll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-roll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds from the start, e.g. 600, 1200</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mid-roll ti&amp;mes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent as third-party ads with these break positions, the only ad format the API takes today; mid-roll is what lets the show&apos;s ad breaks run ads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference (so that YouTube finds re-uploads)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;After the show, from its processed recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content owner is approved for Live Content ID &amp;delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Before the show (live delivery)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reference before the show is only for owners YouTube approved for live delivery: others are refused, and OnAir then makes it after the show. Making it turns the broadcast&apos;s recording on for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This preset&apos;s broadcast does not record from the start, and a reference needs the recording: turn &quot;Record from start&quot; on (Edit in forms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title &quot;%1&quot;, custom id &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown fields (left as written): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content ID is not available here: describe a new policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the owner&apos;s saved policies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n saved policies of %1.</source>
        <translation>
            <numerusform>%n saved policy of %1.</numerusform>
            <numerusform>%n saved policies of %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The saved policies could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a saved match policy, or describe a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the claim&apos;s saved policy, or describe a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mid-roll times: &quot;%1&quot; is not a whole number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onair::ui::SandboxPostsWindow</name>
    <message>
        <source>What the sandbox received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onair::ui::ShortcutSettingsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the default shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is used by %2: give each action its own shortcut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This shortcut is also used by another action.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onair::ui::ShowRail</name>
    <message>
        <source>After the show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing more to do for this show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: create or open a broadcast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1 (not yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The show is over. After the show (not available here): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This channel is not linked to a Content ID owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator went on without a claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1 on asset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broadcast does not record from the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onair::ui::ShowTab</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto start when the stream becomes active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto stop when the stream stops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only before the show starts; auto start only while the stream receives nothing. With a test phase, leave both off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update &amp;title, description and privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appl&amp;y auto start/stop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onair::ui::SignInPrompt</name>
    <message>
        <source>Sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out: %1 The broadcast goes on at YouTube; sign in again to control it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onair::ui::StatusPanel</name>
    <message>
        <source>Monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v / %m units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OFF AIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>READY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TESTING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENDED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No broadcast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SANDBOX — rehearsal against the local emulator; nothing reaches YouTube</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YouTube — actions reach the real channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 units/hour spent recently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v / %m uploads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NO SIGNAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AD BREAK %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onair::ui::StreamForm</name>
    <message>
        <source>Main encoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ingestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Frame rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reusable for later broadcasts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the stream a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onair::ui::StreamPanel</name>
    <message>
        <source>Ingest stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stream bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingestion URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ingestion URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stream key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, %3 %4, %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reusable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>single use</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onair::ui::StreamTab</name>
    <message>
        <source>Replace bound stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unbind and delete the current stream, create this one and bind it (for a misconfigured stream)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or bind an existing reusable stream:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the %1 to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unbind and delete the bound stream, then create and bind a new one? The encoder must switch to the new stream key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create and bind</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onair::ui::TransportBar</name>
    <message>
        <source>Start test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go live…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End broadcast…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover stuck broadcast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover the broadcast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the stuck broadcast, create a new one with the same settings, bind it to the same stream and test again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the broadcast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the broadcast now? This cannot be undone: a completed broadcast cannot go live again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the test encoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the test encoder? The stream stops, and a show that is testing or live goes off the air.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a broadcast or open an upcoming one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start test &amp;encoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go live now? The broadcast becomes public: anyone can find and watch it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go live now? The broadcast is unlisted: anyone with the link can watch it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go live now? The broadcast is private: only the viewers you invited can watch it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go live now? The broadcast&apos;s privacy (%1) is not known to OnAir: check who can watch it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop test &amp;encoder…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onair::ui::UpcomingTab</name>
    <message>
        <source>Upcoming and active broadcasts, including interrupted ones:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List broadcasts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open selected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onair::ui::UploadForm</name>
    <message>
        <source>Publish at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made for kids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow embedding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify subscribers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload a recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People &amp; Blogs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entertainment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>News &amp; Politics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Science &amp; Technology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Music</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard YouTube license</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creative Commons – Attribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thumbnail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a readable file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The location needs a latitude (−90…90) and a longitude (−180…180).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishes at %1 your time; private until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording to upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.mov *.mkv *.flv *.ts *.webm *.avi);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onair::ui::UploadsPanel</name>
    <message>
        <source>Upload a recording…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload the recording…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel upload…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many files upload at the same time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The show has ended: upload its recording with the show&apos;s title and description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>processing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploaded: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;. YouTube processes it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>processed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not processed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; is processed and ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ YouTube did not process &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;: %3. Open it in YouTube Studio to see why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The show has ended: “Upload the recording…” sends its recording with the show&apos;s title and description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 MiB (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MiB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the upload of %1? YouTube forgets what it received; uploading it again starts from the beginning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel upload</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
