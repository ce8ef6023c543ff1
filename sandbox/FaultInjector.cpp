#include "FaultInjector.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace onair::sandbox {

bool FaultInjector::addSpec(const QString &spec, QString *error, bool *expireTokensNow)
{
    static const QRegularExpression itemPattern(QStringLiteral(
        R"(^([a-z-]+?)(?:=([A-Za-z0-9]+?))?(?:x(\d+))?(?:@([A-Za-z0-9]+\.[A-Za-z]+))?$)"));
    QList<Item> items;
    int latency = m_latencyMs;
    QMap<QString, int> latencyByMethod = m_latencyByMethod;
    bool stuckTesting = m_stuckTesting;
    bool stuckLive = m_stuckLive;
    bool expire = false;
    const QStringList parts = spec.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &raw : parts) {
        const QString text = raw.trimmed();
        const QRegularExpressionMatch m = itemPattern.match(text);
        if (!m.hasMatch()) {
            *error = QStringLiteral("bad fault item: ") + text;
            return false;
        }
        Item item{m.captured(1), m.captured(2), m.captured(3).isEmpty() ? 1 : m.captured(3).toInt(),
                  m.captured(4)};
        if (item.remaining < 1) {
            *error = QStringLiteral("count must be at least 1: ") + text;
            return false;
        }
        if (item.name == QLatin1String("error")) {
            if (item.value != QLatin1String("500") && item.value != QLatin1String("503")) {
                *error = QStringLiteral("error= takes 500 or 503: ") + text;
                return false;
            }
            items.append(item);
        } else if (item.name == QLatin1String("drop") || item.name == QLatin1String("stall") ||
                   item.name == QLatin1String("ratelimit") || item.name == QLatin1String("quota")) {
            if (!item.value.isEmpty()) {
                *error = QStringLiteral("takes no value: ") + text;
                return false;
            }
            items.append(item);
        } else if (item.name == QLatin1String("bad")) {
            static const QStringList kinds{QStringLiteral("malformed"), QStringLiteral("truncated"),
                                           QStringLiteral("huge"), QStringLiteral("wrongtype")};
            if (!kinds.contains(item.value)) {
                *error =
                    QStringLiteral("bad= takes malformed, truncated, huge or wrongtype: ") + text;
                return false;
            }
            items.append(item);
        } else if (item.name == QLatin1String("latency")) {
            bool ok = false;
            const int ms = item.value.toInt(&ok);
            if (!ok || ms < 0 || !m.captured(3).isEmpty()) {
                *error = QStringLiteral("latency=MS takes milliseconds and no count: ") + text;
                return false;
            }
            if (item.method.isEmpty())
                latency = ms;
            else
                latencyByMethod.insert(item.method, ms);
        } else if (item.name == QLatin1String("stuck")) {
            if (item.value == QLatin1String("testing"))
                stuckTesting = true;
            else if (item.value == QLatin1String("live"))
                stuckLive = true;
            else if (item.value == QLatin1String("all"))
                stuckTesting = stuckLive = true;
            else {
                *error = QStringLiteral("stuck= takes testing, live or all: ") + text;
                return false;
            }
        } else if (item.name == QLatin1String("expire-tokens")) {
            expire = true;
        } else {
            *error = QStringLiteral("unknown fault: ") + text;
            return false;
        }
    }
    m_items.append(items);
    m_latencyMs = latency;
    m_latencyByMethod = latencyByMethod;
    m_stuckTesting = stuckTesting;
    m_stuckLive = stuckLive;
    if (expireTokensNow)
        *expireTokensNow = expire;
    return true;
}

void FaultInjector::clear()
{
    m_items.clear();
    m_latencyMs = 0;
    m_latencyByMethod.clear();
    m_stuckTesting = m_stuckLive = false;
}

FaultInjector::Decision FaultInjector::take(const QString &method)
{
    Decision decision;
    decision.latencyMs = m_latencyByMethod.value(method, m_latencyMs);
    for (int i = 0; i < m_items.size(); ++i) {
        Item &item = m_items[i];
        if (item.name == QLatin1String("bad") || (!item.method.isEmpty() && item.method != method))
            continue;
        if (item.name == QLatin1String("error")) {
            decision.action = Action::Error;
            decision.errorStatus = item.value.toInt();
        } else if (item.name == QLatin1String("drop")) {
            decision.action = Action::Drop;
        } else if (item.name == QLatin1String("stall")) {
            decision.action = Action::Stall;
        } else if (item.name == QLatin1String("ratelimit")) {
            decision.action = Action::RateLimit;
        } else if (item.name == QLatin1String("quota")) {
            decision.action = Action::Quota;
        }
        if (--item.remaining <= 0)
            m_items.removeAt(i);
        break;
    }
    return decision;
}

QString FaultInjector::takeCorruption(const QString &method)
{
    for (int i = 0; i < m_items.size(); ++i) {
        Item &item = m_items[i];
        if (item.name != QLatin1String("bad") || (!item.method.isEmpty() && item.method != method))
            continue;
        const QString kind = item.value;
        if (--item.remaining <= 0)
            m_items.removeAt(i);
        return kind;
    }
    return {};
}

bool FaultInjector::isStuck(const QString &transitionTarget) const
{
    return transitionTarget == QLatin1String("testing") ? m_stuckTesting : m_stuckLive;
}

QJsonObject FaultInjector::report() const
{
    QJsonArray pending;
    for (const Item &item : m_items) {
        QJsonObject o{{QStringLiteral("fault"), item.name},
                      {QStringLiteral("remaining"), item.remaining}};
        if (!item.value.isEmpty())
            o.insert(QStringLiteral("value"), item.value);
        if (!item.method.isEmpty())
            o.insert(QStringLiteral("method"), item.method);
        pending.append(o);
    }
    QJsonObject byMethod;
    for (auto it = m_latencyByMethod.cbegin(); it != m_latencyByMethod.cend(); ++it)
        byMethod.insert(it.key(), it.value());
    const QJsonObject latency{{QStringLiteral("ms"), m_latencyMs},
                              {QStringLiteral("methods"), byMethod}};
    return {{QStringLiteral("pending"), pending},
            {QStringLiteral("latency"), latency},
            {QStringLiteral("stuckTesting"), m_stuckTesting},
            {QStringLiteral("stuckLive"), m_stuckLive}};
}

} // namespace onair::sandbox
