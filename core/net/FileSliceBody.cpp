#include "net/FileSliceBody.h"

#include <algorithm>

namespace onair {

FileSliceBody::FileSliceBody(const QString &path, qint64 offset, qint64 length, QObject *parent)
    : QIODevice(parent)
    , m_file(path)
    , m_length(length)
{
    // A file that cannot be read (or read from `offset`) ends the body at once; the request
    // then fails as a short body and the caller looks at the file again.
    if (m_file.open(QIODevice::ReadOnly) && m_file.seek(offset))
        open(QIODevice::ReadOnly);
    else
        setErrorString(m_file.errorString());
}

qint64 FileSliceBody::bytesAvailable() const
{
    return (m_length - m_read) + QIODevice::bytesAvailable();
}

bool FileSliceBody::atEnd() const
{
    return m_read >= m_length && QIODevice::bytesAvailable() == 0;
}

qint64 FileSliceBody::readData(char *data, qint64 maxSize)
{
    const qint64 want = std::min(maxSize, m_length - m_read);
    if (want <= 0)
        return m_read >= m_length ? -1 : 0;
    const qint64 n = m_file.read(data, want);
    if (n <= 0)
        return -1; // the file shrank or failed under us
    m_read += n;
    return n;
}

} // namespace onair
