#pragma once

#include <QObject>

// The shared resumable-upload protocol (sandbox/kernel/ResumableUpload), called directly: 308
// and its Range, the status query, gaps and overlaps, the repeated final answer, expiry, and the
// bytes kept on disk, counted and hashed; a body in pieces (open/append/close) and one cut short
// (abandon: what arrived is kept).
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
    void bodyInPiecesAndCutShort();
    void rangeMustMatchTheBody();
    void expireNow();
};
