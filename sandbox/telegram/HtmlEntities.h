#pragma once

#include <QJsonArray>
#include <QString>

namespace onair::sandbox {

// parse_mode=HTML as the Bot API reads it (formatting options): the supported tags become
// entities, &lt; &gt; &amp; &quot; and numeric references become characters, and the text comes
// back without markup and trimmed of leading and trailing whitespace. Entity offsets and lengths
// are in UTF-16 units, as in the API's answers; an error's byte offset is in UTF-8 bytes.
class HtmlEntities
{
public:
    struct Result
    {
        QString text;
        QJsonArray entities;
        QString error; // the detail after "can't parse entities: "; empty when it parsed
    };

    static Result parse(const QString &html);
    // Plain text (no parse_mode): trimmed the same way, entities given by the caller kept.
    static QString trimmed(const QString &text, QJsonArray *entities);
    // The other way, for a person to read (the read-back page): `text` with its entities as
    // HTML tags and everything else escaped. Links only for http(s) and tg:// addresses;
    // entities that overlap without nesting are closed and reopened.
    static QString toHtml(const QString &text, const QJsonArray &entities);
    // An http(s) address with a host, or tg://: what the page may link to.
    static bool isSafeLink(const QString &url);
};

} // namespace onair::sandbox
