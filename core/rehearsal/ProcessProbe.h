#pragma once

#include <QString>

#include <optional>

namespace onair {

// What Linux says of a process that is not our child (a sandbox or an encoder left running by
// an OnAir that crashed): whether it still runs, under which name, since when. Its start time
// tells a pid that was reused apart from the process we knew.
class ProcessProbe
{
public:
    struct Info
    {
        QString name;           // /proc/PID/comm (at most 15 characters)
        quint64 startTicks = 0; // clock ticks after boot (field 22 of /proc/PID/stat)
    };

    // nullopt when there is no such process, or it has exited (a zombie counts as gone).
    static std::optional<Info> read(qint64 pid);
    // Whether `pid` runs as `name` and, when `startTicks` is not 0, is the same process.
    static bool isRunning(qint64 pid, const QString &name, quint64 startTicks = 0);
    // SIGTERM (false when there is no such process or it is not ours to signal).
    static bool terminate(qint64 pid);
    static bool kill(qint64 pid);
};

} // namespace onair
