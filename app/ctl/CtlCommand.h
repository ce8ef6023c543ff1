#pragma once

#include "remote/RemoteOutcome.h"

#include <QCoreApplication>
#include <QStringList>

namespace onair {

// `onair ctl …`: talks to the running OnAir over D-Bus (the object ShowBusObject::ctlObjectPath()
// on the session bus), so that a desktop's global shortcut fires a break while another program
// has the focus. Prints the answer's sentence and exits with a code that says what happened:
//   0 placed / accepted (status: read)   1 refused (why on stderr)   2 usage or bad argument
//   3 no OnAir running                   4 ignored (a double press)  5 armed: confirm within 5 s
//   6 not allowed from outside the window (Settings → Remote control)
//   7 too many calls                     8 no answer from YouTube: may or may not be placed
class CtlCommand
{
    Q_DECLARE_TR_FUNCTIONS(onair::CtlCommand)

public:
    enum ExitCode
    {
        Ok = 0,
        Refused = 1,
        Usage = 2,
        NotRunning = 3,
        Ignored = 4,
        Armed = 5,
        NotAllowed = 6,
        RateLimited = 7,
        Unconfirmed = 8,
    };

    // `arguments` are what follows "ctl"; the caller has made the QCoreApplication.
    static int run(const QStringList &arguments);
    static ExitCode exitCodeFor(RemoteOutcome::Status status);
    static ExitCode exitCodeFor(const QString &outcomeName);
    static QString usage();
};

} // namespace onair
