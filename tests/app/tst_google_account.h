#pragma once

#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

// The Google-account path of the app, with the sandbox standing in for Google: import a
// desktop client_secret.json, consent in the "browser", drive the channel, restart signed in.
class TestGoogleAccount : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    // QDesktopServices URL handler: plays the browser against the consent page.
    void openInBrowser(const QUrl &url);

private Q_SLOTS:
    // First: a fresh HOME has no Google account yet.
    void noAccountStartsOnTheSandbox();
    void importSignInAndRestart();
    // Two channels of one project side by side: each keeps its show; sign out keeps no secret.
    void twoAccountsEachWithItsShow();

private:
    QNetworkAccessManager m_browser;
    int m_opened = 0;
    QString m_channel; // the channel to pick on a consent page (no --auto-consent)
};
