#pragma once

#include "SandboxProcess.h"

#include <QObject>

#include <memory>

// The sandbox's read-back page (GET /_sandbox/social/posts) over plain HTTP: what the Telegram
// chats received and what the Instagram account published, for a person to read.
class TestSandboxPosts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void emptySandboxSaysNothingPosted();
    void pageListsPostsEditsAndPublishes();

private:
    using Response = onair::test::SandboxProcess::Response;

    Response bot(const QString &method, const QJsonObject &body);
    Response graph(const QString &path, const QJsonObject &body);
    Response page();

    std::unique_ptr<onair::test::SandboxProcess> m_sandbox;
};
