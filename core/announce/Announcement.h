#pragma once

#include "social/SocialAccount.h"

#include <QDateTime>
#include <QString>
#include <QUrl>

#include <optional>

namespace onair {

// One row of the announcement queue: a post to one account, when, and how it went. The seed's
// model (account, post, scheduled time, status, external id, log, published at) plus the
// write-ahead mark and the `unconfirmed` and `held` states:
//
//   pending ──due──▶ sending ──answer──▶ published
//      ▲                 │  ├─refused, may retry──▶ pending (dueAt later, attempts+1)
//      │                 │  ├─refused for good / attempts spent──▶ failed
//      │                 │  └─no answer (Telegram)──▶ unconfirmed ──"It's there"──▶ published
//      │                 │                                         └─"Send again"──▶ pending
//      │                 └─found at start-up: Telegram ▶ unconfirmed; Instagram ▶ pending (the
//      │                   container's status decides before any publish)
//   held ◀── more late than allowed (OnAir was closed at the time) ── operator: send / cancel
struct Announcement
{
    enum class Status
    {
        Pending,
        Sending, // the seed's in_progress: written before the request that posts
        Published,
        Failed,
        Unconfirmed,
        Held,
        Cancelled,
    };

    static constexpr int kMaxAttempts = 3;

    qint64 id = 0;
    QString accountId;
    SocialAccount::Platform platform = SocialAccount::Platform::Telegram;
    QString label; // "Live now", for the operator
    QString text;  // Telegram HTML or the Instagram caption, as sent
    QString buttonText;
    QUrl buttonUrl;
    QUrl imageUrl;
    qint64 editOf = 0; // the item whose Telegram message this one edits (0: a new post)
    QString showKey;   // "<broadcast>/<trigger>": one item per show and trigger
    QDateTime scheduledAt;
    QDateTime dueAt; // the next attempt
    Status status = Status::Pending;
    int attempts = 0;
    QString externalId; // Telegram message id, Instagram media id
    QString containerId;
    QUrl link;
    QString log;
    QDateTime publishedAt;
    QDateTime sendingSince;

    static QString statusName(Status s);
    static std::optional<Status> statusFromName(const QString &name);
};

} // namespace onair
