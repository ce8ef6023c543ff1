// Fuzzes the embed-HTML sanitiser (the player page is built only from a sanitised embed).
#include "monitor/MonitorEmbed.h"

#include <QUrl>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QUrl origin(QStringLiteral("http://127.0.0.1:8080"));
    const QString html = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const onair::MonitorEmbedCheck check = onair::MonitorEmbed::fromEmbedHtml(html, origin);
    if (!check.embed)
        return 0;
    // What is accepted goes into our own player page: it must be a plain id on an allowed
    // origin, with nothing that could break out of the page's HTML or script.
    const onair::MonitorEmbed &embed = *check.embed;
    if (embed.videoId.isEmpty() || !embed.isAllowedOrigin(embed.src))
        std::abort();
    for (const QChar c : embed.videoId)
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'-' && c != u'_')
            std::abort();
    (void)embed.playerPageHtml();
    return 0;
}
