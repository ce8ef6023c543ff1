#include "presets/RecordingUpload.h"

#include "presets/TitleTemplate.h"

namespace onair {

UploadMetadata RecordingUpload::metadata(const BroadcastPreset::Upload &templ,
                                         const QString &showTitle, const QString &showDescription,
                                         const QDateTime &when, int n, const QLocale &locale)
{
    const QHash<QString, QString> show{{QStringLiteral("title"), showTitle},
                                       {QStringLiteral("description"), showDescription}};
    UploadMetadata m;
    m.title = TitleTemplate::expand(templ.titleTemplate, when, n, locale, show).text.trimmed();
    m.description = TitleTemplate::expand(templ.descriptionTemplate, when, n, locale, show).text;
    m.privacyStatus = templ.privacyStatus;
    if (!templ.categoryId.isEmpty())
        m.categoryId = templ.categoryId;
    m.tags = templ.tags;
    m.madeForKids = templ.madeForKids;
    m.license = templ.license;
    m.embeddable = templ.embeddable;
    m.recordingDate = when.toUTC();
    return m;
}

} // namespace onair
