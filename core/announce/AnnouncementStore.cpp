#include "announce/AnnouncementStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTimeZone>
#include <QUuid>

#include <utility>

namespace onair {

namespace {

constexpr int kSchemaVersion = 1;

QVariant ms(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

QDateTime fromMs(const QVariant &v)
{
    return v.isNull() ? QDateTime()
                      : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), QTimeZone::utc());
}

const char *kColumns =
    "id, account, platform, label, post, edit_of, show_key, scheduled_at, due_at, "
    "status, attempts, external_id, container_id, link, log, published_at, "
    "sending_since";

// The post column: what is sent (an operator's edit changes it).
QString postJson(const Announcement &item)
{
    const QJsonObject post{{QStringLiteral("text"), item.text},
                           {QStringLiteral("button_text"), item.buttonText},
                           {QStringLiteral("button_url"), item.buttonUrl.toString()},
                           {QStringLiteral("image_url"), item.imageUrl.toString()}};
    return QString::fromUtf8(QJsonDocument(post).toJson(QJsonDocument::Compact));
}

// The whole row but its keys (account, platform, the edited item, the show's key), while its
// status is `expected` when one is given; *matched says whether a row was written.
bool writeRow(const QSqlDatabase &db, const Announcement &a,
              std::optional<Announcement::Status> expected, bool *matched, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE posts SET label = ?, post = ?, due_at = ?, status = ?, "
                             "attempts = ?, external_id = ?, container_id = ?, link = ?, log = ?, "
                             "published_at = ?, sending_since = ?, scheduled_at = ? WHERE id = ?") +
              (expected ? QStringLiteral(" AND status = ?") : QString()));
    q.addBindValue(a.label);
    q.addBindValue(postJson(a));
    q.addBindValue(ms(a.dueAt));
    q.addBindValue(Announcement::statusName(a.status));
    q.addBindValue(a.attempts);
    q.addBindValue(a.externalId);
    q.addBindValue(a.containerId);
    q.addBindValue(a.link.toString());
    q.addBindValue(a.log);
    q.addBindValue(ms(a.publishedAt));
    q.addBindValue(ms(a.sendingSince));
    q.addBindValue(ms(a.scheduledAt));
    q.addBindValue(a.id);
    if (expected)
        q.addBindValue(Announcement::statusName(*expected));
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    *matched = q.numRowsAffected() > 0;
    return true;
}

} // namespace

AnnouncementStore::AnnouncementStore(QObject *parent)
    : QObject(parent)
    , m_connection(QStringLiteral("announce-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

AnnouncementStore::~AnnouncementStore()
{
    if (m_writer) {
        // The writes asked for are finished first (the thread's jobs run in order).
        QMetaObject::invokeMethod(
            m_writerContext,
            [connection = QString(m_connection + QStringLiteral("-ahead"))] {
                QSqlDatabase::database(connection, false).close();
                QSqlDatabase::removeDatabase(connection);
            },
            Qt::BlockingQueuedConnection);
        m_writer->quit();
        m_writer->wait();
    }
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QString AnnouncementStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/announcements.sqlite");
}

QString AnnouncementStore::path() const
{
    return QSqlDatabase::database(m_connection, false).databaseName();
}

bool AnnouncementStore::exec(const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(sql)) {
        m_error = q.lastError().text();
        return false;
    }
    return true;
}

bool AnnouncementStore::open(const QString &path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        m_error = tr("The announcement queue %1 could not be opened: %2")
                      .arg(path, db.lastError().text());
        return false;
    }
    QSqlQuery version(db);
    if (!version.exec(QStringLiteral("PRAGMA user_version")) || !version.next()) {
        // Not a database (a damaged or foreign file): left as it is.
        m_error = tr("%1 is not an announcement queue; it was left untouched.").arg(path);
        db.close();
        return false;
    }
    const int userVersion = version.value(0).toInt();
    version.finish();
    if (userVersion > kSchemaVersion) {
        m_error = tr("%1 was written by a newer OnAir; it was left untouched.").arg(path);
        db.close();
        return false;
    }
    // NORMAL in WAL mode: a commit survives a crash of OnAir; only a power cut may undo the last
    // ones, back to a durable write-ahead (commitAhead) that a restart reconciles.
    if (!exec(QStringLiteral("PRAGMA journal_mode=WAL")) ||
        !exec(QStringLiteral("PRAGMA synchronous=NORMAL")))
        return false;
    if (userVersion == 0) {
        const bool ok =
            exec(QStringLiteral("CREATE TABLE IF NOT EXISTS accounts (id TEXT PRIMARY KEY, "
                                "platform TEXT NOT NULL, name TEXT, api_root TEXT, target TEXT, "
                                "token_issued_at INTEGER, token_expires_at INTEGER)")) &&
            exec(QStringLiteral(
                "CREATE TABLE IF NOT EXISTS posts (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                "account TEXT NOT NULL, platform TEXT NOT NULL, label TEXT, post TEXT NOT NULL, "
                "edit_of INTEGER, show_key TEXT UNIQUE, scheduled_at INTEGER, due_at INTEGER, "
                "status TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, external_id TEXT, "
                "container_id TEXT, link TEXT, log TEXT, published_at INTEGER, "
                "sending_since INTEGER)")) &&
            exec(
                QStringLiteral("CREATE INDEX IF NOT EXISTS posts_due ON posts (status, due_at)")) &&
            exec(QStringLiteral("PRAGMA user_version=%1").arg(kSchemaVersion));
        if (!ok)
            return false;
    }
    // The last attempts (the pacing a restart or a take-over picks up): an index added to
    // version 1's schema, which an older OnAir leaves alone.
    if (!exec(QStringLiteral("CREATE INDEX IF NOT EXISTS posts_sent ON posts (sending_since)")))
        return false;
    m_seenVersion = dataVersion();
    return true;
}

