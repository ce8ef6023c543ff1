#include "kernel/FaultInjector.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace onair::sandbox {

namespace {

QJsonValue swapTypes(const QJsonValue &value)
{
    // Every leaf gets another JSON type than the schema says: strings become numbers,
    // numbers strings, booleans strings, arrays objects.
    if (value.isString())
        return 12345;
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isBool())
        return value.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    if (value.isArray())
        return QJsonObject{{QStringLiteral("0"), QJsonValue(value.toArray().size())}};
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = swapTypes(it.value());
        return object;
    }
    return value;
}

} // namespace

void FaultInjector::setKeyResolver(std::function<QString(const QString &)> resolver)
{
    m_resolver = std::move(resolver);
}

QString FaultInjector::keyOf(const QString &method) const
{
    return m_resolver && !method.isEmpty() ? m_resolver(method) : method;
}

bool FaultInjector::addSpec(const QString &spec, QString *error, bool *expireTokensNow)
{
    static const QRegularExpression itemPattern(
        QStringLiteral(R"(^([a-z-]+?)(?:=([A-Za-z0-9]+?))?(?:x(\d+)|%(\d+)|~(\d+)(s|ms))?)"
                       R"((?:@([a-z0-9]+:[A-Za-z0-9._]+|[A-Za-z0-9]+\.[A-Za-z]+))?$)"));
    QList<Item> items;
    int latency = m_latencyMs;
    QMap<QString, int> latencyByMethod = m_latencyByMethod;
    bool stuckTesting = m_stuckTesting;
    bool stuckLive = m_stuckLive;
    std::optional<quint32> seed;
    bool expire = false;
    const QStringList parts = spec.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &raw : parts) {
        const QString text = raw.trimmed();
        const QRegularExpressionMatch m = itemPattern.match(text);
        if (!m.hasMatch()) {
            *error = QStringLiteral("bad fault item: ") + text;
            return false;
        }
        Item item;
        item.name = m.captured(1);
        item.value = m.captured(2);
        item.remaining = m.captured(3).isEmpty() ? 1 : m.captured(3).toInt();
        item.method = keyOf(m.captured(7));
        const bool hasForm = m.capturedLength(3) + m.capturedLength(4) + m.capturedLength(5) > 0;
        if (!m.captured(3).isEmpty() && item.remaining < 1) {
            *error = QStringLiteral("count must be at least 1: ") + text;
            return false;
        }
        if (!m.captured(4).isEmpty()) {
            item.remaining = 0;
            item.percent = m.captured(4).toInt();
            if (item.percent < 1 || item.percent > 100) {
                *error = QStringLiteral("%PERCENT takes 1 to 100: ") + text;
                return false;
            }
        }
        if (!m.captured(5).isEmpty()) {
            item.remaining = 0;
            item.windowMs =
                m.captured(5).toLongLong() * (m.captured(6) == QLatin1String("s") ? 1000 : 1);
            if (item.windowMs < 1 || item.windowMs > 24LL * 3600 * 1000) {
                *error = QStringLiteral("~WINDOW takes 1 ms to 24 h: ") + text;
                return false;
            }
            item.until = QDeadlineTimer(item.windowMs);
        }
        static const QStringList formless{QStringLiteral("latency"), QStringLiteral("stuck"),
                                          QStringLiteral("expire-tokens"), QStringLiteral("seed")};
        if (hasForm && formless.contains(item.name)) {
            *error = item.name + QStringLiteral(" takes no count, percent or window: ") + text;
            return false;
        }
        if (item.name == QLatin1String("error")) {
            static const QStringList statuses{QStringLiteral("500"), QStringLiteral("502"),
                                              QStringLiteral("503"), QStringLiteral("504")};
            if (!statuses.contains(item.value)) {
                *error = QStringLiteral("error= takes 500, 502, 503 or 504: ") + text;
                return false;
            }
            items.append(item);
        } else if (item.name == QLatin1String("drop") || item.name == QLatin1String("stall")) {
            bool ok = true;
            if (!item.value.isEmpty() && (item.value.toLongLong(&ok) < 0 || !ok)) {
                *error = QStringLiteral("takes a byte count or nothing: ") + text;
                return false;
            }
            items.append(item);
        } else if (item.name == QLatin1String("reason") || item.name == QLatin1String("commit") ||
                   item.name == QLatin1String("outcome")) {
            if (item.value.isEmpty()) {
                *error = item.name + QStringLiteral("= takes a name: ") + text;
                return false;
            }
            static const QRegularExpression digits(QStringLiteral("^\\d+$"));
            static const QStringList serverErrors{QStringLiteral("500"), QStringLiteral("502"),
                                                  QStringLiteral("503"), QStringLiteral("504")};
            if (item.name == QLatin1String("commit") && digits.match(item.value).hasMatch() &&
                !serverErrors.contains(item.value)) {
                *error = QStringLiteral("commit= takes a reason, or 500, 502, 503 or 504: ") + text;
                return false;
            }
            items.append(item);
        } else if (item.name == QLatin1String("failed") || item.name == QLatin1String("rejected")) {
            // The discovery's VideoStatus enums.
            static const QStringList failures{
                QStringLiteral("conversion"), QStringLiteral("invalidFile"),
                QStringLiteral("emptyFile"),  QStringLiteral("tooSmall"),
                QStringLiteral("codec"),      QStringLiteral("uploadAborted")};
            static const QStringList rejections{QStringLiteral("copyright"),
                                                QStringLiteral("inappropriate"),
                                                QStringLiteral("duplicate"),
                                                QStringLiteral("termsOfUse"),
                                                QStringLiteral("uploaderAccountSuspended"),
                                                QStringLiteral("length"),
                                                QStringLiteral("claim"),
                                                QStringLiteral("uploaderAccountClosed"),
                                                QStringLiteral("trademark"),
                                                QStringLiteral("legal")};
            const QStringList &allowed =
                item.name == QLatin1String("failed") ? failures : rejections;
            if (!allowed.contains(item.value)) {
                *error = item.name + QStringLiteral("= takes one of ") +
                         allowed.join(QStringLiteral(", ")) + QStringLiteral(": ") + text;
                return false;
            }
            items.append(item);
        } else if (item.name == QLatin1String("ratelimit") || item.name == QLatin1String("quota")) {
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
            if (!ok || ms < 0) {
                *error = QStringLiteral("latency=MS takes milliseconds: ") + text;
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
        } else if (item.name == QLatin1String("seed")) {
            bool ok = false;
            seed = item.value.toUInt(&ok);
            if (!ok || !item.method.isEmpty()) {
                *error = QStringLiteral("seed=N takes a number and no method: ") + text;
                return false;
            }
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
    if (seed) {
        m_seed = *seed;
        m_random.seed(m_seed);
    }
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

std::optional<FaultInjector::Item>
FaultInjector::takeItem(const QString &method, const std::function<bool(const QString &)> &isKind)
{
    const QString key = keyOf(method);
    for (int i = 0; i < m_items.size(); ++i) {
        Item &item = m_items[i];
        if (item.windowMs > 0 && item.until.hasExpired()) {
            m_items.removeAt(i--);
            continue;
        }
        if (!isKind(item.name) || (!item.method.isEmpty() && item.method != key))
            continue;
        if (item.percent > 0 && int(m_random.bounded(100)) >= item.percent)
            continue; // this request is spared; a later item may still take it
        const Item taken = item;
        if (item.remaining > 0 && --item.remaining == 0)
            m_items.removeAt(i);
        return taken;
    }
    return std::nullopt;
}

FaultInjector::Decision FaultInjector::take(const QString &method)
{
    Decision decision;
    decision.latencyMs = m_latencyByMethod.value(keyOf(method), m_latencyMs);
    static const QStringList consumedElsewhere{QStringLiteral("bad"), QStringLiteral("failed"),
                                               QStringLiteral("rejected"),
                                               QStringLiteral("outcome")};
    const std::optional<Item> item =
        takeItem(method, [](const QString &name) { return !consumedElsewhere.contains(name); });
    if (!item)
        return decision;
    decision.value = item->value;
    if (item->name == QLatin1String("error")) {
        decision.action = Action::Error;
        decision.errorStatus = item->value.toInt();
    } else if (item->name == QLatin1String("drop")) {
        decision.action = Action::Drop;
    } else if (item->name == QLatin1String("stall")) {
        decision.action = Action::Stall;
    } else if (item->name == QLatin1String("ratelimit")) {
        decision.action = Action::RateLimit;
    } else if (item->name == QLatin1String("quota")) {
        decision.action = Action::Quota;
    } else if (item->name == QLatin1String("reason")) {
        decision.action = Action::Reason;
    } else if (item->name == QLatin1String("commit")) {
        decision.action = Action::CommitReason;
        decision.errorStatus = item->value.toInt(); // commit=500: a server error; 0 for a reason
    }
    return decision;
}

QString FaultInjector::takeCorruption(const QString &method)
{
    const std::optional<Item> item =
        takeItem(method, [](const QString &name) { return name == QLatin1String("bad"); });
    return item ? item->value : QString();
}

QPair<QString, QString> FaultInjector::takeProcessingOutcome(const QString &method)
{
    const std::optional<Item> item = takeItem(method, [](const QString &name) {
        return name == QLatin1String("failed") || name == QLatin1String("rejected");
    });
    return item ? QPair<QString, QString>{item->name, item->value} : QPair<QString, QString>{};
}

QString FaultInjector::takeOutcome(const QString &method)
{
    const std::optional<Item> item =
        takeItem(method, [](const QString &name) { return name == QLatin1String("outcome"); });
    return item ? item->value : QString();
}

bool FaultInjector::isStuck(const QString &transitionTarget) const
{
    return transitionTarget == QLatin1String("testing") ? m_stuckTesting : m_stuckLive;
}

QJsonObject FaultInjector::report() const
{
    QJsonArray pending;
    for (const Item &item : m_items) {
        if (item.windowMs > 0 && item.until.hasExpired())
            continue;
        QJsonObject o{{QStringLiteral("fault"), item.name}};
        if (item.percent > 0)
            o.insert(QStringLiteral("percent"), item.percent);
        else if (item.windowMs > 0)
            o.insert(QStringLiteral("remainingMs"), item.until.remainingTime());
        else
            o.insert(QStringLiteral("remaining"), item.remaining);
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
            {QStringLiteral("stuckLive"), m_stuckLive},
            {QStringLiteral("seed"), double(m_seed)}};
}

HttpReply FaultInjector::corrupt(HttpReply reply, const QString &kind)
{
    if (kind == QLatin1String("malformed")) {
        const qsizetype colon = reply.body.indexOf(':');
        reply.body = colon >= 0 ? reply.body.left(colon) + " " + reply.body.mid(colon + 1)
                                : QByteArrayLiteral("{");
    } else if (kind == QLatin1String("truncated")) {
        reply.body = reply.body.left(reply.body.size() / 2);
    } else if (kind == QLatin1String("huge")) {
        QJsonObject object = QJsonDocument::fromJson(reply.body).object();
        object.insert(QStringLiteral("sandboxPadding"),
                      QString(32 * 1024 * 1024, QLatin1Char('x')));
        reply.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    } else if (kind == QLatin1String("wrongtype")) {
        const QJsonObject object = QJsonDocument::fromJson(reply.body).object();
        reply.body = QJsonDocument(swapTypes(object).toObject()).toJson(QJsonDocument::Compact);
    }
    return reply;
}

} // namespace onair::sandbox
