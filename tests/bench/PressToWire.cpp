#include "PressToWire.h"

#include "ShowDriver.h"
#include "cuepoint/BreakController.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace onair::test {

PressToWire::PressToWire(ShowDriver &show)
    : m_show(show)
{}

double PressToWire::percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto rank = static_cast<qsizetype>(std::ceil(p / 100.0 * double(values.size())));
    return values.at(std::clamp<qsizetype>(rank - 1, 0, values.size() - 1));
}

bool PressToWire::waitForAnswer(CuepointLog *log, int index)
{
    // A blocking event loop woken by the log, as the app's own loop is: a qWait() would sleep
    // in 10 ms slices, and a D-Bus or HTTP press arriving in one would wait that sleep out.
    const auto answered = [log, index] {
        return log->size() > index &&
               log->entries().at(index).state != CuepointLogEntry::State::Sent;
    };
    if (answered())
        return true;
    QEventLoop loop;
    const auto check = [&loop, &answered] {
        if (answered())
            loop.quit();
    };
    QObject::connect(log, &CuepointLog::entryAdded, &loop, check);
    QObject::connect(log, &CuepointLog::entryUpdated, &loop, check);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    return answered();
}

void PressToWire::settle()
{
    // What the last answer set off (repaints, the state's pushes) runs to its end first: breaks
    // come minutes apart in a show, to an app at rest, not in the wake of the last one.
    QEventLoop loop;
    QTimer::singleShot(kSettleMs, &loop, &QEventLoop::quit);
    loop.exec();
}

bool PressToWire::run(int presses, const Press &press, QList<double> *latencies,
                      const Press &before)
{
    const auto cuepoints = [this] {
        return m_show.sandbox()
            ->control("GET", QStringLiteral("cuepoints"))
            .value(QLatin1String("cuepoints"))
            .toArray();
    };
    CuepointLog *log = m_show.app()->breaks()->log();
    const int logBefore = log->size();
    const qsizetype wireBefore = cuepoints().size();
    QList<qint64> stamps;
    for (int i = 0; i < presses; ++i) {
        settle();
        if (before && !before()) {
            m_error = QStringLiteral("press %1 could not be prepared").arg(i + 1);
            return false;
        }
        const qint64 stamp = QDateTime::currentMSecsSinceEpoch();
        if (!press()) {
            m_error = QStringLiteral("press %1 could not be made").arg(i + 1);
            return false;
        }
        stamps << stamp;
        if (!waitForAnswer(log, logBefore + i)) {
            m_error = QStringLiteral("no answer to break %1 within 10 s").arg(i + 1);
            return false;
        }
    }
    const QJsonArray wire = cuepoints();
    if (wire.size() - wireBefore != presses) {
        m_error = QStringLiteral("%1 presses, %2 cuepoints in the sandbox")
                      .arg(presses)
                      .arg(wire.size() - wireBefore);
        return false;
    }
    latencies->clear();
    for (int i = 0; i < presses; ++i) {
        const qint64 arrival =
            wire.at(wireBefore + i).toObject().value(QLatin1String("arrivalMs")).toInteger();
        *latencies << double(arrival - stamps.at(i));
    }
    return true;
}

} // namespace onair::test
