#include "remote/http/HttpRequestParser.h"

namespace onair {

namespace {

using Result = HttpRequestParser::Result;

bool isTchar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case '!':
    case '#':
    case '$':
    case '%':
    case '&':
    case '\'':
    case '*':
    case '+':
    case '-':
    case '.':
    case '^':
    case '_':
    case '`':
    case '|':
    case '~':
        return true;
    default:
        return false;
    }
}

bool isToken(QByteArrayView s)
{
    if (s.isEmpty())
        return false;
    for (char c : s) {
        if (!isTchar(c))
            return false;
    }
    return true;
}

bool isVisible(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return u > 0x20 && u < 0x7f;
}

// A field value: visible characters, spaces, tabs and obs-text; no other control character.
bool isFieldValue(QByteArrayView s)
{
    for (char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && c != '\t') || u == 0x7f)
            return false;
    }
    return true;
}

QByteArrayView trimmed(QByteArrayView s)
{
    while (!s.isEmpty() && (s.front() == ' ' || s.front() == '\t'))
        s = s.sliced(1);
    while (!s.isEmpty() && (s.back() == ' ' || s.back() == '\t'))
        s.chop(1);
    return s;
}

Result error(int status, const QString &why)
{
    Result r;
    r.state = HttpRequestParser::State::Error;
    r.status = status;
    r.error = why;
    return r;
}

// A strictly decimal Content-Length, or -1.
qint64 parseLength(QByteArrayView s)
{
    if (s.isEmpty() || s.size() > 12)
        return -1;
    qint64 v = 0;
    for (char c : s) {
        if (c < '0' || c > '9')
            return -1;
        v = v * 10 + (c - '0');
    }
    return v;
}

} // namespace

HttpRequestParser::Result HttpRequestParser::parse(QByteArrayView data, const Limits &limits)
{
    const QByteArrayView crlfcrlf("\r\n\r\n");
    const QByteArrayView window = data.first(qMin(data.size(), limits.maxHeaderBytes + 4));
    const qsizetype end = window.indexOf(crlfcrlf);
    if (end < 0) {
        // Fail early on what can never become a valid head.
        const qsizetype firstLine = window.indexOf(QByteArrayView("\r\n"));
        if (firstLine < 0 && window.size() > limits.maxTarget + 32)
            return error(414, QStringLiteral("request line too long"));
        if (window.size() >= limits.maxHeaderBytes + 4)
            return error(431, QStringLiteral("header section too large"));
        for (char c : window) {
            if (c == '\0')
                return error(400, QStringLiteral("NUL in the header section"));
        }
        return {};
    }
    if (end + 2 > limits.maxHeaderBytes)
        return error(431, QStringLiteral("header section too large"));

    Result r;
    HttpRequest &req = r.request;
    const QByteArrayView head = data.first(end);
    qsizetype pos = 0;
    bool first = true;
    qint64 contentLength = -1;
    while (pos <= head.size()) {
        qsizetype next = head.indexOf(QByteArrayView("\r\n"), pos);
        if (next < 0)
            next = head.size();
        const QByteArrayView line = head.sliced(pos, next - pos);
        pos = next + 2;
        if (first) {
            first = false;
            const qsizetype sp1 = line.indexOf(' ');
            const qsizetype sp2 = sp1 < 0 ? -1 : line.indexOf(' ', sp1 + 1);
            if (sp1 < 0 || sp2 < 0 || line.indexOf(' ', sp2 + 1) >= 0)
                return error(400, QStringLiteral("malformed request line"));
            const QByteArrayView method = line.first(sp1);
            const QByteArrayView target = line.sliced(sp1 + 1, sp2 - sp1 - 1);
            const QByteArrayView version = line.sliced(sp2 + 1);
            if (!isToken(method) || method.size() > 16)
                return error(400, QStringLiteral("malformed method"));
            if (target.size() > limits.maxTarget)
                return error(414, QStringLiteral("target too long"));
            if (target.isEmpty() || target.front() != '/')
                return error(400, QStringLiteral("target not in origin form"));
            for (char c : target) {
                if (!isVisible(c))
                    return error(400, QStringLiteral("bad character in the target"));
            }
            if (version == QByteArrayView("HTTP/1.1"))
                req.minorVersion = 1;
            else if (version == QByteArrayView("HTTP/1.0"))
                req.minorVersion = 0;
            else if (version.startsWith(QByteArrayView("HTTP/")))
                return error(505, QStringLiteral("HTTP version not supported"));
            else
                return error(400, QStringLiteral("malformed HTTP version"));
            req.method = method.toByteArray();
            req.target = target.toByteArray();
            const qsizetype q = req.target.indexOf('?');
            req.path = q < 0 ? req.target : req.target.left(q);
            req.query = q < 0 ? QByteArray() : req.target.mid(q + 1);
            continue;
        }
        if (line.isEmpty() || line.front() == ' ' || line.front() == '\t')
            return error(400, QStringLiteral("folded or empty header line"));
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.first(colon)))
            return error(400, QStringLiteral("malformed header name"));
        const QByteArrayView value = trimmed(line.sliced(colon + 1));
        if (!isFieldValue(value))
            return error(400, QStringLiteral("bad character in a header value"));
        if (req.headers.size() >= limits.maxHeaders)
            return error(431, QStringLiteral("too many headers"));
        const QByteArray name = line.first(colon).toByteArray().toLower();
        if (name == "content-length") {
            const qint64 length = parseLength(value);
            if (length < 0 || (contentLength >= 0 && length != contentLength))
                return error(400, QStringLiteral("bad Content-Length"));
            contentLength = length;
        }
        req.headers.append({name, value.toByteArray()});
    }

    if (req.headerCount("transfer-encoding") > 0)
        return error(501, QStringLiteral("Transfer-Encoding is not supported"));
    const int hosts = req.headerCount("host");
    if (hosts > 1 || (req.minorVersion == 1 && hosts != 1))
        return error(400, QStringLiteral("one Host header is required"));
    if (contentLength > limits.maxBody)
        return error(413, QStringLiteral("body too large"));

    const qsizetype bodyStart = end + crlfcrlf.size();
    const qsizetype length = contentLength < 0 ? 0 : qsizetype(contentLength);
    if (data.size() - bodyStart < length)
        return {};
    req.body = data.sliced(bodyStart, length).toByteArray();
    r.state = State::Complete;
    r.consumed = bodyStart + length;
    return r;
}

} // namespace onair
