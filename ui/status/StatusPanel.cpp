#include "status/StatusPanel.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

#include <algorithm>

namespace onair::ui {

namespace {

// Readable from three metres: the tally word and the clocks are drawn at least 35 px high on a
// 1366×768 screen (tst_status_readability measures it and says why 35). A condensed bold face
// keeps "0:00:00" and the tally words narrow enough for a laptop screen.
constexpr int kTallyWidthPx = 232;
constexpr int kTallyPaddingPx = 10;
constexpr int kBigPointSize = 38;
constexpr int kTallyMinPointSize = 14;

QFont bigFont(QFont f)
{
    f.setPointSize(kBigPointSize);
    f.setBold(true);
    f.setStretch(QFont::Condensed);
    return f;
}

QString tallyStyle(StatusPanel::Tally t)
{
    const StatusPanel::TallyColours c = StatusPanel::tallyColours(t);
    return QStringLiteral("QLabel { background: %1; color: %2; padding: %3px; "
                          "border-radius: 6px; }")
        .arg(c.background.name(), c.text.name())
        .arg(kTallyPaddingPx);
}

QLabel *bigClock(const QString &objectName, QWidget *parent)
{
    auto *clock = new QLabel(QStringLiteral("—"), parent);
    clock->setObjectName(objectName);
    clock->setFont(bigFont(clock->font()));
    // As wide as a running clock from the start: the panel does not jump when it starts.
    clock->setMinimumWidth(clock->fontMetrics().horizontalAdvance(QStringLiteral("0:00:00")));
    return clock;
}

} // namespace

StatusPanel::StatusPanel(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("statusArea"));
    setFrameShape(QFrame::StyledPanel);
    auto *row = new QHBoxLayout(this);

    // The tally, and the running ad break under it.
    auto *left = new QVBoxLayout;
    m_tallyLabel = new QLabel(this);
    m_tallyLabel->setObjectName(QStringLiteral("tally"));
    m_tallyLabel->setFont(bigFont(m_tallyLabel->font()));
    m_tallyLabel->setAlignment(Qt::AlignCenter);
    m_tallyLabel->setFixedWidth(kTallyWidthPx);
    left->addWidget(m_tallyLabel);
    m_adBreak = new QLabel(this);
    m_adBreak->setObjectName(QStringLiteral("statusAdBreak"));
    QFont breakFont = m_adBreak->font();
    breakFont.setPointSize(16);
    breakFont.setBold(true);
    m_adBreak->setFont(breakFont);
    m_adBreak->setAlignment(Qt::AlignCenter);
    m_adBreak->setStyleSheet(
        QStringLiteral("QLabel { background: #6a1b9a; color: #ffffff; border-radius: 4px; }"));
    m_adBreak->setVisible(false);
    left->addWidget(m_adBreak);
    left->addStretch(1);
    row->addLayout(left);

    // The clocks, large, one above the other with a small caption each.
    auto *clocks = new QVBoxLayout;
    clocks->setSpacing(0);
    clocks->addWidget(new QLabel(tr("Monitor"), this));
    m_monitorClock = bigClock(QStringLiteral("monitorClock"), this);
    clocks->addWidget(m_monitorClock);
    clocks->addWidget(new QLabel(tr("Live"), this));
    m_liveClock = bigClock(QStringLiteral("liveClock"), this);
    clocks->addWidget(m_liveClock);
    clocks->addStretch(1);
    row->addLayout(clocks);

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

