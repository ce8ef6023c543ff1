#pragma once

#include "presets/BroadcastPreset.h"
#include "presets/PresetResult.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace onair {

// The saved presets: one JSON file per preset in a directory (by default
// AppConfigLocation/presets), named after a slug of the preset's name ("Friday show" →
// friday-show.json). Writes are atomic (QSaveFile). A file that cannot be read or validated is
// reported with its name and the problem and is never rewritten, renamed or overwritten by the
// store: only remove() deletes it. Nothing is overwritten silently: saving, renaming,
// duplicating or importing onto a name that another preset holds is an AlreadyExists error.
class PresetStore : public QObject
{
    Q_OBJECT

public:
    struct Entry
    {
        QString fileName; // "friday-show.json", the id of the preset in this store
        BroadcastPreset preset;
    };
    struct LoadReport
    {
        QList<Entry> presets;      // sorted by file name
        QList<PresetError> errors; // one per file that could not be read
    };

    // Larger files are refused unread: a preset is a few kilobytes.
    static constexpr qint64 kMaxFileBytes = 1024 * 1024;

    explicit PresetStore(QObject *parent = nullptr);
    explicit PresetStore(const QString &directory, QObject *parent = nullptr);

    static QString defaultDirectory();
    // Lower case letters and digits (any script) joined by '-', at most 60 characters;
    // "preset" when nothing is left.
    static QString slugFor(const QString &name);
    static QString fileNameFor(const QString &name)
    {
        return slugFor(name) + QStringLiteral(".json");
    }

    QString directory() const { return m_directory; }
    // How errors name a file: "presets/friday-show.json".
    QString displayName(const QString &fileName) const;

    QStringList fileNames() const;
    LoadReport loadAll() const;
    PresetResult<BroadcastPreset> load(const QString &fileName) const;
    // Reads and validates any preset file (used by load and import); errors name `displayName`.
    static PresetResult<BroadcastPreset> readFile(const QString &path, const QString &displayName);

    // Writes the preset to fileNameFor(preset.name). Replaces the file only when it holds the
    // preset of that very name (an edit). Returns the file name.
    PresetResult<QString> save(const BroadcastPreset &preset);
    PresetResult<QString> createFromBroadcast(const QString &name, const LiveBroadcast &broadcast,
                                              const LiveStream &stream,
                                              const BroadcastPreset::Extras &extras);
    // A copy under `newName` (empty: "<name> (copy)", "<name> (copy 2)", …), counter included.
    PresetResult<QString> duplicate(const QString &fileName, const QString &newName = {});
    // Renames the preset and its file; on a collision both files stay as they were.
    PresetResult<QString> rename(const QString &fileName, const QString &newName);
    std::optional<PresetError> remove(const QString &fileName);
    // Validates the file at `path` and adds it under its own name; refuses a name in use.
    PresetResult<QString> importFrom(const QString &path);
    std::optional<PresetError> exportTo(const QString &fileName, const QString &path) const;
    // After a broadcast was created from the preset: {n} moves on. Returns the new value.
    PresetResult<int> advanceCounter(const QString &fileName);
    // Replaces only the preset's "rights" (the Content ID plan; nullopt: not claimed), keeping
    // every other field of the file as written, unknown ones included. A file that does not
    // read as a preset, or a plan that does not read back, is refused and the file left as is.
    std::optional<PresetError> setRights(const QString &fileName,
                                         const std::optional<RightsPlan> &plan);
    // A show's posts saved into its preset: only the "announcements" section changes (removed
    // when `posts` is empty), every other field stays as the file has it. A file that cannot
    // be read or validated is left untouched (the error says why), and so is the file when the
    // posts would not validate.
    std::optional<PresetError> saveAnnouncements(const QString &fileName, const QJsonArray &posts);

Q_SIGNALS:
    void presetsChanged();

private:
    // The file's JSON object, before it is read as a preset.
    static PresetResult<QJsonObject> readObject(const QString &path, const QString &displayName);
    QString pathOf(const QString &fileName) const;
    std::optional<PresetError> checkFileName(const QString &fileName) const;
    static std::optional<PresetError> writeFile(const QString &path, const QString &displayName,
                                                const BroadcastPreset &preset);
    static std::optional<PresetError> writeJson(const QString &path, const QString &displayName,
                                                const QJsonObject &json);
    // Replaces one top-level section of the file as written (`value` undefined: removes it),
    // keeping every other field, unknown ones included. The file as it is and the result must
    // both read as a preset; otherwise the file is left as is.
    std::optional<PresetError> replaceSection(const QString &fileName, QLatin1String key,
                                              const QJsonValue &value);
    // Fails when `fileName` exists, unless it holds a preset named `sameName`.
    std::optional<PresetError> checkFree(const QString &fileName, const QString &sameName) const;

    QString m_directory;
};

} // namespace onair
