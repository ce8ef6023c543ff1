#include "status/StatusPanel.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace onair::ui {

namespace {

// The tally box: a fixed width, and the word's font as large as fits (translations are longer).
constexpr int kTallyWidthPx = 220;
constexpr int kTallyPaddingPx = 12;
constexpr int kTallyPointSize = 36;
constexpr int kTallyMinPointSize = 14;

QString tallyStyle(StatusPanel::Tally t)
{
    const char *bg = "#3a3a3a";
    switch (t) {
    case StatusPanel::Tally::OffAir:
        break;
    case StatusPanel::Tally::Ready:
        bg = "#1f5f2a";
        break;
    case StatusPanel::Tally::Testing:
        bg = "#b36b00";
        break;
    case StatusPanel::Tally::Live:
        bg = "#c4161c";
        break;
    case StatusPanel::Tally::Ended:
        bg = "#20304a";
        break;
    }
    return QStringLiteral("QLabel { background: %1; color: #ffffff; padding: %2px; "
                          "border-radius: 6px; }")
        .arg(QLatin1String(bg))
        .arg(kTallyPaddingPx);
}

} // namespace

StatusPanel::StatusPanel(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("statusArea"));
    setFrameShape(QFrame::StyledPanel);
    auto *row = new QHBoxLayout(this);

    m_tallyLabel = new QLabel(this);
    m_tallyLabel->setObjectName(QStringLiteral("tally"));
    QFont big = m_tallyLabel->font();
    big.setPointSize(kTallyPointSize);
    big.setBold(true);
    m_tallyLabel->setFont(big);
    m_tallyLabel->setAlignment(Qt::AlignCenter);
    m_tallyLabel->setFixedWidth(kTallyWidthPx);
    row->addWidget(m_tallyLabel);

    auto *middle = new QVBoxLayout;
    m_lifecycle = new QLabel(this);
    m_lifecycle->setObjectName(QStringLiteral("lifecycleLabel"));
    QFont medium = m_lifecycle->font();
    medium.setPointSize(16);
    medium.setBold(true);
    m_lifecycle->setFont(medium);
    m_lifecycle->setWordWrap(true);
    middle->addWidget(m_lifecycle);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("broadcastTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setWordWrap(true);
    middle->addWidget(m_title);
    m_progress = new QLabel(this);
    m_progress->setObjectName(QStringLiteral("transitionProgress"));
    m_progress->setWordWrap(true);
    middle->addWidget(m_progress);
    m_modeBanner = new QLabel(this);
    m_modeBanner->setObjectName(QStringLiteral("modeBanner"));
    m_modeBanner->setWordWrap(true);
    middle->addWidget(m_modeBanner);
    middle->addStretch(1);
    row->addLayout(middle, 2);

    // One caption and one value a row: the panel stays narrow whatever the language.
    auto *grid = new QGridLayout;
    m_monitorClock = addValue(grid, 0, tr("Monitor"), QStringLiteral("monitorClock"));
    m_liveClock = addValue(grid, 1, tr("Live"), QStringLiteral("liveClock"));
    m_delay = addValue(grid, 2, tr("Delay"), QStringLiteral("delayLabel"));
    m_streamStatus = addValue(grid, 3, tr("Stream"), QStringLiteral("streamStatus"));
    m_health = addValue(grid, 4, tr("Health"), QStringLiteral("streamHealth"));
    m_quota = new QProgressBar(this);
    m_quota->setObjectName(QStringLiteral("quotaMeter"));
    m_quota->setFormat(tr("%v / %m units"));
    grid->addWidget(new QLabel(tr("Quota"), this), 5, 0);
    grid->addWidget(m_quota, 5, 1);
    m_quotaRate = new QLabel(this);
    m_quotaRate->setObjectName(QStringLiteral("quotaRate"));
    m_quotaRate->setWordWrap(true);
    grid->addWidget(m_quotaRate, 6, 1);
    // videos.insert's own bucket (reference §8): uploads started today.
    m_uploadQuota = new QProgressBar(this);
    m_uploadQuota->setObjectName(QStringLiteral("uploadQuotaMeter"));
    m_uploadQuota->setFormat(tr("%v / %m uploads"));
    grid->addWidget(new QLabel(tr("Uploads"), this), 7, 0);
    grid->addWidget(m_uploadQuota, 7, 1);
    m_issues = new QLabel(this);
    m_issues->setObjectName(QStringLiteral("configurationIssues"));
    m_issues->setWordWrap(true);
    grid->addWidget(m_issues, 8, 0, 1, 2);
    grid->setColumnStretch(1, 1);
    row->addLayout(grid, 3);

    setBroadcast(std::nullopt);
    setStream(std::nullopt);
    setQuota(0, 10000, 0);
    setUploadQuota(0, 100);
}

QLabel *StatusPanel::addValue(QGridLayout *grid, int row, const QString &caption,
                              const QString &objectName)
{
    auto *captionLabel = new QLabel(caption, this);
    auto *value = new QLabel(QStringLiteral("—"), this);
    value->setObjectName(objectName);
    QFont f = value->font();
    f.setPointSize(14);
    f.setBold(true);
    value->setFont(f);
    value->setWordWrap(true);
    grid->addWidget(captionLabel, row, 0);
    grid->addWidget(value, row, 1);
    return value;
}

StatusPanel::Tally StatusPanel::tallyFor(const std::optional<LiveBroadcast> &broadcast)
{
    if (!broadcast)
        return Tally::OffAir;
    switch (broadcast->status.lifeCycleStatus) {
    case LifeCycleStatus::Ready:
        return Tally::Ready;
    case LifeCycleStatus::TestStarting:
    case LifeCycleStatus::Testing:
        return Tally::Testing;
    case LifeCycleStatus::LiveStarting:
    case LifeCycleStatus::Live:
        return Tally::Live;
    case LifeCycleStatus::Complete:
    case LifeCycleStatus::Revoked:
        return Tally::Ended;
    case LifeCycleStatus::Unspecified:
    case LifeCycleStatus::Created:
        break;
    }
    return Tally::OffAir;
}

