#pragma once

#include <QString>

namespace onair::sandbox {

// How a sandbox starts (the command line of onair-sandbox, or the app's in-process use).
struct SandboxOptions
{
    quint16 port = 0;     // HTTP port on 127.0.0.1; 0 picks a free one
    quint16 rtmpPort = 0; // RTMP port of the nginx ingest; 0 picks a free one
    bool startIngest = true;
    bool autoConsent = false;
    qint64 quota = 10000;
    int tokenTtlSeconds = 3599;
    double transitionSeconds = 3;
    int autoStopSeconds = 60;
    bool strictCuepointWindow = false;           // refuse offsets outside the documented window
    double processingSeconds = 5;                // an uploaded video's processing time
    qint64 uploadSessionSeconds = 7 * 24 * 3600; // an upload session's lifetime (Google: a week)
    qint64 uploadQuota = 100;                    // videos.insert calls a day (its own bucket)
    QString dataDir;                             // empty: nothing kept across restarts
    QString faults;                              // a FaultInjector spec applied at start
};

} // namespace onair::sandbox
