#pragma once

#include <QStringList>

namespace onair {

// `onair --headless`: runs the announcement queue and the pending uploads (HeadlessUploads) with
// no window, for a machine left on (the systemd user unit packaging/onair-headless.service). It
// takes the queue's lock and each account's upload lock, so that the window and a runner never
// both send from one queue or run one upload; the window then shows the runner's progress (the
// database, the uploads file). Progress goes to stderr, one line per change of a row. SIGTERM
// and SIGINT stop it between two posts or, mid-post, leave the row `sending` (an unknown
// outcome at the next start, never re-sent blindly).
class HeadlessCommand
{
public:
    enum Exit
    {
        Stopped = 0,
        Usage = 2,
        QueueUnreadable = 3,
        AlreadyRunning = 4, // another OnAir runs the queue
    };

    static bool isRequested(int argc, char *argv[]);
    // Runs on the event loop until a signal (or, with --exit-when-idle, until no post or upload
    // is left pending or in flight); the exit code.
    static int run(const QStringList &arguments);
};

} // namespace onair
