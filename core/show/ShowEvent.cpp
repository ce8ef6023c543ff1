#include "show/ShowEvent.h"

#include <array>

namespace onair {

namespace {
constexpr std::array<std::pair<ShowEvent::Kind, const char *>, 6> kNames{{
    {ShowEvent::Kind::Created, "created"},
    {ShowEvent::Kind::StreamBound, "streamBound"},
    {ShowEvent::Kind::TestingReached, "testingReached"},
    {ShowEvent::Kind::LiveReached, "liveReached"},
    {ShowEvent::Kind::Completed, "completed"},
    {ShowEvent::Kind::RecordingProcessed, "recordingProcessed"},
}};
} // namespace

QString ShowEvent::name(Kind kind)
{
    for (const auto &[k, n] : kNames)
        if (k == kind)
            return QLatin1String(n);
    return {};
}

std::optional<ShowEvent::Kind> ShowEvent::fromName(QStringView name)
{
    for (const auto &[k, n] : kNames)
        if (name == QLatin1String(n))
            return k;
    return std::nullopt;
}

} // namespace onair
