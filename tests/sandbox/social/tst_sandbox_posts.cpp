#include "tst_sandbox_posts.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using onair::test::SandboxProcess;

namespace {

const QString kWatchUrl = QStringLiteral("https://www.youtube.com/watch?v=abc123");
const QString kImageUrl = QStringLiteral("https://cdn.example.com/cover.jpg");

} // namespace

void TestSandboxPosts::initTestCase()
{
    m_sandbox = std::make_unique<SandboxProcess>(QStringList{QStringLiteral("--no-ingest")});
    QVERIFY2(m_sandbox->isReady(), qPrintable(m_sandbox->errorString()));
}

void TestSandboxPosts::cleanupTestCase()
{
    if (m_sandbox)
        QVERIFY(m_sandbox->stop());
}

SandboxProcess::Response TestSandboxPosts::bot(const QString &method, const QJsonObject &body)
{
    const QString token =
        m_sandbox->readyLine().value(QStringLiteral("telegram_bot_token")).toString();
    return m_sandbox->request("POST", QStringLiteral("bot") + token + QLatin1Char('/') + method,
                              QJsonDocument(body).toJson(QJsonDocument::Compact),
                              "application/json");
}

SandboxProcess::Response TestSandboxPosts::graph(const QString &path, const QJsonObject &body)
{
    const QJsonObject ready = m_sandbox->readyLine();
    const QString root = ready.value(QStringLiteral("graph")).toString();
    return m_sandbox->request(
        "POST",
        root.mid(m_sandbox->api().toString().size()) + QStringLiteral("v25.0/") +
            ready.value(QStringLiteral("instagram_user_id")).toString() + QLatin1Char('/') + path,
        QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json",
        ready.value(QStringLiteral("instagram_token")).toString());
}

SandboxProcess::Response TestSandboxPosts::page()
{
    return m_sandbox->request("GET", QStringLiteral("_sandbox/social/posts"));
}

void TestSandboxPosts::emptySandboxSaysNothingPosted()
{
    m_sandbox->control("POST", QStringLiteral("reset"));
    const Response r = page();
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("Content-Type"), QByteArray("text/html; charset=utf-8"));
    const QString html = QString::fromUtf8(r.body);
    QVERIFY(html.contains(QStringLiteral("Nothing posted yet.")));
    QVERIFY(html.contains(QStringLiteral("Nothing published yet.")));
}

void TestSandboxPosts::pageListsPostsEditsAndPublishes()
{
    m_sandbox->control("POST", QStringLiteral("reset"));
    m_sandbox->control("POST", QStringLiteral("instagram/settings"),
                       {{QStringLiteral("processingSeconds"), 0}});
    const QJsonObject watch{
        {QStringLiteral("inline_keyboard"),
         QJsonArray{QJsonArray{QJsonObject{{QStringLiteral("text"), QStringLiteral("▶ Watch")},
                                           {QStringLiteral("url"), kWatchUrl}}}}}};
    // An HTML post with a "Watch" button, then edited.
    const Response first =
        bot(QStringLiteral("sendMessage"),
            {{QStringLiteral("chat_id"), QStringLiteral("@onair_show")},
             {QStringLiteral("text"), QStringLiteral("<b>Live now</b>: Night &amp; Day — é")},
             {QStringLiteral("parse_mode"), QStringLiteral("HTML")},
             {QStringLiteral("reply_markup"), watch}});
    QCOMPARE(first.status, 200);
    const qint64 firstId = first.json()
                               .value(QStringLiteral("result"))
                               .toObject()
                               .value(QStringLiteral("message_id"))
                               .toInteger();
    QCOMPARE(bot(QStringLiteral("editMessageText"),
                 {{QStringLiteral("chat_id"), QStringLiteral("@onair_show")},
                  {QStringLiteral("message_id"), firstId},
                  {QStringLiteral("text"), QStringLiteral("<i>Ended</i>: watch the recording")},
                  {QStringLiteral("parse_mode"), QStringLiteral("HTML")},
                  {QStringLiteral("reply_markup"), watch}})
                 .status,
             200);
    // A plain-text post whose text carries markup: shown as text, never run.
    QCOMPARE(bot(QStringLiteral("sendMessage"),
                 {{QStringLiteral("chat_id"), QStringLiteral("@onair_show")},
                  {QStringLiteral("text"), QStringLiteral("second <script>alert(1)</script>")}})
                 .status,
             200);
    // An Instagram publish whose caption carries a script.
    m_sandbox->control("POST", QStringLiteral("kernel/media-urls"),
                       {{QStringLiteral("url"), kImageUrl},
                        {QStringLiteral("mimeType"), QStringLiteral("image/jpeg")},
                        {QStringLiteral("bytes"), 200000},
                        {QStringLiteral("width"), 1080},
                        {QStringLiteral("height"), 1080}});
    const Response container =
        graph(QStringLiteral("media"),
              {{QStringLiteral("image_url"), kImageUrl},
               {QStringLiteral("caption"), QStringLiteral("Tonight <script>alert(2)</script>")}});
    QCOMPARE(container.status, 200);
    const Response published =
        graph(QStringLiteral("media_publish"),
              {{QStringLiteral("creation_id"), container.json().value(QStringLiteral("id"))}});
    QCOMPARE(published.status, 200);
    const QJsonArray media = m_sandbox->control("GET", QStringLiteral("instagram/state"))
                                 .value(QStringLiteral("media"))
                                 .toArray();
    QCOMPARE(media.size(), 1);
    const QString shortcode =
        media.first().toObject().value(QStringLiteral("shortcode")).toString();
    QVERIFY(!shortcode.isEmpty());

    const Response r = page();
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("Content-Type"), QByteArray("text/html; charset=utf-8"));
    const QString html = QString::fromUtf8(r.body);
    // The edited message as Telegram shows it now, with its button, and the first text kept
    // in its edits; UTF-8 kept.
    QVERIFY2(html.contains(QStringLiteral("<i>Ended</i>: watch the recording")), qPrintable(html));
    QVERIFY(html.contains(QStringLiteral("▶ Watch")));
    QVERIFY(html.contains(QStringLiteral("href=\"%1\"").arg(kWatchUrl)));
    QVERIFY(html.contains(QStringLiteral("edited ")));
    QVERIFY(html.contains(QStringLiteral("Ended: watch the recording"))); // the edit's entry
    QVERIFY(html.contains(QStringLiteral("#%1 ").arg(firstId)));
    // Newest first: the second post above the first.
    QVERIFY(html.indexOf(QStringLiteral("#%1 ").arg(firstId + 1)) <
            html.indexOf(QStringLiteral("#%1 ").arg(firstId)));
    // Instagram: caption, image, shortcode and permalink.
    QVERIFY(html.contains(QStringLiteral("<img src=\"%1\"").arg(kImageUrl)));
    QVERIFY(html.contains(QStringLiteral("https://www.instagram.com/p/%1/").arg(shortcode)));
    // Markup in a text or a caption is escaped, never a tag.
    QVERIFY(html.contains(QStringLiteral("second &lt;script&gt;alert(1)&lt;/script&gt;")));
    QVERIFY(html.contains(QStringLiteral("Tonight &lt;script&gt;alert(2)&lt;/script&gt;")));
    QVERIFY(!html.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
    // Telegram's section above Instagram's.
    QVERIFY(html.indexOf(QStringLiteral("Telegram")) < html.indexOf(QStringLiteral("Instagram")));
}

QTEST_GUILESS_MAIN(TestSandboxPosts)