bool AnnouncementStore::saveAccount(const SocialAccount &a)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO accounts VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(a.id);
    q.addBindValue(SocialAccount::platformName(a.platform));
    q.addBindValue(a.name);
    q.addBindValue(a.apiRoot.toString());
    q.addBindValue(a.target);
    q.addBindValue(ms(a.tokenIssuedAt));
    q.addBindValue(ms(a.tokenExpiresAt));
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    Q_EMIT accountsChanged();
    return true;
}

bool AnnouncementStore::removeAccount(const QString &id)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("DELETE FROM accounts WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return false;
    Q_EMIT accountsChanged();
    return true;
}

QList<SocialAccount> AnnouncementStore::accounts() const
{
    QList<SocialAccount> list;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("SELECT id, platform, name, api_root, target, token_issued_at, "
                               "token_expires_at FROM accounts ORDER BY name")))
        return list;
    while (q.next()) {
        SocialAccount a;
        a.id = q.value(0).toString();
        const QString platform = q.value(1).toString();
        if (platform == QLatin1String("telegram"))
            a.platform = SocialAccount::Platform::Telegram;
        else if (platform == QLatin1String("instagram"))
            a.platform = SocialAccount::Platform::Instagram;
        else
            continue;
        a.name = q.value(2).toString();
        a.apiRoot = QUrl(q.value(3).toString());
        a.target = q.value(4).toString();
        a.tokenIssuedAt = fromMs(q.value(5));
        a.tokenExpiresAt = fromMs(q.value(6));
        list.append(a);
    }
    return list;
}

std::optional<SocialAccount> AnnouncementStore::account(const QString &id) const
{
    for (const SocialAccount &a : accounts()) {
        if (a.id == id)
            return a;
    }
    return std::nullopt;
}

qint64 AnnouncementStore::add(Announcement item)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!item.showKey.isEmpty()) {
        QSqlQuery existing(db);
        existing.prepare(QStringLiteral("SELECT id FROM posts WHERE show_key = ?"));
        existing.addBindValue(item.showKey);
        if (existing.exec() && existing.next())
            return existing.value(0).toLongLong();
    }
    if (!item.dueAt.isValid())
        item.dueAt = item.scheduledAt;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO posts (account, platform, label, post, edit_of, "
                             "show_key, scheduled_at, due_at, status, attempts, log) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(item.accountId);
    q.addBindValue(SocialAccount::platformName(item.platform));
    q.addBindValue(item.label);
    q.addBindValue(postJson(item));
    q.addBindValue(item.editOf);
    q.addBindValue(item.showKey.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                          : QVariant(item.showKey));
    q.addBindValue(ms(item.scheduledAt));
    q.addBindValue(ms(item.dueAt));
    q.addBindValue(Announcement::statusName(item.status));
    q.addBindValue(item.attempts);
    q.addBindValue(item.log);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return 0;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    Q_EMIT changed(id);
    return id;
}

