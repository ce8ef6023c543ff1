#pragma once

#include "upload/UploadRecord.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace onair {

// The uploads of one account, in one file (AppDataLocation/uploads/<account>.json), written
// atomically on every change. An entry that cannot be read is reported and kept as it was,
// written back untouched: one damaged upload never costs the others. A file that is not JSON
// at all is set aside as <file>.broken-<time> and reported.
class UploadStore
{
    Q_DECLARE_TR_FUNCTIONS(onair::UploadStore)

public:
    static constexpr int kFormatVersion = 1;

    explicit UploadStore(const QString &path = QString());

    // `dir` instead of AppDataLocation/uploads when given.
    static QString pathForAccount(const QString &accountKey, const QString &dir = QString());
    const QString &path() const { return m_path; }

    // The saved uploads in queue order; `errors` gets a sentence per entry (or file) unread.
    QList<UploadRecord> load(QStringList *errors = nullptr);
    bool save(const QList<UploadRecord> &records, QString *error = nullptr) const;
    // The same, written on the global thread pool, one write at a time and in order (the last
    // records given are what ends on disk): a write that waits for a busy disk never stalls the
    // GUI thread. `failed(sentence)` runs later on `context`'s thread, if it still lives.
    void saveLater(const QList<UploadRecord> &records, QObject *context,
                   std::function<void(const QString &)> failed);
    // Blocks until what saveLater() was given is on disk (closing, quitting).
    void waitForSaved() const;

private:
    struct Writer; // the writes in progress, shared with the thread pool
    QByteArray bytesOf(const QList<UploadRecord> &records) const;
    // Empty on success, the sentence otherwise.
    static QString write(const QString &path, const QByteArray &bytes);

    QString m_path;
    std::shared_ptr<Writer> m_writer;
    QJsonArray m_unreadable; // entries load() could not read, kept for save()
};

} // namespace onair
