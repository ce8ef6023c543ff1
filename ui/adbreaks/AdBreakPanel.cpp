#include "adbreaks/AdBreakPanel.h"

#include "adbreaks/AdBreakShortcuts.h"
#include "common/DateTimeField.h"
#include "cuepoint/BreakController.h"
#include "cuepoint/CuepointLogModel.h"
#include "shortcuts/ShortcutRegistry.h"

#include <QAction>
#include <QButtonGroup>
#include <QDateTime>
#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSlider>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <limits>

namespace onair::ui {

namespace {
constexpr int kMaxOffsetMs = std::numeric_limits<int>::max();
constexpr int kDurationsPerRow = 4;
} // namespace

AdBreakPanel::AdBreakPanel(BreakController *controller, ShortcutRegistry *shortcuts,
                           QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_shortcuts(shortcuts)
    , m_presetSecs({30, 60, 90, 120})
{
    setObjectName(QStringLiteral("adBreakPanel"));
    m_confirm = [this](const QString &title, const QString &question, Prompts::Answered answered) {
        Prompts::confirm(this, title, question, std::move(answered));
    };
    auto *v = new QVBoxLayout(this);

    // The running break and its time left, large: the operator waits for it to end.
    m_countdown = new QLabel(this);
    m_countdown->setObjectName(QStringLiteral("adBreakCountdown"));
    QFont big = m_countdown->font();
    big.setPointSize(16);
    big.setBold(true);
    m_countdown->setFont(big);
    m_countdown->setVisible(false);
    v->addWidget(m_countdown);

    m_why = new QLabel(this);
    m_why->setObjectName(QStringLiteral("adBreakWhy"));
    m_why->setWordWrap(true);
    v->addWidget(m_why);

    m_controls = new QWidget(this);
    auto *c = new QVBoxLayout(m_controls);
    c->setContentsMargins(0, 0, 0, 0);

    // Up to nine preset durations, four to a row, so the dock stays narrow.
    m_durationButtons = new QGridLayout;
    c->addLayout(m_durationButtons);
    auto *durationRow = new QHBoxLayout;
    durationRow->addWidget(new QLabel(tr("Custom:"), m_controls));
    m_duration = new QSpinBox(m_controls);
    m_duration->setObjectName(QStringLiteral("adBreakDuration"));
    m_duration->setRange(1, 3600);
    m_duration->setSuffix(tr(" s"));
    m_duration->setValue(static_cast<int>(m_defaultSecs));
    durationRow->addWidget(m_duration, 1);
    c->addLayout(durationRow);

    auto *modeRow = new QVBoxLayout;
    m_modes = new QButtonGroup(this);
    const auto addMode = [&](Mode mode, const QString &text, const QString &name) {
        auto *b = new QRadioButton(text, m_controls);
        b->setObjectName(name);
        m_modes->addButton(b, static_cast<int>(mode));
        modeRow->addWidget(b);
    };
    addMode(Mode::Now, tr("Now"), QStringLiteral("adBreakModeNow"));
    addMode(Mode::WallTime, tr("At a wall time"), QStringLiteral("adBreakModeWallTime"));
    addMode(Mode::Offset, tr("At an offset"), QStringLiteral("adBreakModeOffset"));
    m_modes->button(static_cast<int>(Mode::Now))->setChecked(true);
    c->addLayout(modeRow);

    // One page per mode: the time fields of one mode are never visible with another's.
    m_modePages = new QStackedWidget(m_controls);
    auto *nowText =
        new QLabel(tr("The break starts as soon as YouTube can place it."), m_modePages);
    nowText->setWordWrap(true);
    nowText->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_modePages->addWidget(nowText);
    auto *wallPage = new QWidget(m_modePages);
    auto *wallForm = new QFormLayout(wallPage);
    m_wallTime = new DateTimeField(QTime::currentTime().addSecs(60), wallPage);
    m_wallTime->setObjectName(QStringLiteral("adBreakWallTime"));
    m_wallTime->setDisplayFormat(QStringLiteral("HH:mm:ss"));
    wallForm->addRow(tr("Start at (local time):"), m_wallTime);
    m_modePages->addWidget(wallPage);
    auto *offsetPage = new QWidget(m_modePages);
    auto *offsetForm = new QFormLayout(offsetPage);
    m_window = new QLabel(offsetPage);
    m_window->setObjectName(QStringLiteral("adBreakWindow"));
    m_window->setWordWrap(true);
    offsetForm->addRow(tr("Valid window:"), m_window);
    m_offsetSlider = new QSlider(Qt::Horizontal, offsetPage);
    m_offsetSlider->setObjectName(QStringLiteral("adBreakOffsetSlider"));
    offsetForm->addRow(m_offsetSlider);
    m_offset = new QSpinBox(offsetPage);
    m_offset->setObjectName(QStringLiteral("adBreakOffset"));
    m_offset->setRange(0, kMaxOffsetMs);
    m_offset->setSuffix(tr(" ms"));
    m_offset->setGroupSeparatorShown(true);
    offsetForm->addRow(tr("Offset:"), m_offset);
    m_offsetCheck = new QLabel(offsetPage);
    m_offsetCheck->setObjectName(QStringLiteral("adBreakOffsetCheck"));
    m_offsetCheck->setWordWrap(true);
    offsetForm->addRow(m_offsetCheck);
    m_source = new QLabel(offsetPage);
    m_source->setObjectName(QStringLiteral("adBreakElapsedSource"));
    m_source->setWordWrap(true);
    offsetForm->addRow(tr("Elapsed from:"), m_source);
    m_modePages->addWidget(offsetPage);
    c->addWidget(m_modePages);

    m_fire = new QPushButton(tr("Place the ad break"), m_controls);
    m_fire->setObjectName(QStringLiteral("adBreakFire"));
    c->addWidget(m_fire);
    v->addWidget(m_controls);

    m_lastResult = new QLabel(this);
    m_lastResult->setObjectName(QStringLiteral("adBreakLastResult"));
    m_lastResult->setWordWrap(true);
    v->addWidget(m_lastResult);

    m_logView = new QTableView(this);
    m_logView->setObjectName(QStringLiteral("cuepointLogView"));
    m_logView->setModel(new CuepointLogModel(m_controller->log(), m_logView));
    // The dock is narrow: the columns the operator reads during the show (asked at, duration,
    // where, state), sized to their contents; mode, cuepoint id and elapsed source are in the
    // CSV export.
    QHeaderView *header = m_logView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Where and the state share what is left (the state's reason is in its tooltip when cut).
    header->setSectionResizeMode(CuepointLogModel::PlacementColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(CuepointLogModel::StateColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(24);
    header->moveSection(CuepointLogModel::DurationColumn, CuepointLogModel::ModeColumn);
    for (int column : {CuepointLogModel::ModeColumn, CuepointLogModel::CuepointIdColumn,
                       CuepointLogModel::SourceColumn})
        m_logView->setColumnHidden(column, true);
    m_logView->verticalHeader()->hide();
    m_logView->setSelectionBehavior(QAbstractItemView::SelectRows);
    v->addWidget(m_logView, 1);
    auto *exportButton = new QPushButton(tr("Export CSV…"), this);
    exportButton->setObjectName(QStringLiteral("cuepointExportCsv"));
    v->addWidget(exportButton, 0, Qt::AlignRight);

    connect(m_modes, &QButtonGroup::idClicked, this, [this](int id) {
        m_modePages->setCurrentIndex(id);
        refresh();
    });
    connect(m_offsetSlider, &QSlider::valueChanged, this,
            [this](int value) { m_offset->setValue(value); });
    connect(m_offset, &QSpinBox::valueChanged, this, [this] { refresh(); });
    connect(m_fire, &QPushButton::clicked, this,
            [this] { press(mode(), static_cast<quint32>(m_duration->value())); });
    connect(exportButton, &QPushButton::clicked, this, &AdBreakPanel::exportCsv);
    // At once when the broadcast goes live (or stops being live), not at the next tick.
    connect(m_controller, &BreakController::availabilityChanged, this, &AdBreakPanel::refresh);
    connect(m_controller, &BreakController::breakRefused, this,
            [this](int, const QString &reason) { m_lastResult->setText(reason); });
    connect(m_controller, &BreakController::breakAnswered, this, [this](int id) {
        const auto e = m_controller->log()->entry(id);
        if (!e)
            return;
        const bool placed = e->state == CuepointLogEntry::State::Confirmed;
        m_lastResult->setText(placed ? tr("Ad break placed (%1 s).").arg(e->durationSecs)
                                     : e->failureMessage);
        m_lastResultIsPlaced = placed;
        refreshCountdown();
    });

    m_tick = new QTimer(this);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &AdBreakPanel::refresh);
    m_tick->start();

    setDurations(m_defaultSecs, m_presetSecs);
    refresh();
}

void AdBreakPanel::setDurations(quint32 defaultSecs, const QList<quint32> &presetSecs)
{
    m_defaultSecs = qMax<quint32>(1, defaultSecs);
    m_presetSecs = presetSecs;
    m_duration->setValue(static_cast<int>(m_defaultSecs));
    if (m_shortcuts)
        AdBreakShortcuts::registerActions(*m_shortcuts, m_defaultSecs, m_presetSecs);
    rebuildDurationButtons();
    connectShortcuts();
}

void AdBreakPanel::rebuildDurationButtons()
{
    while (QLayoutItem *item = m_durationButtons->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (qsizetype i = 0; i < m_presetSecs.size(); ++i) {
        const quint32 secs = m_presetSecs.at(i);
        auto *b = new QPushButton(tr("%1 s").arg(secs), m_controls);
        b->setObjectName(QStringLiteral("adBreakPreset%1").arg(i + 1));
        b->setToolTip(tr("Ad break now, %1 seconds").arg(secs));
        connect(b, &QPushButton::clicked, this, [this, secs] { press(Mode::Now, secs); });
        m_durationButtons->addWidget(b, int(i / kDurationsPerRow), int(i % kDurationsPerRow));
    }
}

void AdBreakPanel::connectShortcuts()
{
    if (!m_shortcuts)
        return;
    const auto hook = [this](const QString &id, std::function<void()> slot) {
        QAction *a = m_shortcuts->action(id);
        if (!a)
            return;
        a->disconnect(this);
        connect(a, &QAction::triggered, this, [slot] { slot(); });
    };
    hook(AdBreakShortcuts::breakNowId(), [this] { press(Mode::Now, m_defaultSecs); });
    for (qsizetype i = 0; i < m_presetSecs.size() && i < AdBreakShortcuts::kMaxPresetShortcuts;
         ++i) {
        const quint32 secs = m_presetSecs.at(i);
        hook(AdBreakShortcuts::presetId(static_cast<int>(i)),
             [this, secs] { press(Mode::Now, secs); });
    }
    hook(AdBreakShortcuts::atOffsetId(),
         [this] { press(Mode::Offset, static_cast<quint32>(m_duration->value())); });
    hook(AdBreakShortcuts::atWallTimeId(),
         [this] { press(Mode::WallTime, static_cast<quint32>(m_duration->value())); });
}

AdBreakPanel::Mode AdBreakPanel::mode() const
{
    return static_cast<Mode>(m_modes->checkedId());
}

void AdBreakPanel::setMode(Mode mode)
{
    m_modes->button(static_cast<int>(mode))->setChecked(true);
    m_modePages->setCurrentIndex(static_cast<int>(mode));
    refresh();
}

void AdBreakPanel::press(Mode mode, quint32 durationSecs, bool autoRepeat)
{
    BreakTrigger &trigger = m_controller->trigger();
    BreakTrigger::Decision d = trigger.press(autoRepeat);
    if (d == BreakTrigger::Decision::AskConfirmation) {
        const qint64 left = trigger.breakEndsAtMs() - QDateTime::currentMSecsSinceEpoch();
        m_confirm(tr("Another ad break"),
                  tr("An ad break is still running (about %1 s left). Place another one?")
                      .arg(qMax<qint64>(0, left / 1000)),
                  [this, mode, durationSecs](bool yes) {
                      if (!yes) {
                          m_controller->noteDeclined(durationSecs);
                          return;
                      }
                      // The press counts from the answer: the break goes out now or not at all.
                      const BreakTrigger::Decision answer = m_controller->trigger().confirm();
                      if (answer == BreakTrigger::Decision::Send)
                          fire(mode, durationSecs);
                      else if (answer == BreakTrigger::Decision::IgnoreWithinGuard)
                          m_controller->noteDoublePress();
                  });
        return;
    }
    if (d == BreakTrigger::Decision::IgnoreWithinGuard)
        m_controller->noteDoublePress();
    if (d != BreakTrigger::Decision::Send)
        return;
    fire(mode, durationSecs);
}

void AdBreakPanel::fire(Mode mode, quint32 durationSecs)
{
    switch (mode) {
    case Mode::Now:
        m_controller->fireNow(durationSecs);
        break;
    case Mode::WallTime:
        m_controller->fireAtWallTime(chosenWallTimeMs(), durationSecs);
        break;
    case Mode::Offset:
        m_controller->fireAtOffset(m_offset->value(), durationSecs);
        break;
    }
}

qint64 AdBreakPanel::chosenWallTimeMs() const
{
    const QDateTime now = QDateTime::currentDateTime();
    QDateTime at(now.date(), m_wallTime->time());
    // A time more than twelve hours back means tomorrow (a show across midnight).
    if (at.secsTo(now) > 12 * 3600)
        at = at.addDays(1);
    return at.toMSecsSinceEpoch();
}

void AdBreakPanel::refreshCountdown()
{
    const std::optional<qint64> left = m_controller->breakTimeLeftMs();
    m_countdown->setVisible(left.has_value());
    if (left) {
        m_countdown->setText(tr("Ad break running: %1 left").arg(formatCountdown(*left)));
        return;
    }
    // "Placed" is stale once the break is over.
    if (m_lastResultIsPlaced)
        m_lastResult->clear();
    m_lastResultIsPlaced = false;
}

QString AdBreakPanel::formatCountdown(qint64 ms)
{
    const qint64 s = (qMax<qint64>(0, ms) + 999) / 1000; // 0.2 s left still shows 0:01
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

void AdBreakPanel::refresh()
{
    refreshCountdown();
    const QString why = m_controller->whyNotNow();
    if (why != m_shownWhy) {
        m_lastResult->clear();
        m_lastResultIsPlaced = false;
    }
    m_shownWhy = why;
    m_why->setText(why.isEmpty() ? tr("Live: ad breaks can be placed.") : why);
    m_controls->setEnabled(why.isEmpty());

    const CuepointOffset::Elapsed elapsed = m_controller->elapsed();
    const qint64 delay = m_controller->delayMs();
    QString source;
    switch (elapsed.source) {
    case ElapsedSource::Player:
        source = tr("the monitor player (getCurrentTime)");
        break;
    case ElapsedSource::SessionClock:
        source = tr("the session clock (the player gives no time)");
        break;
    case ElapsedSource::None:
        source = tr("unknown: the monitor stream has not started");
        break;
    }
    if (elapsed.isKnown())
        source += tr(", elapsed %1").arg(CuepointOffset::formatMs(elapsed.ms));
    if (elapsed.driftMs)
        source += tr(", drift to the session clock %1%2")
                      .arg(*elapsed.driftMs < 0 ? QStringLiteral("−") : QString(),
                           CuepointOffset::formatMs(qAbs(*elapsed.driftMs)));
    if (elapsed.driftIsLarge())
        source += tr(" (large: check the monitor player)");
    m_source->setText(source);

    const CuepointWindow w = CuepointOffset::window(elapsed, delay);
    const QSignalBlocker block(m_offsetSlider);
    if (w.isEmpty()) {
        m_window->setText(CuepointOffset::whyNoWindow(elapsed, delay));
        m_offsetSlider->setEnabled(false);
    } else {
        m_window->setText(tr("[%1, %2] (delay %3)")
                              .arg(CuepointOffset::formatMs(w.earliestMs),
                                   CuepointOffset::formatMs(w.latestMs),
                                   CuepointOffset::formatMs(delay)));
        m_offsetSlider->setEnabled(true);
        m_offsetSlider->setRange(static_cast<int>(qMin<qint64>(w.earliestMs, kMaxOffsetMs)),
                                 static_cast<int>(qMin<qint64>(w.latestMs, kMaxOffsetMs)));
        m_offsetSlider->setValue(m_offset->value());
    }
    const CuepointOffset::Check check = CuepointOffset::validate(m_offset->value(), elapsed, delay);
    m_offsetCheck->setText(check.accepted ? tr("Inside the window.") : check.reason);
}

void AdBreakPanel::exportCsv()
{
    Prompts::askPath(
        this, tr("Export the cuepoint log"), tr("CSV files (*.csv)"), true,
        QStringLiteral("cuepoints.csv"), [this](const QString &path) {
            if (path.isEmpty())
                return;
            // A show's log is a few KB: written at once.
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(m_controller->log()->toCsv()) < 0)
                m_lastResult->setText(tr("Cannot write %1: %2").arg(path, file.errorString()));
            else
                m_lastResult->setText(tr("Cuepoint log exported to %1.").arg(path));
        });
}

} // namespace onair::ui
