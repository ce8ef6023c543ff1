#pragma once

#include <QObject>
#include <QProcess>
#include <QString>

namespace onair {

// A real encoder for rehearsal: ffmpeg publishing a test pattern and a tone to the ingest,
// so a newcomer can run a whole show with no camera. Stopped with the object.
class TestEncoder : public QObject
{
    Q_OBJECT

public:
    explicit TestEncoder(QObject *parent = nullptr);
    ~TestEncoder() override;

    // `resolution` and `frameRate` as in cdn ("720p", "30fps"); "variable" picks 720p/30.
    static QStringList arguments(const QString &ingestionAddress, const QString &streamName,
                                 const QString &resolution, const QString &frameRate);

    void start(const QString &ingestionAddress, const QString &streamName,
               const QString &resolution, const QString &frameRate);
    void stop();
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }

Q_SIGNALS:
    void started();
    void stopped(const QString &why); // empty when asked to stop

private:
    QProcess m_process;
    bool m_stopping = false;
    QByteArray m_lastError;
};

} // namespace onair
