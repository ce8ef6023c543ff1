#include "announce/ChatPacer.h"

#include <algorithm>

namespace onair {

QDateTime ChatPacer::nextSlot(const QString &chat, const QDateTime &now) const
{
    const QList<QDateTime> recent = m_recent.value(chat);
    if (recent.isEmpty())
        return now;
    QDateTime slot = std::max(now, recent.last().addMSecs(kGapMs));
    if (recent.size() >= kPerMinute)
        slot = std::max(slot, recent.at(recent.size() - kPerMinute).addMSecs(kMinuteMs));
    return slot;
}

void ChatPacer::answered(const QString &chat, const QDateTime &at)
{
    QList<QDateTime> &recent = m_recent[chat];
    recent.append(at);
    while (!recent.isEmpty() && recent.first().msecsTo(at) >= kMinuteMs)
        recent.removeFirst();
}

} // namespace onair
