#include "social/telegram/TelegramClient.h"

#include "net/JsonReader.h"
#include "net/RequestPipeline.h"
#include "social/telegram/TelegramErrorEnvelope.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace onair {

namespace {

// A chat given as digits (with an optional '-') goes as a number, "@name" as a string.
QJsonValue chatValue(const QString &chat)
{
    bool numeric = false;
    const qint64 id = chat.toLongLong(&numeric);
    return numeric ? QJsonValue(id) : QJsonValue(chat);
}

Result<TelegramMessage> readMessage(const QJsonObject &result)
{
    TelegramMessage m;
    JsonReader r(result);
    m.messageId = r.int64("message_id");
    if (r.enter("chat")) {
        m.chatId = r.int64("id");
        m.chatUsername = r.string("username");
        r.leave();
    }
    if (!r.ok())
        return ApiError::badResponse(r.error());
    return m;
}

} // namespace

TelegramClient::TelegramClient(QNetworkAccessManager *nam, const QUrl &apiRoot, QObject *parent)
    : QObject(parent)
    , m_pipeline(new RequestPipeline(nam, this))
    , m_root(apiRoot)
{
    if (!m_root.path().endsWith(QLatin1Char('/')))
        m_root.setPath(m_root.path() + QLatin1Char('/'));
    RequestHooks hooks;
    hooks.parseError = &TelegramErrorEnvelope::parse;
    m_pipeline->setHooks(hooks);
}

void TelegramClient::call(const QString &method, const QJsonObject &params, bool posts,
                          QObject *context, Done<QJsonObject> done)
{
    if (m_token.isEmpty()) {
        ApiError e;
        e.kind = ApiError::Kind::SignedOut;
        e.reason = QStringLiteral("unauthorized");
        e.message = tr("No bot token is stored for this account.");
        QMetaObject::invokeMethod(
            context, [done, e] { done(e, {}); }, Qt::QueuedConnection);
        return;
    }
    NetRequest rq;
    rq.method = QStringLiteral("telegram.") + method;
    rq.verb = QByteArrayLiteral("POST");
    // "./": a token has a colon, and "bot123:ABC/…" alone would parse as a URL scheme.
    rq.url = m_root.resolved(QUrl(QStringLiteral("./bot") + m_token + QLatin1Char('/') + method));
    rq.body = QJsonDocument(params).toJson(QJsonDocument::Compact);
    rq.contentType = QByteArrayLiteral("application/json");
    rq.replay = posts ? RetryPolicy::Replay::Never : RetryPolicy::Replay::Safe;
    rq.timeoutMs = posts ? m_postTimeoutMs : 20000;
    m_pipeline->send(
        std::move(rq), context,
        [done, method, token = m_token](Result<NetReply> reply, NetCallInfo info) {
            if (!reply) {
                // The token is in the path: never let a transport message carry it on.
                ApiError e = reply.error();
                e.message.replace(token, QStringLiteral("<token>"));
                return done(e, info);
            }
            auto parsed = parseJsonObject(reply.value().body, QStringLiteral("telegram.") + method);
            if (!parsed)
                return done(parsed.error(), info);
            const QJsonObject o = parsed.value();
            if (o.value(QLatin1String("ok")) != QJsonValue(true))
                return done(TelegramErrorEnvelope::parse(200, reply.value().body), info);
            const QJsonValue result = o.value(QLatin1String("result"));
            // editMessage* answer `true` for inline messages.
            done(result.isObject() ? result.toObject() : QJsonObject(), info);
        });
}

void TelegramClient::getMe(QObject *context, Done<QJsonObject> done)
{
    call(QStringLiteral("getMe"), {}, false, context, std::move(done));
}

void TelegramClient::getChat(const QString &chat, QObject *context, Done<TelegramChat> done)
{
    QJsonObject p{{QStringLiteral("chat_id"), chatValue(chat)}};
    call(QStringLiteral("getChat"), p, false, context,
         [done](Result<QJsonObject> r, NetCallInfo info) {
             if (!r)
                 return done(r.error(), info);
             JsonReader reader(r.value());
             TelegramChat c;
             c.id = reader.int64("id");
             c.type = reader.string("type");
             c.title = reader.string("title");
             c.username = reader.string("username");
             if (!reader.ok())
                 return done(ApiError::badResponse(reader.error()), info);
             done(c, info);
         });
}

void TelegramClient::getChatMember(const QString &chat, qint64 userId, QObject *context,
                                   Done<QJsonObject> done)
{
    QJsonObject p{{QStringLiteral("chat_id"), chatValue(chat)},
                  {QStringLiteral("user_id"), userId}};
    call(QStringLiteral("getChatMember"), p, false, context, std::move(done));
}

QJsonObject TelegramClient::postParams(const TelegramPost &post)
{
    QJsonObject p{{QStringLiteral("chat_id"), chatValue(post.chat)},
                  {QStringLiteral("parse_mode"), QStringLiteral("HTML")}};
    if (!post.buttonUrl.isEmpty()) {
        const QJsonObject button{{QStringLiteral("text"), post.buttonText},
                                 {QStringLiteral("url"), post.buttonUrl.toString()}};
        p.insert(QStringLiteral("reply_markup"),
                 QJsonObject{{QStringLiteral("inline_keyboard"), QJsonArray{QJsonArray{button}}}});
    }
    return p;
}

void TelegramClient::send(const TelegramPost &post, QObject *context, Done<TelegramMessage> done)
{
    QJsonObject p = postParams(post);
    QString method;
    if (post.isMedia()) {
        method = QStringLiteral("sendPhoto");
        p.insert(QStringLiteral("photo"), post.photoUrl.toString());
        p.insert(QStringLiteral("caption"), post.html);
    } else {
        method = QStringLiteral("sendMessage");
        p.insert(QStringLiteral("text"), post.html);
    }
    call(method, p, true, context, [done](Result<QJsonObject> r, NetCallInfo info) {
        if (!r)
            return done(r.error(), info);
        done(readMessage(r.value()), info);
    });
}

void TelegramClient::edit(const TelegramPost &post, qint64 messageId, QObject *context,
                          Done<TelegramMessage> done)
{
    QJsonObject p = postParams(post);
    p.insert(QStringLiteral("message_id"), messageId);
    QString method;
    if (post.isMedia()) {
        method = QStringLiteral("editMessageCaption");
        p.insert(QStringLiteral("caption"), post.html);
    } else {
        method = QStringLiteral("editMessageText");
        p.insert(QStringLiteral("text"), post.html);
    }
    call(method, p, true, context, [done, messageId](Result<QJsonObject> r, NetCallInfo info) {
        if (!r && r.error().reason != QLatin1String("notModified"))
            return done(r.error(), info);
        if (!r || r.value().isEmpty()) {
            TelegramMessage same;
            same.messageId = messageId;
            return done(same, info);
        }
        done(readMessage(r.value()), info);
    });
}

QUrl TelegramClient::messageLink(const TelegramMessage &message)
{
    if (message.messageId <= 0)
        return {};
    if (!message.chatUsername.isEmpty())
        return QUrl(
            QStringLiteral("https://t.me/%1/%2").arg(message.chatUsername).arg(message.messageId));
    // A private channel or supergroup: the id without its -100 prefix.
    if (message.chatId < -1000000000000LL)
        return QUrl(QStringLiteral("https://t.me/c/%1/%2")
                        .arg(-message.chatId - 1000000000000LL)
                        .arg(message.messageId));
    return {};
}

} // namespace onair