std::optional<Announcement> AnnouncementStore::read(const QSqlQuery &q, QString *problem)
{
    Announcement a;
    a.id = q.value(0).toLongLong();
    a.accountId = q.value(1).toString();
    const QString platform = q.value(2).toString();
    if (platform == QLatin1String("telegram")) {
        a.platform = SocialAccount::Platform::Telegram;
    } else if (platform == QLatin1String("instagram")) {
        a.platform = SocialAccount::Platform::Instagram;
    } else {
        *problem = tr("unknown platform \"%1\"").arg(platform);
        return std::nullopt;
    }
    a.label = q.value(3).toString();
    QJsonParseError parseError;
    const QJsonDocument post = QJsonDocument::fromJson(q.value(4).toString().toUtf8(), &parseError);
    if (!post.isObject()) {
        *problem = tr("the post is not a JSON object (%1)").arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject p = post.object();
    a.text = p.value(QLatin1String("text")).toString();
    a.buttonText = p.value(QLatin1String("button_text")).toString();
    a.buttonUrl = QUrl(p.value(QLatin1String("button_url")).toString());
    a.imageUrl = QUrl(p.value(QLatin1String("image_url")).toString());
    a.editOf = q.value(5).toLongLong();
    a.showKey = q.value(6).toString();
    a.scheduledAt = fromMs(q.value(7));
    a.dueAt = fromMs(q.value(8));
    const auto status = Announcement::statusFromName(q.value(9).toString());
    if (!status) {
        *problem = tr("unknown status \"%1\"").arg(q.value(9).toString());
        return std::nullopt;
    }
    a.status = *status;
    if (a.status == Announcement::Status::Pending && !a.dueAt.isValid()) {
        *problem = tr("a pending post without a time");
        return std::nullopt;
    }
    a.attempts = q.value(10).toInt();
    a.externalId = q.value(11).toString();
    a.containerId = q.value(12).toString();
    a.link = QUrl(q.value(13).toString());
    a.log = q.value(14).toString();
    a.publishedAt = fromMs(q.value(15));
    a.sendingSince = fromMs(q.value(16));
    return a;
}

QList<Announcement> AnnouncementStore::select(const QString &where, const QVariantList &binds) const
{
    QList<Announcement> list;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT %1 FROM posts %2").arg(QLatin1String(kColumns), where));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return list;
    while (q.next()) {
        QString problem;
        if (auto a = read(q, &problem))
            list.append(*a);
        else
            m_damaged.insert(q.value(0).toLongLong());
    }
    return list;
}

std::optional<Announcement> AnnouncementStore::get(qint64 id) const
{
    const QList<Announcement> one = select(QStringLiteral("WHERE id = ?"), {id});
    if (one.isEmpty())
        return std::nullopt;
    return one.first();
}

std::optional<Announcement> AnnouncementStore::findByShowKey(const QString &showKey) const
{
    const QList<Announcement> one = select(QStringLiteral("WHERE show_key = ?"), {showKey});
    if (one.isEmpty())
        return std::nullopt;
    return one.first();
}

QList<Announcement> AnnouncementStore::all() const
{
    return select(QStringLiteral("ORDER BY due_at, id"), {});
}

QList<Announcement> AnnouncementStore::pendingOf(const QString &accountId) const
{
    return select(QStringLiteral("WHERE status = 'pending' AND account = ? ORDER BY due_at, id"),
                  {accountId});
}

QList<Announcement> AnnouncementStore::sentSince(const QDateTime &since) const
{
    return select(QStringLiteral("WHERE sending_since >= ? ORDER BY sending_since, id"),
                  {ms(since)});
}

QList<Announcement> AnnouncementStore::due(const QDateTime &now, int limit) const
{
    return select(
        QStringLiteral("WHERE status = 'pending' AND due_at <= ? ORDER BY due_at, id LIMIT ?"),
        {now.toMSecsSinceEpoch(), limit});
}

QDateTime AnnouncementStore::nextDue() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    // Pending rows in due order, through the index; the first readable one is the answer.
    q.prepare(QStringLiteral("SELECT %1 FROM posts WHERE status = 'pending' AND due_at IS NOT "
                             "NULL ORDER BY due_at, id")
                  .arg(QLatin1String(kColumns)));
    if (!q.exec())
        return {};
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (m_damaged.contains(id))
            continue;
        QString problem;
        if (const auto a = read(q, &problem))
            return a->dueAt;
        m_damaged.insert(id);
    }
    return {};
}

QList<AnnouncementStore::Damaged> AnnouncementStore::damaged() const
{
    QList<Damaged> list;
    readAll(QSqlDatabase::database(m_connection, false), 1000,
            [this, &list](const QList<Announcement> &, const QList<Damaged> &bad) {
                for (const Damaged &d : bad)
                    m_damaged.insert(d.id);
                list += bad;
                return true;
            });
    return list;
}

