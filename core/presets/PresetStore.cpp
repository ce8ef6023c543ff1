#include "presets/PresetStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSaveFile>
#include <QStandardPaths>

#include <limits>

namespace onair {

namespace {

constexpr qsizetype kMaxSlug = 60;

PresetError error(PresetError::Kind kind, const QString &file, const QString &problem)
{
    return PresetError{kind, file, problem};
}

} // namespace

PresetStore::PresetStore(QObject *parent)
    : PresetStore(defaultDirectory(), parent)
{}

PresetStore::PresetStore(const QString &directory, QObject *parent)
    : QObject(parent)
    , m_directory(QDir::cleanPath(directory))
{}

QString PresetStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
           QStringLiteral("/presets");
}

QString PresetStore::slugFor(const QString &name)
{
    const QString decomposed = name.normalized(QString::NormalizationForm_KD).toLower();
    QString slug;
    bool dash = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue; // é → e
        if (c.isLetterOrNumber()) {
            if (dash && !slug.isEmpty())
                slug += QLatin1Char('-');
            dash = false;
            slug += c;
        } else {
            dash = true;
        }
        if (slug.size() >= kMaxSlug)
            break;
    }
    return slug.isEmpty() ? QStringLiteral("preset") : slug;
}

QString PresetStore::displayName(const QString &fileName) const
{
    return QDir(m_directory).dirName() + QLatin1Char('/') + fileName;
}

QString PresetStore::pathOf(const QString &fileName) const
{
    return m_directory + QLatin1Char('/') + fileName;
}

std::optional<PresetError> PresetStore::checkFileName(const QString &fileName) const
{
    if (fileName.isEmpty() || fileName.contains(QLatin1Char('/')) ||
        fileName.contains(QLatin1Char('\\')) || fileName.startsWith(QLatin1Char('.')) ||
        !fileName.endsWith(QLatin1String(".json")))
        return error(PresetError::Kind::NotFound, displayName(fileName),
                     QStringLiteral("not a preset file name"));
    if (!QFileInfo::exists(pathOf(fileName)))
        return error(PresetError::Kind::NotFound, displayName(fileName),
                     QStringLiteral("no such preset"));
    return std::nullopt;
}

QStringList PresetStore::fileNames() const
{
    return QDir(m_directory)
        .entryList({QStringLiteral("*.json")}, QDir::Files | QDir::Readable, QDir::Name);
}

PresetResult<QJsonObject> PresetStore::readObject(const QString &path, const QString &displayName)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return error(file.exists() ? PresetError::Kind::Io : PresetError::Kind::NotFound,
                     displayName, QStringLiteral("cannot be read: ") + file.errorString());
    const qint64 size = file.size();
    if (size > kMaxFileBytes)
        return error(PresetError::Kind::Malformed, displayName,
                     QStringLiteral("too large (%1 bytes; a preset is at most %2 bytes)")
                         .arg(size)
                         .arg(kMaxFileBytes));
    // Read at most one byte more than allowed: a file that reports no size can still be big.
    const QByteArray bytes = file.read(kMaxFileBytes + 1);
    if (bytes.size() > kMaxFileBytes)
        return error(PresetError::Kind::Malformed, displayName,
                     QStringLiteral("too large (more than %1 bytes)").arg(kMaxFileBytes));
    if (bytes.trimmed().isEmpty())
        return error(PresetError::Kind::Malformed, displayName,
                     QStringLiteral("the file is empty"));
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return error(PresetError::Kind::Malformed, displayName,
                     QStringLiteral("malformed JSON at byte %1 (%2)")
                         .arg(parseError.offset)
                         .arg(parseError.errorString()));
    if (!doc.isObject())
        return error(PresetError::Kind::Malformed, displayName,
                     QStringLiteral("expected a JSON object"));
    return doc.object();
}

PresetResult<BroadcastPreset> PresetStore::readFile(const QString &path, const QString &displayName)
{
    const PresetResult<QJsonObject> json = readObject(path, displayName);
    if (!json.isOk())
        return json.error();
    PresetResult<BroadcastPreset> preset = BroadcastPreset::fromJson(json.value());
    if (!preset.isOk()) {
        PresetError e = preset.error();
        e.file = displayName;
        return e;
    }
    return preset;
}

