#pragma once

#include "upload/UploadRecord.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

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

private:
    QString m_path;
    QJsonArray m_unreadable; // entries load() could not read, kept for save()
};

} // namespace onair
