#include "telegram/FloodControl.h"

#include <QList>

#include <algorithm>
#include <cmath>

namespace onair::sandbox {

int FloodControl::take(const QList<Limit> &limits, qint64 nowMs)
{
    double wait = 0;
    QList<Bucket *> buckets;
    for (const Limit &limit : limits) {
        auto it = m_buckets.find(limit.key);
        if (it == m_buckets.end())
            it = m_buckets.insert(limit.key, Bucket{limit.burst, nowMs});
        Bucket &b = *it;
        b.tokens = std::min(limit.burst,
                            b.tokens + double(nowMs - b.updatedMs) / 1000.0 * limit.perSecond);
        b.updatedMs = nowMs;
        if (b.tokens < 1)
            wait = std::max(wait, (1 - b.tokens) / limit.perSecond);
        buckets.append(&b);
    }
    if (wait > 0)
        return std::max(1, int(std::ceil(wait)));
    for (Bucket *b : buckets)
        b->tokens -= 1;
    return 0;
}

} // namespace onair::sandbox
