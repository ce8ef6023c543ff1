#include "rehearsal/SandboxBrowser.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace onair {

SandboxBrowser::SandboxBrowser(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
{}

bool SandboxBrowser::open(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = m_nam->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const QUrl next = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
        if (next.isValid()) {
            QNetworkReply *hop = m_nam->get(QNetworkRequest(reply->url().resolved(next)));
            connect(hop, &QNetworkReply::finished, hop, &QObject::deleteLater);
        } else {
            Q_EMIT failed(tr("The sandbox did not redirect to OnAir."));
        }
    });
    return true;
}

} // namespace onair
