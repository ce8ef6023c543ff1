#include "tst_resumableupload.h"

#include "kernel/ResumableUpload.h"

#include <QCryptographicHash>
#include <QTemporaryFile>
#include <QTest>

using namespace onair::sandbox;

namespace {

using Outcome = ResumableUpload::Outcome;

const QString kOwner = QStringLiteral("UCowner");
const QString kTarget = QStringLiteral("video-1");

QByteArray rangeOf(const HttpReply &reply)
{
    for (const auto &h : reply.headers) {
        if (h.first == "Range")
            return h.second;
    }
    return {};
}

bool hasRange(const HttpReply &reply)
{
    return std::any_of(reply.headers.cbegin(), reply.headers.cend(),
                       [](const auto &h) { return h.first == "Range"; });
}

// A finish that records what it saw and answers 200 with the stored bytes.
struct Recorder
{
    int calls = 0;
    QByteArray bytes;
    QByteArray sha256;
    QString target;

    ResumableUpload::Finish finish()
    {
        return [this](const ResumableUpload::Session &session) {
            ++calls;
            bytes = session.readAll();
            sha256 = session.sha256();
            target = session.target;
            HttpReply reply;
            reply.body = "done:" + bytes;
            return reply;
        };
    }
};

} // namespace

void TestResumableUpload::wholeFileInOnePut()
{
    ResumableUpload uploads;
    Recorder recorder;
    const QString id = uploads.start(kOwner, kTarget, -1);
    QVERIFY(!id.isEmpty());
    const auto step = uploads.put(id, kOwner, {}, "abcdef", recorder.finish());
    QCOMPARE(step.outcome, Outcome::Complete);
    QCOMPARE(step.reply.status, 200);
    QCOMPARE(step.reply.body, QByteArray("done:abcdef"));
    QCOMPARE(recorder.calls, 1);
    QCOMPARE(recorder.target, kTarget);
    QCOMPARE(recorder.sha256, QCryptographicHash::hash("abcdef", QCryptographicHash::Sha256));
}

void TestResumableUpload::chunksAnswer308WithTheRange()
{
    ResumableUpload uploads;
    Recorder recorder;
    const QString id = uploads.start(kOwner, kTarget, 10);
    const auto first = uploads.put(id, kOwner, "bytes 0-3/10", "0123", recorder.finish());
    QCOMPARE(first.outcome, Outcome::Incomplete);
    QCOMPARE(first.reply.status, 308);
    QCOMPARE(rangeOf(first.reply), QByteArray("bytes=0-3"));
    const auto second = uploads.put(id, kOwner, "bytes 4-7/*", "4567", recorder.finish());
    QCOMPARE(second.reply.status, 308);
    QCOMPARE(rangeOf(second.reply), QByteArray("bytes=0-7"));
    QCOMPARE(recorder.calls, 0);
    const auto last = uploads.put(id, kOwner, "bytes 8-9/10", "89", recorder.finish());
    QCOMPARE(last.outcome, Outcome::Complete);
    QCOMPARE(recorder.bytes, QByteArray("0123456789"));
}

void TestResumableUpload::statusQuery()
{
    ResumableUpload uploads;
    Recorder recorder;
    const QString id = uploads.start(kOwner, kTarget, -1);
    // Nothing stored yet: 308 without a Range header.
    const auto empty = uploads.put(id, kOwner, "bytes */10", {}, recorder.finish());
    QCOMPARE(empty.outcome, Outcome::Incomplete);
    QCOMPARE(empty.reply.status, 308);
    QVERIFY(!hasRange(empty.reply));
    uploads.put(id, kOwner, "bytes 0-4/10", "01234", recorder.finish());
    const auto some = uploads.put(id, kOwner, "bytes */10", {}, recorder.finish());
    QCOMPARE(some.reply.status, 308);
    QCOMPARE(rangeOf(some.reply), QByteArray("bytes=0-4"));
    QCOMPARE(recorder.calls, 0);
}

