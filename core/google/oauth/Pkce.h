#pragma once

#include <QByteArray>

namespace onair {

// Proof Key for Code Exchange (RFC 7636), S256 only.
class Pkce
{
public:
    static constexpr int kMinLength = 43;
    static constexpr int kMaxLength = 128;

    // A random verifier of `length` characters (clamped to 43–128) from the unreserved set
    // [A-Z a-z 0-9 - . _ ~], drawn from the system's secure random source.
    static QByteArray generateVerifier(int length = 64);
    // BASE64URL-without-padding(SHA-256(verifier)).
    static QByteArray challengeS256(const QByteArray &verifier);
    static bool isValidVerifier(const QByteArray &verifier);
    // A random token for `state`: 32 bytes, base64url.
    static QByteArray generateState();
};

} // namespace onair
