// bench_queue: the announcement queue with 10,000 scheduled posts. What it adds to start-up
// (open, recover the rows left `sending`, arming the timer), what one wake-up costs (the
// next-due query and the due list when nothing is due), the scheduler's CPU per hour that
// follows from the wake-ups an hour of this queue needs; then the window: the longest time its
// thread is kept from its event loop (a 1 ms timer's longest gap) while the Announcements panel
// opens on the queue, scrolls to its end, and the queue changes (here, and in another process),
// and the time of each store call the window's thread makes — beside what reading the whole
// queue on that thread cost (what the panel did before); and the write-ahead before a post, which
// the window's thread only hands to the store's writer thread.
#include "BenchReport.h"
#include "announce/AnnouncementPublisher.h"
#include "announce/AnnouncementQueueModel.h"
#include "announce/AnnouncementScheduler.h"
#include "announce/AnnouncementStore.h"
#include "announce/Announcements.h"
#include "announce/AnnouncementsPanel.h"
#include "announce/QueuePane.h"
#include "secrets/SecretStore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QNetworkAccessManager>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <ctime>
#include <thread>

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

double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return t.tv_sec * 1000.0 + t.tv_nsec / 1e6;
}

// The longest time between two turns of the window's event loop, seen by a 1 ms timer.
class StallWatch
{
public:
    StallWatch()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            const double cpu = threadCpuMs();
            m_longestMs = std::max(m_longestMs, double(now - m_last) / 1e6 - 1.0);
            m_longestCpuMs = std::max(m_longestCpuMs, cpu - m_lastCpu);
            m_last = now;
            m_lastCpu = cpu;
        });
        m_clock.start();
        m_timer.start();
    }
    struct Stall
    {
        double wallMs = 0; // what the operator sees (other processes on the machine included)
        double cpuMs = 0;  // the window's thread's own work in its longest gap
    };
    // The longest stall since the last call.
    Stall take()
    {
        QTest::qWait(20); // the tick that ends a stall under way
        return {std::exchange(m_longestMs, 0.0), std::exchange(m_longestCpuMs, 0.0)};
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    double m_lastCpu = threadCpuMs();
    double m_longestMs = 0;
    double m_longestCpuMs = 0;
};

