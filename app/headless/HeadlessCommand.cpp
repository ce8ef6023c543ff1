#include "headless/HeadlessCommand.h"

#include "QuitOnSignal.h"
#include "announce/AnnounceTriggers.h"
#include "announce/AnnouncementScheduler.h"
#include "announce/AnnouncementStore.h"
#include "announce/Announcements.h"
#include "google/youtube/upload/UploadQueue.h"
#include "headless/HeadlessUploads.h"
#include "secrets/SecretStore.h"
#include "show/ShowEvents.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QNetworkAccessManager>

#include <cstdio>

namespace onair {

namespace {

void say(const QString &line)
{
    std::fprintf(stderr, "onair: %s\n", qPrintable(line));
    std::fflush(stderr);
}

} // namespace

bool HeadlessCommand::isRequested(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--headless") == 0)
            return true;
    }
    return false;
}

int HeadlessCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "HeadlessCommand", "Runs the announcement queue with no window."));
    parser.addHelpOption();
    const QCommandLineOption headless(
        QStringLiteral("headless"),
        QCoreApplication::translate("HeadlessCommand", "Run with no window."));
    const QCommandLineOption database(
        QStringLiteral("queue"),
        QCoreApplication::translate("HeadlessCommand",
                                    "The announcement queue's database (default %1).")
            .arg(AnnouncementStore::defaultPath()),
        QStringLiteral("file"));
    const QCommandLineOption exitWhenIdle(
        QStringLiteral("exit-when-idle"),
        QCoreApplication::translate("HeadlessCommand",
                                    "Leave once nothing is pending or being sent."));
    const QCommandLineOption lateLimit(
        QStringLiteral("late-limit"),
        QCoreApplication::translate("HeadlessCommand",
                                    "Send a post at most this many minutes late (default 15); "
                                    "later ones are held for the operator."),
        QStringLiteral("minutes"));
    const QCommandLineOption sandboxReady(
        QStringLiteral("sandbox-ready"),
        QCoreApplication::translate("HeadlessCommand",
                                    "For the sandbox's uploads, use a running sandbox, given "
                                    "its ready line (JSON)."),
        QStringLiteral("json"));
    parser.addOptions({headless, database, exitWhenIdle, lateLimit, sandboxReady});
    if (!parser.parse(arguments)) {
        say(parser.errorText());
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fprintf(stdout, "%s", qPrintable(parser.helpText()));
        return Stopped;
    }

    QuitOnSignal quitOnSignal;
    QNetworkAccessManager nam;
    SecretStore secrets;
    Announcements announcements(&nam, &secrets);
    if (!announcements.open(parser.value(database))) {
        say(announcements.error());
        return QueueUnreadable;
    }
    AnnouncementStore *store = announcements.store();
    for (const AnnouncementStore::Damaged &d : store->damaged())
        say(QCoreApplication::translate("HeadlessCommand",
                                        "Queue row %1 cannot be read and is left as it is: %2")
                .arg(d.id)
                .arg(d.problem));
    QObject::connect(store, &AnnouncementStore::changed, store, [store](qint64 id) {
        if (const auto a = store->get(id)) {
            say(QStringLiteral("announcement %1 (%2): %3")
                    .arg(id)
                    .arg(a->label, Announcement::statusName(a->status)));
        }
    });
    QObject::connect(&announcements, &Announcements::trouble, &announcements, say);
    if (!announcements.run()) {
        say(announcements.error());
        return AlreadyRunning;
    }
    if (parser.isSet(lateLimit))
        announcements.scheduler()->setLateLimitMs(parser.value(lateLimit).toLongLong() * 60000);
    // The uploads the window left pending, each account's under its own lock.
    HeadlessUploads uploads(&nam, &secrets);
    uploads.setSandboxReadyLine(parser.value(sandboxReady).toUtf8());
    QObject::connect(&uploads, &HeadlessUploads::said, &uploads, say);
    // No show runs here: only the posts an uploaded recording carries (processed, published).
    ShowEvents noShow;
    AnnounceTriggers uploadPosts(store, &noShow);
    QObject::connect(&uploads, &HeadlessUploads::queueOpening, &uploadPosts,
                     &AnnounceTriggers::followUploads);
    if (parser.isSet(exitWhenIdle)) {
        AnnouncementScheduler *scheduler = announcements.scheduler();
        const auto quitIfIdle = [store, scheduler, &uploads] {
            if (!scheduler->isBusy() && !store->nextDue().isValid() && uploads.isIdle())
                QCoreApplication::quit();
        };
        QObject::connect(scheduler, &AnnouncementScheduler::idle, store, quitIfIdle,
                         Qt::QueuedConnection);
        QObject::connect(&uploads, &HeadlessUploads::changed, store, quitIfIdle,
                         Qt::QueuedConnection);
        QMetaObject::invokeMethod(store, quitIfIdle, Qt::QueuedConnection);
    }
    say(QCoreApplication::translate("HeadlessCommand", "Running the announcement queue %1.")
            .arg(store->path()));
    uploads.start();
    QCoreApplication::exec();
    return Stopped;
}

} // namespace onair
