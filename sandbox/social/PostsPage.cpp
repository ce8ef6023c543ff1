#include "social/PostsPage.h"

#include "instagram/InstagramStore.h"
#include "kernel/SandboxKernel.h"
#include "telegram/HtmlEntities.h"
#include "telegram/TelegramStore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>
#include <QUrl>

#include <algorithm>

namespace onair::sandbox {

namespace {

const char kStyle[] = R"(
body { font-family: sans-serif; margin: 1em 2em; background: #fafafa; color: #222; }
h1 { font-size: 1.4em; } h2 { font-size: 1.15em; margin-top: 1.6em; }
article { background: #fff; border: 1px solid #ddd; border-radius: 6px; padding: .6em .9em;
  margin: .6em 0; max-width: 46em; }
article.deleted { opacity: .55; }
.meta { color: #666; font-size: .85em; margin-bottom: .4em; }
.text { white-space: pre-wrap; }
.spoiler { background: #ccc; }
.buttons a { display: inline-block; border: 1px solid #3a7bd5; border-radius: 4px;
  padding: .15em .7em; margin-right: .4em; text-decoration: none; }
.url { color: #666; font-size: .85em; }
img { max-width: 24em; max-height: 16em; display: block; margin: .3em 0; }
ol.edits { color: #555; font-size: .9em; }
.empty { color: #666; font-style: italic; }
)";

QString timeText(qint64 unixSeconds)
{
    return QDateTime::fromSecsSinceEpoch(unixSeconds, QTimeZone::utc())
        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
}

QString imageOrName(const QString &url)
{
    if (HtmlEntities::isSafeLink(url))
        return QStringLiteral("<img src=\"%1\" alt=\"\"><div class=\"url\">%1</div>")
            .arg(url.toHtmlEscaped());
    return QStringLiteral("<div class=\"url\">%1</div>").arg(url.toHtmlEscaped());
}

QString mediaHtml(const Message &m)
{
    if (m.media.isEmpty())
        return QString();
    const QString source = m.media.value(QStringLiteral("source")).toString();
    const QString reference = m.media.value(QStringLiteral("reference")).toString();
    if (source == QLatin1String("url") && m.kind == QLatin1String("photo"))
        return imageOrName(reference);
    const QString what =
        m.kind == QLatin1String("video") ? QStringLiteral("video") : QStringLiteral("photo");
    if (source == QLatin1String("upload"))
        return QStringLiteral("<div class=\"url\">%1 uploaded: %2</div>")
            .arg(what, reference.toHtmlEscaped());
    return QStringLiteral("<div class=\"url\">%1 from %2 %3</div>")
        .arg(what, source.toHtmlEscaped(), reference.toHtmlEscaped());
}

QString buttonsHtml(const QJsonObject &markup)
{
    QString out;
    for (const QJsonValue &row : markup.value(QStringLiteral("inline_keyboard")).toArray()) {
        out += QStringLiteral("<div class=\"buttons\">");
        for (const QJsonValue &value : row.toArray()) {
            const QJsonObject button = value.toObject();
            const QString text = button.value(QStringLiteral("text")).toString().toHtmlEscaped();
            const QString url = button.value(QStringLiteral("url")).toString();
            if (HtmlEntities::isSafeLink(url))
                out += QStringLiteral("<a href=\"%1\">%2</a> <span class=\"url\">%1</span> ")
                           .arg(url.toHtmlEscaped(), text);
            else
                out += QStringLiteral("<a>%1</a> <span class=\"url\">%2</span> ")
                           .arg(text, url.toHtmlEscaped());
        }
        out += QStringLiteral("</div>");
    }
    return out;
}

QString messageHtml(const Message &m)
{
    QString out = m.deletedAt > 0 ? QStringLiteral("<article class=\"deleted\">")
                                  : QStringLiteral("<article>");
    out += QStringLiteral("<div class=\"meta\">#%1 · %2 · %3 · %4")
               .arg(m.id)
               .arg(timeText(m.date),
                    m.byBot ? QStringLiteral("by the bot") : QStringLiteral("by a person"),
                    m.kind.toHtmlEscaped());
    if (m.editDate > 0)
        out += QStringLiteral(" · edited %1").arg(timeText(m.editDate));
    if (m.deletedAt > 0)
        out += QStringLiteral(" · <b>deleted %1</b>").arg(timeText(m.deletedAt));
    out += QStringLiteral("</div>");
    out += mediaHtml(m);
    out += QStringLiteral("<div class=\"text\">%1</div>")
               .arg(HtmlEntities::toHtml(m.text, m.entities));
    out += buttonsHtml(m.replyMarkup);
    if (!m.edits.isEmpty()) {
        out += QStringLiteral("<div class=\"meta\">Edits, oldest first:</div><ol class=\"edits\">");
        for (const QJsonValue &value : m.edits) {
            const QJsonObject edit = value.toObject();
            out += QStringLiteral("<li>%1: <span class=\"text\">%2</span></li>")
                       .arg(timeText(edit.value(QStringLiteral("date")).toInteger()),
                            edit.value(QStringLiteral("text")).toString().toHtmlEscaped());
        }
        out += QStringLiteral("</ol>");
    }
    return out + QStringLiteral("</article>\n");
}

QString telegramHtml(const TelegramStore &store)
{
    QString out = QStringLiteral("<h2>Telegram: what the bot @%1's chats received</h2>\n")
                      .arg(store.bot().username.toHtmlEscaped());
    bool any = false;
    for (const Chat &chat : store.chats()) {
        QList<const Message *> messages;
        for (const Message &m : store.messages())
            if (m.chatId == chat.id)
                messages.append(&m);
        if (messages.isEmpty())
            continue;
        any = true;
        std::stable_sort(messages.begin(), messages.end(), [](const Message *a, const Message *b) {
            return a->date != b->date ? a->date > b->date : a->id > b->id;
        });
        const QString name =
            chat.username.isEmpty() ? QString::number(chat.id) : QLatin1Char('@') + chat.username;
        out +=
            QStringLiteral("<h3>%1 (%2, %3)</h3>\n")
                .arg(chat.title.toHtmlEscaped(), name.toHtmlEscaped(), chat.type.toHtmlEscaped());
        for (const Message *m : std::as_const(messages))
            out += messageHtml(*m);
    }
    if (!any)
        out += QStringLiteral("<p class=\"empty\">Nothing posted yet.</p>\n");
    return out;
}

QString instagramHtml(const InstagramStore &store)
{
    QString out = QStringLiteral("<h2>Instagram: what @%1 published</h2>\n")
                      .arg(store.username().toHtmlEscaped());
    QList<const Media *> posts;
    for (const Media &m : store.allMedia())
        posts.append(&m);
    std::stable_sort(posts.begin(), posts.end(),
                     [](const Media *a, const Media *b) { return a->timestamp > b->timestamp; });
    for (const Media *m : std::as_const(posts)) {
        out += QStringLiteral("<article><div class=\"meta\">%1 · media %2 · shortcode %3 · %4"
                              "</div>%5<div class=\"text\">%6</div></article>\n")
                   .arg(timeText(m->timestamp), m->id.toHtmlEscaped(), m->shortcode.toHtmlEscaped(),
                        m->permalink().toHtmlEscaped(), imageOrName(m->imageUrl),
                        m->caption.toHtmlEscaped());
    }
    if (posts.isEmpty())
        out += QStringLiteral("<p class=\"empty\">Nothing published yet.</p>\n");
    return out;
}

QByteArray render(const TelegramStore &telegram, const InstagramStore &instagram)
{
    const QString page =
        QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
                       "<title>What the sandbox received</title><style>") +
        QLatin1String(kStyle) +
        QStringLiteral("</style></head><body>\n<h1>What the sandbox received</h1>\n") +
        telegramHtml(telegram) + instagramHtml(instagram) + QStringLiteral("</body></html>\n");
    return page.toUtf8();
}

} // namespace

void PostsPage::registerWith(SandboxKernel &kernel, const TelegramStore &telegram,
                             const InstagramStore &instagram)
{
    kernel.addControl(QStringLiteral("social"), QStringLiteral("posts"), QStringLiteral("GET"),
                      [&telegram, &instagram](const QString &, const QJsonObject &) {
                          HttpReply reply;
                          reply.contentType = QByteArrayLiteral("text/html; charset=utf-8");
                          reply.body = render(telegram, instagram);
                          return reply;
                      });
}

} // namespace onair::sandbox
