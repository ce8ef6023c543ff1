#include "announce/AnnounceTriggers.h"
#include "announce/AnnouncementStore.h"
#include "presets/BroadcastPreset.h"
#include "show/ShowEvents.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

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
};

QTEST_GUILESS_MAIN(TestAnnounceTriggers)
#include "tst_announcetriggers.moc"
