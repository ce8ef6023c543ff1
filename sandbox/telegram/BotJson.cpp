#include "telegram/BotJson.h"

namespace onair::sandbox::BotJson {

QJsonObject user(const Bot &bot, bool forGetMe)
{
    QJsonObject o{{QStringLiteral("id"), double(bot.id)},
                  {QStringLiteral("is_bot"), true},
                  {QStringLiteral("first_name"), bot.firstName},
                  {QStringLiteral("username"), bot.username}};
    if (forGetMe) {
        o.insert(QStringLiteral("can_join_groups"), true);
        o.insert(QStringLiteral("can_read_all_group_messages"), false);
        o.insert(QStringLiteral("supports_inline_queries"), false);
        o.insert(QStringLiteral("can_connect_to_business"), false);
        o.insert(QStringLiteral("has_main_web_app"), false);
    }
    return o;
}

QJsonObject chat(const Chat &c)
{
    QJsonObject o{{QStringLiteral("id"), double(c.id)},
                  {QStringLiteral("title"), c.title},
                  {QStringLiteral("type"), c.type}};
    if (!c.username.isEmpty())
        o.insert(QStringLiteral("username"), c.username);
    return o;
}

QJsonObject chatFullInfo(const Chat &c)
{
    QJsonObject o = chat(c);
    if (!c.description.isEmpty())
        o.insert(QStringLiteral("description"), c.description);
    o.insert(QStringLiteral("accent_color_id"), 0);
    o.insert(QStringLiteral("max_reaction_count"), 11);
    o.insert(QStringLiteral("accepted_gift_types"),
             QJsonObject{{QStringLiteral("unlimited_gifts"), false},
                         {QStringLiteral("limited_gifts"), false},
                         {QStringLiteral("unique_gifts"), false},
                         {QStringLiteral("premium_subscription"), false}});
    if (c.botStatus == QLatin1String("administrator") && !c.username.isEmpty())
        o.insert(QStringLiteral("invite_link"),
                 QString(QStringLiteral("https://t.me/") + c.username));
    return o;
}

QJsonObject chatMember(const Chat &c, const Bot &bot)
{
    QJsonObject o{{QStringLiteral("status"), c.botStatus},
                  {QStringLiteral("user"), user(bot, false)}};
    if (c.botStatus == QLatin1String("kicked"))
        o.insert(QStringLiteral("until_date"), 0);
    if (c.botStatus != QLatin1String("administrator"))
        return o;
    o.insert(QStringLiteral("can_be_edited"), false);
    o.insert(QStringLiteral("is_anonymous"), false);
    o.insert(QStringLiteral("can_manage_chat"), true);
    o.insert(QStringLiteral("can_delete_messages"), c.canDeleteMessages);
    o.insert(QStringLiteral("can_manage_video_chats"), false);
    o.insert(QStringLiteral("can_restrict_members"), false);
    o.insert(QStringLiteral("can_promote_members"), false);
    o.insert(QStringLiteral("can_change_info"), false);
    o.insert(QStringLiteral("can_invite_users"), true);
    o.insert(QStringLiteral("can_post_stories"), false);
    o.insert(QStringLiteral("can_edit_stories"), false);
    o.insert(QStringLiteral("can_delete_stories"), false);
    if (c.type == QLatin1String("channel")) {
        o.insert(QStringLiteral("can_post_messages"), c.canPostMessages);
        o.insert(QStringLiteral("can_edit_messages"), c.canEditMessages);
    }
    return o;
}

QJsonObject message(const Message &m, const Chat &c)
{
    QJsonObject o{{QStringLiteral("message_id"), m.answeredWithZeroId ? 0.0 : double(m.id)},
                  {QStringLiteral("chat"), chat(c)},
                  {QStringLiteral("date"), double(m.date)}};
    if (c.type == QLatin1String("channel"))
        o.insert(QStringLiteral("sender_chat"), chat(c));
    const bool isText = m.kind == QLatin1String("text");
    if (isText || !m.text.isEmpty())
        o.insert(isText ? QStringLiteral("text") : QStringLiteral("caption"), m.text);
    if (!m.entities.isEmpty())
        o.insert(isText ? QStringLiteral("entities") : QStringLiteral("caption_entities"),
                 m.entities);
    if (m.kind == QLatin1String("photo"))
        o.insert(QStringLiteral("photo"), m.media.value(QStringLiteral("photo")));
    else if (m.kind == QLatin1String("video"))
        o.insert(QStringLiteral("video"), m.media.value(QStringLiteral("video")));
    if (!m.replyMarkup.isEmpty())
        o.insert(QStringLiteral("reply_markup"), m.replyMarkup);
    if (!m.linkPreviewOptions.isEmpty())
        o.insert(QStringLiteral("link_preview_options"), m.linkPreviewOptions);
    if (m.editDate > 0)
        o.insert(QStringLiteral("edit_date"), double(m.editDate));
    return o;
}

} // namespace onair::sandbox::BotJson
