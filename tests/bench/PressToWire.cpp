#include "PressToWire.h"

#include "ShowDriver.h"
#include "cuepoint/BreakController.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

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

bool PressToWire::run(int presses, const Press &press, QList<double> *latencies)
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
        const qint64 stamp = QDateTime::currentMSecsSinceEpoch();
        if (!press()) {
            m_error = QStringLiteral("press %1 could not be made").arg(i + 1);
            return false;
        }
        stamps << stamp;
        const int index = logBefore + i;
        if (!m_show.waitFor(
                [log, index] {
                    return log->size() > index &&
                           log->entries().at(index).state != CuepointLogEntry::State::Sent;
                },
                10000, QStringLiteral("the answer to break %1").arg(i + 1))) {
            m_error = m_show.error();
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
