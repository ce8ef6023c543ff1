#pragma once

#include <QtGlobal>

namespace onair {

class BreakController;
class BroadcastSession;

// One machine-readable line on stderr when a show is picked up again after a restart, for
// operators' scripts and the crash-and-reattach test.
class ReattachReport
{
public:
    // `processStartMs`: epoch ms at main() (0 when unknown).
    static void print(const BroadcastSession &session, const BreakController &breaks,
                      qint64 processStartMs);
};

} // namespace onair
