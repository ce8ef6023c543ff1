#pragma once

#include <QHash>
#include <QString>

namespace onair::sandbox {

// Telegram's flood control as token buckets: each key ("chat:-100…", "global") holds up to
// `burst` tokens and regains `perSecond` of them a second. A request takes one token from every
// bucket it passes; when one is empty, nothing is taken and the answer is the whole seconds
// until it has a token again (429 retry after N).
class FloodControl
{
public:
    struct Limit
    {
        QString key;
        double perSecond = 1;
        double burst = 1;
    };

    // 0: allowed (a token taken from each bucket); otherwise the seconds to wait.
    int take(const QList<Limit> &limits, qint64 nowMs);
    void clear() { m_buckets.clear(); }

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 updatedMs = 0;
    };
    QHash<QString, Bucket> m_buckets;
};

} // namespace onair::sandbox
