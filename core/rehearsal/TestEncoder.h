#pragma once

#include <QObject>
#include <QProcess>
#include <QString>

class QTimer;

namespace onair {

// A real encoder for rehearsal: ffmpeg publishing a test pattern and a tone to the ingest,
// so a newcomer can run a whole show with no camera. Stopped with the object.
//
// The stream key never reaches ffmpeg's command line (anyone on the machine can read that)
// nor the messages OnAir keeps: ffmpeg reads it from its standard input as a preset
// (`-fpre /dev/stdin`, `rtmp_playpath=KEY`), and its error output is shown with the key
// masked. While it runs, its pid is kept in a small file, so that an OnAir restarted after
// a crash adopts the encoder still publishing (shown as running, and stoppable) instead of
// leaving it publishing unseen.
class TestEncoder : public QObject
{
    Q_OBJECT

public:
    // `pidFile` empty: AppDataLocation/test-encoder.json (ffmpeg's messages: that + ".log").
    explicit TestEncoder(const QString &pidFile = QString(), QObject *parent = nullptr);
    ~TestEncoder() override;

    // `resolution` and `frameRate` as in cdn ("720p", "30fps"); "variable" picks 720p/30.
    // The stream key is not among them: see preset().
    static QStringList arguments(const QString &ingestionAddress, const QString &resolution,
                                 const QString &frameRate);
    // What ffmpeg reads on its standard input; empty for a key that cannot be a preset line.
    static QByteArray preset(const QString &streamName);

    void start(const QString &ingestionAddress, const QString &streamName,
               const QString &resolution, const QString &frameRate);
    void stop();
    // An encoder left running by an earlier OnAir: adopted (true, and `started` is emitted)
    // or, with `adopt` false, stopped.
    bool takeOverLeftover(bool adopt);
    bool isRunning() const;
    qint64 pid() const;

Q_SIGNALS:
    void started();
    void stopped(const QString &why); // empty when asked to stop

private:
    QString logFile() const; // ffmpeg's messages, beside the pid file
    QString lastWords() const;
    void writePidFile();
    void watchAdopted();

    QString m_pidFile;
    QProcess m_process;
    bool m_stopping = false;
    QString m_streamName; // to mask it in what ffmpeg says
    qint64 m_adoptedPid = 0;
    quint64 m_adoptedTicks = 0;
    QTimer *m_adoptedWatch;
};

} // namespace onair
