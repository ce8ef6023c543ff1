#pragma once

#include <QObject>

// The shared resumable-upload protocol (sandbox/kernel/ResumableUpload), called directly: 308
// and its Range, the status query, gaps and overlaps, the repeated final answer, expiry, and the
// bytes kept on disk, counted and hashed.
class TestResumableUpload : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wholeFileInOnePut();
    void chunksAnswer308WithTheRange();
    void statusQuery();
    void gapsAndOverlapsStoreNothing();
    void finalAnswerRepeatedFinishedOnce();
    void unknownForeignOrExpiredSessions();
    void badContentRange();
    void bytesGoToDisk();
};
