#include "youtube/MultipartRelated.h"

#include <QList>

namespace onair::sandbox {

namespace {

QByteArray headerValue(const QByteArray &headers, const QByteArray &name)
{
    for (const QByteArray &line : headers.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == name)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

} // namespace

std::optional<MultipartRelated> MultipartRelated::parse(const QByteArray &contentType,
                                                        const QByteArray &body)
{
    const qsizetype at = contentType.indexOf("boundary=");
    QByteArray boundary = at >= 0 ? contentType.mid(at + 9) : QByteArray();
    boundary = boundary.split(';').value(0).trimmed();
    if (boundary.startsWith('"') && boundary.endsWith('"') && boundary.size() >= 2)
        boundary = boundary.mid(1).chopped(1);
    if (boundary.isEmpty())
        return std::nullopt;
    MultipartRelated out;
    bool hasMedia = false;
    const QByteArray delimiter = "--" + boundary;
    qsizetype pos = body.indexOf(delimiter);
    while (pos >= 0) {
        const qsizetype next = body.indexOf(delimiter, pos + delimiter.size());
        if (next < 0)
            break;
        const QByteArray section = body.mid(pos + delimiter.size(), next - pos - delimiter.size());
        const qsizetype headerEnd = section.indexOf("\r\n\r\n");
        if (headerEnd >= 0) {
            const QByteArray headers = section.left(headerEnd);
            QByteArray content = section.mid(headerEnd + 4);
            if (content.endsWith("\r\n"))
                content.chop(2); // the CRLF before the delimiter
            const QByteArray type = headerValue(headers, "content-type");
            if (type.toLower().startsWith("application/json") && out.metadata.isEmpty() &&
                !hasMedia) {
                out.metadata = content;
            } else if (!hasMedia) {
                hasMedia = true;
                out.media = content;
                out.mediaType = type;
                const QByteArray disposition = headerValue(headers, "content-disposition");
                const qsizetype name = disposition.indexOf("filename=");
                if (name >= 0) {
                    QByteArray file = disposition.mid(name + 9).split(';').value(0).trimmed();
                    if (file.startsWith('"') && file.endsWith('"') && file.size() >= 2)
                        file = file.mid(1).chopped(1);
                    out.mediaFileName = file;
                }
            }
        }
        pos = next;
    }
    if (!hasMedia)
        return std::nullopt;
    return out;
}

} // namespace onair::sandbox
