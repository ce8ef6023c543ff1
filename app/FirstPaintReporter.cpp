#include "FirstPaintReporter.h"

#include <QDateTime>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace onair {

void FirstPaintReporter::watch(QWidget *window)
{
    window->installEventFilter(new FirstPaintReporter(window));
}

bool FirstPaintReporter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint) {
        watched->removeEventFilter(this);
        // Report once this paint (and the flush that follows it) is done.
        QTimer::singleShot(0, this, &FirstPaintReporter::report);
    }
    return false;
}

void FirstPaintReporter::report()
{
    qint64 rssKb = 0;
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n'))
            if (line.startsWith("VmRSS:"))
                rssKb = line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    std::fprintf(stderr, "onair-first-paint: epochMs=%lld rssKb=%lld\n",
                 static_cast<long long>(QDateTime::currentMSecsSinceEpoch()),
                 static_cast<long long>(rssKb));
    std::fflush(stderr);
    deleteLater();
}

} // namespace onair
