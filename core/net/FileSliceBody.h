#pragma once

#include <QIODevice>

#include <memory>

namespace onair {

// A request body that streams bytes [offset, offset + length) of a file from disk, once: like
// OneShotBody it cannot be rewound, so Qt never resends it behind the caller's back (an upload
// asks the server what it has instead).
//
// The file is opened and read on the global thread pool, a block at a time and at most
// kAheadBytes ahead of the network: a read that waits for a busy disk never stalls the GUI
// thread, and only those few blocks are in memory. While no block is ready the body hands out
// nothing (Qt waits for readyRead()); a file that cannot be read ends the body early, the
// request fails as a short body and the caller looks at the file again.
class FileSliceBody : public QIODevice
{
    Q_OBJECT

public:
    static constexpr qint64 kBlockBytes = 1024 * 1024;
    static constexpr qint64 kAheadBytes = 4 * kBlockBytes;

    FileSliceBody(const QString &path, qint64 offset, qint64 length, QObject *parent = nullptr);
    ~FileSliceBody() override;

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
    struct Feed; // what the body shares with its reads on the thread pool
    static void fetch(const std::shared_ptr<Feed> &feed);
    void readAhead();
    void onBlockRead();

    std::shared_ptr<Feed> m_feed;
    qint64 m_length;
    qint64 m_read = 0;
};

} // namespace onair
