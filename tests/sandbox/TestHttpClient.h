#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QUrl>

class QNetworkReply;

namespace onair::test {

// A blocking-for-tests HTTP client: every call waits (bounded) for its answer, never follows
// redirects, and hands back status, headers and body.
class TestHttpClient
{
public:
    struct Reply
    {
        int status = 0; // 0: no answer (network error or time-out)
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        QString error;

        QByteArray header(const QByteArray &name) const;
        QJsonObject json() const;
        QUrl location() const;
    };

    explicit TestHttpClient(int timeoutMs = 15000);

    Reply get(const QUrl &url, const QByteArray &bearer = QByteArray());
    Reply post(const QUrl &url, const QByteArray &body, const QByteArray &contentType,
               const QByteArray &bearer = QByteArray());
    // application/x-www-form-urlencoded;charset=UTF-8, as Google's client libraries send it.
    Reply postForm(const QUrl &url, const QList<QPair<QString, QString>> &fields);
    Reply postJson(const QUrl &url, const QJsonObject &body, const QByteArray &bearer);
    Reply put(const QUrl &url, const QJsonObject &body, const QByteArray &bearer);
    Reply deleteResource(const QUrl &url, const QByteArray &bearer);

    static QByteArray formEncode(const QList<QPair<QString, QString>> &fields);

private:
    Reply finish(QNetworkReply *reply);

    QNetworkAccessManager m_network;
    int m_timeoutMs;
};

} // namespace onair::test
