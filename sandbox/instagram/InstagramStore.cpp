#include "instagram/InstagramStore.h"

#include <QDateTime>
#include <QJsonArray>

namespace onair::sandbox {

namespace {

constexpr qint64 kDay = 24 * 3600;
constexpr qint64 kTokenLifetime = 60 * kDay;

QString shortcodeOf(qint64 n)
{
    static const char alphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    QString code;
    quint64 x = quint64(n) * 2654435761u + 0x5bd1e995;
    for (int i = 0; i < 11; ++i) {
        code += QLatin1Char(alphabet[x % 64]);
        x = x / 64 + quint64(i) * 977;
    }
    return code;
}

} // namespace

InstagramStore::InstagramStore(QObject *parent)
    : QObject(parent)
{
    seed();
}

void InstagramStore::seed()
{
    // Two days old, so it may be refreshed at once.
    const qint64 issued = now() - 2 * kDay;
    m_tokens = {GraphToken{QStringLiteral("IGAAOnAirSandboxLongLivedToken0001"), issued,
                           issued + kTokenLifetime, false, false}};
    m_containers.clear();
    m_media.clear();
    m_publishLog.clear();
    m_callLog.clear();
    m_counter = 0;
}

const GraphToken *InstagramStore::findToken(const QString &value) const
{
    for (const GraphToken &t : m_tokens) {
        if (t.value == value)
            return &t;
    }
    return nullptr;
}

GraphToken &InstagramStore::issueToken()
{
    GraphToken t;
    t.value = QStringLiteral("IGAAOnAirSandboxLongLivedToken%1")
                  .arg(m_tokens.size() + 1, 4, 10, QLatin1Char('0'));
    t.issuedAt = now();
    t.expiresAt = t.issuedAt + kTokenLifetime;
    m_tokens.append(t);
    Q_EMIT changed();
    return m_tokens.last();
}

QString InstagramStore::nextId(const char *prefix)
{
    return QLatin1String(prefix) + QString::number(++m_counter).rightJustified(6, QLatin1Char('0'));
}

Container *InstagramStore::container(const QString &id)
{
    for (Container &c : m_containers) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

const Media *InstagramStore::media(const QString &id) const
{
    for (const Media &m : m_media) {
        if (m.id == id)
            return &m;
    }
    return nullptr;
}

Container &InstagramStore::createContainer(const QString &imageUrl, const QString &caption,
                                           const QString &outcome)
{
    Container c;
    c.id = nextId("1790000000");
    c.imageUrl = imageUrl;
    c.caption = caption;
    c.createdAtMs = nowMs();
    c.outcome = outcome;
    m_containers.append(c);
    Q_EMIT changed();
    return m_containers.last();
}

QString InstagramStore::statusCode(const Container &c) const
{
    if (!c.mediaId.isEmpty())
        return QStringLiteral("PUBLISHED");
    if (nowMs() - c.createdAtMs >= kDay * 1000)
        return QStringLiteral("EXPIRED");
    if (c.outcome == QLatin1String("error"))
        return QStringLiteral("ERROR");
    if (c.outcome == QLatin1String("errorempty"))
        return QString();
    if (c.outcome == QLatin1String("stuck") ||
        nowMs() - c.createdAtMs < qint64(m_settings.processingSeconds * 1000))
        return QStringLiteral("IN_PROGRESS");
    return QStringLiteral("FINISHED");
}

const Media &InstagramStore::publish(Container &c)
{
    Media m;
    m.id = nextId("1791000000");
    m.containerId = c.id;
    m.caption = c.caption;
    m.imageUrl = c.imageUrl;
    m.shortcode = shortcodeOf(m_counter);
    m.timestamp = now();
    c.mediaId = m.id;
    m_media.append(m);
    m_publishLog.append(m.timestamp);
    Q_EMIT changed();
    return m_media.last();
}

int InstagramStore::publishedInLastDay(qint64 since) const
{
    const qint64 from = std::max(now() - kDay, since);
    return int(std::count_if(m_publishLog.cbegin(), m_publishLog.cend(),
                             [&](qint64 t) { return t > from; }));
}

qint64 InstagramStore::recordCall()
{
    const qint64 t = nowMs();
    while (!m_callLog.isEmpty() && m_callLog.first() <= t - 3600 * 1000)
        m_callLog.removeFirst();
    m_callLog.append(t);
    return m_callLog.size();
}

qint64 InstagramStore::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch() + m_clockOffset * 1000;
}

qint64 InstagramStore::now() const
{
    return nowMs() / 1000;
}

void InstagramStore::advanceClock(qint64 seconds)
{
    m_clockOffset += seconds;
    Q_EMIT changed();
}

void InstagramStore::reset()
{
    m_clockOffset = 0;
    m_settings = Settings();
    seed();
    Q_EMIT changed();
}

QJsonObject InstagramStore::saveState() const
{
    QJsonArray tokens;
    for (const GraphToken &t : m_tokens)
        tokens.append(QJsonObject{{QStringLiteral("value"), t.value},
                                  {QStringLiteral("issuedAt"), double(t.issuedAt)},
                                  {QStringLiteral("expiresAt"), double(t.expiresAt)},
                                  {QStringLiteral("loggedOut"), t.loggedOut},
                                  {QStringLiteral("passwordChanged"), t.passwordChanged}});
    QJsonArray containers;
    for (const Container &c : m_containers)
        containers.append(QJsonObject{{QStringLiteral("id"), c.id},
                                      {QStringLiteral("imageUrl"), c.imageUrl},
                                      {QStringLiteral("caption"), c.caption},
                                      {QStringLiteral("createdAtMs"), double(c.createdAtMs)},
                                      {QStringLiteral("outcome"), c.outcome},
                                      {QStringLiteral("mediaId"), c.mediaId},
                                      {QStringLiteral("publishCalls"), c.publishCalls},
                                      {QStringLiteral("statusCode"), statusCode(c)}});
    QJsonArray media;
    for (const Media &m : m_media)
        media.append(QJsonObject{{QStringLiteral("id"), m.id},
                                 {QStringLiteral("containerId"), m.containerId},
                                 {QStringLiteral("caption"), m.caption},
                                 {QStringLiteral("imageUrl"), m.imageUrl},
                                 {QStringLiteral("shortcode"), m.shortcode},
                                 {QStringLiteral("timestamp"), double(m.timestamp)}});
    QJsonArray log;
    for (qint64 t : m_publishLog)
        log.append(double(t));
    return {{QStringLiteral("tokens"), tokens},
            {QStringLiteral("containers"), containers},
            {QStringLiteral("media"), media},
            {QStringLiteral("publishLog"), log},
            {QStringLiteral("clockOffset"), double(m_clockOffset)},
            {QStringLiteral("counter"), double(m_counter)}};
}

void InstagramStore::restoreState(const QJsonObject &saved)
{
    if (saved.isEmpty())
        return;
    QList<GraphToken> tokens;
    for (const QJsonValue &v : saved.value(QStringLiteral("tokens")).toArray()) {
        const QJsonObject o = v.toObject();
        tokens.append(GraphToken{o.value(QStringLiteral("value")).toString(),
                                 o.value(QStringLiteral("issuedAt")).toInteger(),
                                 o.value(QStringLiteral("expiresAt")).toInteger(),
                                 o.value(QStringLiteral("loggedOut")).toBool(),
                                 o.value(QStringLiteral("passwordChanged")).toBool()});
    }
    if (!tokens.isEmpty())
        m_tokens = tokens;
    m_containers.clear();
    for (const QJsonValue &v : saved.value(QStringLiteral("containers")).toArray()) {
        const QJsonObject o = v.toObject();
        Container c;
        c.id = o.value(QStringLiteral("id")).toString();
        c.imageUrl = o.value(QStringLiteral("imageUrl")).toString();
        c.caption = o.value(QStringLiteral("caption")).toString();
        c.createdAtMs = o.value(QStringLiteral("createdAtMs")).toInteger();
        c.outcome = o.value(QStringLiteral("outcome")).toString();
        c.mediaId = o.value(QStringLiteral("mediaId")).toString();
        c.publishCalls = o.value(QStringLiteral("publishCalls")).toInt();
        m_containers.append(c);
    }
    m_media.clear();
    for (const QJsonValue &v : saved.value(QStringLiteral("media")).toArray()) {
        const QJsonObject o = v.toObject();
        m_media.append(Media{o.value(QStringLiteral("id")).toString(),
                             o.value(QStringLiteral("containerId")).toString(),
                             o.value(QStringLiteral("caption")).toString(),
                             o.value(QStringLiteral("imageUrl")).toString(),
                             o.value(QStringLiteral("shortcode")).toString(),
                             o.value(QStringLiteral("timestamp")).toInteger()});
    }
    m_publishLog.clear();
    for (const QJsonValue &v : saved.value(QStringLiteral("publishLog")).toArray())
        m_publishLog.append(v.toInteger());
    m_clockOffset = saved.value(QStringLiteral("clockOffset")).toInteger();
    m_counter = saved.value(QStringLiteral("counter")).toInteger();
}

} // namespace onair::sandbox
