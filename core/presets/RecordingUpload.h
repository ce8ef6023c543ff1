#pragma once

#include "google/youtube/upload/UploadMetadata.h"
#include "presets/BroadcastPreset.h"

#include <QDateTime>
#include <QLocale>
#include <QString>

namespace onair {

// What "Upload the recording…" fills in after a show: the preset's upload templates expanded
// with the show's {title} and {description} (as the broadcast had them), its {date}, {time}
// and {weekday} at `when` and its {n}, with the preset's privacy, category, tags and licence.
// A show that no preset launched gets the defaults ("{title}", "{description}", private).
class RecordingUpload
{
public:
    static UploadMetadata metadata(const BroadcastPreset::Upload &templ, const QString &showTitle,
                                   const QString &showDescription, const QDateTime &when, int n,
                                   const QLocale &locale = QLocale());
};

} // namespace onair
