#include "tst_sandbox_telegram.h"

#include "youtube/RawHttp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using onair::test::RawHttp;
using onair::test::SandboxProcess;

namespace {

const QString kChannel = QStringLiteral("@onair_show");

// A minimal JPEG header with a start-of-frame: width × height.
QByteArray jpeg(int width, int height)
{
    QByteArray data("\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00", 20);
    data += QByteArray("\xff\xc0\x00\x11\x08", 5);
    data += char(height >> 8);
    data += char(height & 0xff);
    data += char(width >> 8);
    data += char(width & 0xff);
    data += QByteArray("\x03\x01\x22\x00\x02\x11\x01\x03\x11\x01\xff\xd9", 12);
    return data;
}

QByteArray multipart(const QList<QPair<QString, QByteArray>> &fields, const QString &fileField,
                     const QByteArray &file, const QByteArray &boundary)
{
    QByteArray body;
    for (const auto &f : fields)
        body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.first.toUtf8() +
                "\"\r\n\r\n" + f.second + "\r\n";
    if (!fileField.isEmpty())
        body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" +
                fileField.toUtf8() +
                "\"; filename=\"cover.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n" + file + "\r\n";
    body += "--" + boundary + "--\r\n";
    return body;
}

} // namespace

void TestSandboxTelegram::initTestCase()
{
    m_sandbox = std::make_unique<SandboxProcess>(
        QStringList{QStringLiteral("--auto-consent"), QStringLiteral("--no-ingest")});
    QVERIFY2(m_sandbox->isReady(), qPrintable(m_sandbox->errorString()));
    m_token = m_sandbox->readyLine().value(QStringLiteral("telegram_bot_token")).toString();
}

void TestSandboxTelegram::init()
{
    QVERIFY(m_sandbox->control("POST", QStringLiteral("reset"))
                .value(QStringLiteral("reset"))
                .toBool());
    // Bursts big enough for a test's own sends; floodControl sets its own.
    m_sandbox->control(
        "POST", QStringLiteral("telegram/settings"),
        {{QStringLiteral("perChatBurst"), 100}, {QStringLiteral("perGroupPerMinute"), 600}});
}

void TestSandboxTelegram::cleanupTestCase()
{
    if (m_sandbox)
        QVERIFY(m_sandbox->stop());
}

SandboxProcess::Response TestSandboxTelegram::call(const QString &method, const QJsonObject &body)
{
    return m_sandbox->request("POST", QStringLiteral("bot") + m_token + QLatin1Char('/') + method,
                              QJsonDocument(body).toJson(QJsonDocument::Compact),
                              "application/json");
}

void TestSandboxTelegram::expectError(const Response &reply, int code, const QString &description)
{
    QCOMPARE(reply.status, code);
    const QJsonObject body = reply.json();
    QCOMPARE(body.value(QStringLiteral("ok")).toBool(true), false);
    QCOMPARE(body.value(QStringLiteral("error_code")).toInt(), code);
    QCOMPARE(body.value(QStringLiteral("description")).toString(), description);
}

QJsonArray TestSandboxTelegram::posted()
{
    return m_sandbox->control("GET", QStringLiteral("telegram/state"))
        .value(QStringLiteral("messages"))
        .toArray();
}

void TestSandboxTelegram::readyLineNamesBotAndChannel()
{
    const QJsonObject ready = m_sandbox->readyLine();
    QCOMPARE(ready.value(QStringLiteral("telegram")).toString(), m_sandbox->api().toString());
    QCOMPARE(ready.value(QStringLiteral("telegram_channel")).toString(), kChannel);
    QVERIFY(m_token.contains(QLatin1Char(':')));
    // <telegram>bot<TOKEN>/<method>, by GET.
    const Response me =
        m_sandbox->request("GET", QStringLiteral("bot") + m_token + QStringLiteral("/getMe"));
    QCOMPARE(me.status, 200);
    const QJsonObject user = me.json().value(QStringLiteral("result")).toObject();
    QVERIFY(me.json().value(QStringLiteral("ok")).toBool());
    QVERIFY(user.value(QStringLiteral("is_bot")).toBool());
    QCOMPARE(QString::number(user.value(QStringLiteral("id")).toInteger()),
             m_token.section(QLatin1Char(':'), 0, 0));
}

