#pragma once

#include "ShowDriver.h"

#include <QJsonArray>
#include <QObject>

#include <memory>

// Instagram through the window against a real sandbox: the operator connects the sandbox's
// account in the Announce tab (pastes the token, Check asks `me`, Save), composes a post whose
// image is the broadcast's thumbnail, reads the preview and schedules it now. The sandbox's
// read-back holds exactly one media with that caption. A second post whose media_publish is
// applied and then dropped (and a third rejected but applied) still makes one media each, and
// the queue shows them published: the container's status settled it.
class TestAnnounceInstagramE2E : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void postFromTheWindowOnceEvenWhenThePublishIsLost();

private:
    QJsonArray media() const;
    int mediaWithCaption(const QString &caption) const;
    // Composes `caption` for the Instagram account and schedules it now, through the widgets.
    bool composeAndSchedule(const QString &label, const QString &caption);
    // The queue row labelled `label` reads Published (waits for it).
    bool waitPublished(const QString &label);

    std::unique_ptr<onair::test::ShowDriver> m_show;
};
