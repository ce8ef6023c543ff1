#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

class QObject;

#include <functional>
#include <optional>

namespace onair {

// What says a file on disk is still the one an upload started with: its path, size,
// modification time and a hash of its first and last MiB (reading those two MiB is cheap,
// hashing a 10 GB file is not). An upload only ever resumes the same file: resuming a changed
// one would splice two different files into one video.
struct FileIdentity
{
    Q_DECLARE_TR_FUNCTIONS(onair::FileIdentity)

public:
    static constexpr qint64 kEdgeBytes = 1024 * 1024;

    QString path;
    qint64 size = -1;
    QDateTime modified;
    QByteArray edgeHash; // hex SHA-256 of the first and last kEdgeBytes

    // The identity of the file at `path` now; nullopt and `error` when it cannot be read.
    // Blocking: for worker threads, command-line tools and tests.
    static std::optional<FileIdentity> of(const QString &path, QString *error = nullptr);
    // The same, read on the global thread pool (two MiB from a disk that may be busy are more
    // than a frame); `done(identity, error)` runs later on `context`'s thread, only if it lives.
    static void read(const QString &path, QObject *context,
                     std::function<void(std::optional<FileIdentity>, QString)> done);
    // Empty when `now` is the same file; otherwise the sentence that says what changed.
    QString whyChanged(const FileIdentity &now) const;

    QJsonObject toJson() const;
    static std::optional<FileIdentity> fromJson(const QJsonObject &json, QString *error);
};

} // namespace onair
