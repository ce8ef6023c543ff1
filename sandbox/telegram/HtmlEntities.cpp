#include "telegram/HtmlEntities.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QUrl>

#include <algorithm>
#include <optional>

namespace onair::sandbox {

namespace {

// Tag → entity type.
const QHash<QString, QString> &tagTypes()
{
    static const QHash<QString, QString> types{
        {QStringLiteral("b"), QStringLiteral("bold")},
        {QStringLiteral("strong"), QStringLiteral("bold")},
        {QStringLiteral("i"), QStringLiteral("italic")},
        {QStringLiteral("em"), QStringLiteral("italic")},
        {QStringLiteral("u"), QStringLiteral("underline")},
        {QStringLiteral("ins"), QStringLiteral("underline")},
        {QStringLiteral("s"), QStringLiteral("strikethrough")},
        {QStringLiteral("strike"), QStringLiteral("strikethrough")},
        {QStringLiteral("del"), QStringLiteral("strikethrough")},
        {QStringLiteral("span"), QStringLiteral("spoiler")},
        {QStringLiteral("tg-spoiler"), QStringLiteral("spoiler")},
        {QStringLiteral("a"), QStringLiteral("text_link")},
        {QStringLiteral("code"), QStringLiteral("code")},
        {QStringLiteral("pre"), QStringLiteral("pre")},
        {QStringLiteral("blockquote"), QStringLiteral("blockquote")},
        {QStringLiteral("tg-emoji"), QStringLiteral("custom_emoji")}};
    return types;
}

bool isSpace(QChar c)
{
    return c.isSpace();
}

struct Open
{
    QString tag;
    QJsonObject entity;
    qsizetype start = 0; // UTF-16 offset in the output
    bool merged = false; // <code class="language-x"> inside <pre>: the pre's language only
};

// Attributes of a start tag: name="value", name='value', name=value or a bare name.
QHash<QString, QString> attributesOf(const QByteArray &text)
{
    QHash<QString, QString> attributes;
    qsizetype i = 0;
    while (i < text.size()) {
        while (i < text.size() && std::isspace(uchar(text.at(i))))
            ++i;
        const qsizetype nameStart = i;
        while (i < text.size() && !std::isspace(uchar(text.at(i))) && text.at(i) != '=')
            ++i;
        const QString name = QString::fromUtf8(text.mid(nameStart, i - nameStart)).toLower();
        QString value;
        if (i < text.size() && text.at(i) == '=') {
            ++i;
            if (i < text.size() && (text.at(i) == '"' || text.at(i) == '\'')) {
                const char quote = text.at(i);
                const qsizetype end = text.indexOf(quote, i + 1);
                value = QString::fromUtf8(text.mid(i + 1, (end < 0 ? text.size() : end) - i - 1));
                i = end < 0 ? text.size() : end + 1;
            } else {
                const qsizetype valueStart = i;
                while (i < text.size() && !std::isspace(uchar(text.at(i))))
                    ++i;
                value = QString::fromUtf8(text.mid(valueStart, i - valueStart));
            }
        }
        if (!name.isEmpty())
            attributes.insert(name, value);
    }
    return attributes;
}

// A character reference at `at` ('&'): the text it stands for and the bytes it takes; empty
// when it is not one (the '&' is then kept as it is).
QPair<QString, qsizetype> reference(const QByteArray &html, qsizetype at)
{
    const qsizetype semi = html.indexOf(';', at);
    if (semi < 0 || semi - at > 10)
        return {};
    const QByteArray name = html.mid(at + 1, semi - at - 1);
    const qsizetype length = semi - at + 1;
    if (name == "lt")
        return {QStringLiteral("<"), length};
    if (name == "gt")
        return {QStringLiteral(">"), length};
    if (name == "amp")
        return {QStringLiteral("&"), length};
    if (name == "quot")
        return {QStringLiteral("\""), length};
    if (name.startsWith('#')) {
        bool ok = false;
        const uint code = name.startsWith("#x") || name.startsWith("#X")
                              ? name.mid(2).toUInt(&ok, 16)
                              : name.mid(1).toUInt(&ok, 10);
        if (ok && code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)) {
            const char32_t c = code;
            return {QString::fromUcs4(&c, 1), length};
        }
    }
    return {};
}

} // namespace