PresetStore::LoadReport PresetStore::loadAll() const
{
    LoadReport report;
    for (const QString &name : fileNames()) {
        PresetResult<BroadcastPreset> preset = load(name);
        if (preset.isOk())
            report.presets.append({name, std::move(preset).value()});
        else
            report.errors.append(preset.error());
    }
    return report;
}

PresetResult<BroadcastPreset> PresetStore::load(const QString &fileName) const
{
    if (const auto bad = checkFileName(fileName))
        return *bad;
    return readFile(pathOf(fileName), displayName(fileName));
}

std::optional<PresetError> PresetStore::writeFile(const QString &path, const QString &displayName,
                                                  const BroadcastPreset &preset)
{
    return writeJson(path, displayName, preset.toJson());
}

std::optional<PresetError> PresetStore::writeJson(const QString &path, const QString &displayName,
                                                  const QJsonObject &json)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return error(PresetError::Kind::Io, displayName,
                     QStringLiteral("cannot create the folder ") + info.absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return error(PresetError::Kind::Io, displayName,
                     QStringLiteral("cannot be written: ") + file.errorString());
    const QByteArray bytes = QJsonDocument(json).toJson(QJsonDocument::Indented);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return error(PresetError::Kind::Io, displayName,
                     QStringLiteral("cannot be written: ") + file.errorString());
    return std::nullopt;
}

std::optional<PresetError> PresetStore::checkFree(const QString &fileName,
                                                  const QString &sameName) const
{
    if (!QFileInfo::exists(pathOf(fileName)))
        return std::nullopt;
    const PresetResult<BroadcastPreset> existing =
        readFile(pathOf(fileName), displayName(fileName));
    if (!existing.isOk())
        return error(PresetError::Kind::AlreadyExists, displayName(fileName),
                     QStringLiteral("the file already exists and cannot be read (%1); fix or "
                                    "delete it first")
                         .arg(existing.error().problem));
    if (!sameName.isNull() && existing.value().name == sameName)
        return std::nullopt;
    return error(PresetError::Kind::AlreadyExists, displayName(fileName),
                 QStringLiteral("already holds the preset \"%1\"; choose another name")
                     .arg(existing.value().name));
}

PresetResult<QString> PresetStore::save(const BroadcastPreset &preset)
{
    const QString fileName = fileNameFor(preset.name);
    if (preset.name.trimmed().isEmpty())
        return error(PresetError::Kind::Invalid, displayName(fileName),
                     QStringLiteral("a preset needs a name"));
    // What is written must read back: validate through the same reader.
    const PresetResult<BroadcastPreset> check = BroadcastPreset::fromJson(preset.toJson());
    if (!check.isOk())
        return error(PresetError::Kind::Invalid, displayName(fileName), check.error().problem);
    if (const auto taken = checkFree(fileName, preset.name))
        return *taken;
    if (const auto failed = writeFile(pathOf(fileName), displayName(fileName), preset))
        return *failed;
    Q_EMIT presetsChanged();
    return fileName;
}

PresetResult<QString> PresetStore::createFromBroadcast(const QString &name,
                                                       const LiveBroadcast &broadcast,
                                                       const LiveStream &stream,
                                                       const BroadcastPreset::Extras &extras)
{
    const QString fileName = fileNameFor(name);
    if (const auto taken = checkFree(fileName, QString()))
        return *taken;
    return save(BroadcastPreset::fromBroadcast(name, broadcast, stream, extras));
}

PresetResult<QString> PresetStore::duplicate(const QString &fileName, const QString &newName)
{
    PresetResult<BroadcastPreset> source = load(fileName);
    if (!source.isOk())
        return source.error();
    BroadcastPreset copy = std::move(source).value();
    QString name = newName.trimmed();
    if (name.isEmpty()) {
        const QString base = copy.name;
        name = base + QStringLiteral(" (copy)");
        for (int i = 2; QFileInfo::exists(pathOf(fileNameFor(name))); ++i)
            name = base + QStringLiteral(" (copy %1)").arg(i);
    }
    if (const auto taken = checkFree(fileNameFor(name), QString()))
        return *taken;
    copy.name = name;
    return save(copy);
}

