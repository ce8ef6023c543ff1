#include "telegram/MessagesResource.h"

#include "kernel/MediaUrlTable.h"
#include "kernel/SandboxKernel.h"
#include "telegram/BotJson.h"
#include "telegram/BotReplies.h"
#include "telegram/ChatsResource.h"
#include "telegram/HtmlEntities.h"
#include "telegram/TelegramService.h"
#include "telegram/TelegramStore.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QUrl>

namespace onair::sandbox {

namespace {

constexpr int kTextMax = 4096;
constexpr int kCaptionMax = 1024;
constexpr int kRawTextMaxBytes = 32768;
constexpr qint64 kPhotoUploadMax = 10 * 1024 * 1024;
constexpr qint64 kPhotoUrlMax = 5 * 1024 * 1024;
constexpr qint64 kUploadMax = 50 * 1024 * 1024;
constexpr qint64 kVideoUrlMax = 20 * 1024 * 1024;

enum class Access
{
    Post,
    Edit,
    Delete
};

// The chat, if the bot may act there; otherwise the Bot API's answer.
std::variant<Chat *, HttpReply> writableChat(TelegramStore &store, const BotCall &call)
{
    auto found = ChatsResource::find(store, call);
    if (std::holds_alternative<HttpReply>(found))
        return found;
    Chat *chat = std::get<Chat *>(found);
    const QString where = chat->type == QLatin1String("channel") ? QStringLiteral("channel chat")
                          : chat->type == QLatin1String("supergroup")
                              ? QStringLiteral("supergroup chat")
                              : QStringLiteral("group chat");
    if (chat->botStatus == QLatin1String("kicked"))
        return BotReplies::forbidden(QStringLiteral("bot was kicked from the ") + where);
    if (chat->botStatus == QLatin1String("left"))
        return BotReplies::forbidden(QStringLiteral("bot is not a member of the ") + where);
    if (chat->type == QLatin1String("channel") &&
        (chat->botStatus != QLatin1String("administrator") || !chat->canPostMessages))
        return BotReplies::badRequest(QStringLiteral("need administrator rights in the ") + where);
    return chat;
}

// reply_markup: a JSON-serialized object (or a nested one in a JSON body); an inline keyboard's
// buttons each have text and exactly one action, and a url button an http(s) or tg:// URL.
std::optional<HttpReply> readMarkup(const BotCall &call, QJsonObject *markup)
{
    if (!call.has(QStringLiteral("reply_markup")))
        return std::nullopt;
    bool bad = false;
    const QJsonValue value = call.json(QStringLiteral("reply_markup"), &bad);
    if (value.isUndefined())
        return std::nullopt;
    const HttpReply unparsable =
        BotReplies::badRequest(QStringLiteral("can't parse reply keyboard markup JSON object"));
    if (bad || !value.isObject())
        return unparsable;
    const QJsonObject object = value.toObject();
    if (object.contains(QStringLiteral("inline_keyboard"))) {
        const QJsonValue rows = object.value(QStringLiteral("inline_keyboard"));
        if (!rows.isArray())
            return unparsable;
        static const QStringList actions{QStringLiteral("url"),
                                         QStringLiteral("callback_data"),
                                         QStringLiteral("web_app"),
                                         QStringLiteral("login_url"),
                                         QStringLiteral("switch_inline_query"),
                                         QStringLiteral("switch_inline_query_current_chat"),
                                         QStringLiteral("switch_inline_query_chosen_chat"),
                                         QStringLiteral("copy_text"),
                                         QStringLiteral("callback_game"),
                                         QStringLiteral("pay")};
        for (const QJsonValue &row : rows.toArray()) {
            if (!row.isArray())
                return unparsable;
            for (const QJsonValue &button : row.toArray()) {
                if (!button.isObject() ||
                    !button.toObject().value(QStringLiteral("text")).isString())
                    return unparsable;
                const QJsonObject b = button.toObject();
                const auto count = std::count_if(actions.cbegin(), actions.cend(),
                                                 [&](const QString &a) { return b.contains(a); });
                if (count != 1)
                    return BotReplies::badRequest(
                        QStringLiteral("can't parse inline keyboard button: Text buttons are "
                                       "unallowed in the inline keyboard"));
                if (b.contains(QStringLiteral("url"))) {
                    const QUrl url(b.value(QStringLiteral("url")).toString(), QUrl::StrictMode);
                    const QString scheme = url.scheme().toLower();
                    const bool web =
                        (scheme == QLatin1String("http") || scheme == QLatin1String("https")) &&
                        !url.host().isEmpty();
                    if (!url.isValid() || !(web || scheme == QLatin1String("tg")))
                        return BotReplies::badRequest(QStringLiteral("BUTTON_URL_INVALID"));
                }
            }
        }
    }
    *markup = object;
    return std::nullopt;
}

std::optional<qint64> messageIdOf(const BotCall &call, std::optional<HttpReply> *error)
{
    const std::optional<qint64> id = call.integer(QStringLiteral("message_id"));
    if (!id || *id <= 0)
        *error = BotReplies::badRequest(QStringLiteral("message identifier is not specified"));
    return id;
}

QString fileIdFor(const QByteArray &seed, const char *prefix)
{
    return QLatin1String(prefix) +
           QString::fromLatin1(
               QCryptographicHash::hash(seed, QCryptographicHash::Sha256)
                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
                   .left(40));
}

// What a photo or video parameter names: an upload (a file field, or attach://name), a URL
// resolved through the media URL table, or a file_id sent before.
struct MediaSource
{
    QString source; // "upload", "url", "file_id"
    QString reference;
    QByteArray mimeType;
    qint64 bytes = 0;
    int width = 0;
    int height = 0;
    QJsonObject known; // file_id: the file as first sent
};

std::variant<MediaSource, HttpReply> readMedia(const BotCall &call, const QString &field,
                                               const MediaUrlTable &urls, TelegramStore &store)
{
    const bool photo = field == QLatin1String("photo");
    MediaSource media;
    const BotFile *file = nullptr;
    const QString named = call.string(field).trimmed();
    if (call.files.contains(field))
        file = &*call.files.constFind(field);
    else if (named.startsWith(QLatin1String("attach://")) && call.files.contains(named.mid(9)))
        file = &*call.files.constFind(named.mid(9));
    if (file) {
        media.source = QStringLiteral("upload");
        media.reference = file->fileName;
        media.bytes = file->bytes.size();
        if (media.bytes > kUploadMax)
            return BotReplies::error(413, QStringLiteral("Request Entity Too Large"));
        if (photo) {
            if (media.bytes > kPhotoUploadMax)
                return BotReplies::badRequest(QStringLiteral("file is too big"));
            if (!MediaUrlTable::imageSize(file->bytes, &media.width, &media.height))
                return BotReplies::badRequest(QStringLiteral("IMAGE_PROCESS_FAILED"));
            media.mimeType = QByteArrayLiteral("image/jpeg");
        } else {
            media.mimeType =
                file->contentType.isEmpty() ? QByteArrayLiteral("video/mp4") : file->contentType;
        }
        return media;
    }
    if (named.isEmpty())
        return BotReplies::badRequest(photo ? QStringLiteral("there is no photo in the request")
                                            : QStringLiteral("there is no video in the request"));
    const QUrl url(named);
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https")) {
        media.source = QStringLiteral("url");
        media.reference = named;
        const std::optional<MediaFetch> fetched = urls.fetch(named);
        if (!fetched || fetched->bytes > (photo ? kPhotoUrlMax : kVideoUrlMax))
            return BotReplies::badRequest(QStringLiteral("failed to get HTTP URL content"));
        const bool rightType =
            photo ? fetched->mimeType.startsWith("image/") : fetched->mimeType == "video/mp4";
        if (!rightType)
            return BotReplies::badRequest(QStringLiteral("wrong type of the web page content"));
        media.mimeType = fetched->mimeType;
        media.bytes = fetched->bytes;
        media.width = fetched->width;
        media.height = fetched->height;
        return media;
    }
    const QJsonObject known = store.file(named);
    if (known.isEmpty() || known.value(QStringLiteral("kind")).toString() != field)
        return BotReplies::badRequest(QStringLiteral("wrong file identifier/HTTP URL specified"));
    media.source = QStringLiteral("file_id");
    media.reference = named;
    media.known = known;
    return media;
}

// The photo sizes Telegram makes of an image: 90, 320, 800 and 1280 px on the long side
// (only those below the original), and the original capped at 2560.
QJsonArray photoSizes(const MediaSource &media, const QString &seed)
{
    QJsonArray sizes;
    const int longSide = std::max(media.width, media.height);
    for (int target : {90, 320, 800, 1280, 2560}) {
        const bool last = target >= longSide || target == 2560;
        const double scale = last ? std::min(1.0, 2560.0 / longSide) : double(target) / longSide;
        const int w = std::max(1, int(media.width * scale));
        const int h = std::max(1, int(media.height * scale));
        const QByteArray id = (seed + QString::number(target)).toUtf8();
        sizes.append(
            QJsonObject{{QStringLiteral("file_id"), fileIdFor(id, "AgACAgIAAxkBAAI")},
                        {QStringLiteral("file_unique_id"), fileIdFor(id + "u", "AQAD").left(16)},
                        {QStringLiteral("file_size"),
                         double(last ? media.bytes : qint64(media.bytes * scale * scale))},
                        {QStringLiteral("width"), w},
                        {QStringLiteral("height"), h}});
        if (last)
            break;
    }
    return sizes;
}

HttpReply send(TelegramService &service, const BotCall &call, const QString &kind)
{
    TelegramStore &store = *service.store();
    auto found = writableChat(store, call);
    if (auto *error = std::get_if<HttpReply>(&found))
        return *error;
    Chat *chat = std::get<Chat *>(found);
    const bool isText = kind == QLatin1String("text");
    const FormattedText formatted =
        isText ? FormattedText::read(call, QStringLiteral("text"), QStringLiteral("entities"))
               : FormattedText::read(call, QStringLiteral("caption"),
                                     QStringLiteral("caption_entities"));
    if (formatted.error)
        return *formatted.error;
    Message message;
    message.chatId = chat->id;
    message.kind = kind;
    message.text = formatted.text;
    message.entities = formatted.entities;
    if (auto problem = readMarkup(call, &message.replyMarkup))
        return *problem;
    if (isText) {
        bool bad = false;
        const QJsonValue preview = call.json(QStringLiteral("link_preview_options"), &bad);
        if (bad || (!preview.isUndefined() && !preview.isNull() && !preview.isObject()))
            return BotReplies::badRequest(
                QStringLiteral("can't parse link preview options JSON object"));
        message.linkPreviewOptions = preview.toObject();
        if (message.linkPreviewOptions.isEmpty() &&
            call.boolean(QStringLiteral("disable_web_page_preview")))
            message.linkPreviewOptions = {{QStringLiteral("is_disabled"), true}};
    } else {
        const auto media = readMedia(call, kind, service.kernel().mediaUrls(), store);
        if (const auto *error = std::get_if<HttpReply>(&media))
            return *error;
        const MediaSource &m = std::get<MediaSource>(media);
        const QString seed =
            QStringLiteral("%1/%2/%3").arg(chat->id).arg(chat->lastMessageId + 1).arg(m.reference);
        QJsonObject file = m.known;
        if (file.isEmpty() && kind == QLatin1String("photo")) {
            if (m.width + m.height > 10000 ||
                std::max(m.width, m.height) > 20 * std::max(1, std::min(m.width, m.height)))
                return BotReplies::badRequest(QStringLiteral("PHOTO_INVALID_DIMENSIONS"));
            file = {{QStringLiteral("kind"), kind}, {QStringLiteral("photo"), photoSizes(m, seed)}};
        } else if (file.isEmpty()) {
            const QByteArray id = seed.toUtf8();
            file = {{QStringLiteral("kind"), kind},
                    {QStringLiteral("video"),
                     QJsonObject{
                         {QStringLiteral("file_id"), fileIdFor(id, "BAACAgIAAxkBAAI")},
                         {QStringLiteral("file_unique_id"), fileIdFor(id + "u", "AgAD").left(16)},
                         {QStringLiteral("width"),
                          int(call.integer(QStringLiteral("width")).value_or(m.width))},
                         {QStringLiteral("height"),
                          int(call.integer(QStringLiteral("height")).value_or(m.height))},
                         {QStringLiteral("duration"),
                          int(call.integer(QStringLiteral("duration")).value_or(0))},
                         {QStringLiteral("mime_type"), QString::fromLatin1(m.mimeType)},
                         {QStringLiteral("file_size"), double(m.bytes)}}}};
        }
        message.media = file;
        message.media.insert(QStringLiteral("source"), m.source);
        message.media.insert(QStringLiteral("reference"), m.reference);
    }
    if (const int wait = store.takeFlood(*chat))
        return BotReplies::floodWait(wait);
    // Kept for sending again by file_id: the largest photo size's id, the video's.
    if (kind == QLatin1String("photo")) {
        const QJsonArray sizes = message.media.value(QStringLiteral("photo")).toArray();
        store.keepFile(sizes.last().toObject().value(QStringLiteral("file_id")).toString(),
                       {{QStringLiteral("kind"), kind}, {QStringLiteral("photo"), sizes}});
    } else if (kind == QLatin1String("video")) {
        const QJsonObject video = message.media.value(QStringLiteral("video")).toObject();
        store.keepFile(video.value(QStringLiteral("file_id")).toString(),
                       {{QStringLiteral("kind"), kind}, {QStringLiteral("video"), video}});
    }
    message.answeredWithZeroId =
        service.kernel().faults().takeOutcome(QStringLiteral("telegram:") + call.method) ==
        QLatin1String("scheduled");
    const Message &posted = store.post(message);
    return BotReplies::ok(BotJson::message(posted, *chat));
}

// The message an edit or delete names, if the bot may touch it.
std::variant<std::pair<Chat *, Message *>, HttpReply>
existingMessage(TelegramStore &store, const BotCall &call, Access access)
{
    auto found = writableChat(store, call);
    if (auto *error = std::get_if<HttpReply>(&found))
        return *error;
    Chat *chat = std::get<Chat *>(found);
    std::optional<HttpReply> problem;
    const std::optional<qint64> id = messageIdOf(call, &problem);
    if (problem)
        return *problem;
    Message *message = store.message(chat->id, *id);
    const bool editing = access == Access::Edit;
    if (!message || message->deletedAt > 0)
        return BotReplies::badRequest(editing ? QStringLiteral("message to edit not found")
                                              : QStringLiteral("message to delete not found"));
    // Own posts need the right to post; others' the right to edit or delete them.
    const bool allowed = message->byBot
                             ? chat->canPostMessages
                             : (editing ? chat->canEditMessages : chat->canDeleteMessages);
    const bool tooOld =
        !editing && store.now() - message->date > qint64(store.settings().deleteWindowHours) * 3600;
    if (!allowed || tooOld)
        return BotReplies::badRequest(editing ? QStringLiteral("message can't be edited")
                                              : QStringLiteral("message can't be deleted"));
    return std::pair{chat, message};
}

HttpReply edit(TelegramStore &store, const BotCall &call, bool caption)
{
    auto found = existingMessage(store, call, Access::Edit);
    if (auto *error = std::get_if<HttpReply>(&found))
        return *error;
    auto [chat, message] = std::get<std::pair<Chat *, Message *>>(found);
    const bool isText = message->kind == QLatin1String("text");
    if (caption && isText)
        return BotReplies::badRequest(QStringLiteral("there is no caption in the message to edit"));
    if (!caption && !isText)
        return BotReplies::badRequest(QStringLiteral("there is no text in the message to edit"));
    const FormattedText formatted =
        caption ? FormattedText::read(call, QStringLiteral("caption"),
                                      QStringLiteral("caption_entities"))
                : FormattedText::read(call, QStringLiteral("text"), QStringLiteral("entities"));
    if (formatted.error)
        return *formatted.error;
    // An edit without reply_markup removes the keyboard.
    QJsonObject markup;
    if (auto problem = readMarkup(call, &markup))
        return *problem;
    if (formatted.text == message->text && formatted.entities == message->entities &&
        markup == message->replyMarkup)
        return BotReplies::badRequest(QStringLiteral(
            "message is not modified: specified new message content and reply markup are "
            "exactly the same as a current content and reply markup of the message"));
    if (const int wait = store.takeFlood(*chat))
        return BotReplies::floodWait(wait);
    message->text = formatted.text;
    message->entities = formatted.entities;
    message->replyMarkup = markup;
    message->editDate = store.now();
    message->edits.append(QJsonObject{{QStringLiteral("date"), double(message->editDate)},
                                      {QStringLiteral("text"), message->text},
                                      {QStringLiteral("replyMarkup"), markup}});
    store.touch();
    return BotReplies::ok(BotJson::message(*message, *chat));
}

HttpReply remove(TelegramStore &store, const BotCall &call)
{
    auto found = existingMessage(store, call, Access::Delete);
    if (auto *error = std::get_if<HttpReply>(&found))
        return *error;
    std::get<std::pair<Chat *, Message *>>(found).second->deletedAt = store.now();
    store.touch();
    return BotReplies::ok(true);
}

} // namespace

