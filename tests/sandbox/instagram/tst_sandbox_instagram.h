#pragma once

#include "SandboxProcess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QString>

#include <memory>

// The sandbox's Instagram Graph API over plain HTTP: the ready line's account and token, auth
// and token errors, the three encodings, the container's life (IN_PROGRESS, FINISHED,
// PUBLISHED, EXPIRED), one post per container, the image URL table, the caption limit, the
// rolling-day publishing limit, the media list and permalink, token refresh, the read-back and
// every injectable fault.
class TestSandboxInstagram : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void readyLineAndMe();
    void tokens();
    void containerToPost();
    void encodings();
    void imageUrls_data();
    void imageUrls();
    void publishingLimit();
    void expiredContainer();
    void refresh();
    void faults();

private:
    using Response = onair::test::SandboxProcess::Response;

    Response get(const QString &path);
    Response post(const QString &path, const QByteArray &form);
    QString createContainer(const QString &imageUrl,
                            const QString &caption = QStringLiteral("We are live"));
    QString statusOf(const QString &containerId);
    void finishProcessing(const QString &containerId);
    void expectError(const Response &reply, int code, int subcode);
    QJsonObject state();

    std::unique_ptr<onair::test::SandboxProcess> m_sandbox;
    QString m_graph; // path prefix of the Graph root, "graph/"
    QString m_user;
    QString m_token;
    QString m_google;    // a YouTube access token
    QString m_thumbnail; // a sandbox broadcast's maxres thumbnail URL
};
