#pragma once

#include "common/Prompts.h"

#include <QList>
#include <QWidget>

#include <functional>

class QButtonGroup;
class QGridLayout;
class QLabel;
class QPushButton;
class QRadioButton;
class QSlider;
class QSpinBox;
class QStackedWidget;
class QTableView;
class QTimer;

namespace onair {
class BreakController;
}

namespace onair::ui {

class DateTimeField;
class ShortcutRegistry;

// The ad-break panel of the control room: enabled only while live with the stream active
// (otherwise it says why; a change clears the last refusal under the button),
// one-press duration buttons plus a custom duration, three modes that never mix their time
// fields (now / at a wall time / at an offset inside the moving window), the elapsed source
// and its drift, and the cuepoint log with a CSV export. Key presses go through the
// controller's BreakTrigger: one press, one break.
class AdBreakPanel : public QWidget
{
    Q_OBJECT

public:
    enum class Mode
    {
        Now,
        WallTime,
        Offset
    };
    using Confirm = Prompts::Confirm;

    AdBreakPanel(BreakController *controller, ShortcutRegistry *shortcuts,
                 QWidget *parent = nullptr);

    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    // The default duration (F9) and the one-press durations (Ctrl+1 … 9); re-registers the
    // ad-break shortcuts.
    void setDurations(quint32 defaultSecs, const QList<quint32> &presetSecs);
    quint32 defaultDurationSecs() const { return m_defaultSecs; }

    Mode mode() const;
    void setMode(Mode mode);
    // A key or button press: decided by the trigger (repeat, guard, running break).
    void press(Mode mode, quint32 durationSecs, bool autoRepeat = false);
    // Re-reads the controller (the window moves with time).
    void refresh();
    // "1:05": a break's time left, rounded up to the second.
    static QString formatCountdown(qint64 ms);

private:
    void fire(Mode mode, quint32 durationSecs);
    void rebuildDurationButtons();
    void connectShortcuts();
    void exportCsv();
    void refreshCountdown();
    qint64 chosenWallTimeMs() const;

    BreakController *m_controller;
    ShortcutRegistry *m_shortcuts;
    Confirm m_confirm;
    quint32 m_defaultSecs = 30;
    QList<quint32> m_presetSecs;

    QLabel *m_countdown = nullptr;
    QLabel *m_why = nullptr;
    QWidget *m_controls = nullptr;
    QGridLayout *m_durationButtons = nullptr;
    QSpinBox *m_duration = nullptr;
    QButtonGroup *m_modes = nullptr;
    QStackedWidget *m_modePages = nullptr;
    DateTimeField *m_wallTime = nullptr;
    QLabel *m_window = nullptr;
    QSlider *m_offsetSlider = nullptr;
    QSpinBox *m_offset = nullptr;
    QLabel *m_offsetCheck = nullptr;
    QLabel *m_source = nullptr;
    QPushButton *m_fire = nullptr;
    QLabel *m_lastResult = nullptr;
    QTableView *m_logView = nullptr;
    QTimer *m_tick = nullptr;
    // The last availability sentence shown: a change clears the last result (a refusal under
    // the button is stale once the broadcast is live, or no longer live).
    QString m_shownWhy;
    bool m_lastResultIsPlaced = false;
};

} // namespace onair::ui
