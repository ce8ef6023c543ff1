#pragma once

#include <QList>
#include <QString>

namespace onair::sandbox {

// One of the two channels a sandbox user may sign in as.
struct SandboxChannel
{
    QString id; // "UC" + 22 characters, like YouTube's channel ids
    QString title;
    QString description;
};

// Exactly two channels, always in the same order (the first is the auto-consent choice).
const QList<SandboxChannel> &sandboxChannels();

} // namespace onair::sandbox
