#pragma once

#include <QFile>
#include <QIODevice>

namespace onair {

// A request body that streams bytes [offset, offset + length) of a file straight from disk,
// once: like OneShotBody it cannot be rewound, so Qt never resends it behind the caller's back
// (an upload asks the server what it has instead). Only Qt's small read buffer is in memory.
class FileSliceBody : public QIODevice
{
    Q_OBJECT

public:
    FileSliceBody(const QString &path, qint64 offset, qint64 length, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    bool reset() override { return false; }
    bool seek(qint64) override { return false; }
    bool atEnd() const override;
    // Bytes handed out so far.
    qint64 bytesRead() const { return m_read; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QFile m_file;
    qint64 m_length;
    qint64 m_read = 0;
};

} // namespace onair