HtmlEntities::Result HtmlEntities::parse(const QString &input)
{
    Result result;
    const QByteArray html = input.toUtf8();
    QString out;
    QList<Open> stack;
    QJsonArray entities;
    qsizetype i = 0;
    while (i < html.size()) {
        const char c = html.at(i);
        if (c == '&') {
            const auto [text, length] = reference(html, i);
            if (length > 0) {
                out += text;
                i += length;
            } else {
                out += QLatin1Char('&');
                ++i;
            }
            continue;
        }
        if (c != '<') {
            // One UTF-8 sequence.
            qsizetype end = i + 1;
            while (end < html.size() && (uchar(html.at(end)) & 0xc0) == 0x80)
                ++end;
            out += QString::fromUtf8(html.mid(i, end - i));
            i = end;
            continue;
        }
        const qsizetype begin = i;
        if (i + 1 < html.size() && html.at(i + 1) == '/') {
            const qsizetype close = html.indexOf('>', i);
            if (close < 0) {
                result.error = QStringLiteral("Unclosed end tag at byte offset %1").arg(begin);
                return result;
            }
            const QString name =
                QString::fromUtf8(html.mid(i + 2, close - i - 2)).trimmed().toLower();
            if (stack.isEmpty()) {
                result.error = QStringLiteral("Unexpected end tag at byte offset %1").arg(begin);
                return result;
            }
            if (name != stack.last().tag) {
                result.error = QStringLiteral("Unmatched end tag at byte offset %1, expected "
                                              "\"</%2>\", found \"</%3>\"")
                                   .arg(begin)
                                   .arg(stack.last().tag, name);
                return result;
            }
            const Open open = stack.takeLast();
            const qsizetype length = out.size() - open.start;
            if (!open.merged && length > 0) {
                QJsonObject entity = open.entity;
                entity.insert(QStringLiteral("offset"), open.start);
                entity.insert(QStringLiteral("length"), length);
                entities.append(entity);
            }
            i = close + 1;
            continue;
        }
        qsizetype nameEnd = i + 1;
        while (nameEnd < html.size() &&
               (std::isalnum(uchar(html.at(nameEnd))) || html.at(nameEnd) == '-'))
            ++nameEnd;
        const QString tag = QString::fromUtf8(html.mid(i + 1, nameEnd - i - 1)).toLower();
        // The end of the tag, quotes in attribute values skipped.
        qsizetype close = nameEnd;
        char quote = 0;
        while (close < html.size() && (quote || html.at(close) != '>')) {
            if (quote && html.at(close) == quote)
                quote = 0;
            else if (!quote && (html.at(close) == '"' || html.at(close) == '\''))
                quote = html.at(close);
            ++close;
        }
        if (!tagTypes().contains(tag)) {
            result.error = QStringLiteral("Unsupported start tag \"%1\" at byte offset %2")
                               .arg(tag)
                               .arg(begin);
            return result;
        }
        if (close >= html.size()) {
            result.error = QStringLiteral("Unclosed start tag at byte offset %1").arg(begin);
            return result;
        }
        const QHash<QString, QString> attributes = attributesOf(html.mid(nameEnd, close - nameEnd));
        Open open{tag, {{QStringLiteral("type"), tagTypes().value(tag)}}, out.size(), false};
        if (tag == QLatin1String("span") &&
            attributes.value(QStringLiteral("class")) != QLatin1String("tg-spoiler")) {
            result.error = QStringLiteral("Tag \"span\" must have class \"tg-spoiler\" at byte "
                                          "offset %1")
                               .arg(begin);
            return result;
        }
        if (tag == QLatin1String("a")) {
            const QString href = attributes.value(QStringLiteral("href"));
            if (href.isEmpty())
                open.entity.insert(QStringLiteral("type"), QStringLiteral("url"));
            else
                open.entity.insert(QStringLiteral("url"), href);
        } else if (tag == QLatin1String("blockquote") &&
                   attributes.contains(QStringLiteral("expandable"))) {
            open.entity.insert(QStringLiteral("type"), QStringLiteral("expandable_blockquote"));
        } else if (tag == QLatin1String("tg-emoji")) {
            open.entity.insert(QStringLiteral("custom_emoji_id"),
                               attributes.value(QStringLiteral("emoji-id")));
        } else if (tag == QLatin1String("code") && !stack.isEmpty() &&
                   stack.last().tag == QLatin1String("pre") &&
                   attributes.value(QStringLiteral("class"))
                       .startsWith(QLatin1String("language-"))) {
            stack.last().entity.insert(QStringLiteral("language"),
                                       attributes.value(QStringLiteral("class")).mid(9));
            open.merged = true;
        }
        stack.append(open);
        i = close + 1;
    }
    if (!stack.isEmpty()) {
        result.error = QStringLiteral("Can't find end tag corresponding to start tag \"%1\"")
                           .arg(stack.last().tag);
        return result;
    }
    result.text = trimmed(out, &entities);
    result.entities = entities;
    return result;
}