bool AnnouncementStore::readAll(
    const QSqlDatabase &db, int batchSize,
    const std::function<bool(QList<Announcement>, QList<Damaged>)> &batch)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM posts ORDER BY due_at, id")
                    .arg(QLatin1String(kColumns))))
        return false;
    QList<Announcement> rows;
    QList<Damaged> bad;
    while (q.next()) {
        QString problem;
        if (auto a = read(q, &problem))
            rows.append(std::move(*a));
        else
            bad.append({q.value(0).toLongLong(), problem});
        if (rows.size() + bad.size() >= batchSize) {
            if (!batch(std::exchange(rows, {}), std::exchange(bad, {})))
                return true;
        }
    }
    if (!rows.isEmpty() || !bad.isEmpty())
        batch(rows, bad);
    return true;
}

bool AnnouncementStore::update(const Announcement &a, std::optional<Announcement::Status> expected)
{
    bool matched = false;
    if (!writeRow(QSqlDatabase::database(m_connection, false), a, expected, &matched, &m_error))
        return false;
    if (!matched)
        return false;
    Q_EMIT changed(a.id);
    return true;
}

void AnnouncementStore::commitAhead(const Announcement &item, Announcement::Status expected,
                                    QObject *context, std::function<void(Ahead)> done)
{
    if (!m_writer) {
        m_writer = new QThread(this);
        m_writer->setObjectName(QStringLiteral("announce-writer"));
        m_writerContext = new QObject; // deleted on its thread when the thread ends
        m_writerContext->moveToThread(m_writer);
        connect(m_writer, &QThread::finished, m_writerContext, &QObject::deleteLater);
        m_writer->start();
    }
    const QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(
        m_writerContext, [this, connection = QString(m_connection + QStringLiteral("-ahead")),
                          path = path(), item, expected, guard, done = std::move(done)] {
            QString error;
            const Ahead result = writeAhead(connection, path, item, expected, &error);
            // The store outlives its thread's jobs (its destructor waits for them).
            QMetaObject::invokeMethod(this, [this, result, error, id = item.id, guard, done] {
                if (result == Ahead::Written) {
                    m_seenVersion = dataVersion(); // this store's own commit, not another's
                    Q_EMIT changed(id);
                } else if (result == Ahead::Failed) {
                    m_error = error;
                }
                if (guard)
                    done(result);
            });
        });
}

AnnouncementStore::Ahead AnnouncementStore::writeAhead(const QString &connection,
                                                       const QString &path,
                                                       const Announcement &item,
                                                       Announcement::Status expected,
                                                       QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(connection, false);
    if (!db.isValid()) {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    }
    if (!db.isOpen()) {
        QSqlQuery full(db);
        if (!db.open() || !full.exec(QStringLiteral("PRAGMA synchronous=FULL"))) {
            *error = db.lastError().text();
            db.close();
            return Ahead::Failed;
        }
    }
    bool matched = false;
    if (!writeRow(db, item, expected, &matched, error))
        return Ahead::Failed;
    return matched ? Ahead::Written : Ahead::Changed;
}

void AnnouncementStore::appendLog(Announcement &item, const QString &line)
{
    if (!item.log.isEmpty())
        item.log += QLatin1Char('\n');
    item.log += QDateTime::currentDateTimeUtc().toString(Qt::ISODate) + QLatin1Char(' ') + line;
}

int AnnouncementStore::recoverInterrupted()
{
    const QList<Announcement> interrupted = select(QStringLiteral("WHERE status = 'sending'"), {});
    for (Announcement a : interrupted) {
        if (a.platform == SocialAccount::Platform::Telegram) {
            a.status = Announcement::Status::Unconfirmed;
            appendLog(a, tr("OnAir stopped while this post was being sent: it may be in the "
                            "channel. Look, then choose \"It's there\" or \"Send again\"."));
        } else {
            a.status = Announcement::Status::Pending;
            a.dueAt = QDateTime::currentDateTimeUtc();
            appendLog(a, tr("OnAir stopped while this post was being sent: the container's "
                            "status will say whether it went out."));
        }
        update(a);
    }
    return static_cast<int>(interrupted.size());
}

bool AnnouncementStore::changedElsewhere()
{
    const int v = dataVersion();
    if (v == m_seenVersion)
        return false;
    m_seenVersion = v;
    return true;
}

int AnnouncementStore::dataVersion() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace onair
