#include "announce/PostTemplate.h"

#include <QTest>
#include <QTimeZone>

using namespace onair;

class TestPostTemplate : public QObject
{
    Q_OBJECT

private:
    static PostTemplate::Style style()
    {
        PostTemplate::Style s;
        s.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
        s.zone = QTimeZone("Europe/Paris");
        return s;
    }
    static ShowFields fields()
    {
        ShowFields f;
        f.title = QStringLiteral("Q&A <live> \"tonight\"");
        f.url = QUrl(QStringLiteral("https://www.youtube.com/watch?v=abc&t=1"));
        f.start = QDateTime(QDate(2026, 12, 7), QTime(19, 0), QTimeZone::utc());
        f.description = QStringLiteral("a < b");
        f.thumbnail = QUrl(QStringLiteral("https://i.ytimg.com/vi/abc/maxresdefault.jpg"));
        return f;
    }

private Q_SLOTS:
    void fieldsAreEscapedTheTemplatesMarkupIsNot()
    {
        const PostPreview p =
            PostTemplate::telegram(QStringLiteral("<b>{title}</b>\n{url}"), fields(), false,
                                   QStringLiteral("Watch"), style());
        QCOMPARE(p.text, QStringLiteral("<b>Q&amp;A &lt;live&gt; &quot;tonight&quot;</b>\n"
                                        "https://www.youtube.com/watch?v=abc&amp;t=1"));
        QVERIFY(!p.text.contains(QLatin1String("&nbsp;")));
        QVERIFY(!p.text.contains(QLatin1String("&apos;")));
        QCOMPARE(p.buttonText, QStringLiteral("Watch"));
        QCOMPARE(p.buttonUrl, fields().url);
        QVERIFY(p.isSendable());
    }

    void markupTelegramWouldRefuseIsAProblemBeforeSending()
    {
        const auto problems = [](const char *templ) {
            return PostTemplate::telegramMarkupProblems(QString::fromUtf8(templ)).join(u'|');
        };
        // What Telegram's HTML mode takes.
        QCOMPARE(
            problems("<b>{title}</b> <i>x</i> <a href=\"{url}\">Watch</a> &lt;&amp;&#8212;"
                     "<tg-spoiler>s</tg-spoiler><span class=\"tg-spoiler\">s</span>"
                     "<pre><code class=\"language-c\">x</code></pre><BLOCKQUOTE>q</blockquote>"),
            QString());
        // What it refuses, each in a sentence naming it.
        QVERIFY(problems("Live <script>x</script>").contains(QStringLiteral("<script>")));
        QVERIFY(problems("a<br>b").contains(QStringLiteral("<br>")));
        QVERIFY(problems("Q&A tonight").contains(QStringLiteral("&amp;")));
        QVERIFY(problems("&nbsp;").contains(QStringLiteral("&amp;")));
        QVERIFY(problems("1 < 2").contains(QStringLiteral("&lt;")));
        QVERIFY(problems("2 > 1").contains(QStringLiteral("&gt;")));
        QVERIFY(problems("<b>bold").contains(QStringLiteral("not closed")));
        QVERIFY(problems("<b><i>x</b></i>").contains(QStringLiteral("</b>")));
        QVERIFY(problems("x</i>").contains(QStringLiteral("</i>")));
        // The preview says it, and the post is not sendable; the show's fields are escaped, so
        // a title with all three signs is fine.
        const PostPreview p = PostTemplate::telegram(QStringLiteral("<blink>{title}</blink>"),
                                                     fields(), false, QString(), style());
        QVERIFY(!p.isSendable());
        QCOMPARE(p.problems.size(), 1);
        QVERIFY(PostTemplate::telegram(QStringLiteral("{title} {description}"), fields(), false,
                                       QString(), style())
                    .isSendable());
    }

    void escapeMapsOnlyTheFourCharacters()
    {
        QCOMPARE(PostTemplate::escapeHtml(QStringLiteral("a&b<c>d\"e'f")),
                 QStringLiteral("a&amp;b&lt;c&gt;d&quot;e'f"));
    }

    void lengthIsCodePointsAfterParsing()
    {
        // Tags count nothing, an entity one character, an emoji (two UTF-16 units) one.
        QCOMPARE(PostTemplate::telegramLength(QStringLiteral("<b>a&amp;b</b> \U0001F534  ")), 5);
        const QString title(4000, QLatin1Char('x'));
        ShowFields f = fields();
        f.title = title;
        const PostPreview text =
            PostTemplate::telegram(QStringLiteral("{title}"), f, false, {}, style());
        QCOMPARE(text.limit, 4096);
        QCOMPARE(text.lengthLeft(), 96);
        QVERIFY(text.isSendable());
        const PostPreview caption =
            PostTemplate::telegram(QStringLiteral("{title}"), f, true, {}, style());
        QCOMPARE(caption.limit, 1024);
        QCOMPARE(caption.lengthLeft(), 1024 - 4000);
        QVERIFY(!caption.isSendable());
        QCOMPARE(caption.imageUrl, f.thumbnail);
    }

    void escapedEntitiesCountOnceAgainstTheLimit()
    {
        // 4096 ampersands are 4096 characters for Telegram even though 20480 are sent.
        ShowFields f = fields();
        f.title = QString(4096, QLatin1Char('&'));
        const PostPreview p =
            PostTemplate::telegram(QStringLiteral("{title}"), f, false, {}, style());
        QCOMPARE(p.length, 4096);
        QVERIFY(p.isSendable());
    }

    void startIsWrittenInTheViewersZone()
    {
        const QString words = PostTemplate::startInWords(fields().start, style());
        QVERIFY2(words.contains(QLatin1String("20:00")), qPrintable(words));
        QVERIFY2(words.contains(QLatin1String("December")), qPrintable(words));
    }

    void instagramCaptionLimitsAndImage()
    {
        ShowFields f = fields();
        const PostPreview ok =
            PostTemplate::instagram(QStringLiteral("{title} #live #show"), f, style());
        QCOMPARE(ok.text, QStringLiteral("Q&A <live> \"tonight\" #live #show")); // not escaped
        // A template written for Telegram loses its markup and entities, not the title's.
        QCOMPARE(
            PostTemplate::instagram(
                QStringLiteral("<b>{title}</b> &amp; <a href=\"x\">friends</a> &lt;3"), f, style())
                .text,
            QStringLiteral("Q&A <live> \"tonight\" & friends <3"));
        QCOMPARE(ok.hashtags, 2);
        QCOMPARE(ok.imageUrl, f.thumbnail);
        QVERIFY(ok.isSendable());

        QString tags;
        for (int i = 0; i < 31; ++i)
            tags += QStringLiteral(" #t%1").arg(i);
        QVERIFY(!PostTemplate::instagram(tags, f, style()).isSendable());
        tags.chop(5); // 30 left
        QVERIFY(PostTemplate::instagram(tags, f, style()).isSendable());

        QVERIFY(PostTemplate::instagram(QString(2200, QLatin1Char('a')), f, style()).isSendable());
        const PostPreview longer =
            PostTemplate::instagram(QString(2201, QLatin1Char('a')), f, style());
        QVERIFY(!longer.isSendable());
        QCOMPARE(longer.lengthLeft(), -1);

        f.thumbnail.clear();
        QVERIFY(!PostTemplate::instagram(QStringLiteral("x"), f, style()).isSendable());
    }
};

QTEST_GUILESS_MAIN(TestPostTemplate)
#include "tst_posttemplate.moc"
