#pragma once

#include "common/Prompts.h"
#include "show/Lifecycle.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace onair {
class BroadcastSession;
}

namespace onair::ui {

class ShortcutRegistry;

// The show's transport under the monitor: start test, go live and end (irreversible ones ask
// first), why the next step is not possible yet, the stuck-broadcast recovery and the sandbox's
// test encoder.
class TransportBar : public QWidget
{
    Q_OBJECT

public:
    // `session` may be null (no account yet): every button then stays disabled. `shortcuts`
    // gives the keys shown in the tooltips; `confirm` asks before irreversible steps.
    TransportBar(BroadcastSession *session, ShortcutRegistry *shortcuts, Prompts::Confirm confirm,
                 QWidget *parent = nullptr);

    // Sends `intent` (asking first for go live and end); a refused one logs why.
    void trigger(Intent intent);
    // The go-live question says who will see the broadcast (public, anyone with the link, only
    // invited viewers), from its privacyStatus.
    static QString goLiveQuestion(const QString &privacyStatus);
    void recover();
    // Starting is one click, stopping (it takes the show off the air) asks first, so a stray
    // key on the focused button cannot stop it. Only while the test encoder is shown.
    void toggleTestEncoder();
    void setTestEncoderShown(bool shown);
    bool isTestEncoderShown() const;
    void setTestEncoderRunning(bool running);
    void refreshControls();

Q_SIGNALS:
    void testEncoderToggled(bool on);

private:
    void setTestEncoderOn(bool on);

    BroadcastSession *m_session;
    ShortcutRegistry *m_shortcuts;
    Prompts::Confirm m_confirm;
    QPushButton *m_startTest = nullptr;
    QPushButton *m_goLive = nullptr;
    QPushButton *m_end = nullptr;
    QPushButton *m_recover = nullptr;
    QPushButton *m_testEncoder = nullptr;
    QLabel *m_why = nullptr;
    bool m_testEncoderOn = false;
};

} // namespace onair::ui
