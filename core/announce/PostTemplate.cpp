#include "announce/PostTemplate.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace onair {

QString PostTemplate::escapeHtml(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&':
            out += QLatin1String("&amp;");
            break;
        case '<':
            out += QLatin1String("&lt;");
            break;
        case '>':
            out += QLatin1String("&gt;");
            break;
        case '"':
            out += QLatin1String("&quot;");
            break;
        default:
            out += c;
        }
    }
    return out;
}

int PostTemplate::telegramLength(const QString &html)
{
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    static const QRegularExpression entity(
        QStringLiteral("&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot);"));
    QString text = html;
    text.remove(tag);
    // Each entity is one character once parsed.
    text.replace(entity, QStringLiteral("_"));
    text = text.trimmed();
    return static_cast<int>(text.toUcs4().size());
}

int PostTemplate::hashtagCount(const QString &caption)
{
    static const QRegularExpression hashtag(QStringLiteral("(^|\\s)#\\w"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    int n = 0;
    auto it = hashtag.globalMatch(caption);
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}

QString PostTemplate::startInWords(const QDateTime &start, const Style &style)
{
    if (!start.isValid())
        return {};
    const QDateTime local = start.toTimeZone(style.zone);
    return style.locale.toString(local.date(), QLocale::LongFormat) + QLatin1Char(' ') +
           style.locale.toString(local.time(), QLocale::ShortFormat) + QLatin1Char(' ') +
           style.zone.displayName(local, QTimeZone::ShortName, style.locale);
}

bool PostTemplate::usesShowFields(const QString &templ)
{
    static const QRegularExpression field(
        QStringLiteral("\\{(title|url|start|description|thumbnail)\\}"));
    return templ.contains(field);
}

QString PostTemplate::expand(const QString &templ, const ShowFields &fields, const Style &style,
                             bool html)
{
    const auto field = [html](const QString &value) { return html ? escapeHtml(value) : value; };
    QString out = templ;
    out.replace(QLatin1String("{title}"), field(fields.title));
    out.replace(QLatin1String("{url}"), field(fields.url.toString()));
    out.replace(QLatin1String("{start}"), field(startInWords(fields.start, style)));
    out.replace(QLatin1String("{description}"), field(fields.description));
    out.replace(QLatin1String("{thumbnail}"), field(fields.thumbnail.toString()));
    return out;
}

QStringList PostTemplate::telegramMarkupProblems(const QString &templ)
{
    // The tags of Telegram's HTML mode (the reference's §1.4); any other is refused.
    static const QStringList supported{
        QStringLiteral("b"),        QStringLiteral("strong"),     QStringLiteral("i"),
        QStringLiteral("em"),       QStringLiteral("u"),          QStringLiteral("ins"),
        QStringLiteral("s"),        QStringLiteral("strike"),     QStringLiteral("del"),
        QStringLiteral("span"),     QStringLiteral("tg-spoiler"), QStringLiteral("a"),
        QStringLiteral("code"),     QStringLiteral("pre"),        QStringLiteral("blockquote"),
        QStringLiteral("tg-emoji"), QStringLiteral("tg-time")};
    static const QRegularExpression tag(QStringLiteral("<(/?)([A-Za-z][A-Za-z0-9-]*)[^<>]*>"));
    static const QRegularExpression entity(
        QStringLiteral("&(lt|gt|amp|quot|#[0-9]+|#x[0-9A-Fa-f]+);"));
    constexpr auto anchored = QRegularExpression::AnchorAtOffsetMatchOption;
    QStringList problems;
    QStringList open;
    for (qsizetype i = 0; i < templ.size() && problems.isEmpty(); ++i) {
        if (templ.at(i) == QLatin1Char('&')) {
            if (!entity.match(templ, i, QRegularExpression::NormalMatch, anchored).hasMatch())
                problems << tr("An \"&\" that starts no entity: write &amp; for the sign.");
            continue;
        }
        if (templ.at(i) == QLatin1Char('>')) {
            problems << tr("A \">\" outside a tag: write &gt; for the sign.");
            continue;
        }
        if (templ.at(i) != QLatin1Char('<'))
            continue;
        const QRegularExpressionMatch m =
            tag.match(templ, i, QRegularExpression::NormalMatch, anchored);
        if (!m.hasMatch()) {
            problems << tr("A \"<\" that starts no tag: write &lt; for the sign.");
            continue;
        }
        const QString name = m.captured(2).toLower();
        if (!supported.contains(name)) {
            problems << tr("Telegram refuses the tag <%1>: write &lt;%1&gt; to show it as text.")
                            .arg(name);
        } else if (m.captured(1).isEmpty()) {
            open.append(name);
        } else if (open.isEmpty() || open.constLast() != name) {
            problems << tr("The end tag </%1> closes no open <%1>.").arg(name);
        } else {
            open.removeLast();
        }
        i = m.capturedEnd() - 1;
    }
    if (problems.isEmpty() && !open.isEmpty())
        problems << tr("The tag <%1> is not closed.").arg(open.constLast());
    return problems;
}

PostPreview PostTemplate::telegram(const QString &templ, const ShowFields &fields, bool withPhoto,
                                   const QString &buttonText, const Style &style)
{
    PostPreview p;
    p.problems = telegramMarkupProblems(templ);
    p.text = expand(templ, fields, style, true);
    p.length = telegramLength(p.text);
    p.limit = withPhoto ? kTelegramCaptionLimit : kTelegramTextLimit;
    if (!buttonText.isEmpty() && fields.url.isValid() && !fields.url.isEmpty()) {
        p.buttonText = buttonText;
        p.buttonUrl = fields.url;
    }
    if (withPhoto) {
        p.imageUrl = fields.thumbnail;
        if (fields.thumbnail.isEmpty())
            p.problems << tr("The broadcast has no thumbnail to send with the post.");
    } else if (p.length == 0) {
        p.problems << tr("The message is empty.");
    }
    if (p.length > p.limit)
        p.problems << tr("%n character(s) too long for Telegram.", nullptr, p.length - p.limit);
    return p;
}

PostPreview PostTemplate::instagram(const QString &templ, const ShowFields &fields,
                                    const Style &style)
{
    // A caption is plain text: the template's Telegram markup goes, and the entities its author
    // wrote become characters. Only the template's: the show's fields are plain already.
    static const QRegularExpression markup(
        QStringLiteral("</?(b|strong|i|em|u|ins|s|strike|del|a|code|pre|tg-spoiler|tg-emoji|span|"
                       "blockquote)\\b[^>]*>"),
        QRegularExpression::CaseInsensitiveOption);
    QString plain = templ;
    plain.remove(markup);
    plain.replace(QLatin1String("&lt;"), QLatin1String("<"))
        .replace(QLatin1String("&gt;"), QLatin1String(">"))
        .replace(QLatin1String("&quot;"), QLatin1String("\""))
        .replace(QLatin1String("&amp;"), QLatin1String("&"));
    PostPreview p;
    p.text = expand(plain, fields, style, false);
    p.length = static_cast<int>(p.text.size());
    p.limit = kInstagramCaptionLimit;
    p.hashtags = hashtagCount(p.text);
    p.imageUrl = fields.thumbnail;
    if (fields.thumbnail.isEmpty())
        p.problems << tr("Instagram needs an image: the broadcast has no public thumbnail.");
    if (p.length > p.limit)
        p.problems << tr("%n character(s) too long for Instagram.", nullptr, p.length - p.limit);
    if (p.hashtags > kInstagramHashtagLimit)
        p.problems << tr("%n hashtag(s) over Instagram's 30.", nullptr,
                         p.hashtags - kInstagramHashtagLimit);
    return p;
}

} // namespace onair
