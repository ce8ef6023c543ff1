#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

namespace onair {

class SecretStore;

// The HTTP API's bearer token: generated from the system's random source, shown to the
// operator once, kept only in the keychain (SecretStore, "remote/http-token") and revocable.
// In memory only its SHA-256 is held, and a presented token is compared with that in constant
// time.
class RemoteToken : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(bool ok, const QString &error)>;

    explicit RemoteToken(SecretStore *secrets, QObject *parent = nullptr);

    // Reads the kept token (at start-up); `done` says whether one is set.
    void load(Done done = {});
    // A new token replaces the old one; `shown` gets it once (empty and an error on failure).
    void generate(std::function<void(const QString &token, const QString &error)> shown);
    void revoke(Done done = {});
    bool isSet() const { return !m_hash.isEmpty(); }
    bool matches(const QByteArray &presented) const;

    static QString newToken();

Q_SIGNALS:
    void changed();

private:
    SecretStore *m_secrets;
    QByteArray m_hash;
};

} // namespace onair