void TestResumableUpload::gapsAndOverlapsStoreNothing()
{
    ResumableUpload uploads;
    Recorder recorder;
    const QString id = uploads.start(kOwner, kTarget, 10);
    uploads.put(id, kOwner, "bytes 0-3/10", "0123", recorder.finish());
    const auto gap = uploads.put(id, kOwner, "bytes 6-9/10", "XXXX", recorder.finish());
    QCOMPARE(gap.outcome, Outcome::Incomplete);
    QCOMPARE(rangeOf(gap.reply), QByteArray("bytes=0-3"));
    const auto overlap = uploads.put(id, kOwner, "bytes 2-5/10", "YYYY", recorder.finish());
    QCOMPARE(overlap.outcome, Outcome::Incomplete);
    QCOMPARE(rangeOf(overlap.reply), QByteArray("bytes=0-3"));
    const auto rest = uploads.put(id, kOwner, "bytes 4-9/10", "456789", recorder.finish());
    QCOMPARE(rest.outcome, Outcome::Complete);
    QCOMPARE(recorder.bytes, QByteArray("0123456789")); // nothing of the refused chunks
    QCOMPARE(recorder.sha256, QCryptographicHash::hash("0123456789", QCryptographicHash::Sha256));
}

void TestResumableUpload::finalAnswerRepeatedFinishedOnce()
{
    ResumableUpload uploads;
    Recorder recorder;
    const QString id = uploads.start(kOwner, kTarget, 3);
    const auto done = uploads.put(id, kOwner, "bytes 0-2/3", "abc", recorder.finish());
    QCOMPARE(done.outcome, Outcome::Complete);
    const auto query = uploads.put(id, kOwner, "bytes */3", {}, recorder.finish());
    QCOMPARE(query.outcome, Outcome::Complete);
    QCOMPARE(query.reply.body, done.reply.body);
    const auto again = uploads.put(id, kOwner, "bytes 0-2/3", "abc", recorder.finish());
    QCOMPARE(again.reply.body, done.reply.body);
    QCOMPARE(recorder.calls, 1); // exactly once
}

void TestResumableUpload::unknownForeignOrExpiredSessions()
{
    QDateTime now = QDateTime::currentDateTimeUtc();
    ResumableUpload uploads(60);
    uploads.setClock([&now] { return now; });
    Recorder recorder;
    const QString id = uploads.start(kOwner, kTarget, 10);
    QCOMPARE(uploads.put(QStringLiteral("nope"), kOwner, {}, "x", recorder.finish()).outcome,
             Outcome::UnknownSession);
    QCOMPARE(uploads.put(id, QStringLiteral("UCother"), {}, "x", recorder.finish()).outcome,
             Outcome::UnknownSession);
    now = now.addSecs(59);
    QCOMPARE(uploads.put(id, kOwner, "bytes 0-1/10", "01", recorder.finish()).outcome,
             Outcome::Incomplete);
    now = now.addSecs(1);
    QCOMPARE(uploads.put(id, kOwner, "bytes 2-3/10", "23", recorder.finish()).outcome,
             Outcome::UnknownSession);
    QCOMPARE(uploads.sessionCount(), 0);
    QCOMPARE(recorder.calls, 0);
}

void TestResumableUpload::badContentRange()
{
    ResumableUpload uploads;
    Recorder recorder;
    const QString id = uploads.start(kOwner, kTarget, 10);
    QCOMPARE(uploads.put(id, kOwner, "bytes 0-/10", "0", recorder.finish()).outcome,
             Outcome::BadContentRange);
    QCOMPARE(uploads.put(id, kOwner, "items 0-1/10", "01", recorder.finish()).outcome,
             Outcome::BadContentRange);
    // Nothing was kept.
    QVERIFY(!hasRange(uploads.put(id, kOwner, "bytes */10", {}, recorder.finish()).reply));
}

