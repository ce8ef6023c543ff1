#include "TestHttpClient.h"

#include <QJsonDocument>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>

namespace onair::test {

QByteArray TestHttpClient::Reply::header(const QByteArray &name) const
{
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return QByteArray();
}

QJsonObject TestHttpClient::Reply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QUrl TestHttpClient::Reply::location() const
{
    return QUrl::fromEncoded(header("Location"), QUrl::StrictMode);
}

TestHttpClient::TestHttpClient(int timeoutMs)
    : m_timeoutMs(timeoutMs)
{
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_network.setProxy(QNetworkProxy::NoProxy); // everything is on loopback
}

namespace {

QNetworkRequest makeRequest(const QUrl &url, const QByteArray &bearer)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    if (!bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearer);
    return request;
}

} // namespace

TestHttpClient::Reply TestHttpClient::finish(QNetworkReply *reply)
{
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(m_timeoutMs))
        reply->abort();
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    if (reply->error() != QNetworkReply::NoError)
        result.error = reply->errorString();
    reply->deleteLater();
    return result;
}

TestHttpClient::Reply TestHttpClient::get(const QUrl &url, const QByteArray &bearer)
{
    return finish(m_network.get(makeRequest(url, bearer)));
}

TestHttpClient::Reply TestHttpClient::post(const QUrl &url, const QByteArray &body,
                                           const QByteArray &contentType, const QByteArray &bearer)
{
    QNetworkRequest request = makeRequest(url, bearer);
    request.setRawHeader("Content-Type", contentType);
    return finish(m_network.post(request, body));
}

QByteArray TestHttpClient::formEncode(const QList<QPair<QString, QString>> &fields)
{
    QByteArray body;
    for (const auto &field : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(field.first) + '=' + QUrl::toPercentEncoding(field.second);
    }
    return body;
}

TestHttpClient::Reply TestHttpClient::postForm(const QUrl &url,
                                               const QList<QPair<QString, QString>> &fields)
{
    return post(url, formEncode(fields), "application/x-www-form-urlencoded;charset=UTF-8");
}

TestHttpClient::Reply TestHttpClient::postJson(const QUrl &url, const QJsonObject &body,
                                               const QByteArray &bearer)
{
    return post(url, QJsonDocument(body).toJson(QJsonDocument::Compact),
                "application/json; charset=UTF-8", bearer);
}

TestHttpClient::Reply TestHttpClient::put(const QUrl &url, const QJsonObject &body,
                                          const QByteArray &bearer)
{
    QNetworkRequest request = makeRequest(url, bearer);
    request.setRawHeader("Content-Type", "application/json; charset=UTF-8");
    return finish(m_network.put(request, QJsonDocument(body).toJson(QJsonDocument::Compact)));
}

TestHttpClient::Reply TestHttpClient::deleteResource(const QUrl &url, const QByteArray &bearer)
{
    return finish(m_network.deleteResource(makeRequest(url, bearer)));
}

} // namespace onair::test
