#include "announce/AnnouncementPublisher.h"

#include "announce/AnnouncementStore.h"
#include "social/instagram/GraphErrorEnvelope.h"
#include "social/instagram/InstagramClient.h"
#include "social/telegram/TelegramClient.h"

#include <QNetworkAccessManager>
#include <QTimer>

#include <algorithm>

namespace onair {

struct AnnouncementPublisher::Run
{
    Announcement item;
    SocialAccount account;
    std::function<void()> done;
    bool finished = false;
};

AnnouncementPublisher::AnnouncementPublisher(AnnouncementStore *store, QNetworkAccessManager *nam,
                                             TokenSource tokens, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_nam(nam)
    , m_tokens(std::move(tokens))
{}

TelegramClient *AnnouncementPublisher::telegram(const SocialAccount &account)
{
    TelegramClient *&c = m_telegram[account.id];
    if (!c) {
        c = new TelegramClient(m_nam, account.apiRoot, this);
        c->setPostTimeoutMs(m_timing.telegramPostTimeoutMs);
    }
    return c;
}

InstagramClient *AnnouncementPublisher::instagram(const SocialAccount &account)
{
    InstagramClient *&c = m_instagram[account.id];
    if (!c)
        c = new InstagramClient(m_nam, account.apiRoot, this);
    return c;
}

void AnnouncementPublisher::forget(const QString &accountId)
{
    if (TelegramClient *c = m_telegram.take(accountId))
        c->deleteLater();
    if (InstagramClient *c = m_instagram.take(accountId))
        c->deleteLater();
}

void AnnouncementPublisher::send(Announcement item, std::function<void()> done)
{
    auto run = std::make_shared<Run>();
    run->item = std::move(item);
    run->done = std::move(done);
    const auto account = m_store->account(run->item.accountId);
    if (!account) {
        return failed(run, {}, tr("The account of this post no longer exists; nothing was sent."));
    }
    run->account = *account;
    m_tokens(run->account.id, this, [this, run](const QString &token, const QString &error) {
        if (token.isEmpty()) {
            return failed(run, {RetryRules::Action::StopAccount, 0},
                          error.isEmpty() ? tr("No token is stored for this account.") : error);
        }
        if (run->account.platform == SocialAccount::Platform::Telegram) {
            telegram(run->account)->setToken(token);
            sendTelegram(run);
        } else {
            instagram(run->account)->setToken(token);
            if (run->item.containerId.isEmpty())
                createContainer(run);
            else
                poll(run, m_timing.pollBudget); // reconcile before any publish
        }
    });
}

// ---- Telegram ----

void AnnouncementPublisher::sendTelegram(const std::shared_ptr<Run> &run)
{
    TelegramPost post;
    post.chat = run->account.target;
    post.html = run->item.text;
    post.buttonText = run->item.buttonText;
    post.buttonUrl = run->item.buttonUrl;
    post.photoUrl = run->item.imageUrl;
    qint64 editId = 0;
    if (run->item.editOf) {
        const auto original = m_store->get(run->item.editOf);
        if (original && original->status == Announcement::Status::Published)
            editId = original->externalId.toLongLong();
        // The original's kind decides the edit method: a photo's caption or a message's text.
        if (original)
            post.photoUrl = original->imageUrl;
    }
    TelegramClient *client = telegram(run->account);
    const auto answered = [this, run, editId](Result<TelegramMessage> r, NetCallInfo info) {
        if (r) {
            const TelegramMessage &m = r.value();
            if (m.messageId == 0) {
                return published(run, QString(), QUrl(),
                                 tr("Accepted by Telegram; the message id is not known yet."));
            }
            return published(run, QString::number(m.messageId), TelegramClient::messageLink(m),
                             editId ? tr("Edited message %1.").arg(m.messageId)
                                    : tr("Posted as message %1.").arg(m.messageId));
        }
        const ApiError &e = r.error();
        if (e.reason == QLatin1String("chatMigrated") && !e.status.isEmpty()) {
            // The group became a supergroup: its new id from now on.
            run->account.target = e.status;
            m_store->saveAccount(run->account);
        }
        const auto decision =
            RetryRules::telegram(e, info, editId != 0, run->item.attempts, m_timing.retryBaseMs);
        QString line = info.outcomeUnknown || e.httpStatus >= 500
                           ? tr("No answer from Telegram (%1): the post may be in the channel.")
                                 .arg(e.summary())
                           : tr("Telegram refused: %1").arg(e.summary());
        failed(run, decision, line);
    };
    if (editId)
        client->edit(post, editId, this, answered);
    else
        client->send(post, this, answered);
}

// ---- Instagram ----

void AnnouncementPublisher::createContainer(const std::shared_ptr<Run> &run)
{
    instagram(run->account)
        ->createContainer(
            run->account.target, run->item.imageUrl, run->item.text, this,
            [this, run](Result<QString> id, NetCallInfo) {
                if (!id) {
                    // An unanswered create leaves at most an orphan container,
                    // invisible and harmless: the next attempt makes a new one.
                    return failed(
                        run,
                        RetryRules::instagram(id.error(), run->item.attempts, m_timing.retryBaseMs),
                        tr("Instagram did not make the post's container: %1")
                            .arg(id.error().summary()));
                }
                // Persisted at once: a crash from here on reconciles through it.
                run->item.containerId = id.value();
                AnnouncementStore::appendLog(run->item, tr("Container %1 made.").arg(id.value()));
                m_store->update(run->item);
                poll(run, m_timing.pollBudget);
            });
}

void AnnouncementPublisher::poll(const std::shared_ptr<Run> &run, int pollsLeft)
{
    instagram(run->account)
        ->container(
            run->item.containerId, this,
            [this, run, pollsLeft](Result<InstagramContainer> c, NetCallInfo) {
                const auto again = [this, run, pollsLeft] {
                    QTimer::singleShot(m_timing.pollIntervalMs, this,
                                       [this, run, pollsLeft] { poll(run, pollsLeft - 1); });
                };
                if (!c) {
                    const ApiError &e = c.error();
                    // 100/33 right after a create, throttles and lost answers: read again.
                    const bool transientRead =
                        GraphErrorEnvelope::subcode(e) == 33 || e.rateLimited ||
                        GraphErrorEnvelope::isTransient(e) || e.kind == ApiError::Kind::Transport ||
                        e.kind == ApiError::Kind::Timeout;
                    if (transientRead && pollsLeft > 1)
                        return again();
                    return failed(
                        run, RetryRules::instagram(e, run->item.attempts, m_timing.retryBaseMs),
                        tr("The container's status could not be read: %1").arg(e.summary()));
                }
                const InstagramContainer &s = c.value();
                if (s.statusCode == QLatin1String("PUBLISHED"))
                    return foundPublished(run);
                if (s.statusCode == QLatin1String("FINISHED"))
                    return checkQuotaThenPublish(run);
                if (s.statusCode == QLatin1String("IN_PROGRESS")) {
                    if (pollsLeft > 1)
                        return again();
                    // Nothing was published: failed, not unconfirmed.
                    return failed(run, {},
                                  tr("Instagram was still processing the image after %n check(s); "
                                     "nothing was published.",
                                     nullptr, m_timing.pollBudget));
                }
                // ERROR, EXPIRED, or an empty code with an "Error: …" text: a new container.
                const QString why = s.status.isEmpty() ? s.statusCode : s.status;
                run->item.containerId.clear();
                RetryRules::Decision d;
                if (run->item.attempts < Announcement::kMaxAttempts)
                    d = {RetryRules::Action::Retry,
                         RetryRules::backoffMs(run->item.attempts, m_timing.retryBaseMs)};
                failed(run, d,
                       tr("Instagram could not use the container (%1); a new one will be made.")
                           .arg(why));
            });
}

void AnnouncementPublisher::checkQuotaThenPublish(const std::shared_ptr<Run> &run)
{
    instagram(run->account)
        ->publishingLimit(
            run->account.target, this, [this, run](Result<QPair<int, int>> limit, NetCallInfo) {
                // The quota is read at run time, never assumed; an unreadable one
                // does not stop the post (publish says so if it is full).
                if (limit && limit.value().second > 0 &&
                    limit.value().first >= limit.value().second) {
                    return failed(run, {RetryRules::Action::Retry, 3600 * 1000},
                                  tr("Instagram's publishing limit (%1 in 24 h) is reached; "
                                     "the post waits for the window to move.")
                                      .arg(limit.value().second));
                }
                publish(run);
            });
}

void AnnouncementPublisher::publish(const std::shared_ptr<Run> &run)
{
    // The row says `sending` (the scheduler's write-ahead); the container it publishes goes to
    // the disk too before the request that posts, so that even after a power cut the restart
    // asks that container instead of making and publishing a second one.
    m_store->commitAhead(
        run->item, Announcement::Status::Sending, this,
        [this, run](AnnouncementStore::Ahead written) {
            if (written != AnnouncementStore::Ahead::Written) {
                const int attempts = run->item.attempts;
                return failed(run,
                              attempts < Announcement::kMaxAttempts
                                  ? RetryRules::Decision{RetryRules::Action::Retry,
                                                         RetryRules::backoffMs(
                                                             attempts, m_timing.retryBaseMs)}
                                  : RetryRules::Decision{},
                              tr("The container could not be written to the queue before "
                                 "publishing, so nothing was published: %1")
                                  .arg(m_store->error()));
            }
            instagram(run->account)
                ->publish(run->account.target, run->item.containerId, this,
                          [this, run](Result<QString> media, NetCallInfo) {
                              if (!media)
                                  return afterFailedPublish(run, media.error());
                              run->item.externalId = media.value();
                              m_store->update(run->item); // the id first; the permalink is
                                                          // cosmetic
                              instagram(run->account)
                                  ->permalink(media.value(), this,
                                              [this, run, id = media.value()](Result<QUrl> link,
                                                                              NetCallInfo) {
                                                  published(run, id, link ? link.value() : QUrl(),
                                                            tr("Published as media %1.").arg(id));
                                              });
                          });
        });
}

void AnnouncementPublisher::afterFailedPublish(const std::shared_ptr<Run> &run,
                                               const ApiError &error)
{
    // Any failed or unanswered publish may still have posted (4/2207051 above all): the
    // container's status decides, never a blind second publish.
    instagram(run->account)
        ->container(
            run->item.containerId, this,
            [this, run, error](Result<InstagramContainer> c, NetCallInfo) {
                if (c && c.value().statusCode == QLatin1String("PUBLISHED"))
                    return foundPublished(run);
                if (c && c.value().statusCode == QLatin1String("IN_PROGRESS"))
                    return poll(run, m_timing.pollBudget);
                RetryRules::Decision d =
                    RetryRules::instagram(error, run->item.attempts, m_timing.retryBaseMs);
                if (!c) {
                    // Unknown whether it went out: the next attempt reads the container
                    // again before anything else (the id is kept).
                    if (d.action == RetryRules::Action::Fail)
                        d = {RetryRules::Action::Retry,
                             RetryRules::backoffMs(run->item.attempts, m_timing.retryBaseMs)};
                } else if (c.value().statusCode != QLatin1String("FINISHED") ||
                           RetryRules::needsNewContainer(error)) {
                    run->item.containerId.clear();
                }
                failed(run, d, tr("Instagram did not publish: %1").arg(error.summary()));
            });
}

void AnnouncementPublisher::foundPublished(const std::shared_ptr<Run> &run)
{
    // Live already. Its media id: the one recent media with exactly this caption, or none
    // (never the newest one by guess).
    const QDateTime since = (run->item.sendingSince.isValid() ? run->item.sendingSince
                                                              : QDateTime::currentDateTimeUtc())
                                .addSecs(-300);
    instagram(run->account)
        ->recentMedia(run->account.target, since, this,
                      [this, run](Result<QList<InstagramMedia>> list, NetCallInfo) {
                          QList<InstagramMedia> matches;
                          if (list) {
                              for (const InstagramMedia &m : list.value()) {
                                  if (m.caption == run->item.text)
                                      matches.append(m);
                              }
                          }
                          if (matches.size() == 1) {
                              return published(run, matches.first().id, matches.first().permalink,
                                               tr("The container was already published (media "
                                                  "%1); not published again.")
                                                   .arg(matches.first().id));
                          }
                          published(run, QString(), QUrl(),
                                    tr("The container was already published; not published "
                                       "again (its media id could not be told)."));
                      });
}

// ---- outcomes ----

void AnnouncementPublisher::published(const std::shared_ptr<Run> &run, const QString &externalId,
                                      const QUrl &link, const QString &line)
{
    Announcement &a = run->item;
    m_floodWaits.remove(a.id);
    a.status = Announcement::Status::Published;
    if (!externalId.isEmpty())
        a.externalId = externalId;
    if (!link.isEmpty())
        a.link = link;
    a.publishedAt = QDateTime::currentDateTimeUtc();
    AnnouncementStore::appendLog(a, line);
    m_store->update(a);
    finish(run);
}

void AnnouncementPublisher::failed(const std::shared_ptr<Run> &run, RetryRules::Decision decision,
                                   const QString &line)
{
    Announcement &a = run->item;
    AnnouncementStore::appendLog(a, line);
    if (decision.action == RetryRules::Action::Wait) {
        const int waits = ++m_floodWaits[a.id];
        if (waits <= kMaxFloodWaits) {
            a.attempts -= 1; // not executed: the scheduler counted an attempt that was not one
            a.status = Announcement::Status::Pending;
            a.dueAt = QDateTime::currentDateTimeUtc().addMSecs(decision.delayMs);
            AnnouncementStore::appendLog(
                a, tr("Not executed (flood control): waiting %1 s, not counted as an attempt "
                      "(wait %2 of at most %3 in a row); next attempt at %4.")
                       .arg((decision.delayMs + 999) / 1000)
                       .arg(waits)
                       .arg(kMaxFloodWaits)
                       .arg(a.dueAt.toString(Qt::ISODate)));
            m_store->update(a);
            return finish(run);
        }
        // Never hammered: past the bound, a flood wait spends an attempt like any refusal.
        AnnouncementStore::appendLog(
            a, tr("%n flood wait(s) in a row: this one counts as an attempt.", nullptr, waits));
        decision = a.attempts < Announcement::kMaxAttempts
                       ? RetryRules::Decision{RetryRules::Action::Retry,
                                              std::max(decision.delayMs,
                                                       RetryRules::backoffMs(a.attempts,
                                                                             m_timing.retryBaseMs))}
                       : RetryRules::Decision{};
    }
    m_floodWaits.remove(a.id);
    switch (decision.action) {
    case RetryRules::Action::Retry:
        a.status = Announcement::Status::Pending;
        a.dueAt = QDateTime::currentDateTimeUtc().addMSecs(decision.delayMs);
        AnnouncementStore::appendLog(a, tr("Attempt %1 of %2 failed; next attempt at %3.")
                                            .arg(a.attempts)
                                            .arg(Announcement::kMaxAttempts)
                                            .arg(a.dueAt.toString(Qt::ISODate)));
        break;
    case RetryRules::Action::Wait: // handled above
    case RetryRules::Action::Fail:
        a.status = Announcement::Status::Failed;
        break;
    case RetryRules::Action::Unconfirmed:
        a.status = Announcement::Status::Unconfirmed;
        AnnouncementStore::appendLog(a, tr("Not sent again by itself: look at the channel, then "
                                           "choose \"It's there\" or \"Send again\"."));
        break;
    case RetryRules::Action::StopAccount:
        a.status = Announcement::Status::Failed;
        break;
    }
    m_store->update(a);
    if (decision.action == RetryRules::Action::StopAccount) {
        for (Announcement other : m_store->pendingOf(a.accountId)) {
            other.status = Announcement::Status::Held;
            AnnouncementStore::appendLog(other, tr("Held: the account's token was refused."));
            m_store->update(other);
        }
        forget(a.accountId);
        Q_EMIT accountStopped(a.accountId, line);
    }
    finish(run);
}

void AnnouncementPublisher::finish(const std::shared_ptr<Run> &run)
{
    if (run->finished)
        return;
    run->finished = true;
    if (run->done)
        run->done();
}

} // namespace onair
