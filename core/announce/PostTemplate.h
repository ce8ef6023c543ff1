#pragma once

#include "announce/ShowFields.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <QUrl>

namespace onair {

// What one platform will get from a template, exactly, and how much room is left.
struct PostPreview
{
    QString text;       // Telegram: HTML as sent; Instagram: the caption
    QString buttonText; // Telegram's "Watch" button (empty: none)
    QUrl buttonUrl;
    QUrl imageUrl;  // Telegram: sendPhoto's photo; Instagram: image_url
    int length = 0; // as the platform counts it
    int limit = 0;
    int hashtags = 0;     // Instagram
    QStringList problems; // sentences; empty when the post may be sent

    int lengthLeft() const { return limit - length; }
    bool isSendable() const { return problems.isEmpty(); }
};

// Expands a post template with the show's fields, per platform:
//  - Telegram: the template is Telegram HTML written by the operator (it may use <b>, <i>, <a>);
//    every field is escaped (&, <, >; and " too), so a title "Q&A <live>" arrives as written.
//    The length is counted as Telegram does: code points of the text once tags are removed and
//    entities decoded, trimmed; 4096 for a message, 1024 for a photo's caption.
//  - Instagram: plain text, ≤ 2200 UTF-16 units and ≤ 30 hashtags; the image is the broadcast's
//    public thumbnail, required (Instagram has no text-only posts).
// {start} is written in the viewer's words: the locale's long date and short time, in `zone`.
class PostTemplate
{
    Q_DECLARE_TR_FUNCTIONS(onair::PostTemplate)

public:
    static constexpr int kTelegramTextLimit = 4096;
    static constexpr int kTelegramCaptionLimit = 1024;
    static constexpr int kInstagramCaptionLimit = 2200;
    static constexpr int kInstagramHashtagLimit = 30;

    struct Style
    {
        QLocale locale;
        QTimeZone zone = QTimeZone::systemTimeZone();
    };

    // `withPhoto`: sendPhoto with the thumbnail and the text as its caption.
    static PostPreview telegram(const QString &templ, const ShowFields &fields, bool withPhoto,
                                const QString &buttonText, const Style &style);
    static PostPreview instagram(const QString &templ, const ShowFields &fields,
                                 const Style &style);

    // &, <, > (and " for attributes) as Telegram's HTML mode accepts them; nothing else.
    static QString escapeHtml(const QString &text);
    // Code points of `html` as Telegram counts them after parsing (tags dropped, the four named
    // entities and numeric ones decoded, surrounding white space trimmed).
    static int telegramLength(const QString &html);
    // What Telegram's HTML parser would refuse in a template (its fields are escaped when it is
    // expanded): a tag it does not know, a "<", ">" or "&" that is not markup, an end tag that
    // closes nothing, a tag left open. The first problem met, in a sentence; empty when none.
    static QStringList telegramMarkupProblems(const QString &templ);
    // Whether the template names one of the show's fields ({title}, {url}, {start}, …).
    static bool usesShowFields(const QString &templ);
    static int hashtagCount(const QString &caption);
    static QString startInWords(const QDateTime &start, const Style &style);

private:
    static QString expand(const QString &templ, const ShowFields &fields, const Style &style,
                          bool html);
};

} // namespace onair