// Times one call (ms), kept with the others of its kind.
template<typename F>
auto timed(QHash<QString, QList<double>> &times, const QString &name, F &&call)
{
    QElapsedTimer t;
    t.start();
    auto result = call();
    times[name].append(double(t.nsecsElapsed()) / 1e6);
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
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
    const double wholeRead = BenchReport::median(reads);

    // The window: the queue run here (the scheduler on this thread), the panel open on it.
    QHash<QString, QList<double>> calls; // each store call made on this thread, timed
    StallWatch stalls;
    QNetworkAccessManager nam;
    SecretStore secrets(QStringLiteral("OnAir-bench"));
    Announcements announcements(&nam, &secrets);
    timed(calls, QStringLiteral("open"), [&] { return announcements.open(path); });
    timed(calls, QStringLiteral("start_scheduler"), [&] { return announcements.run(); });
    const StallWatch::Stall startStall = stalls.take();

    // For comparison, the same panel on an empty queue: what making and drawing its widgets
    // costs whatever the queue (the first one made also pays the process's first paint).
    StallWatch::Stall emptyStall;
    {
        Announcements none(&nam, &secrets);
        none.open(dir.filePath(QStringLiteral("empty.sqlite")));
        ui::AnnouncementsPanel emptyPanel(&none);
        emptyPanel.resize(900, 600);
        emptyPanel.show();
        if (!QTest::qWaitForWindowExposed(&emptyPanel))
            return 8;
        emptyStall = stalls.take();
    }
    stalls.take();

    // The panel's widgets are made and first drawn (no store call but accounts()); then the
    // queue arrives.
    QElapsedTimer construct;
    construct.start();
    ui::AnnouncementsPanel panel(&announcements);
    const double constructMs = double(construct.nsecsElapsed()) / 1e6;
    AnnouncementQueueModel *model = panel.queue()->model();
    QSignalSpy loaded(model, &AnnouncementQueueModel::loaded);
    panel.resize(900, 600);
    panel.show();
    if (!QTest::qWaitForWindowExposed(&panel))
        return 8;
    const StallWatch::Stall showStall = stalls.take();
    if (!QTest::qWaitFor([&] { return !loaded.isEmpty(); }, 60000) || model->rowCount() != kItems)
        return 5;
    const StallWatch::Stall openStall = stalls.take();

    auto *table = panel.findChild<QTableView *>(QStringLiteral("announceQueue"));
    QScrollBar *bar = table->verticalScrollBar();
    for (int step = 1; step <= 20; ++step) {
        bar->setValue(bar->maximum() * step / 20);
        QTest::qWait(10);
    }
    panel.queue()->select(model->at(kItems - 1)->id);
    const StallWatch::Stall scrollStall = stalls.take();

    // The operator cancels posts (each: a read by id, a write committed with
    // synchronous=NORMAL — no fsync on this thread — and, within the call, the model's read of
    // that row and the table's redraw; the timer re-armed after), and one is added.
    AnnouncementStore *store = announcements.store();
    for (int i = 0; i < 50; ++i) {
        const qint64 id = model->at(i * 97)->id;
        timed(calls, QStringLiteral("get"), [&] { return store->get(id); });
        timed(calls, QStringLiteral("cancel"), [&] { return announcements.cancel(id); });
        QTest::qWait(5);
    }
    // The write-ahead before a post (synchronous=FULL: an fsync) goes to the store's writer
    // thread: this thread only hands it over (gui_call_commit_ahead); the post waits for the
    // disk (write_ahead_to_disk).
    QList<double> toDisk;
    for (int i = 0; i < 50; ++i) {
        Announcement item = *model->at(i * 97 + 1);
        item.status = Announcement::Status::Sending;
        item.sendingSince = QDateTime::currentDateTimeUtc();
        bool written = false;
        QElapsedTimer disk;
        disk.start();
        timed(calls, QStringLiteral("commit_ahead"), [&] {
            store->commitAhead(item, Announcement::Status::Pending, &panel,
                               [&](AnnouncementStore::Ahead a) {
                                   written = a == AnnouncementStore::Ahead::Written;
                               });
            return true;
        });
        if (!QTest::qWaitFor([&] { return written; }, 10000))
            return 9;
        toDisk.append(double(disk.nsecsElapsed()) / 1e6);
    }
    report.add(QStringLiteral("write_ahead_to_disk_median"), BenchReport::median(toDisk),
               QStringLiteral("ms"));
    report.add(QStringLiteral("write_ahead_to_disk_longest"),
               *std::max_element(toDisk.cbegin(), toDisk.cend()), QStringLiteral("ms"));
    Announcement added;
    added.accountId = QStringLiteral("tg");
    added.text = QStringLiteral("<b>One more</b>");
    added.scheduledAt = start.addDays(kDays);
    timed(calls, QStringLiteral("add"), [&] { return announcements.schedule(added); });
    timed(calls, QStringLiteral("next_due"), [&] { return store->nextDue(); });
    timed(calls, QStringLiteral("find_by_show_key"),
          [&] { return store->findByShowKey(QStringLiteral("b/live/tg")); });
    timed(calls, QStringLiteral("accounts"), [&] { return store->accounts(); });
    const StallWatch::Stall changeStall = stalls.take();

    // Another process (a headless runner) sends 200 posts; the panel's check sees its commits
    // and the whole queue is read again (off this thread).
    QList<qint64> sent;
    for (int i = 0; i < 200; ++i)
        sent.append(model->at(kItems - 1 - i)->id);
    std::atomic<bool> runnerDone = false;
    std::thread runnerThread([&path, &sent, &runnerDone] {
        AnnouncementStore runner; // its own connection, on its own thread, as a process would
        runner.open(path);
        for (const qint64 id : std::as_const(sent)) {
            auto item = runner.get(id);
            item->status = Announcement::Status::Published;
            item->publishedAt = QDateTime::currentDateTimeUtc();
            runner.update(*item);
        }
        runnerDone = true;
    });
    if (!QTest::qWaitFor([&] { return runnerDone.load(); }, 60000))
        return 7;
    runnerThread.join();
    // (What the panel's own check does every few seconds, sooner.)
    if (!QTest::qWaitFor(
            [&] {
                timed(calls, QStringLiteral("data_version"),
                      [&] { return announcements.refreshIfChangedElsewhere(); });
                return !model->isLoading() && model->count(Announcement::Status::Published) == 200;
            },
            60000))
        return 6;
    const StallWatch::Stall elsewhereStall = stalls.take();

    double longestCall = 0;
    for (auto it = calls.cbegin(); it != calls.cend(); ++it) {
        const double longest = *std::max_element(it.value().cbegin(), it.value().cend());
        report.add(QStringLiteral("gui_call_") + it.key(), longest, QStringLiteral("ms"));
        if (it.value().size() > 1)
            report.add(QStringLiteral("gui_call_") + it.key() + QStringLiteral("_median"),
                       BenchReport::median(it.value()), QStringLiteral("ms"));
        longestCall = std::max(longestCall, longest);
    }
    double longestStall = 0, longestStallCpu = 0;
    const QList<std::pair<QString, StallWatch::Stall>> phases{
        {QStringLiteral("start"), startStall},
        {QStringLiteral("empty_panel_first_paint"), emptyStall},
        {QStringLiteral("panel_first_paint"), showStall},
        {QStringLiteral("queue_arrives"), openStall},
        {QStringLiteral("scroll_to_end"), scrollStall},
        {QStringLiteral("changes_here"), changeStall},
        {QStringLiteral("changes_elsewhere"), elsewhereStall}};
    for (const auto &[phase, stall] : phases) {
        report.add(QStringLiteral("gui_stall_") + phase, stall.wallMs, QStringLiteral("ms"));
        report.add(QStringLiteral("gui_stall_cpu_") + phase, stall.cpuMs, QStringLiteral("ms"));
        if (phase == QLatin1String("empty_panel_first_paint"))
            continue; // the yardstick, not the queue
        longestStall = std::max(longestStall, stall.wallMs);
        longestStallCpu = std::max(longestStallCpu, stall.cpuMs);
    }
    report.add(QStringLiteral("gui_panel_construct"), constructMs, QStringLiteral("ms"));
    report.add(QStringLiteral("gui_longest_store_call"), longestCall, QStringLiteral("ms"));
    report.add(QStringLiteral("gui_longest_wait"), longestStall, QStringLiteral("ms"));
    report.add(QStringLiteral("gui_longest_wait_cpu"), longestStallCpu, QStringLiteral("ms"));
    // Before: the panel read the whole queue on the window's thread (at open, and on every
    // change made elsewhere).
    report.add(QStringLiteral("gui_longest_wait_before_whole_queue_read"), wholeRead,
               QStringLiteral("ms"));
    report.add(QStringLiteral("frame_budget"), 1000.0 / 60, QStringLiteral("ms"));
    report.note(QStringLiteral("items"), QString::number(kItems));
    return report.save() ? 0 : 4;
}
