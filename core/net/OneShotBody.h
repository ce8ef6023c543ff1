#pragma once

#include <QByteArray>
#include <QIODevice>

namespace onair {

// A request body that can be read once and never rewound. QNetworkAccessManager (Qt 6.4)
// silently sends a request again when the server closes the connection before answering;
// for an insert or a cuepoint that would create a duplicate. With this body (and
// DoNotBufferUploadDataAttribute) Qt cannot rewind the upload, so it reports the dropped
// connection instead, and the client reconciles.
class OneShotBody : public QIODevice
{
    Q_OBJECT

public:
    explicit OneShotBody(const QByteArray &data, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    bool reset() override { return false; }
    bool seek(qint64) override { return false; }
    bool atEnd() const override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_offset = 0;
};

} // namespace onair
