#include "google/ApiParams.h"

#include <QHttpServerRequest>
#include <QUrlQuery>

namespace onair::sandbox {

ApiParams::ApiParams(const QList<QPair<QString, QString>> &items)
    : m_items(items)
{}

QList<QPair<QString, QString>> ApiParams::decode(const QByteArray &encoded)
{
    QByteArray text = encoded;
    text.replace('+', "%20");
    const QUrlQuery query(QString::fromLatin1(text));
    return query.queryItems(QUrl::FullyDecoded);
}

QByteArray ApiParams::header(const QHttpServerRequest &request, const QByteArray &name)
{
    const auto headers = request.headers();
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

const QStringList &ApiParams::globalParameters()
{
    static const QStringList names{QStringLiteral("alt"),         QStringLiteral("fields"),
                                   QStringLiteral("prettyPrint"), QStringLiteral("quotaUser"),
                                   QStringLiteral("key"),         QStringLiteral("access_token"),
                                   QStringLiteral("oauth_token"), QStringLiteral("callback"),
                                   QStringLiteral("uploadType"),  QStringLiteral("upload_protocol"),
                                   QStringLiteral("$.xgafv")};
    return names;
}

std::optional<ErrorEnvelope> ApiParams::checkKnown(const QStringList &methodParameters) const
{
    for (const auto &item : m_items) {
        if (!methodParameters.contains(item.first) && !globalParameters().contains(item.first))
            return ErrorEnvelope::unexpectedParameter(item.first);
    }
    return std::nullopt;
}

bool ApiParams::has(const QString &name) const
{
    return std::any_of(m_items.cbegin(), m_items.cend(),
                       [&](const auto &item) { return item.first == name; });
}

QString ApiParams::value(const QString &name) const
{
    for (const auto &item : m_items) {
        if (item.first == name)
            return item.second;
    }
    return {};
}

QStringList ApiParams::list(const QString &name) const
{
    QStringList out;
    for (const auto &item : m_items) {
        if (item.first != name)
            continue;
        const QStringList pieces = item.second.split(QLatin1Char(','));
        for (const QString &piece : pieces) {
            const QString trimmed = piece.trimmed();
            if (!trimmed.isEmpty() && !out.contains(trimmed))
                out.append(trimmed);
        }
    }
    return out;
}

std::optional<ErrorEnvelope> ApiParams::parts(const QStringList &allowed, bool required,
                                              QStringList *out,
                                              const QList<QPair<QString, QString>> &aliases) const
{
    QStringList requested = list(QStringLiteral("part"));
    if (requested.isEmpty()) {
        if (required)
            return ErrorEnvelope::required(QStringLiteral("part"));
        requested = {QStringLiteral("id")};
    }
    QStringList result;
    for (QString part : requested) {
        for (const auto &alias : aliases) {
            if (part == alias.first)
                part = alias.second;
        }
        if (!allowed.contains(part))
            return ErrorEnvelope::unknownPart(part);
        if (!result.contains(part))
            result.append(part);
    }
    *out = result;
    return std::nullopt;
}

std::optional<ErrorEnvelope> ApiParams::boolean(const QString &name, bool *out) const
{
    *out = false;
    if (!has(name))
        return std::nullopt;
    const QString text = value(name).toLower();
    if (text == QLatin1String("true") || text == QLatin1String("1")) {
        *out = true;
        return std::nullopt;
    }
    if (text == QLatin1String("false") || text == QLatin1String("0"))
        return std::nullopt;
    return ErrorEnvelope::invalidField(QStringLiteral("Invalid value at '") + name +
                                           QStringLiteral("' (TYPE_BOOL), \"") + value(name) +
                                           QLatin1Char('"'),
                                       name);
}

std::optional<ErrorEnvelope> ApiParams::integer(const QString &name, int minimum, int maximum,
                                                int fallback, int *out) const
{
    *out = fallback;
    if (!has(name))
        return std::nullopt;
    bool ok = false;
    const qlonglong parsed = value(name).toLongLong(&ok);
    if (!ok || parsed < minimum || parsed > maximum) {
        return ErrorEnvelope::invalidParameter(
            name, QStringLiteral("Invalid value '%1'. Values must be within the range: [%2, %3]")
                      .arg(value(name))
                      .arg(minimum)
                      .arg(maximum));
    }
    *out = int(parsed);
    return std::nullopt;
}

std::optional<ErrorEnvelope> ApiParams::enumValue(const QString &name,
                                                  const QStringList &allowed) const
{
    if (!has(name) || allowed.contains(value(name)))
        return std::nullopt;
    return ErrorEnvelope::invalidField(QStringLiteral("Invalid value at '") + name +
                                           QStringLiteral("' (TYPE_ENUM), \"") + value(name) +
                                           QLatin1Char('"'),
                                       name);
}

std::optional<ErrorEnvelope> ApiParams::pageOffset(int *offset) const
{
    *offset = 0;
    if (!has(QStringLiteral("pageToken")) || value(QStringLiteral("pageToken")).isEmpty())
        return std::nullopt;
    const QByteArray decoded = QByteArray::fromBase64(value(QStringLiteral("pageToken")).toLatin1(),
                                                      QByteArray::Base64UrlEncoding |
                                                          QByteArray::AbortOnBase64DecodingErrors);
    bool ok = false;
    const int parsed = decoded.startsWith("CAUQ:") ? decoded.mid(5).toInt(&ok) : -1;
    if (!ok || parsed < 0) {
        return ErrorEnvelope{400,
                             QStringLiteral("youtube.parameter"),
                             QStringLiteral("invalidPageToken"),
                             QStringLiteral("The request specifies an invalid page token."),
                             QStringLiteral("pageToken"),
                             QStringLiteral("parameter"),
                             {}};
    }
    *offset = parsed;
    return std::nullopt;
}

QString ApiParams::pageToken(int offset)
{
    return QString::fromLatin1(
        QByteArray(QByteArrayLiteral("CAUQ:") + QByteArray::number(offset))
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace onair::sandbox
