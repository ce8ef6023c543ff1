// Fuzzes the preset loader: the file path (size and emptiness checks, JSON, validation) every
// so often, and the validation itself on every input. A preset that loads must survive a
// round trip through toJson() unchanged.
#include "presets/PresetStore.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    static QTemporaryDir dir;
    static const QString path = dir.filePath(QStringLiteral("fuzz.json"));
    static unsigned calls = 0;
    if (calls++ % 16 == 0) {
        QFile file(path);
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            file.write(bytes);
            file.close();
            (void)onair::PresetStore::readFile(path, QStringLiteral("fuzz"));
        }
    }
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    if (!doc.isObject())
        return 0;
    const auto preset = onair::BroadcastPreset::fromJson(doc.object());
    if (!preset.isOk())
        return 0;
    const auto again = onair::BroadcastPreset::fromJson(preset.value().toJson());
    if (!again.isOk() || !(again.value() == preset.value()))
        std::abort(); // a saved preset would not load back as it was
    return 0;
}
