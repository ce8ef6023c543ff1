#pragma once

#include <QByteArray>

#include <optional>

namespace onair::sandbox {

// A multipart/related upload body (Google's "multipart" uploadType): the JSON metadata part,
// then the media part.
struct MultipartRelated
{
    QByteArray metadata; // empty when the request had no JSON part
    QByteArray media;
    QByteArray mediaType;     // the media part's Content-Type
    QByteArray mediaFileName; // from the media part's Content-Disposition, when given

    // Nothing when the Content-Type has no boundary or the body has no media part.
    static std::optional<MultipartRelated> parse(const QByteArray &contentType,
                                                 const QByteArray &body);
};

} // namespace onair::sandbox