FormattedText FormattedText::read(const BotCall &call, const QString &field,
                                  const QString &entitiesField)
{
    FormattedText out;
    const QString raw = call.string(field);
    const bool isText = field == QLatin1String("text");
    if (raw.toUtf8().size() > kRawTextMaxBytes) {
        out.error = BotReplies::badRequest(QStringLiteral("text is too long"));
        return out;
    }
    const QString mode = call.string(QStringLiteral("parse_mode")).trimmed().toLower();
    if (mode == QLatin1String("html")) {
        const HtmlEntities::Result parsed = HtmlEntities::parse(raw);
        if (!parsed.error.isEmpty()) {
            out.error =
                BotReplies::badRequest(QStringLiteral("can't parse entities: ") + parsed.error);
            return out;
        }
        out.text = parsed.text;
        out.entities = parsed.entities;
    } else if (mode.isEmpty() || mode == QLatin1String("none") ||
               mode == QLatin1String("markdown") || mode == QLatin1String("markdownv2")) {
        // Markdown modes are not emulated: their text is taken as plain (sandbox/README.md).
        bool bad = false;
        const QJsonValue given = call.json(entitiesField, &bad);
        if (bad || (!given.isUndefined() && !given.isNull() && !given.isArray())) {
            out.error = BotReplies::badRequest(QStringLiteral("can't parse entities JSON object"));
            return out;
        }
        QJsonArray entities =
            mode.isEmpty() || mode == QLatin1String("none") ? given.toArray() : QJsonArray();
        out.text = HtmlEntities::trimmed(raw, &entities);
        out.entities = entities;
    } else {
        out.error = BotReplies::badRequest(QStringLiteral("unsupported parse_mode"));
        return out;
    }
    const qsizetype codePoints = out.text.toUcs4().size();
    if (isText && codePoints == 0)
        out.error = BotReplies::badRequest(QStringLiteral("message text is empty"));
    else if (isText && codePoints > kTextMax)
        out.error = BotReplies::badRequest(QStringLiteral("message is too long"));
    else if (!isText && codePoints > kCaptionMax)
        out.error = BotReplies::badRequest(QStringLiteral("message caption is too long"));
    return out;
}

void MessagesResource::registerMethods(TelegramService &service)
{
    TelegramService *s = &service;
    TelegramStore *store = service.store();
    service.addMethod(QStringLiteral("sendMessage"),
                      [s](const BotCall &call) { return send(*s, call, QStringLiteral("text")); });
    service.addMethod(QStringLiteral("sendPhoto"),
                      [s](const BotCall &call) { return send(*s, call, QStringLiteral("photo")); });
    service.addMethod(QStringLiteral("sendVideo"),
                      [s](const BotCall &call) { return send(*s, call, QStringLiteral("video")); });
    service.addMethod(QStringLiteral("editMessageText"),
                      [store](const BotCall &call) { return edit(*store, call, false); });
    service.addMethod(QStringLiteral("editMessageCaption"),
                      [store](const BotCall &call) { return edit(*store, call, true); });
    service.addMethod(QStringLiteral("deleteMessage"),
                      [store](const BotCall &call) { return remove(*store, call); });
}

} // namespace onair::sandbox
