#include "announce/AnnounceTriggers.h"
#include "announce/AnnouncementStore.h"
#include "google/youtube/upload/UploadMetadata.h"
#include "presets/BroadcastPreset.h"
#include "show/ShowEvents.h"
#include "upload/UploadRecord.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace onair;

namespace {

QJsonArray specs()
{
    return QJsonDocument::fromJson(R"([
        {"label": "Tonight", "account": "tg", "trigger": "beforeStart", "minutesBefore": 30,
         "template": "<b>{title}</b> at {start}"},
        {"label": "Live now", "account": "tg", "trigger": "live",
         "template": "<b>{title}</b> is live", "button": "Watch"},
        {"label": "Ended", "account": "tg", "trigger": "complete", "edits": "live",
         "template": "{title} ended: watch the recording", "button": "Watch"},
        {"label": "Insta", "account": "ig", "trigger": "live", "template": "{title} #live"}
    ])")
        .array();
}

} // namespace

class TestAnnounceTriggers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void presetKeepsItsPostsAsWritten()
    {
        QJsonObject json{{QStringLiteral("schemaVersion"), 1},
                         {QStringLiteral("name"), QStringLiteral("Friday")},
                         {QStringLiteral("broadcast"),
                          QJsonObject{{QStringLiteral("titleTemplate"), QStringLiteral("Show")}}},
                         {QStringLiteral("announcements"), specs()}};
        const auto preset = BroadcastPreset::fromJson(json);
        QVERIFY2(preset.isOk(), qPrintable(preset.error().message()));
        QCOMPARE(preset.value().toJson().value(QStringLiteral("announcements")).toArray(), specs());
    }

    void malformedEntryNamesTheField()
    {
        QJsonArray bad = specs();
        QJsonObject entry = bad.at(1).toObject();
        entry.insert(QStringLiteral("trigger"), QStringLiteral("soon"));
        bad.replace(1, entry);
        QJsonObject json{{QStringLiteral("schemaVersion"), 1},
                         {QStringLiteral("name"), QStringLiteral("Friday")},
                         {QStringLiteral("broadcast"),
                          QJsonObject{{QStringLiteral("titleTemplate"), QStringLiteral("Show")}}},
                         {QStringLiteral("announcements"), bad}};
        const auto preset = BroadcastPreset::fromJson(json);
        QVERIFY(!preset.isOk());
        QCOMPARE(preset.error().kind, PresetError::Kind::Invalid);
        QVERIFY2(preset.error().problem.startsWith(QLatin1String("announcements[1].trigger:")),
                 qPrintable(preset.error().problem));
        json.insert(QStringLiteral("announcements"), QStringLiteral("not a list"));
        QVERIFY(!BroadcastPreset::fromJson(json).isOk());
    }

    void showEventsQueueEachPostOnce()
    {
        QTemporaryDir dir;
        AnnouncementStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("q.sqlite"))));
        for (const auto &[id, platform] :
             {std::pair{QStringLiteral("tg"), SocialAccount::Platform::Telegram},
              std::pair{QStringLiteral("ig"), SocialAccount::Platform::Instagram}}) {
            SocialAccount a;
            a.id = id;
            a.platform = platform;
            QVERIFY(store.saveAccount(a));
        }
        ShowEvents events;
        AnnounceTriggers triggers(&store, &events);
        QString error;
        triggers.setSpecs(AnnouncementSpec::listFromJson(specs(), &error));
        QVERIFY(error.isEmpty());
        const QDateTime start(QDate(2026, 12, 7), QTime(19, 0), QTimeZone::utc());
        triggers.setFieldsSource([start](const ShowEvent &e) {
            ShowFields f;
            f.title = QStringLiteral("Q&A");
            f.url = QUrl(QStringLiteral("https://www.youtube.com/watch?v=") + e.videoId);
            f.start = start;
            f.thumbnail = ShowFields::youtubeThumbnail(e.videoId);
            return f;
        });
        ShowEvent e;
        e.broadcastId = e.videoId = QStringLiteral("b1");
        e.kind = ShowEvent::Kind::Created;
        events.publish(e);
        e.kind = ShowEvent::Kind::LiveReached;
        events.publish(e);
        events.publish(e); // seen again (a restart): nothing more
        e.kind = ShowEvent::Kind::Completed;
        events.publish(e);

        const QList<Announcement> all = store.all();
        QCOMPARE(all.size(), 4);
        const auto byLabel = [&](const QString &label) {
            for (const Announcement &a : all) {
                if (a.label == label)
                    return a;
            }
            return Announcement();
        };
        QCOMPARE(byLabel(QStringLiteral("Tonight")).scheduledAt, start.addSecs(-30 * 60));
        const Announcement live = byLabel(QStringLiteral("Live now"));
        QCOMPARE(live.text, QStringLiteral("<b>Q&amp;A</b> is live"));
        QCOMPARE(live.buttonUrl, QUrl(QStringLiteral("https://www.youtube.com/watch?v=b1")));
        QCOMPARE(byLabel(QStringLiteral("Ended")).editOf, live.id);
        const Announcement insta = byLabel(QStringLiteral("Insta"));
        QCOMPARE(insta.text, QStringLiteral("Q&A #live"));
        QCOMPARE(insta.imageUrl, ShowFields::youtubeThumbnail(QStringLiteral("b1")));
        QCOMPARE(insta.status, Announcement::Status::Pending);
    }

    // The upload of the show's recording carries the show and its upload posts through its saved
    // record; processed and published each queue their post once, with the video's own fields.
    void uploadedRecordingPostsOnceWithTheVideosFields()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("q.sqlite"));
        QJsonArray posts = specs();
        posts.append(QJsonObject{{QStringLiteral("label"), QStringLiteral("Up")},
                                 {QStringLiteral("account"), QStringLiteral("tg")},
                                 {QStringLiteral("trigger"), QStringLiteral("uploadProcessed")},
                                 {QStringLiteral("template"), QStringLiteral("{title}: {url}")}});
        posts.append(QJsonObject{{QStringLiteral("label"), QStringLiteral("Public")},
                                 {QStringLiteral("account"), QStringLiteral("tg")},
                                 {QStringLiteral("trigger"), QStringLiteral("uploadPublished")},
                                 {QStringLiteral("template"), QStringLiteral("Public: {url}")}});
        QString error;
        const QJsonObject show = AnnounceTriggers::uploadShow(
            QStringLiteral("b1"), AnnouncementSpec::listFromJson(posts, &error));
        QVERIFY(error.isEmpty());
        QCOMPARE(show.value(QStringLiteral("posts")).toArray().size(), 2);

        UploadRecord saved;
        saved.id = QStringLiteral("u1");
        saved.file = {QStringLiteral("/rec.mp4"), 10, QDateTime::currentDateTimeUtc(),
                      QByteArray(64, 'a')};
        UploadMetadata metadata;
        metadata.title = QStringLiteral("Q&A, the recording");
        saved.metadata = metadata.toJson();
        saved.state = UploadRecord::State::Done;
        saved.resultId = QStringLiteral("v9");
        saved.show = show;
        // As a restart reads it back.
        const auto record = UploadRecord::fromJson(saved.toJson(), &error);
        QVERIFY2(record, qPrintable(error));

        using T = AnnouncementSpec::Trigger;
        for (int run = 0; run < 2; ++run) { // the second run: OnAir restarted
            AnnouncementStore store;
            QVERIFY(store.open(path));
            SocialAccount tg;
            tg.id = QStringLiteral("tg");
            tg.platform = SocialAccount::Platform::Telegram;
            QVERIFY(store.saveAccount(tg));
            ShowEvents events;
            AnnounceTriggers triggers(&store, &events);
            triggers.fireUpload(T::UploadProcessed, *record);
            triggers.fireUpload(T::UploadProcessed, *record); // a repeat: nothing more
            QCOMPARE(store.all().size(), run == 0 ? 1 : 2);
            triggers.fireUpload(T::UploadPublished, *record);
            UploadRecord noShow = *record; // an upload that is no show's recording
            noShow.show = {};
            QVERIFY(triggers.fireUpload(T::UploadProcessed, noShow).isEmpty());
            QCOMPARE(store.all().size(), 2);
            const auto up = store.findByShowKey(
                AnnounceTriggers::showKey(QStringLiteral("b1"), T::UploadProcessed, tg.id));
            QVERIFY(up);
            QCOMPARE(up->text,
                     QStringLiteral("Q&amp;A, the recording: https://www.youtube.com/watch?v=v9"));
        }
    }
};

QTEST_GUILESS_MAIN(TestAnnounceTriggers)
#include "tst_announcetriggers.moc"