    // One caption and one value a row: the panel stays narrow whatever the language.
    auto *grid = new QGridLayout;
    m_delay = addValue(grid, 0, tr("Delay"), QStringLiteral("delayLabel"));
    m_streamStatus = addValue(grid, 1, tr("Stream"), QStringLiteral("streamStatus"));
    m_health = addValue(grid, 2, tr("Health"), QStringLiteral("streamHealth"));
    m_quota = new QProgressBar(this);
    m_quota->setObjectName(QStringLiteral("quotaMeter"));
    m_quota->setFormat(tr("%v / %m units"));
    grid->addWidget(new QLabel(tr("Quota"), this), 3, 0);
    grid->addWidget(m_quota, 3, 1);
    m_quotaRate = new QLabel(this);
    m_quotaRate->setObjectName(QStringLiteral("quotaRate"));
    m_quotaRate->setWordWrap(true);
    grid->addWidget(m_quotaRate, 4, 1);
    // videos.insert's own bucket (reference §8): uploads started today.
    m_uploadQuota = new QProgressBar(this);
    m_uploadQuota->setObjectName(QStringLiteral("uploadQuotaMeter"));
    m_uploadQuota->setFormat(tr("%v / %m uploads"));
    grid->addWidget(new QLabel(tr("Uploads"), this), 5, 0);
    grid->addWidget(m_uploadQuota, 5, 1);
    m_issues = new QLabel(this);
    m_issues->setObjectName(QStringLiteral("configurationIssues"));
    m_issues->setWordWrap(true);
    grid->addWidget(m_issues, 6, 0, 1, 2);
    grid->setColumnStretch(1, 1);
    middle->addLayout(grid);
    middle->addStretch(1);
    row->addLayout(middle, 1);

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

QString StatusPanel::tallyText(Tally tally)
{
    switch (tally) {
    case Tally::OffAir:
        return tr("OFF AIR");
    case Tally::NoSignal:
        return tr("NO SIGNAL");
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

StatusPanel::TallyColours StatusPanel::tallyColours(Tally tally)
{
    // Saturated, as on a hardware tally, in light and dark themes alike; the states differ in
    // lightness as well as hue (amber and green are told apart by their words).
    switch (tally) {
    case Tally::OffAir:
        return {QColor(0x4a, 0x4a, 0x4a), Qt::white};
    case Tally::NoSignal:
        return {QColor(0xf2, 0xc2, 0x00), Qt::black};
    case Tally::Ready:
        return {QColor(0x1b, 0x7a, 0x2f), Qt::white};
    case Tally::Testing:
        return {QColor(0xe0, 0x6c, 0x00), Qt::black};
    case Tally::Live:
        return {QColor(0xd0, 0x02, 0x1b), Qt::white};
    case Tally::Ended:
        return {QColor(0x1f, 0x3f, 0x7a), Qt::white};
    }
    return {Qt::darkGray, Qt::white};
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
    // Long words (translations) wrap first; only a single word wider than the box shrinks.
    QFont f = m_tallyLabel->font();
    const int room = kTallyWidthPx - 2 * kTallyPaddingPx - 2 * m_tallyLabel->margin() - 4;
    const QStringList words = m_tallyLabel->text().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (int size = kBigPointSize; size >= kTallyMinPointSize; --size) {
        f.setPointSize(size);
        const QFontMetrics metrics(f);
        const bool fits = std::all_of(words.cbegin(), words.cend(), [&](const QString &w) {
            return metrics.horizontalAdvance(w) <= room;
        });
        if (fits)
            break;
    }
    m_tallyLabel->setFont(f);
    m_tallyLabel->setWordWrap(QFontMetrics(f).horizontalAdvance(m_tallyLabel->text()) > room);
}

void StatusPanel::showTally()
{
    m_tally =
        tallyOf(m_broadcast ? std::optional(m_broadcast->status.lifeCycleStatus) : std::nullopt,
                m_streamState);
    if (m_tallyLabel->text() == tallyText(m_tally) && !m_tallyLabel->text().isEmpty())
        return;
    m_tallyLabel->setText(tallyText(m_tally));
    m_tallyLabel->setStyleSheet(tallyStyle(m_tally));
    m_tallyLabel->setProperty("tallyState", static_cast<int>(m_tally));
    fitTally();
}

void StatusPanel::setBroadcast(const std::optional<LiveBroadcast> &broadcast)
{
    m_broadcast = broadcast;
    showTally();
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
    m_streamState = stream ? stream->status.streamStatus : StreamStatus::Unknown;
    showTally();
    if (!stream) {
        m_streamStatus->setText(tr("no stream"));
        m_health->setText(QStringLiteral("—"));
        m_issues->clear();
        return;
    }
    const StreamStatus st = stream->status.streamStatus;
    m_streamStatus->setText(lifecycle::toString(st));
    m_streamStatus->setStyleSheet(st == StreamStatus::Active
                                      ? QStringLiteral("QLabel { color: #2e9e44; }")
                                      : QStringLiteral("QLabel { color: #d08a00; }"));
    const QString health = stream->status.healthStatus.status;
    m_health->setText(health.isEmpty() ? QStringLiteral("—") : health);
    m_health->setStyleSheet(
        health == QLatin1String("bad") ? QStringLiteral("QLabel { color: #e0303a; }") : QString());
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
        sandbox ? QStringLiteral("QLabel { color: #d08a00; font-weight: bold; }") : QString());
}

void StatusPanel::setAdBreakLeft(const QString &left)
{
    m_adBreak->setVisible(!left.isEmpty());
    m_adBreak->setText(left.isEmpty() ? QString() : tr("AD BREAK %1").arg(left));
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
