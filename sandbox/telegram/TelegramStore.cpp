#include "telegram/TelegramStore.h"

#include <QDateTime>
#include <QJsonArray>

namespace onair::sandbox {

namespace {

QJsonObject chatState(const Chat &c)
{
    return {{QStringLiteral("id"), double(c.id)},
            {QStringLiteral("type"), c.type},
            {QStringLiteral("title"), c.title},
            {QStringLiteral("username"), c.username},
            {QStringLiteral("description"), c.description},
            {QStringLiteral("botStatus"), c.botStatus},
            {QStringLiteral("canPostMessages"), c.canPostMessages},
            {QStringLiteral("canEditMessages"), c.canEditMessages},
            {QStringLiteral("canDeleteMessages"), c.canDeleteMessages},
            {QStringLiteral("migratedTo"), double(c.migratedTo)},
            {QStringLiteral("lastMessageId"), double(c.lastMessageId)}};
}

Chat chatFrom(const QJsonObject &o)
{
    Chat c;
    c.id = o.value(QStringLiteral("id")).toInteger();
    c.type = o.value(QStringLiteral("type")).toString();
    c.title = o.value(QStringLiteral("title")).toString();
    c.username = o.value(QStringLiteral("username")).toString();
    c.description = o.value(QStringLiteral("description")).toString();
    c.botStatus = o.value(QStringLiteral("botStatus")).toString();
    c.canPostMessages = o.value(QStringLiteral("canPostMessages")).toBool();
    c.canEditMessages = o.value(QStringLiteral("canEditMessages")).toBool();
    c.canDeleteMessages = o.value(QStringLiteral("canDeleteMessages")).toBool();
    c.migratedTo = o.value(QStringLiteral("migratedTo")).toInteger();
    c.lastMessageId = o.value(QStringLiteral("lastMessageId")).toInteger();
    return c;
}

QJsonObject messageState(const Message &m)
{
    return {{QStringLiteral("chatId"), double(m.chatId)},
            {QStringLiteral("messageId"), double(m.id)},
            {QStringLiteral("date"), double(m.date)},
            {QStringLiteral("byBot"), m.byBot},
            {QStringLiteral("kind"), m.kind},
            {QStringLiteral("text"), m.text},
            {QStringLiteral("entities"), m.entities},
            {QStringLiteral("media"), m.media},
            {QStringLiteral("replyMarkup"), m.replyMarkup},
            {QStringLiteral("linkPreviewOptions"), m.linkPreviewOptions},
            {QStringLiteral("editDate"), double(m.editDate)},
            {QStringLiteral("edits"), m.edits},
            {QStringLiteral("deletedAt"), double(m.deletedAt)},
            {QStringLiteral("answeredWithZeroId"), m.answeredWithZeroId}};
}

Message messageFrom(const QJsonObject &o)
{
    Message m;
    m.chatId = o.value(QStringLiteral("chatId")).toInteger();
    m.id = o.value(QStringLiteral("messageId")).toInteger();
    m.date = o.value(QStringLiteral("date")).toInteger();
    m.byBot = o.value(QStringLiteral("byBot")).toBool(true);
    m.kind = o.value(QStringLiteral("kind")).toString();
    m.text = o.value(QStringLiteral("text")).toString();
    m.entities = o.value(QStringLiteral("entities")).toArray();
    m.media = o.value(QStringLiteral("media")).toObject();
    m.replyMarkup = o.value(QStringLiteral("replyMarkup")).toObject();
    m.linkPreviewOptions = o.value(QStringLiteral("linkPreviewOptions")).toObject();
    m.editDate = o.value(QStringLiteral("editDate")).toInteger();
    m.edits = o.value(QStringLiteral("edits")).toArray();
    m.deletedAt = o.value(QStringLiteral("deletedAt")).toInteger();
    m.answeredWithZeroId = o.value(QStringLiteral("answeredWithZeroId")).toBool();
    return m;
}

} // namespace

TelegramStore::TelegramStore(QObject *parent)
    : QObject(parent)
{
    seed();
}

void TelegramStore::seed()
{
    m_bot = Bot{7000000001, QStringLiteral("7000000001:AAF-onairSandboxBot_3kQ9xTz1LmNpQrStUvW"),
                QStringLiteral("onair_sandbox_bot"), QStringLiteral("OnAir Sandbox"), false};
    const auto channel = [](qint64 id, const char *title, const char *username, const char *status,
                            bool canPost) {
        Chat c;
        c.id = id;
        c.type = QStringLiteral("channel");
        c.title = QLatin1String(title);
        c.username = QLatin1String(username);
        c.botStatus = QLatin1String(status);
        c.canPostMessages = c.canEditMessages = c.canDeleteMessages = canPost;
        return c;
    };
    m_chats = {channel(-1001987654321, "OnAir Night Show", "onair_show", "administrator", true),
               channel(-1001987650001, "OnAir Readers", "onair_readers", "member", false),
               channel(-1001987650002, "OnAir Elsewhere", "onair_elsewhere", "left", false),
               channel(-1001987650003, "OnAir Banned", "onair_banned", "kicked", false),
               channel(-1001987650004, "OnAir Crew", "", "administrator", true)};
    m_chats.first().description = QStringLiteral("Announcements of the OnAir sandbox's shows.");
    m_chats.last().type = QStringLiteral("supergroup");
    Chat group;
    group.id = -4000000001;
    group.type = QStringLiteral("group");
    group.title = QStringLiteral("OnAir Crew (old group)");
    group.migratedTo = -1001987650004;
    m_chats.append(group);
    m_messages.clear();
    m_files.clear();
}

QString TelegramStore::channelUsername() const
{
    return QLatin1Char('@') + m_chats.first().username;
}

Chat *TelegramStore::chat(const QString &idOrUsername)
{
    const QString key = idOrUsername.trimmed();
    if (key.startsWith(QLatin1Char('@'))) {
        for (Chat &c : m_chats) {
            if (!c.username.isEmpty() && c.username.compare(key.mid(1), Qt::CaseInsensitive) == 0)
                return &c;
        }
        return nullptr;
    }
    bool ok = false;
    const qint64 id = key.toLongLong(&ok);
    for (Chat &c : m_chats) {
        if (ok && c.id == id)
            return &c;
    }
    return nullptr;
}

Message *TelegramStore::message(qint64 chatId, qint64 messageId)
{
    for (Message &m : m_messages) {
        if (m.chatId == chatId && m.id == messageId)
            return &m;
    }
    return nullptr;
}

Message &TelegramStore::post(Message message)
{
    Chat *c = chat(QString::number(message.chatId));
    message.id = c ? ++c->lastMessageId : 0;
    message.date = now();
    m_messages.append(message);
    Q_EMIT changed();
    return m_messages.last();
}

qint64 TelegramStore::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch() + m_clockOffset * 1000;
}

