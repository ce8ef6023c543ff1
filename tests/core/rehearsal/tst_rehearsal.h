#pragma once

#include <QObject>
#include <QString>

// Rehearsal processes that outlive OnAir: one sandbox per data folder (a second is refused, a
// running one is adopted and stopped like our own), and a test encoder that keeps the stream
// key off its command line and out of its messages, and is adopted or stopped after a crash.
class TestRehearsal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void secondSandboxOnTheSameFolderIsRefused();
    void killedSandboxLeavesAStaleLockThatIsTakenOver();
    void localSandboxAdoptsTheRunningSandboxAndStopsIt();
    void leftoverSandboxIsStopped();
    void encoderKeepsTheKeyOffItsCommandLine();
    void encoderMasksTheKeyInWhatItSays();
    void leftoverEncoderIsAdoptedAndStoppable();
    void leftoverEncoderIsStoppedWhenNotAdopted();
    void reusedPidIsNotAdopted();

private:
    QString m_dir;
};