void TestResumableUpload::bytesGoToDisk()
{
    ResumableUpload uploads;
    qint64 onDisk = -1;
    QString fileName;
    const QString id = uploads.start(kOwner, kTarget, -1);
    const QByteArray chunk(1024 * 1024, 'z');
    uploads.put(id, kOwner, "bytes 0-1048575/*", chunk, {});
    const auto step = uploads.put(id, kOwner, "bytes 1048576-2097151/2097152", chunk,
                                  [&](const ResumableUpload::Session &session) {
                                      onDisk = session.file->size();
                                      fileName = session.file->fileName();
                                      return HttpReply{};
                                  });
    QCOMPARE(step.outcome, Outcome::Complete);
    QCOMPARE(onDisk, 2 * chunk.size());
    QVERIFY(!QFileInfo::exists(fileName)); // removed once complete
}

void TestResumableUpload::bodyInPiecesAndCutShort()
{
    ResumableUpload uploads;
    Recorder recorder;
    const QString id = uploads.start(kOwner, kTarget, 10);
    // A body that arrives in pieces and is cut short: the pieces that arrived stay.
    ResumableUpload::Opening opening =
        uploads.open(id, kOwner, "bytes 0-9/10", 10, recorder.finish());
    QVERIFY(opening.accepting);
    uploads.append(id, "0123", 4);
    // While it writes, another PUT (or a status query) keeps nothing and sees the range.
    const ResumableUpload::Opening other =
        uploads.open(id, kOwner, "bytes 0-9/10", 10, recorder.finish());
    QVERIFY(!other.accepting);
    QCOMPARE(rangeOf(other.step.reply), QByteArray("bytes=0-3"));
    uploads.abandon(id);
    QCOMPARE(rangeOf(uploads.put(id, kOwner, "bytes */10", {}, recorder.finish()).reply),
             QByteArray("bytes=0-3"));
    // Resumed from there, in pieces, to the end.
    opening = uploads.open(id, kOwner, "bytes 4-9/10", 6, recorder.finish());
    QVERIFY(opening.accepting);
    uploads.append(id, "45", 2);
    uploads.append(id, "6789", 4);
    QCOMPARE(uploads.close(id, recorder.finish()).outcome, Outcome::Complete);
    QCOMPARE(recorder.calls, 1);
    QCOMPARE(recorder.bytes, QByteArray("0123456789"));
    QCOMPARE(recorder.sha256, QCryptographicHash::hash("0123456789", QCryptographicHash::Sha256));
}

void TestResumableUpload::rangeMustMatchTheBody()
{
    ResumableUpload uploads;
    Recorder recorder;
    const QString id = uploads.start(kOwner, kTarget, 10);
    // Longer or shorter than the range says, or past the total: refused, nothing kept.
    QCOMPARE(uploads.put(id, kOwner, "bytes 0-4/10", "0123", recorder.finish()).outcome,
             Outcome::BadContentRange);
    QCOMPARE(uploads.put(id, kOwner, "bytes 0-4/10", "012345", recorder.finish()).outcome,
             Outcome::BadContentRange);
    QCOMPARE(uploads.put(id, kOwner, "bytes 8-11/10", "89ab", recorder.finish()).outcome,
             Outcome::BadContentRange);
    QCOMPARE(uploads.put(id, kOwner, "bytes 5-4/10", "", recorder.finish()).outcome,
             Outcome::BadContentRange);
    // Another total than the session's.
    QCOMPARE(uploads.put(id, kOwner, "bytes 0-3/12", "0123", recorder.finish()).outcome,
             Outcome::BadContentRange);
    QVERIFY(!hasRange(uploads.put(id, kOwner, "bytes */10", {}, recorder.finish()).reply));
}

void TestResumableUpload::expireNow()
{
    ResumableUpload uploads;
    Recorder recorder;
    const QString a = uploads.start(kOwner, kTarget, 10);
    const QString b = uploads.start(kOwner, kTarget, 10);
    uploads.expire(a);
    QCOMPARE(uploads.put(a, kOwner, "bytes */10", {}, recorder.finish()).outcome,
             Outcome::UnknownSession);
    QCOMPARE(uploads.put(b, kOwner, "bytes */10", {}, recorder.finish()).outcome,
             Outcome::Incomplete);
    uploads.expire(QString());
    QCOMPARE(uploads.sessions().size(), 0);
}

QTEST_GUILESS_MAIN(TestResumableUpload)

#include "moc_tst_resumableupload.cpp"