QString StatusPanel::tallyText(Tally tally)
{
    switch (tally) {
    case Tally::OffAir:
        return tr("OFF AIR");
    case Tally::Ready:
        return tr("READY");
    case Tally::Testing:
        return tr("TESTING");
    case Tally::Live:
        return tr("LIVE");
    case Tally::Ended:
        return tr("ENDED");
    }
    return {};
}

QString StatusPanel::formatElapsed(qint64 ms)
{
    if (ms < 0)
        return QStringLiteral("—");
    const qint64 s = ms / 1000;
    return QStringLiteral("%1:%2:%3")
        .arg(s / 3600)
        .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString StatusPanel::describeIssues(const LiveStream::Health &health)
{
    QStringList lines;
    for (const LiveStream::ConfigurationIssue &i : health.configurationIssues) {
        QString line = i.severity + QStringLiteral(": ") + i.type;
        const QString detail = !i.description.isEmpty() ? i.description : i.reason;
        if (!detail.isEmpty())
            line += QStringLiteral(" — ") + detail;
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

void StatusPanel::fitTally()
{
    QFont f = m_tallyLabel->font();
    const int room = kTallyWidthPx - 2 * kTallyPaddingPx - 2 * m_tallyLabel->margin() - 4;
    for (int size = kTallyPointSize; size >= kTallyMinPointSize; --size) {
        f.setPointSize(size);
        if (QFontMetrics(f).horizontalAdvance(m_tallyLabel->text()) <= room)
            break;
    }
    m_tallyLabel->setFont(f);
}

void StatusPanel::setBroadcast(const std::optional<LiveBroadcast> &broadcast)
{
    m_broadcast = broadcast;
    m_tally = tallyFor(broadcast);
    m_tallyLabel->setText(tallyText(m_tally));
    m_tallyLabel->setStyleSheet(tallyStyle(m_tally));
    fitTally();
    if (!broadcast) {
        m_lifecycle->setText(tr("No broadcast"));
        m_title->clear();
        m_delay->setText(QStringLiteral("—"));
    } else {
        m_lifecycle->setText(lifecycle::toString(broadcast->status.lifeCycleStatus));
        m_title->setText(broadcast->snippet.title);
        const quint32 delay = broadcast->contentDetails.monitorStream.broadcastStreamDelayMs;
        m_delay->setText(delay ? tr("%1 s").arg(delay / 1000.0, 0, 'f', 1) : tr("none"));
    }
    tick();
}

void StatusPanel::setStream(const std::optional<LiveStream> &stream)
{
    if (!stream) {
        m_streamStatus->setText(tr("no stream"));
        m_health->setText(QStringLiteral("—"));
        m_issues->clear();
        return;
    }
    const StreamStatus st = stream->status.streamStatus;
    m_streamStatus->setText(lifecycle::toString(st));
    m_streamStatus->setStyleSheet(st == StreamStatus::Active
                                      ? QStringLiteral("QLabel { color: #1f7f2a; }")
                                      : QStringLiteral("QLabel { color: #b36b00; }"));
    const QString health = stream->status.healthStatus.status;
    m_health->setText(health.isEmpty() ? QStringLiteral("—") : health);
    m_health->setStyleSheet(
        health == QLatin1String("bad") ? QStringLiteral("QLabel { color: #c4161c; }") : QString());
    m_issues->setText(describeIssues(stream->status.healthStatus));
}

void StatusPanel::setMonitorStart(const QDateTime &start)
{
    m_monitorStart = start;
    tick();
}

void StatusPanel::setTransitionProgress(const QString &text)
{
    m_progress->setText(text);
}

void StatusPanel::setQuota(int spent, int limit, double unitsPerHour)
{
    m_quota->setRange(0, qMax(1, limit));
    m_quota->setValue(qBound(0, spent, qMax(1, limit)));
    m_quotaRate->setText(tr("%1 units/hour spent recently").arg(qRound(unitsPerHour)));
}

void StatusPanel::setUploadQuota(int calls, int limit)
{
    m_uploadQuota->setRange(0, qMax(1, limit));
    m_uploadQuota->setValue(qBound(0, calls, qMax(1, limit)));
}

void StatusPanel::setSandboxMode(bool sandbox)
{
    m_modeBanner->setText(sandbox ? tr("SANDBOX — rehearsal against the local emulator; "
                                       "nothing reaches YouTube")
                                  : tr("YouTube — actions reach the real channel"));
    m_modeBanner->setStyleSheet(
        sandbox ? QStringLiteral("QLabel { color: #b36b00; font-weight: bold; }") : QString());
}

void StatusPanel::tick(const QDateTime &now)
{
    const bool running = m_broadcast && !lifecycle::isTerminal(m_broadcast->status.lifeCycleStatus);
    const QDateTime liveStart = m_broadcast ? m_broadcast->snippet.actualStartTime : QDateTime();
    const QDateTime liveEnd = m_broadcast ? m_broadcast->snippet.actualEndTime : QDateTime();
    const QDateTime until = liveEnd.isValid() ? liveEnd : now;
    m_monitorClock->setText(m_monitorStart.isValid() && (running || liveEnd.isValid())
                                ? formatElapsed(m_monitorStart.msecsTo(until))
                                : QStringLiteral("—"));
    m_liveClock->setText(liveStart.isValid() ? formatElapsed(liveStart.msecsTo(until))
                                             : QStringLiteral("—"));
}

} // namespace onair::ui
