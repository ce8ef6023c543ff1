#include "net/FileSliceBody.h"

#include <QFile>
#include <QMutex>
#include <QMutexLocker>
#include <QThreadPool>

#include <algorithm>
#include <deque>

namespace onair {

struct FileSliceBody::Feed
{
    Feed(const QString &path, qint64 offset, qint64 length, FileSliceBody *owner)
        : file(path)
        , offset(offset)
        , length(length)
        , owner(owner)
    {}

    QFile file; // touched only by the one read in progress (`reading`)
    const qint64 offset;
    const qint64 length;

    QMutex mutex;         // guards what follows
    FileSliceBody *owner; // null once the body is gone: nothing is posted to it any more
    std::deque<QByteArray> blocks;
    qint64 frontRead = 0; // bytes of blocks.front() already handed out
    qint64 buffered = 0;  // bytes in `blocks` not handed out yet
    qint64 fetched = 0;   // bytes read from the file so far
    bool reading = false;
    bool failed = false;
    QString error;
};

FileSliceBody::FileSliceBody(const QString &path, qint64 offset, qint64 length, QObject *parent)
    : QIODevice(parent)
    , m_feed(std::make_shared<Feed>(path, offset, length, this))
    , m_length(length)
{
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    readAhead(); // the first block is on its way before the network asks for it
}

FileSliceBody::~FileSliceBody()
{
    // A read in progress finishes on its own and posts nothing after this.
    const QMutexLocker lock(&m_feed->mutex);
    m_feed->owner = nullptr;
}

void FileSliceBody::fetch(const std::shared_ptr<Feed> &feed)
{
    Feed &f = *feed;
    for (;;) {
        qint64 want = 0;
        {
            const QMutexLocker lock(&f.mutex);
            if (!f.owner || f.failed || f.fetched >= f.length || f.buffered >= kAheadBytes) {
                f.reading = false;
                return;
            }
            want = std::min(kBlockBytes, f.length - f.fetched);
        }
        QByteArray block(want, Qt::Uninitialized);
        bool ok = f.file.isOpen() || (f.file.open(QIODevice::ReadOnly) && f.file.seek(f.offset));
        const qint64 n = ok ? f.file.read(block.data(), want) : -1;
        ok = n > 0;
        const QMutexLocker lock(&f.mutex);
        if (ok) {
            block.truncate(n);
            f.blocks.push_back(std::move(block));
            f.buffered += n;
            f.fetched += n;
        } else {
            f.failed = true; // the file shrank, vanished or failed under us
            f.error = f.file.errorString();
            f.reading = false;
        }
        if (f.owner)
            QMetaObject::invokeMethod(f.owner, &FileSliceBody::onBlockRead, Qt::QueuedConnection);
        if (!ok)
            return;
    }
}

void FileSliceBody::readAhead()
{
    {
        const QMutexLocker lock(&m_feed->mutex);
        if (m_feed->reading || m_feed->failed || m_feed->fetched >= m_feed->length ||
            m_feed->buffered > kAheadBytes - kBlockBytes)
            return;
        m_feed->reading = true;
    }
    QThreadPool::globalInstance()->start([feed = m_feed] { fetch(feed); });
}

void FileSliceBody::onBlockRead()
{
    Q_EMIT readyRead();
}

qint64 FileSliceBody::bytesAvailable() const
{
    const QMutexLocker lock(&m_feed->mutex);
    return m_feed->buffered + QIODevice::bytesAvailable();
}

bool FileSliceBody::atEnd() const
{
    return m_read >= m_length && QIODevice::bytesAvailable() == 0;
}

qint64 FileSliceBody::readData(char *data, qint64 maxSize)
{
    if (m_read >= m_length)
        return -1;
    qint64 copied = 0;
    {
        const QMutexLocker lock(&m_feed->mutex);
        std::deque<QByteArray> &blocks = m_feed->blocks;
        while (copied < maxSize && !blocks.empty()) {
            const QByteArray &front = blocks.front();
            qint64 &done = m_feed->frontRead;
            const qint64 n = std::min<qint64>(maxSize - copied, front.size() - done);
            std::copy_n(front.constData() + done, n, data + copied);
            copied += n;
            done += n;
            if (done == front.size()) {
                blocks.pop_front();
                done = 0;
            }
        }
        m_feed->buffered -= copied;
        if (copied == 0 && m_feed->failed) {
            setErrorString(m_feed->error);
            return -1;
        }
    }
    m_read += copied;
    readAhead();
    return copied; // 0: nothing read yet; readyRead() follows
}

} // namespace onair