void TestSandboxTelegram::envelopesAndAuth()
{
    const auto get = [&](const QString &path) { return m_sandbox->request("GET", path); };
    expectError(get(QStringLiteral("bot123456:wrongSecret/getMe")), 401,
                QStringLiteral("Unauthorized"));
    expectError(get(QStringLiteral("bot0123:abc/getMe")), 401,
                QStringLiteral("Unauthorized: invalid token specified"));
    expectError(get(QStringLiteral("botnocolon/getMe")), 401,
                QStringLiteral("Unauthorized: invalid token specified"));
    expectError(get(QStringLiteral("bot") + m_token + QStringLiteral("/sendCarrierPigeon")), 404,
                QStringLiteral("Not Found: method not found"));
    expectError(get(QStringLiteral("bot") + m_token), 404, QStringLiteral("Not Found"));
    // Method names in any case.
    QCOMPARE(get(QStringLiteral("bot") + m_token + QStringLiteral("/GETME")).status, 200);
    // A revoked token.
    m_sandbox->control("POST", QStringLiteral("telegram/bot"), {{QStringLiteral("revoked"), true}});
    expectError(get(QStringLiteral("bot") + m_token + QStringLiteral("/getMe")), 401,
                QStringLiteral("Unauthorized"));
}

void TestSandboxTelegram::fourEncodings()
{
    const QString path = QStringLiteral("bot") + m_token + QStringLiteral("/sendMessage");
    const QByteArray markup =
        R"({"inline_keyboard":[[{"text":"Watch","url":"https://www.youtube.com/watch?v=abc"}]]})";
    // Query string.
    QCOMPARE(
        m_sandbox->request("GET", path + QStringLiteral("?chat_id=%40onair_show&text=by%20query"))
            .status,
        200);
    // Form.
    QCOMPARE(m_sandbox
                 ->request("POST", path,
                           "chat_id=%40onair_show&text=by+form&reply_markup=" +
                               QUrl::toPercentEncoding(QString::fromUtf8(markup)),
                           "application/x-www-form-urlencoded")
                 .status,
             200);
    // JSON with a nested object.
    QCOMPARE(call(QStringLiteral("sendMessage"),
                  {{QStringLiteral("chat_id"), kChannel},
                   {QStringLiteral("text"), QStringLiteral("by json")},
                   {QStringLiteral("reply_markup"), QJsonDocument::fromJson(markup).object()}})
                 .status,
             200);
    // Multipart, the markup as a JSON string.
    const QByteArray boundary = "sbxBoundary42";
    QCOMPARE(m_sandbox
                 ->request("POST", path,
                           multipart({{QStringLiteral("chat_id"), kChannel.toUtf8()},
                                      {QStringLiteral("text"), "by multipart"},
                                      {QStringLiteral("reply_markup"), markup}},
                                     {}, {}, boundary),
                           "multipart/form-data; boundary=" + boundary)
                 .status,
             200);
    const QJsonArray messages = posted();
    QCOMPARE(messages.size(), 4);
    QStringList texts;
    for (const QJsonValue &m : messages)
        texts.append(m.toObject().value(QStringLiteral("text")).toString());
    QCOMPARE(texts, (QStringList{QStringLiteral("by query"), QStringLiteral("by form"),
                                 QStringLiteral("by json"), QStringLiteral("by multipart")}));
    for (int i : {1, 2, 3})
        QCOMPARE(messages.at(i).toObject().value(QStringLiteral("replyMarkup")).toObject(),
                 QJsonDocument::fromJson(markup).object());
}

void TestSandboxTelegram::chatChecks()
{
    const Response chat = call(QStringLiteral("getChat"), {{QStringLiteral("chat_id"), kChannel}});
    QCOMPARE(chat.status, 200);
    const QJsonObject info = chat.json().value(QStringLiteral("result")).toObject();
    QCOMPARE(info.value(QStringLiteral("type")).toString(), QStringLiteral("channel"));
    QCOMPARE(info.value(QStringLiteral("username")).toString(), QStringLiteral("onair_show"));
    QVERIFY(info.value(QStringLiteral("id")).toInteger() < -1000000000000);
    const qint64 botId = m_token.section(QLatin1Char(':'), 0, 0).toLongLong();
    const Response member =
        call(QStringLiteral("getChatMember"),
             {{QStringLiteral("chat_id"), kChannel}, {QStringLiteral("user_id"), botId}});
    const QJsonObject m = member.json().value(QStringLiteral("result")).toObject();
    QCOMPARE(m.value(QStringLiteral("status")).toString(), QStringLiteral("administrator"));
    QVERIFY(m.value(QStringLiteral("can_post_messages")).toBool());
    // A public channel the bot is not in: by @username only.
    QCOMPARE(call(QStringLiteral("getChat"),
                  {{QStringLiteral("chat_id"), QStringLiteral("@onair_elsewhere")}})
                 .status,
             200);
    expectError(call(QStringLiteral("getChat"),
                     {{QStringLiteral("chat_id"), QStringLiteral("-1001987650002")}}),
                400, QStringLiteral("Bad Request: chat not found"));
    const Response left = call(QStringLiteral("getChatMember"),
                               {{QStringLiteral("chat_id"), QStringLiteral("@onair_elsewhere")},
                                {QStringLiteral("user_id"), botId}});
    QCOMPARE(left.json()
                 .value(QStringLiteral("result"))
                 .toObject()
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("left"));
}