PresetResult<QString> PresetStore::rename(const QString &fileName, const QString &newName)
{
    PresetResult<BroadcastPreset> source = load(fileName);
    if (!source.isOk())
        return source.error();
    const QString name = newName.trimmed();
    if (name.isEmpty())
        return error(PresetError::Kind::Invalid, displayName(fileName),
                     QStringLiteral("a preset needs a name"));
    BroadcastPreset preset = std::move(source).value();
    const QString target = fileNameFor(name);
    if (target != fileName) {
        if (const auto taken = checkFree(target, QString()))
            return *taken;
    }
    preset.name = name;
    if (const auto failed = writeFile(pathOf(target), displayName(target), preset))
        return *failed;
    if (target != fileName && !QFile::remove(pathOf(fileName))) {
        QFile::remove(pathOf(target)); // keep one copy, under the old name
        return error(PresetError::Kind::Io, displayName(fileName),
                     QStringLiteral("cannot be removed after renaming; nothing was renamed"));
    }
    Q_EMIT presetsChanged();
    return target;
}

std::optional<PresetError> PresetStore::remove(const QString &fileName)
{
    if (const auto bad = checkFileName(fileName))
        return bad;
    QFile file(pathOf(fileName));
    if (!file.remove())
        return error(PresetError::Kind::Io, displayName(fileName),
                     QStringLiteral("cannot be removed: ") + file.errorString());
    Q_EMIT presetsChanged();
    return std::nullopt;
}

PresetResult<QString> PresetStore::importFrom(const QString &path)
{
    PresetResult<BroadcastPreset> preset = readFile(path, QDir::toNativeSeparators(path));
    if (!preset.isOk())
        return preset.error();
    const QString target = fileNameFor(preset.value().name);
    if (QFileInfo::exists(pathOf(target)))
        return error(PresetError::Kind::AlreadyExists, displayName(target),
                     QStringLiteral("a preset of that name already exists; rename or delete it "
                                    "before importing \"%1\"")
                         .arg(preset.value().name));
    return save(preset.value());
}

std::optional<PresetError> PresetStore::exportTo(const QString &fileName, const QString &path) const
{
    const PresetResult<BroadcastPreset> preset = load(fileName);
    if (!preset.isOk())
        return preset.error();
    return writeFile(path, QDir::toNativeSeparators(path), preset.value());
}

PresetResult<int> PresetStore::advanceCounter(const QString &fileName)
{
    PresetResult<BroadcastPreset> loaded = load(fileName);
    if (!loaded.isOk())
        return loaded.error();
    BroadcastPreset preset = std::move(loaded).value();
    if (preset.nextNumber == std::numeric_limits<int>::max())
        return error(PresetError::Kind::Invalid, displayName(fileName),
                     QStringLiteral("nextNumber: the counter cannot go any higher"));
    ++preset.nextNumber;
    if (const auto failed = writeFile(pathOf(fileName), displayName(fileName), preset))
        return *failed;
    Q_EMIT presetsChanged();
    return preset.nextNumber;
}

std::optional<PresetError> PresetStore::setRights(const QString &fileName,
                                                  const std::optional<RightsPlan> &plan)
{
    return replaceSection(fileName, QLatin1String("rights"),
                          plan ? QJsonValue(plan->toJson()) : QJsonValue(QJsonValue::Undefined));
}

std::optional<PresetError> PresetStore::saveAnnouncements(const QString &fileName,
                                                          const QJsonArray &posts)
{
    return replaceSection(fileName, QLatin1String("announcements"),
                          posts.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(posts));
}

std::optional<PresetError> PresetStore::replaceSection(const QString &fileName, QLatin1String key,
                                                       const QJsonValue &value)
{
    if (const auto bad = checkFileName(fileName))
        return bad;
    const QString path = pathOf(fileName);
    PresetResult<QJsonObject> json = readObject(path, displayName(fileName));
    if (!json.isOk())
        return json.error();
    // The file as it is must read as a preset: a damaged one is the operator's to fix.
    if (const PresetResult<BroadcastPreset> now = BroadcastPreset::fromJson(json.value());
        !now.isOk())
        return error(now.error().kind, displayName(fileName), now.error().problem);
    QJsonObject edited = std::move(json).value();
    if (value.isUndefined())
        edited.remove(key);
    else
        edited.insert(key, value);
    // What is written must read back: validate through the same reader.
    if (const PresetResult<BroadcastPreset> check = BroadcastPreset::fromJson(edited);
        !check.isOk())
        return error(PresetError::Kind::Invalid, displayName(fileName), check.error().problem);
    if (const auto failed = writeJson(path, displayName(fileName), edited))
        return failed;
    Q_EMIT presetsChanged();
    return std::nullopt;
}

} // namespace onair
