#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

namespace onair {

// Secrets (refresh tokens, client secrets, stream keys) in the OS keychain through QtKeychain,
// never in a file: the insecure plaintext fallback is off. Keys are namespaced per account as
// "<account>/<name>". A missing entry is not an error: it reads as no value (signed out).
// When no keychain backend answers yet (a session still starting), each call is retried once
// after a short delay before it fails.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        bool ok = false;
        std::optional<QString> value; // read only: the secret, or nullopt when there is none
        QString error;                // a sentence for the operator when !ok
    };
    using Callback = std::function<void(const Outcome &)>;

    explicit SecretStore(const QString &service = QStringLiteral("OnAir"),
                         QObject *parent = nullptr);

    // Each callback runs later on this thread's event loop, unless `context` is gone by then.
    void write(const QString &account, const QString &name, const QString &secret, QObject *context,
               Callback done);
    void read(const QString &account, const QString &name, QObject *context, Callback done);
    void remove(const QString &account, const QString &name, QObject *context, Callback done);

    static QString keyFor(const QString &account, const QString &name);

private:
    enum class Op
    {
        Write,
        Read,
        Remove
    };
    void run(Op op, const QString &key, const QString &secret, QPointer<QObject> context,
             Callback done, bool isRetry);

    QString m_service;
};

} // namespace onair