void TestSandboxTelegram::postingRights_data()
{
    QTest::addColumn<QString>("chat");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("description");
    QTest::newRow("member, not admin")
        << "@onair_readers" << 400 << "Bad Request: need administrator rights in the channel chat";
    QTest::newRow("not a member") << "@onair_elsewhere" << 403
                                  << "Forbidden: bot is not a member of the channel chat";
    QTest::newRow("kicked") << "@onair_banned" << 403
                            << "Forbidden: bot was kicked from the channel chat";
    QTest::newRow("unknown") << "@nobody_here" << 400 << "Bad Request: chat not found";
    QTest::newRow("empty") << "" << 400 << "Bad Request: chat_id is empty";
}

void TestSandboxTelegram::postingRights()
{
    QFETCH(QString, chat);
    QFETCH(int, code);
    QFETCH(QString, description);
    expectError(
        call(QStringLiteral("sendMessage"),
             {{QStringLiteral("chat_id"), chat}, {QStringLiteral("text"), QStringLiteral("hi")}}),
        code, description);
    QCOMPARE(posted().size(), 0);
}

void TestSandboxTelegram::htmlEntities()
{
    // "🎬 " is two UTF-16 units and a space before the bold word.
    const Response sent =
        call(QStringLiteral("sendMessage"),
             {{QStringLiteral("chat_id"), kChannel},
              {QStringLiteral("parse_mode"), QStringLiteral("HTML")},
              {QStringLiteral("text"),
               QStringLiteral("  🎬 <b>Live</b> &amp; <a href=\"https://youtu.be/x\">watch</a> "
                              "&lt;now&gt;  ")}});
    QCOMPARE(sent.status, 200);
    const QJsonObject message = sent.json().value(QStringLiteral("result")).toObject();
    QCOMPARE(message.value(QStringLiteral("text")).toString(),
             QStringLiteral("🎬 Live & watch <now>"));
    const QJsonArray entities = message.value(QStringLiteral("entities")).toArray();
    QCOMPARE(entities.size(), 2);
    QCOMPARE(entities.at(0).toObject(),
             (QJsonObject{{QStringLiteral("type"), QStringLiteral("bold")},
                          {QStringLiteral("offset"), 3},
                          {QStringLiteral("length"), 4}}));
    QCOMPARE(entities.at(1).toObject().value(QStringLiteral("type")).toString(),
             QStringLiteral("text_link"));
    QCOMPARE(entities.at(1).toObject().value(QStringLiteral("url")).toString(),
             QStringLiteral("https://youtu.be/x"));
    QCOMPARE(entities.at(1).toObject().value(QStringLiteral("offset")).toInt(), 10);
}

void TestSandboxTelegram::htmlErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("parseMode");
    QTest::addColumn<QString>("description");
    const auto prefix = [](const char *detail) -> QString {
        return QStringLiteral("Bad Request: can't parse entities: ") + QString::fromUtf8(detail);
    };
    // "é" is two UTF-8 bytes: offsets count bytes.
    QTest::newRow("unsupported tag")
        << "é <foo>x</foo>"
        << "HTML" << prefix("Unsupported start tag \"foo\" at byte offset 3");
    QTest::newRow("unmatched end")
        << "<b>x</i>"
        << "html"
        << prefix("Unmatched end tag at byte offset 4, expected \"</b>\", found \"</i>\"");
    QTest::newRow("unexpected end") << "x</b>"
                                    << "HTML" << prefix("Unexpected end tag at byte offset 1");
    QTest::newRow("unclosed") << "<b>x"
                              << "HTML"
                              << prefix("Can't find end tag corresponding to start tag \"b\"");
    QTest::newRow("bare <") << "a < b"
                            << "HTML" << prefix("Unsupported start tag \"\" at byte offset 2");
    QTest::newRow("parse_mode") << "x"
                                << "BBCode"
                                << "Bad Request: unsupported parse_mode";
}

void TestSandboxTelegram::htmlErrors()
{
    QFETCH(QString, text);
    QFETCH(QString, parseMode);
    QFETCH(QString, description);
    expectError(call(QStringLiteral("sendMessage"), {{QStringLiteral("chat_id"), kChannel},
                                                     {QStringLiteral("parse_mode"), parseMode},
                                                     {QStringLiteral("text"), text}}),
                400, description);
    QCOMPARE(posted().size(), 0);
}