QString HtmlEntities::trimmed(const QString &text, QJsonArray *entities)
{
    qsizetype lead = 0;
    while (lead < text.size() && isSpace(text.at(lead)))
        ++lead;
    qsizetype end = text.size();
    while (end > lead && isSpace(text.at(end - 1)))
        --end;
    QList<QJsonObject> kept;
    for (const QJsonValue &value : std::as_const(*entities)) {
        QJsonObject entity = value.toObject();
        const qsizetype from =
            std::max<qsizetype>(entity.value(QStringLiteral("offset")).toInteger(), lead);
        const qsizetype to =
            std::min<qsizetype>(entity.value(QStringLiteral("offset")).toInteger() +
                                    entity.value(QStringLiteral("length")).toInteger(),
                                end);
        if (to <= from)
            continue;
        entity.insert(QStringLiteral("offset"), from - lead);
        entity.insert(QStringLiteral("length"), to - from);
        kept.append(entity);
    }
    std::stable_sort(kept.begin(), kept.end(), [](const QJsonObject &a, const QJsonObject &b) {
        const qint64 ao = a.value(QStringLiteral("offset")).toInteger();
        const qint64 bo = b.value(QStringLiteral("offset")).toInteger();
        if (ao != bo)
            return ao < bo;
        return a.value(QStringLiteral("length")).toInteger() >
               b.value(QStringLiteral("length")).toInteger();
    });
    QJsonArray out;
    for (const QJsonObject &entity : kept)
        out.append(entity);
    *entities = out;
    return text.mid(lead, end - lead);
}

namespace {

// One entity as a pair of tags over [start, end) in UTF-16 units.
struct Span
{
    qsizetype start = 0;
    qsizetype end = 0;
    QString open;
    QString close;
};

std::optional<Span> spanOf(const QJsonObject &entity, const QString &text)
{
    static const QHash<QString, QString> tags{
        {QStringLiteral("bold"), QStringLiteral("b")},
        {QStringLiteral("italic"), QStringLiteral("i")},
        {QStringLiteral("underline"), QStringLiteral("u")},
        {QStringLiteral("strikethrough"), QStringLiteral("s")},
        {QStringLiteral("code"), QStringLiteral("code")},
        {QStringLiteral("pre"), QStringLiteral("pre")},
        {QStringLiteral("blockquote"), QStringLiteral("blockquote")},
        {QStringLiteral("expandable_blockquote"), QStringLiteral("blockquote")}};
    Span span;
    span.start =
        std::clamp<qsizetype>(entity.value(QStringLiteral("offset")).toInteger(), 0, text.size());
    span.end = std::clamp<qsizetype>(
        span.start + entity.value(QStringLiteral("length")).toInteger(), span.start, text.size());
    if (span.end == span.start)
        return std::nullopt;
    const QString type = entity.value(QStringLiteral("type")).toString();
    QString href;
    if (type == QLatin1String("text_link"))
        href = entity.value(QStringLiteral("url")).toString();
    else if (type == QLatin1String("url"))
        href = text.mid(span.start, span.end - span.start);
    if (!href.isEmpty()) {
        if (!HtmlEntities::isSafeLink(href))
            return std::nullopt;
        span.open = QStringLiteral("<a href=\"%1\">").arg(href.toHtmlEscaped());
        span.close = QStringLiteral("</a>");
    } else if (type == QLatin1String("spoiler")) {
        span.open = QStringLiteral("<span class=\"spoiler\">");
        span.close = QStringLiteral("</span>");
    } else if (const QString tag = tags.value(type); !tag.isEmpty()) {
        span.open = QLatin1Char('<') + tag + QLatin1Char('>');
        span.close = QStringLiteral("</") + tag + QLatin1Char('>');
    } else {
        return std::nullopt; // custom_emoji, mentions, …: the text as it is
    }
    return span;
}

} // namespace

bool HtmlEntities::isSafeLink(const QString &url)
{
    const QUrl parsed(url); // only its scheme and host decide; the text is escaped
    const QString scheme = parsed.scheme().toLower();
    return parsed.isValid() &&
           (((scheme == QLatin1String("http") || scheme == QLatin1String("https")) &&
             !parsed.host().isEmpty()) ||
            scheme == QLatin1String("tg"));
}

QString HtmlEntities::toHtml(const QString &text, const QJsonArray &entities)
{
    QList<Span> spans;
    for (const QJsonValue &value : entities)
        if (const auto span = spanOf(value.toObject(), text))
            spans.append(*span);
    // Outer first: by start, the longer before the shorter.
    std::stable_sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    QString out;
    QList<const Span *> open;
    qsizetype next = 0;
    for (qsizetype at = 0; at <= text.size(); ++at) {
        // Close what ends here; what was opened inside it and goes on is reopened.
        const auto ending =
            std::find_if(open.begin(), open.end(), [at](const Span *s) { return s->end <= at; });
        if (ending != open.end()) {
            const qsizetype from = ending - open.begin();
            for (qsizetype i = open.size() - 1; i >= from; --i)
                out += open.at(i)->close;
            QList<const Span *> goOn;
            for (qsizetype i = from; i < open.size(); ++i)
                if (open.at(i)->end > at)
                    goOn.append(open.at(i));
            open.resize(from);
            for (const Span *s : std::as_const(goOn)) {
                out += s->open;
                open.append(s);
            }
        }
        for (; next < spans.size() && spans.at(next).start == at; ++next) {
            out += spans.at(next).open;
            open.append(&spans.at(next));
        }
        if (at < text.size())
            out += QString(text.at(at)).toHtmlEscaped();
    }
    return out;
}

} // namespace onair::sandbox
