#include "telegram/BotRequest.h"

#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

namespace onair::sandbox {

namespace {

void addQuery(const QString &encoded, BotCall *call)
{
    // '+' is a space in a form (QUrlQuery keeps it).
    QString text = encoded;
    text.replace(QLatin1Char('+'), QLatin1Char(' '));
    const QUrlQuery query(text);
    for (const auto &item : query.queryItems(QUrl::FullyDecoded))
        call->params.insert(item.first, item.second);
}

QByteArray headerValue(const QHttpServerRequest &request, const QByteArray &name)
{
    for (const auto &h : request.headers()) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

// A parameter of a header value: name="value" or name=value.
QByteArray parameterOf(const QByteArray &header, const char *name)
{
    const QRegularExpression pattern(
        QStringLiteral(R"re((?:^|;)\s*%1=(?:"([^"]*)"|([^;\s]*)))re").arg(QLatin1String(name)),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = pattern.match(QString::fromUtf8(header));
    if (!m.hasMatch())
        return {};
    return (m.capturedLength(1) > 0 ? m.captured(1) : m.captured(2)).toUtf8();
}

} // namespace

bool BotRequest::decode(const QHttpServerRequest &request, BotCall *call, QString *error)
{
    addQuery(request.url().query(QUrl::FullyEncoded), call);
    const QByteArray body = request.body();
    if (body.trimmed().isEmpty())
        return true;
    const QByteArray contentType = headerValue(request, "content-type");
    const QByteArray mime = contentType.split(';').constFirst().trimmed().toLower();
    if (mime == "application/json") {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            *error = QStringLiteral("Bad Request: can't parse JSON object");
            return false;
        }
        const QJsonObject object = doc.object();
        for (auto it = object.begin(); it != object.end(); ++it)
            call->params.insert(it.key(), it.value());
        return true;
    }
    if (mime == "multipart/form-data") {
        const QByteArray boundary = parameterOf(contentType, "boundary");
        if (boundary.isEmpty() || !decodeMultipart(body, boundary, call)) {
            *error = QStringLiteral("Bad Request: can't parse multipart/form-data request");
            return false;
        }
        return true;
    }
    // application/x-www-form-urlencoded, or no type: read as a form.
    addQuery(QString::fromUtf8(body), call);
    return true;
}

bool BotRequest::decodeMultipart(const QByteArray &body, const QByteArray &boundary, BotCall *call)
{
    const QByteArray delimiter = "--" + boundary;
    qsizetype at = body.indexOf(delimiter);
    if (at < 0)
        return false;
    while (true) {
        at += delimiter.size();
        if (body.mid(at, 2) == "--")
            return true; // the closing delimiter
        if (body.mid(at, 2) != "\r\n")
            return false;
        at += 2;
        const qsizetype headEnd = body.indexOf("\r\n\r\n", at);
        if (headEnd < 0)
            return false;
        const QList<QByteArray> headers = body.mid(at, headEnd - at).split('\n');
        const qsizetype next = body.indexOf(QByteArray("\r\n" + delimiter), headEnd + 4);
        if (next < 0)
            return false;
        const QByteArray content = body.mid(headEnd + 4, next - headEnd - 4);
        QByteArray disposition;
        QByteArray partType;
        for (const QByteArray &line : headers) {
            const qsizetype colon = line.indexOf(':');
            const QByteArray name = line.left(colon).trimmed().toLower();
            if (name == "content-disposition")
                disposition = line.mid(colon + 1).trimmed();
            else if (name == "content-type")
                partType = line.mid(colon + 1).trimmed();
        }
        const QString name = QString::fromUtf8(parameterOf(disposition, "name"));
        if (name.isEmpty())
            return false;
        if (disposition.contains("filename="))
            call->files.insert(name,
                               BotFile{QString::fromUtf8(parameterOf(disposition, "filename")),
                                       partType, content});
        else
            call->params.insert(name, QString::fromUtf8(content));
        at = next + 2;
    }
}

} // namespace onair::sandbox