void TestSandboxTelegram::lengthsInCodePoints()
{
    const auto send = [&](const QString &text, const QString &mode = QString()) {
        QJsonObject body{{QStringLiteral("chat_id"), kChannel}, {QStringLiteral("text"), text}};
        if (!mode.isEmpty())
            body.insert(QStringLiteral("parse_mode"), mode);
        return call(QStringLiteral("sendMessage"), body);
    };
    const QString emoji = QStringLiteral("🎬"); // 1 code point, 2 UTF-16 units
    QCOMPARE(send(emoji.repeated(4096)).status, 200);
    expectError(send(emoji.repeated(4097)), 400,
                QStringLiteral("Bad Request: message is too long"));
    // Markup is not counted.
    QCOMPARE(send(QStringLiteral("<b>") + QString(4096, QLatin1Char('a')) + QStringLiteral("</b>"),
                  QStringLiteral("HTML"))
                 .status,
             200);
    expectError(send(QStringLiteral("   \n ")), 400,
                QStringLiteral("Bad Request: message text is empty"));
    expectError(send(QStringLiteral("<b> </b>"), QStringLiteral("HTML")), 400,
                QStringLiteral("Bad Request: message text is empty"));
    const QByteArray boundary = "sbxCaption";
    const auto photo = [&](const QString &caption) {
        return m_sandbox->request("POST",
                                  QStringLiteral("bot") + m_token + QStringLiteral("/sendPhoto"),
                                  multipart({{QStringLiteral("chat_id"), kChannel.toUtf8()},
                                             {QStringLiteral("caption"), caption.toUtf8()}},
                                            QStringLiteral("photo"), jpeg(1280, 720), boundary),
                                  "multipart/form-data; boundary=" + boundary);
    };
    QCOMPARE(photo(emoji.repeated(1024)).status, 200);
    expectError(photo(emoji.repeated(1025)), 400,
                QStringLiteral("Bad Request: message caption is too long"));
    QCOMPARE(posted().size(), 3);
}

void TestSandboxTelegram::perChatMessageIds()
{
    const auto send = [&](const QString &chat) {
        return call(QStringLiteral("sendMessage"), {{QStringLiteral("chat_id"), chat},
                                                    {QStringLiteral("text"), QStringLiteral("x")}})
            .json()
            .value(QStringLiteral("result"))
            .toObject()
            .value(QStringLiteral("message_id"))
            .toInt();
    };
    QCOMPARE(send(kChannel), 1);
    QCOMPARE(m_sandbox
                 ->control("POST", QStringLiteral("telegram/human-post"),
                           {{QStringLiteral("chat"), kChannel}})
                 .value(QStringLiteral("messageId"))
                 .toInt(),
             2);
    QCOMPARE(send(kChannel), 3);
    QCOMPARE(send(QStringLiteral("-1001987650004")), 1); // another chat counts on its own
}

void TestSandboxTelegram::floodControl()
{
    m_sandbox->control(
        "POST", QStringLiteral("telegram/settings"),
        {{QStringLiteral("perChatBurst"), 2}, {QStringLiteral("perChatPerSecond"), 0.1}});
    const QJsonObject body{{QStringLiteral("chat_id"), kChannel},
                           {QStringLiteral("text"), QStringLiteral("x")}};
    QCOMPARE(call(QStringLiteral("sendMessage"), body).status, 200);
    QCOMPARE(call(QStringLiteral("sendMessage"), body).status, 200);
    const Response refused = call(QStringLiteral("sendMessage"), body);
    QCOMPARE(refused.status, 429);
    const int wait = refused.json()
                         .value(QStringLiteral("parameters"))
                         .toObject()
                         .value(QStringLiteral("retry_after"))
                         .toInt();
    QVERIFY2(wait >= 1 && wait <= 10, qPrintable(QString::number(wait)));
    QCOMPARE(refused.json().value(QStringLiteral("description")).toString(),
             QStringLiteral("Too Many Requests: retry after %1").arg(wait));
    QCOMPARE(refused.header("Retry-After"), QByteArray::number(wait));
    // Another chat has its own bucket; the refused message was not posted.
    QCOMPARE(call(QStringLiteral("sendMessage"),
                  {{QStringLiteral("chat_id"), QStringLiteral("-1001987650004")},
                   {QStringLiteral("text"), QStringLiteral("y")}})
                 .status,
             200);
    QCOMPARE(posted().size(), 3);
}

