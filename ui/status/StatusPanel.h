#pragma once

#include "show/Tally.h"

#include "google/youtube/model/LiveBroadcast.h"
#include "google/youtube/model/LiveStream.h"
#include "show/Lifecycle.h"

#include <QColor>
#include <QDateTime>
#include <QFrame>

#include <optional>

class QLabel;
class QGridLayout;
class QProgressBar;

namespace onair::ui {

// The status area, readable from across the room: a big tally, the lifecycle state, the
// monitor and live clocks, the broadcast delay, stream status and health with every
// configuration issue spelled out, and the quota meter. It renders what it is given.
class StatusPanel : public QFrame
{
    Q_OBJECT

public:
    using Tally = onair::Tally; // what the operator can do next (show/Tally.h)
    // Each state's colours; the word tells them apart too (never colour alone).
    struct TallyColours
    {
        QColor background;
        QColor text;
    };

    explicit StatusPanel(QWidget *parent = nullptr);

    static QString tallyText(Tally tally);
    static TallyColours tallyColours(Tally tally);
    static QString formatElapsed(qint64 ms);
    // "error: resolutionMismatch — the stream is 640x360, the settings say 720p", one a line.
    static QString describeIssues(const LiveStream::Health &health);

    void setBroadcast(const std::optional<LiveBroadcast> &broadcast);
    void setStream(const std::optional<LiveStream> &stream);
    void setMonitorStart(const QDateTime &start);
    void setTransitionProgress(const QString &text); // empty: none
    // `unitsPerHour`: what was actually spent over the last minutes.
    void setQuota(int spent, int limit, double unitsPerHour);
    // The upload bucket: videos.insert calls today of `limit`.
    void setUploadQuota(int calls, int limit);
    void setSandboxMode(bool sandbox);
    // The running ad break's time left ("1:05"); empty: none runs.
    void setAdBreakLeft(const QString &left);
    // Re-reads the clocks; the window calls it every second.
    void tick(const QDateTime &now = QDateTime::currentDateTimeUtc());

    Tally tally() const { return m_tally; }

private:
    void fitTally();
    void showTally();
    QLabel *addValue(QGridLayout *grid, int row, const QString &caption, const QString &objectName);

    Tally m_tally = Tally::OffAir;
    std::optional<LiveBroadcast> m_broadcast;
    StreamStatus m_streamState = StreamStatus::Unknown;
    QDateTime m_monitorStart;
    QLabel *m_tallyLabel = nullptr;
    QLabel *m_adBreak = nullptr;
    QLabel *m_lifecycle = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_modeBanner = nullptr;
    QLabel *m_monitorClock = nullptr;
    QLabel *m_liveClock = nullptr;
    QLabel *m_delay = nullptr;
    QLabel *m_streamStatus = nullptr;
    QLabel *m_health = nullptr;
    QLabel *m_issues = nullptr;
    QLabel *m_progress = nullptr;
    QProgressBar *m_quota = nullptr;
    QProgressBar *m_uploadQuota = nullptr;
    QLabel *m_quotaRate = nullptr;
};

} // namespace onair::ui
