#include "google/SandboxChannels.h"

namespace onair::sandbox {

const QList<SandboxChannel> &sandboxChannels()
{
    // Fixed ids so that saved state, presets and tests survive a restart of the sandbox.
    static const QList<SandboxChannel> channels{
        {QStringLiteral("UCsbxOnAirMorningShow0a1"), QStringLiteral("OnAir Morning Show"),
         QStringLiteral("The sandbox's first channel: a daily live show.")},
        {QStringLiteral("UCsbxOnAirNightDesk00b72"), QStringLiteral("OnAir Night Desk"),
         QStringLiteral("The sandbox's second channel: late-night news and talk.")},
    };
    return channels;
}

} // namespace onair::sandbox