void TestSandboxTelegram::inlineKeyboard()
{
    const auto send = [&](const QJsonValue &markup) {
        return call(QStringLiteral("sendMessage"), {{QStringLiteral("chat_id"), kChannel},
                                                    {QStringLiteral("text"), QStringLiteral("x")},
                                                    {QStringLiteral("reply_markup"), markup}});
    };
    const auto button = [](const QJsonObject &b) {
        return QJsonObject{{QStringLiteral("inline_keyboard"), QJsonArray{QJsonArray{b}}}};
    };
    expectError(send(button({{QStringLiteral("text"), QStringLiteral("Watch")},
                             {QStringLiteral("url"), QStringLiteral("javascript:alert(1)")}})),
                400, QStringLiteral("Bad Request: BUTTON_URL_INVALID"));
    expectError(send(QStringLiteral("{not json")), 400,
                QStringLiteral("Bad Request: can't parse reply keyboard markup JSON object"));
    expectError(send(button({{QStringLiteral("text"), QStringLiteral("Watch")}})), 400,
                QStringLiteral("Bad Request: can't parse inline keyboard button: Text buttons are "
                               "unallowed in the inline keyboard"));
    QCOMPARE(posted().size(), 0);
    const QJsonObject good =
        button({{QStringLiteral("text"), QStringLiteral("▶ Watch live")},
                {QStringLiteral("url"), QStringLiteral("https://www.youtube.com/watch?v=abc")}});
    const Response sent = send(good);
    QCOMPARE(sent.json()
                 .value(QStringLiteral("result"))
                 .toObject()
                 .value(QStringLiteral("reply_markup"))
                 .toObject(),
             good);
    QCOMPARE(posted().at(0).toObject().value(QStringLiteral("replyMarkup")).toObject(), good);
}

void TestSandboxTelegram::photos()
{
    // By upload.
    const QByteArray boundary = "sbxPhoto";
    const Response uploaded =
        m_sandbox->request("POST", QStringLiteral("bot") + m_token + QStringLiteral("/sendPhoto"),
                           multipart({{QStringLiteral("chat_id"), kChannel.toUtf8()},
                                      {QStringLiteral("caption"), "<b>On air</b>"},
                                      {QStringLiteral("parse_mode"), "HTML"}},
                                     QStringLiteral("photo"), jpeg(1280, 720), boundary),
                           "multipart/form-data; boundary=" + boundary);
    QCOMPARE(uploaded.status, 200);
    const QJsonObject message = uploaded.json().value(QStringLiteral("result")).toObject();
    QCOMPARE(message.value(QStringLiteral("caption")).toString(), QStringLiteral("On air"));
    const QJsonArray sizes = message.value(QStringLiteral("photo")).toArray();
    QVERIFY(sizes.size() >= 2);
    QCOMPARE(sizes.last().toObject().value(QStringLiteral("width")).toInt(), 1280);
    // Again by file_id.
    QCOMPARE(
        call(QStringLiteral("sendPhoto"),
             {{QStringLiteral("chat_id"), kChannel},
              {QStringLiteral("photo"), sizes.last().toObject().value(QStringLiteral("file_id"))}})
            .status,
        200);
    // By URL: the sandbox's own thumbnail of a broadcast it knows.
    const QString token = m_sandbox->signIn().accessToken;
    const Response broadcast = m_sandbox->call(
        "POST", QStringLiteral("youtube/v3/liveBroadcasts?part=snippet,status"), token,
        {{QStringLiteral("snippet"),
          QJsonObject{
              {QStringLiteral("title"), QStringLiteral("Night show")},
              {QStringLiteral("scheduledStartTime"), QStringLiteral("2030-01-01T20:00:00Z")}}},
         {QStringLiteral("status"),
          QJsonObject{{QStringLiteral("privacyStatus"), QStringLiteral("public")}}}});
    QCOMPARE(broadcast.status, 200);
    const QString thumbnail = broadcast.json()
                                  .value(QStringLiteral("snippet"))
                                  .toObject()
                                  .value(QStringLiteral("thumbnails"))
                                  .toObject()
                                  .value(QStringLiteral("maxres"))
                                  .toObject()
                                  .value(QStringLiteral("url"))
                                  .toString();
    const auto byUrl = [&](const QString &url) {
        return call(QStringLiteral("sendPhoto"),
                    {{QStringLiteral("chat_id"), kChannel}, {QStringLiteral("photo"), url}});
    };
    QCOMPARE(byUrl(thumbnail).status, 200);
    const QString failed = QStringLiteral("Bad Request: failed to get HTTP URL content");
    expectError(byUrl(QStringLiteral("https://example.com/cover.jpg")), 400, failed);
    expectError(byUrl(m_sandbox->api().toString() + QStringLiteral("vi/unknownVid1/maxres.jpg")),
                400, failed);
    expectError(byUrl(QStringLiteral("http://192.168.1.10/cover.jpg")), 400, failed);
    m_sandbox->control(
        "POST", QStringLiteral("kernel/media-urls"),
        {{QStringLiteral("url"), QStringLiteral("https://cdn.example.com/page.html")},
         {QStringLiteral("mimeType"), QStringLiteral("text/html")},
         {QStringLiteral("bytes"), 2000},
         {QStringLiteral("width"), 0},
         {QStringLiteral("height"), 0}});
    expectError(byUrl(QStringLiteral("https://cdn.example.com/page.html")), 400,
                QStringLiteral("Bad Request: wrong type of the web page content"));
    m_sandbox->control("POST", QStringLiteral("kernel/media-urls"),
                       {{QStringLiteral("url"), QStringLiteral("https://cdn.example.com/big.jpg")},
                        {QStringLiteral("mimeType"), QStringLiteral("image/jpeg")},
                        {QStringLiteral("bytes"), 6 * 1024 * 1024},
                        {QStringLiteral("width"), 1280},
                        {QStringLiteral("height"), 720}});
    expectError(byUrl(QStringLiteral("https://cdn.example.com/big.jpg")), 400, failed);
    expectError(call(QStringLiteral("sendPhoto"), {{QStringLiteral("chat_id"), kChannel}}), 400,
                QStringLiteral("Bad Request: there is no photo in the request"));
    const QJsonArray messages = posted();
    QCOMPARE(messages.size(), 3);
    QCOMPARE(messages.at(2)
                 .toObject()
                 .value(QStringLiteral("media"))
                 .toObject()
                 .value(QStringLiteral("reference"))
                 .toString(),
             thumbnail);
}

