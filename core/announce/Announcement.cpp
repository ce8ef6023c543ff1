#include "announce/Announcement.h"

#include <array>

namespace onair {

namespace {

constexpr std::array kNames{"pending",     "sending", "published", "failed",
                            "unconfirmed", "held",    "cancelled"};

} // namespace

QString Announcement::statusName(Status s)
{
    return QLatin1String(kNames[static_cast<size_t>(s)]);
}

std::optional<Announcement::Status> Announcement::statusFromName(const QString &name)
{
    for (size_t i = 0; i < kNames.size(); ++i) {
        if (name == QLatin1String(kNames[i]))
            return static_cast<Status>(i);
    }
    return std::nullopt;
}

} // namespace onair
