#pragma once

#include <QString>
#include <QStringList>

namespace onair {

// The ffmpeg command line that publishes a test pattern and a tone to an RTMP ingest, in
// real time (x264 ultrafast, a keyframe every 2 s, AAC, FLV): written once, for the
// rehearsal encoder and for the tests that need a real encoder.
struct TestPattern
{
    QString size = QStringLiteral("1280x720");
    int frameRate = 30;
    bool audio = true;
    // ffmpeg stops by itself after this long (0: runs until stopped).
    int limitSeconds = 0;
    // The stream name (the key) comes on standard input as a preset ("-fpre /dev/stdin",
    // see TestEncoder::preset), so it never shows on the command line; `url` is then the
    // application's address only.
    bool streamNameFromStdin = false;

    QStringList arguments(const QString &url) const;
};

} // namespace onair