void TestSandboxTelegram::videos()
{
    const QByteArray boundary = "sbxVideo";
    QByteArray body = multipart(
        {{QStringLiteral("chat_id"), kChannel.toUtf8()}, {QStringLiteral("duration"), "12"}},
        QStringLiteral("video"), QByteArray(4096, 'v'), boundary);
    const Response uploaded =
        m_sandbox->request("POST", QStringLiteral("bot") + m_token + QStringLiteral("/sendVideo"),
                           body, "multipart/form-data; boundary=" + boundary);
    QCOMPARE(uploaded.status, 200);
    const QJsonObject video = uploaded.json()
                                  .value(QStringLiteral("result"))
                                  .toObject()
                                  .value(QStringLiteral("video"))
                                  .toObject();
    QCOMPARE(video.value(QStringLiteral("duration")).toInt(), 12);
    QCOMPARE(video.value(QStringLiteral("file_size")).toInt(), 4096);
    for (const auto &[url, bytes] :
         {std::pair{"https://cdn.example.com/clip.mp4", 10 * 1024 * 1024},
          std::pair{"https://cdn.example.com/huge.mp4", 21 * 1024 * 1024}})
        m_sandbox->control("POST", QStringLiteral("kernel/media-urls"),
                           {{QStringLiteral("url"), QLatin1String(url)},
                            {QStringLiteral("mimeType"), QStringLiteral("video/mp4")},
                            {QStringLiteral("bytes"), bytes},
                            {QStringLiteral("width"), 1280},
                            {QStringLiteral("height"), 720}});
    QCOMPARE(call(QStringLiteral("sendVideo"),
                  {{QStringLiteral("chat_id"), kChannel},
                   {QStringLiteral("video"), QStringLiteral("https://cdn.example.com/clip.mp4")}})
                 .status,
             200);
    expectError(
        call(QStringLiteral("sendVideo"),
             {{QStringLiteral("chat_id"), kChannel},
              {QStringLiteral("video"), QStringLiteral("https://cdn.example.com/huge.mp4")}}),
        400, QStringLiteral("Bad Request: failed to get HTTP URL content"));
    QCOMPARE(posted().size(), 2);
}

