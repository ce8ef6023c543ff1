#pragma once

#include "SandboxProcess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QString>

#include <memory>

// The sandbox's Telegram Bot API over plain HTTP: the ready line's bot and channel, the
// envelopes, the four parameter encodings, posting rights, HTML entities, lengths in code
// points, per-chat message ids, flood control, the inline keyboard, photos and videos (upload,
// URL, file_id), edits, deletes, the read-back and every injectable fault.
class TestSandboxTelegram : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void readyLineNamesBotAndChannel();
    void envelopesAndAuth();
    void fourEncodings();
    void chatChecks();
    void postingRights_data();
    void postingRights();
    void htmlEntities();
    void htmlErrors_data();
    void htmlErrors();
    void lengthsInCodePoints();
    void perChatMessageIds();
    void floodControl();
    void inlineKeyboard();
    void photos();
    void videos();
    void edits();
    void deletes();
    void faults();
    void stateSurvivesRestart();

private:
    using Response = onair::test::SandboxProcess::Response;

    Response call(const QString &method, const QJsonObject &body);
    void expectError(const Response &reply, int code, const QString &description);
    QJsonArray posted(); // the read-back's messages

    std::unique_ptr<onair::test::SandboxProcess> m_sandbox;
    QString m_token;
};
