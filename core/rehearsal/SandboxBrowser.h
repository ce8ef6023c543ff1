#pragma once

#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace onair {

// The browser's stand-in for the sandbox's sign-in: fetches the consent URL, which with
// --auto-consent redirects straight to OnAir's loopback listener, and follows that one hop.
// Nobody sees a page, so nothing here is a widget.
class SandboxBrowser : public QObject
{
    Q_OBJECT

public:
    explicit SandboxBrowser(QNetworkAccessManager *nam, QObject *parent = nullptr);

    // Opens `url` as a browser would (true: the request went out; the outcome comes through
    // the loopback listener, or failed()).
    bool open(const QUrl &url);

Q_SIGNALS:
    void failed(const QString &why);

private:
    QNetworkAccessManager *m_nam;
};

} // namespace onair