void TestSandboxTelegram::edits()
{
    const QJsonObject first = call(QStringLiteral("sendMessage"),
                                   {{QStringLiteral("chat_id"), kChannel},
                                    {QStringLiteral("text"), QStringLiteral("Live at 20:00")}})
                                  .json()
                                  .value(QStringLiteral("result"))
                                  .toObject();
    const int id = first.value(QStringLiteral("message_id")).toInt();
    const QJsonObject edit{{QStringLiteral("chat_id"), kChannel},
                           {QStringLiteral("message_id"), id},
                           {QStringLiteral("text"), QStringLiteral("Live now")}};
    const Response edited = call(QStringLiteral("editMessageText"), edit);
    QCOMPARE(edited.status, 200);
    QVERIFY(edited.json()
                .value(QStringLiteral("result"))
                .toObject()
                .value(QStringLiteral("edit_date"))
                .toInteger() > 0);
    expectError(
        call(QStringLiteral("editMessageText"), edit), 400,
        QStringLiteral(
            "Bad Request: message is not modified: specified new message content and reply "
            "markup are exactly the same as a current content and reply markup of the message"));
    QJsonObject missing = edit;
    missing.insert(QStringLiteral("message_id"), 999);
    expectError(call(QStringLiteral("editMessageText"), missing), 400,
                QStringLiteral("Bad Request: message to edit not found"));
    expectError(call(QStringLiteral("editMessageCaption"), edit), 400,
                QStringLiteral("Bad Request: there is no caption in the message to edit"));
    const QByteArray boundary = "sbxEdit";
    const Response photo =
        m_sandbox->request("POST", QStringLiteral("bot") + m_token + QStringLiteral("/sendPhoto"),
                           multipart({{QStringLiteral("chat_id"), kChannel.toUtf8()},
                                      {QStringLiteral("caption"), "Soon"}},
                                     QStringLiteral("photo"), jpeg(640, 480), boundary),
                           "multipart/form-data; boundary=" + boundary);
    const int photoId = photo.json()
                            .value(QStringLiteral("result"))
                            .toObject()
                            .value(QStringLiteral("message_id"))
                            .toInt();
    expectError(
        call(QStringLiteral("editMessageText"), {{QStringLiteral("chat_id"), kChannel},
                                                 {QStringLiteral("message_id"), photoId},
                                                 {QStringLiteral("text"), QStringLiteral("x")}}),
        400, QStringLiteral("Bad Request: there is no text in the message to edit"));
    QCOMPARE(call(QStringLiteral("editMessageCaption"),
                  {{QStringLiteral("chat_id"), kChannel},
                   {QStringLiteral("message_id"), photoId},
                   {QStringLiteral("caption"), QStringLiteral("Ended: watch the recording")}})
                 .status,
             200);
    const QJsonArray messages = posted();
    QCOMPARE(messages.size(), 2);
    QCOMPARE(messages.at(0).toObject().value(QStringLiteral("text")).toString(),
             QStringLiteral("Live now"));
    QCOMPARE(messages.at(0).toObject().value(QStringLiteral("edits")).toArray().size(), 1);
    QCOMPARE(messages.at(1).toObject().value(QStringLiteral("text")).toString(),
             QStringLiteral("Ended: watch the recording"));
}

void TestSandboxTelegram::deletes()
{
    const auto send = [&] {
        return call(QStringLiteral("sendMessage"), {{QStringLiteral("chat_id"), kChannel},
                                                    {QStringLiteral("text"), QStringLiteral("x")}})
            .json()
            .value(QStringLiteral("result"))
            .toObject()
            .value(QStringLiteral("message_id"))
            .toInt();
    };
    const int id = send();
    const QJsonObject del{{QStringLiteral("chat_id"), kChannel},
                          {QStringLiteral("message_id"), id}};
    const Response done = call(QStringLiteral("deleteMessage"), del);
    QCOMPARE(done.json().value(QStringLiteral("result")).toBool(), true);
    expectError(call(QStringLiteral("deleteMessage"), del), 400,
                QStringLiteral("Bad Request: message to delete not found"));
    QVERIFY(posted().at(0).toObject().value(QStringLiteral("deletedAt")).toInteger() > 0);
    const int old = send();
    m_sandbox->control("POST", QStringLiteral("telegram/clock"),
                       {{QStringLiteral("advanceSeconds"), 49 * 3600}});
    expectError(call(QStringLiteral("deleteMessage"),
                     {{QStringLiteral("chat_id"), kChannel}, {QStringLiteral("message_id"), old}}),
                400, QStringLiteral("Bad Request: message can't be deleted"));
}

