#include "remote/RemoteToken.h"

#include "secrets/SecretStore.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace onair {

namespace {
const QString kAccount = QStringLiteral("remote");
const QString kName = QStringLiteral("http-token");
constexpr int kTokenBytes = 32;

QByteArray hashOf(const QByteArray &token)
{
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256);
}
} // namespace

RemoteToken::RemoteToken(SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
{}

QString RemoteToken::newToken()
{
    QByteArray bytes(kTokenBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                          kTokenBytes / int(sizeof(quint32)));
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

void RemoteToken::load(Done done)
{
    m_secrets->read(kAccount, kName, this, [this, done](const SecretStore::Outcome &o) {
        if (o.ok && o.value && !o.value->isEmpty())
            m_hash = hashOf(o.value->toUtf8());
        else
            m_hash.clear();
        Q_EMIT changed();
        if (done)
            done(o.ok, o.error);
    });
}

void RemoteToken::generate(std::function<void(const QString &, const QString &)> shown)
{
    const QString token = newToken();
    m_secrets->write(kAccount, kName, token, this,
                     [this, token, shown](const SecretStore::Outcome &o) {
                         if (!o.ok) {
                             if (shown)
                                 shown({}, o.error);
                             return;
                         }
                         m_hash = hashOf(token.toUtf8());
                         Q_EMIT changed();
                         if (shown)
                             shown(token, {});
                     });
}

void RemoteToken::revoke(Done done)
{
    // Revoked at once in memory, whatever the keychain says: no request passes from now on.
    m_hash.clear();
    Q_EMIT changed();
    m_secrets->remove(kAccount, kName, this, [done](const SecretStore::Outcome &o) {
        if (done)
            done(o.ok, o.error);
    });
}

bool RemoteToken::matches(const QByteArray &presented) const
{
    if (m_hash.isEmpty() || presented.isEmpty())
        return false;
    // Comparing digests of equal length, every byte: no early exit to time.
    const QByteArray h = hashOf(presented);
    unsigned char diff = 0;
    for (qsizetype i = 0; i < h.size(); ++i)
        diff |= static_cast<unsigned char>(h.at(i) ^ m_hash.at(i));
    return diff == 0;
}

} // namespace onair
