#pragma once

#include <QList>
#include <QString>

#include <functional>

namespace onair {
class CuepointLog;
}

namespace onair::test {

class ShowDriver;

// Press-to-wire latency of ad breaks during a live sandbox show: each press is stamped just
// before it is made, waits for its break's answer in OnAir's cuepoint log (presses are
// serialised), and is matched with the sandbox's arrivalMs of its liveBroadcasts.cuepoint
// request (both epoch ms on this machine). The wait for an answer is an event loop woken by the
// log, so that a press arriving from outside is handled as soon as the app's loop would. Shared by
// bench_cuepoint_latency and bench_remote.
class PressToWire
{
public:
    // Makes one press (one break); false when it could not be made.
    using Press = std::function<bool()>;

    explicit PressToWire(ShowDriver &show);

    // `presses` presses through `press`; on success `latencies` has one value (ms) per press.
    // `before`, when given, runs before each press's stamp: what is not part of the press.
    bool run(int presses, const Press &press, QList<double> *latencies, const Press &before = {});
    QString error() const { return m_error; }

    // The p-th percentile (nearest rank), 0 for no values.
    static double percentile(QList<double> values, double p);

private:
    static constexpr int kSettleMs = 50;

    bool waitForAnswer(CuepointLog *log, int index);
    static void settle();

    ShowDriver &m_show;
    QString m_error;
};

} // namespace onair::test