qint64 TelegramStore::now() const
{
    return nowMs() / 1000;
}

void TelegramStore::advanceClock(qint64 seconds)
{
    m_clockOffset += seconds;
    Q_EMIT changed();
}

int TelegramStore::takeFlood(const Chat &chat)
{
    QList<FloodControl::Limit> limits{
        {QStringLiteral("chat:%1").arg(chat.id), m_settings.perChatPerSecond,
         m_settings.perChatBurst},
        {QStringLiteral("global"), m_settings.globalPerSecond, m_settings.globalPerSecond}};
    if (chat.type != QLatin1String("private"))
        limits.append({QStringLiteral("group:%1").arg(chat.id), m_settings.perGroupPerMinute / 60.0,
                       m_settings.perGroupPerMinute});
    return m_flood.take(limits, nowMs());
}

void TelegramStore::reset()
{
    seed();
    m_settings = Settings();
    m_clockOffset = 0;
    m_flood.clear();
    Q_EMIT changed();
}

QJsonObject TelegramStore::saveState() const
{
    QJsonArray chats;
    for (const Chat &c : m_chats)
        chats.append(chatState(c));
    QJsonArray messages;
    for (const Message &m : m_messages)
        messages.append(messageState(m));
    QJsonObject files;
    for (auto it = m_files.cbegin(); it != m_files.cend(); ++it)
        files.insert(it.key(), it.value());
    return {{QStringLiteral("botRevoked"), m_bot.revoked},
            {QStringLiteral("chats"), chats},
            {QStringLiteral("messages"), messages},
            {QStringLiteral("files"), files},
            {QStringLiteral("clockOffset"), double(m_clockOffset)}};
}

void TelegramStore::restoreState(const QJsonObject &saved)
{
    if (saved.isEmpty())
        return;
    m_bot.revoked = saved.value(QStringLiteral("botRevoked")).toBool();
    QList<Chat> chats;
    for (const QJsonValue &v : saved.value(QStringLiteral("chats")).toArray())
        chats.append(chatFrom(v.toObject()));
    if (!chats.isEmpty())
        m_chats = chats;
    m_messages.clear();
    for (const QJsonValue &v : saved.value(QStringLiteral("messages")).toArray())
        m_messages.append(messageFrom(v.toObject()));
    m_files.clear();
    const QJsonObject files = saved.value(QStringLiteral("files")).toObject();
    for (auto it = files.begin(); it != files.end(); ++it)
        m_files.insert(it.key(), it.value().toObject());
    m_clockOffset = saved.value(QStringLiteral("clockOffset")).toInteger();
}

} // namespace onair::sandbox
