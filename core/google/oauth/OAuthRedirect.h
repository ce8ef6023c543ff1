#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace onair {

// What the browser brought back to the loopback listener, read from the HTTP request line
// ("GET /?code=…&state=… HTTP/1.1"). Pure, so tests and the fuzzer call it directly.
struct OAuthRedirect
{
    enum class Kind
    {
        Invalid,  // not a GET request line we understand
        Code,     // ?code=…&state=…
        Error,    // ?error=…&state=… (e.g. access_denied)
        Unrelated // a well-formed GET with neither code nor error (e.g. /favicon.ico)
    };

    Kind kind = Kind::Invalid;
    QString path;
    QString code;
    QString state;
    QString scope;
    QString error;
    QString errorDescription;

    // Longest request line accepted; anything longer is Invalid.
    static constexpr qsizetype kMaxRequestLine = 8192;

    static OAuthRedirect parseRequestLine(QByteArrayView line);
};

} // namespace onair
