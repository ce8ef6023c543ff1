#include "tst_telegram_html.h"

#include "telegram/HtmlEntities.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using onair::sandbox::HtmlEntities;

namespace {

QJsonObject entity(const QString &type, int offset, int length, const QString &url = {})
{
    QJsonObject e{{QStringLiteral("type"), type},
                  {QStringLiteral("offset"), offset},
                  {QStringLiteral("length"), length}};
    if (!url.isEmpty())
        e.insert(QStringLiteral("url"), url);
    return e;
}

} // namespace

void TestTelegramHtml::toHtml_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QJsonArray>("entities");
    QTest::addColumn<QString>("html");

    QTest::newRow("plain, escaped") << QStringLiteral("a <b> & \"c\"") << QJsonArray()
                                    << QStringLiteral("a &lt;b&gt; &amp; &quot;c&quot;");
    QTest::newRow("nested") << QStringLiteral("abc")
                            << QJsonArray{entity(QStringLiteral("bold"), 0, 3),
                                          entity(QStringLiteral("italic"), 1, 1)}
                            << QStringLiteral("<b>a<i>b</i>c</b>");
    // Bold [0,3) and italic [2,5): italic is closed with bold and opened again.
    QTest::newRow("overlapping") << QStringLiteral("abcde")
                                 << QJsonArray{entity(QStringLiteral("bold"), 0, 3),
                                               entity(QStringLiteral("italic"), 2, 3)}
                                 << QStringLiteral("<b>ab<i>c</i></b><i>de</i>");
    QTest::newRow("text link")
        << QStringLiteral("Watch")
        << QJsonArray{entity(QStringLiteral("text_link"), 0, 5,
                             QStringLiteral("https://x.test/?a=1&b=\"2\""))}
        << QStringLiteral("<a href=\"https://x.test/?a=1&amp;b=&quot;2&quot;\">Watch</a>");
    QTest::newRow("unsafe link dropped")
        << QStringLiteral("click")
        << QJsonArray{entity(QStringLiteral("text_link"), 0, 5, QStringLiteral("javascript:x()"))}
        << QStringLiteral("click");
    QTest::newRow("url entity") << QStringLiteral("see https://a.test")
                                << QJsonArray{entity(QStringLiteral("url"), 4, 14)}
                                << QStringLiteral(
                                       "see <a href=\"https://a.test\">https://a.test</a>");
    // Offsets in UTF-16 units: the emoji is two.
    QTest::newRow("utf-16 offsets")
        << QStringLiteral("🎬 live") << QJsonArray{entity(QStringLiteral("bold"), 3, 4)}
        << QStringLiteral("🎬 <b>live</b>");
    QTest::newRow("out of range clamped")
        << QStringLiteral("ab") << QJsonArray{entity(QStringLiteral("code"), 1, 10)}
        << QStringLiteral("a<code>b</code>");
}

void TestTelegramHtml::toHtml()
{
    QFETCH(QString, text);
    QFETCH(QJsonArray, entities);
    QFETCH(QString, html);
    QCOMPARE(HtmlEntities::toHtml(text, entities), html);
}

QTEST_GUILESS_MAIN(TestTelegramHtml)
