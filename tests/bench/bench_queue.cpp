// bench_queue: the announcement queue with 10,000 scheduled posts. What it adds to start-up
// (open, recover, damaged-row scan, arming the timer), what one wake-up costs (the next-due
// query and the due list when nothing is due), the scheduler's CPU per hour that follows from
// the wake-ups an hour of this queue needs, and reading the whole queue for a panel.
#include "BenchReport.h"
#include "announce/AnnouncementPublisher.h"
#include "announce/AnnouncementScheduler.h"
#include "announce/AnnouncementStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <ctime>

using namespace onair;
using onair::test::BenchReport;

namespace {

constexpr int kItems = 10000;
constexpr int kDays = 30;

double cpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return t.tv_sec * 1000.0 + t.tv_nsec / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    BenchReport report(QStringLiteral("bench_queue"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("queue.sqlite"));
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(3600);
    {
        AnnouncementStore store;
        if (!store.open(path))
            return 1;
        SocialAccount a;
        a.id = QStringLiteral("tg");
        a.apiRoot = QUrl(QStringLiteral("http://127.0.0.1:9/"));
        a.target = QStringLiteral("@chan");
        store.saveAccount(a);
        QElapsedTimer fill;
        fill.start();
        for (int i = 0; i < kItems; ++i) {
            Announcement item;
            item.accountId = a.id;
            item.text = QStringLiteral("<b>Show %1</b> starts soon").arg(i);
            item.scheduledAt = start.addSecs(qint64(kDays) * 86400 * i / kItems);
            store.add(item);
        }
        report.add(QStringLiteral("add_per_item"), double(fill.nsecsElapsed()) / 1e6 / kItems,
                   QStringLiteral("ms"));
    }

    QList<double> startups, wakes, reads;
    for (int run = 0; run < 5; ++run) {
        AnnouncementStore store;
        QElapsedTimer t;
        t.start();
        store.open(path);
        AnnouncementPublisher publisher(
            &store, nullptr,
            [](const QString &, QObject *, std::function<void(const QString &, const QString &)>) {
            });
        AnnouncementScheduler scheduler(&store, &publisher);
        scheduler.start();
        startups.append(double(t.nsecsElapsed()) / 1e6);
        if (!scheduler.nextWake().isValid())
            return 2;

        // One wake-up with nothing due: the due list and re-arming (nextDue).
        const double cpu0 = cpuMs();
        for (int i = 0; i < 100; ++i) {
            store.due(QDateTime::currentDateTimeUtc());
            store.nextDue();
        }
        wakes.append((cpuMs() - cpu0) / 100);

        QElapsedTimer r;
        r.start();
        const qsizetype n = store.all().size();
        reads.append(double(r.nsecsElapsed()) / 1e6);
        if (n != kItems)
            return 3;
    }
    const double wake = BenchReport::median(wakes);
    // An hour of this queue: its due items (one wake each) plus the hourly cap's one wake.
    const double wakesPerHour = double(kItems) / (kDays * 24) + 1;
    report.add(QStringLiteral("startup_added"), BenchReport::median(startups),
               QStringLiteral("ms"));
    report.add(QStringLiteral("wake_cpu"), wake, QStringLiteral("ms"));
    report.add(QStringLiteral("wakes_per_hour"), wakesPerHour, QStringLiteral("wakes"));
    report.add(QStringLiteral("scheduler_cpu_per_hour"), wake * wakesPerHour, QStringLiteral("ms"));
    report.add(QStringLiteral("read_whole_queue"), BenchReport::median(reads),
               QStringLiteral("ms"));
    report.note(QStringLiteral("items"), QString::number(kItems));
    return report.save() ? 0 : 4;
}