void TestSandboxTelegram::faults()
{
    const QJsonObject body{{QStringLiteral("chat_id"), kChannel},
                           {QStringLiteral("text"), QStringLiteral("x")}};
    const auto fault = [&](const QString &spec) {
        const QJsonObject r =
            m_sandbox->control("POST", QStringLiteral("faults"), {{QStringLiteral("spec"), spec}});
        QVERIFY2(!r.contains(QStringLiteral("error")), qPrintable(spec));
    };
    // Commit then drop: stored, no answer.
    // Over a socket of its own: Qt's network access resends a request whose reused connection
    // closes without an answer, which would post it twice.
    fault(QStringLiteral("drop@telegram:sendMessage"));
    RawHttp raw(quint16(m_sandbox->api().port()));
    const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
    QVERIFY(raw.sendHead("POST", QStringLiteral("bot") + m_token + QStringLiteral("/sendMessage"),
                         {{"Content-Type", "application/json"},
                          {"Content-Length", QByteArray::number(json.size())}}));
    QVERIFY(raw.send(json));
    QCOMPARE(raw.readResponse(5000).status, 0);
    QCOMPARE(posted().size(), 1);
    // Flood with its own retry_after.
    fault(QStringLiteral("reason=flood7@telegram:sendMessage"));
    const Response flood = call(QStringLiteral("sendMessage"), body);
    expectError(flood, 429, QStringLiteral("Too Many Requests: retry after 7"));
    QCOMPARE(flood.header("Retry-After"), QByteArray("7"));
    // Server errors: a JSON 500, a proxy's HTML 502.
    fault(QStringLiteral("error=500@telegram:sendMessage"));
    QVERIFY(call(QStringLiteral("sendMessage"), body)
                .json()
                .value(QStringLiteral("description"))
                .toString()
                .startsWith(QLatin1String("Internal Server Error: ")));
    fault(QStringLiteral("error=502@telegram:sendMessage"));
    const Response gateway = call(QStringLiteral("sendMessage"), body);
    QCOMPARE(gateway.status, 502);
    QVERIFY(gateway.body.contains("<html>"));
    QCOMPARE(posted().size(), 1); // neither posted anything
    // Posted, then a server error: the same answers, and the message is in the channel.
    fault(QStringLiteral("commit=500@telegram:sendMessage"));
    expectError(call(QStringLiteral("sendMessage"), body), 500,
                QStringLiteral("Internal Server Error: restart"));
    QCOMPARE(posted().size(), 2);
    fault(QStringLiteral("commit=504@telegram:sendMessage"));
    const Response timedOut = call(QStringLiteral("sendMessage"), body);
    QCOMPARE(timedOut.status, 504);
    QVERIFY(timedOut.body.contains("504 Gateway Time-out"));
    QCOMPARE(posted().size(), 3);
    // Rights lost, token dead, chat migrated.
    fault(QStringLiteral(
        "reason=kicked@telegram:sendMessage,reason=unauthorized@telegram:sendMessage,"
        "reason=migrated@telegram:sendMessage"));
    expectError(call(QStringLiteral("sendMessage"), body), 403,
                QStringLiteral("Forbidden: bot was kicked from the channel chat"));
    expectError(call(QStringLiteral("sendMessage"), body), 401, QStringLiteral("Unauthorized"));
    const Response migrated = call(QStringLiteral("sendMessage"), body);
    QCOMPARE(migrated.json()
                 .value(QStringLiteral("parameters"))
                 .toObject()
                 .value(QStringLiteral("migrate_to_chat_id"))
                 .toInteger(),
             -1001987650004);
    QCOMPARE(posted().size(), 3);
    // message_id 0: accepted, id unknown; the read-back has it.
    fault(QStringLiteral("outcome=scheduled@telegram:sendMessage"));
    const Response zero = call(QStringLiteral("sendMessage"), body);
    QCOMPARE(zero.status, 200);
    QCOMPARE(zero.json()
                 .value(QStringLiteral("result"))
                 .toObject()
                 .value(QStringLiteral("message_id"))
                 .toInt(-1),
             0);
    QCOMPARE(posted().size(), 4);
    // Delayed past the client's timeout, applied all the same.
    fault(QStringLiteral("latency=3000@telegram:sendMessage"));
    m_sandbox->setTimeoutMs(500);
    QCOMPARE(call(QStringLiteral("sendMessage"), body).status, 0);
    m_sandbox->setTimeoutMs(20000);
    QCOMPARE(posted().size(), 5);
}

void TestSandboxTelegram::stateSurvivesRestart()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QStringList args{QStringLiteral("--no-ingest"), QStringLiteral("--data-dir"), dir.path()};
    const QJsonObject body{{QStringLiteral("chat_id"), kChannel},
                           {QStringLiteral("text"), QStringLiteral("kept")}};
    const auto send = [&](SandboxProcess &sandbox) {
        return sandbox
            .request("POST", QStringLiteral("bot") + m_token + QStringLiteral("/sendMessage"),
                     QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json")
            .json()
            .value(QStringLiteral("result"))
            .toObject()
            .value(QStringLiteral("message_id"))
            .toInt();
    };
    {
        SandboxProcess first(args);
        QVERIFY2(first.isReady(), qPrintable(first.errorString()));
        QCOMPARE(send(first), 1);
        QVERIFY(first.stop());
    }
    SandboxProcess second(args);
    QVERIFY2(second.isReady(), qPrintable(second.errorString()));
    const QJsonArray messages = second.control("GET", QStringLiteral("telegram/state"))
                                    .value(QStringLiteral("messages"))
                                    .toArray();
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.at(0).toObject().value(QStringLiteral("text")).toString(),
             QStringLiteral("kept"));
    QCOMPARE(send(second), 2); // the chat's ids go on
    QVERIFY(second.stop());
}

QTEST_GUILESS_MAIN(TestSandboxTelegram)

#include "moc_tst_sandbox_telegram.cpp"
