#pragma once

#include <QList>
#include <QString>

#include <functional>

namespace onair::test {

class ShowDriver;

// Press-to-wire latency of ad breaks during a live sandbox show: each press is stamped just
// before it is made, waits for its break's answer in OnAir's cuepoint log (presses are
// serialised), and is matched with the sandbox's arrivalMs of its liveBroadcasts.cuepoint
// request (both epoch ms on this machine). Shared by bench_cuepoint_latency and bench_remote.
class PressToWire
{
public:
    // Makes one press (one break); false when it could not be made.
    using Press = std::function<bool()>;

    explicit PressToWire(ShowDriver &show);

    // `presses` presses through `press`; on success `latencies` has one value (ms) per press.
    bool run(int presses, const Press &press, QList<double> *latencies);
    QString error() const { return m_error; }

    // The p-th percentile (nearest rank), 0 for no values.
    static double percentile(QList<double> values, double p);

private:
    ShowDriver &m_show;
    QString m_error;
};

} // namespace onair::test
