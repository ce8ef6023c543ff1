#include "presets/ThumbnailReader.h"

#include "persistence/OffThread.h"

#include <QCoreApplication>
#include <QFile>
#include <QMimeDatabase>

namespace onair {

ThumbnailReader::File ThumbnailReader::readNow(const QString &path)
{
    File f;
    f.path = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        f.error = QCoreApplication::translate("ThumbnailReader", "Cannot read the thumbnail %1: %2")
                      .arg(path, file.errorString());
        return f;
    }
    if (file.size() > kMaxBytes) {
        f.error =
            QCoreApplication::translate("ThumbnailReader", "The thumbnail %1 is larger than %2 MB.")
                .arg(path)
                .arg(kMaxBytes >> 20);
        return f;
    }
    f.bytes = file.read(kMaxBytes + 1);
    if (f.bytes.size() > kMaxBytes) {
        f.bytes.clear();
        f.error =
            QCoreApplication::translate("ThumbnailReader", "The thumbnail %1 is larger than %2 MB.")
                .arg(path)
                .arg(kMaxBytes >> 20);
        return f;
    }
    const QString mime = QMimeDatabase().mimeTypeForFileNameAndData(path, f.bytes).name();
    f.mimeType = mime == QLatin1String("image/png") ? mime : QStringLiteral("image/jpeg");
    return f;
}

void ThumbnailReader::read(const QString &path, QObject *context, std::function<void(File)> done)
{
    runOffThread<File>(
        context, [path] { return readNow(path); }, std::move(done));
}

} // namespace onair
