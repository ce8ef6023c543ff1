#pragma once

#include "net/NetCallInfo.h"
#include "net/Result.h"

#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace onair {

class RequestPipeline;

// What a post to a chat carries: HTML text (the caption when there is a photo), an optional
// "Watch" URL button, and an optional photo fetched by Telegram from a public URL.
struct TelegramPost
{
    QString chat; // "@username" or the numeric id
    QString html;
    QString buttonText;
    QUrl buttonUrl;
    QUrl photoUrl; // set: sendPhoto with `html` as the caption

    bool isMedia() const { return !photoUrl.isEmpty(); }
};

struct TelegramMessage
{
    qint64 messageId = 0; // 0: accepted, id unknown (Telegram scheduled it)
    qint64 chatId = 0;
    QString chatUsername; // empty for private chats
};

struct TelegramChat
{
    qint64 id = 0;
    QString type; // channel, supergroup, group, private
    QString title;
    QString username;
};

// The Bot API for one bot, through its own RequestPipeline (TelegramErrorEnvelope, no bearer:
// the token is part of the path, and the pipeline logs method names only). Reads are retried by
// the pipeline; a request that posts or edits is sent once (Replay::Never): whether to send it
// again is the announcement queue's decision, from the outcome (NetCallInfo::outcomeUnknown).
class TelegramClient : public QObject
{
    Q_OBJECT

public:
    template<typename T>
    using Done = std::function<void(Result<T>, NetCallInfo)>;

    // `apiRoot` is Telegram's ("https://api.telegram.org/") or the sandbox's.
    TelegramClient(QNetworkAccessManager *nam, const QUrl &apiRoot, QObject *parent = nullptr);

    void setToken(const QString &token) { m_token = token; }
    bool hasToken() const { return !m_token.isEmpty(); }
    // How long a post waits for its answer (the docs: at least 60 s); reads wait 20 s.
    void setPostTimeoutMs(int ms) { m_postTimeoutMs = ms; }
    RequestPipeline *pipeline() const { return m_pipeline; }

    // getMe: the bot's id and username.
    void getMe(QObject *context, Done<QJsonObject> done);
    void getChat(const QString &chat, QObject *context, Done<TelegramChat> done);
    void getChatMember(const QString &chat, qint64 userId, QObject *context,
                       Done<QJsonObject> done);

    // sendMessage, or sendPhoto when the post has a photo.
    void send(const TelegramPost &post, QObject *context, Done<TelegramMessage> done);
    // editMessageText, or editMessageCaption for a media post. "message is not modified" is a
    // success: the message already says this.
    void edit(const TelegramPost &post, qint64 messageId, QObject *context,
              Done<TelegramMessage> done);

    // https://t.me/<username>/<id>, or https://t.me/c/<internal id>/<id>; empty when unknown.
    static QUrl messageLink(const TelegramMessage &message);

private:
    void call(const QString &method, const QJsonObject &params, bool posts, QObject *context,
              Done<QJsonObject> done);
    static QJsonObject postParams(const TelegramPost &post);

    RequestPipeline *m_pipeline;
    QUrl m_root;
    QString m_token;
    int m_postTimeoutMs = 60000;
};

} // namespace onair
