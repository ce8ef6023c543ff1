#include "google/youtube/YouTubeClient.h"
#include "presets/PresetLauncher.h"
#include "presets/PresetStore.h"
#include "presets/ShowRecording.h"
#include "show/BroadcastSession.h"
#include "show/ShowEvents.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace onair;

namespace {

// The parts of a show a restart keeps: a session, its preset launcher and its recording.
struct Show
{
    explicit Show(const QString &presetDir)
        : presets(presetDir)
        , launcher(&session, &presets)
        , recording(&session, &launcher)
    {}

    YouTubeClient client{nullptr};
    BroadcastSession session{&client};
    PresetStore presets;
    PresetLauncher launcher;
    ShowRecording recording;
};

ShowEvent completedAt(const QString &broadcastId)
{
    ShowEvent e;
    e.kind = ShowEvent::Kind::Completed;
    e.broadcastId = broadcastId;
    e.videoId = broadcastId;
    e.at = QDateTime(QDate(2026, 11, 21), QTime(12, 0), QTimeZone::utc());
    return e;
}

// What ShowRecording::ended gave for a completed show.
UploadMetadata endOf(Show &show, const QString &broadcastId)
{
    QSignalSpy ended(&show.recording, &ShowRecording::ended);
    Q_EMIT show.session.events()->completed(completedAt(broadcastId));
    if (ended.size() != 1)
        return {};
    return ended.at(0).at(1).value<UploadMetadata>();
}

} // namespace

class TestShowRecording : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void thePresetsTemplatesOutliveARestartBetweenLaunchAndEnd()
    {
        QTemporaryDir dir;
        SavedSession saved;
        {
            Show before(dir.path());
            BroadcastPreset p;
            p.name = QStringLiteral("Friday show");
            p.broadcast.titleTemplate = QStringLiteral("Friday show #{n}");
            p.upload.titleTemplate = QStringLiteral("Show #{n} – recording of {date}");
            p.upload.privacyStatus = QStringLiteral("unlisted");
            p.upload.tags = {QStringLiteral("recording")};
            const PresetResult<QString> file = before.presets.save(p);
            QVERIFY(file.isOk());
            Q_EMIT before.launcher.launched(file.value(), QStringLiteral("b1"), 12);
            saved = before.session.snapshot();
        }
        saved.broadcastId = QStringLiteral("b1");
        QString error;
        const auto back = SavedSession::fromJson(saved.toJson(), &error);
        QVERIFY2(back, qPrintable(error));

        // Another OnAir: the preset file is gone (renamed, edited); the show keeps what it was
        // launched with.
        QVERIFY(QDir(dir.path()).removeRecursively());
        Show after(dir.path());
        after.session.reattach(*back);
        const UploadMetadata m = endOf(after, QStringLiteral("b1"));
        QCOMPARE(m.title, QStringLiteral("Show #12 – recording of 2026-11-21"));
        QCOMPARE(m.privacyStatus, QStringLiteral("unlisted"));
        QCOMPARE(m.tags, QStringList{QStringLiteral("recording")});
        // Another broadcast is not the preset's show: the defaults.
        QCOMPARE(endOf(after, QStringLiteral("b2")).privacyStatus, QStringLiteral("private"));
    }

    void aDamagedSavedPartGivesTheDefaults()
    {
        QTemporaryDir dir;
        Show show(dir.path());
        SavedSession saved;
        saved.broadcastId = QStringLiteral("b1");
        saved.extra.insert(
            QStringLiteral("recording"),
            QJsonObject{{QStringLiteral("broadcastId"), QStringLiteral("b1")},
                        {QStringLiteral("number"), 3},
                        {QStringLiteral("upload"),
                         QJsonObject{{QStringLiteral("privacyStatus"), QStringLiteral("secret")},
                                     {QStringLiteral("titleTemplate"), QStringLiteral("#{n}")}}}});
        show.session.reattach(saved);
        const UploadMetadata m = endOf(show, QStringLiteral("b1"));
        QCOMPARE(m.privacyStatus, QStringLiteral("private"));
        QCOMPARE(m.title, QString()); // "{title}" of a broadcast not read here, not "#3"
    }
};

QTEST_GUILESS_MAIN(TestShowRecording)
#include "tst_showrecording.moc"
