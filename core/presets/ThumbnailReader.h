#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

class QObject;

namespace onair {

// Reads a thumbnail image off the GUI thread (a file may be up to 50 MB, more than a frame's
// worth of disk and memory work) and hands the bytes back on the context's thread.
class ThumbnailReader
{
public:
    // Larger files are refused unread.
    static constexpr qint64 kMaxBytes = 50LL * 1024 * 1024;

    struct File
    {
        QString path;
        QByteArray bytes;
        QString mimeType; // image/jpeg or image/png
        QString error;    // the sentence that says why the file cannot be used; empty when read

        bool isOk() const { return error.isEmpty(); }
    };

    // Blocking: for worker threads and tests.
    static File readNow(const QString &path);
    // Reads on the global thread pool; `done` runs later on `context`'s thread, once, and only
    // if `context` still lives.
    static void read(const QString &path, QObject *context, std::function<void(File)> done);
};

} // namespace onair
