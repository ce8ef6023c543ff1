#include "rehearsal/ProcessProbe.h"

#include <QFile>

#include <csignal>
#include <sys/types.h>

namespace onair {

std::optional<ProcessProbe::Info> ProcessProbe::read(qint64 pid)
{
    if (pid <= 1)
        return std::nullopt;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return std::nullopt;
    // "PID (comm) STATE PPID …": comm may hold spaces and parentheses, so split at the last ')'.
    const QByteArray line = stat.readAll();
    const qsizetype open = line.indexOf('(');
    const qsizetype close = line.lastIndexOf(')');
    if (open < 0 || close < open)
        return std::nullopt;
    const QList<QByteArray> fields = line.mid(close + 2).split(' ');
    // fields[0] is field 3 (state); the start time is field 22.
    if (fields.size() < 20 || fields.at(0) == "Z" || fields.at(0) == "X")
        return std::nullopt;
    Info info;
    info.name = QString::fromUtf8(line.mid(open + 1, close - open - 1));
    bool ok = false;
    info.startTicks = fields.at(19).toULongLong(&ok);
    if (!ok)
        return std::nullopt;
    return info;
}

bool ProcessProbe::isRunning(qint64 pid, const QString &name, quint64 startTicks)
{
    const std::optional<Info> info = read(pid);
    return info && info->name == name.left(15) &&
           (startTicks == 0 || info->startTicks == startTicks);
}

bool ProcessProbe::terminate(qint64 pid)
{
    return pid > 1 && ::kill(pid_t(pid), SIGTERM) == 0;
}

bool ProcessProbe::kill(qint64 pid)
{
    return pid > 1 && ::kill(pid_t(pid), SIGKILL) == 0;
}

} // namespace onair
