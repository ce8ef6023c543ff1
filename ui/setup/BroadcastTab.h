#pragma once

#include <QWidget>

namespace onair {
class BroadcastSession;
}

namespace onair::ui {

class BroadcastForm;

// The "Broadcast" set-up tab: the new broadcast's form and its "Create broadcast" button.
// A thumbnail is read off the GUI thread before the broadcast is created.
class BroadcastTab : public QWidget
{
    Q_OBJECT

public:
    // `session` may be null (no account yet): the button then does nothing.
    explicit BroadcastTab(BroadcastSession *session, QWidget *parent = nullptr);

    BroadcastForm *form() const { return m_form; }

Q_SIGNALS:
    // The broadcast was asked of the session; the stream is the next step.
    void creationSent();

private:
    void createFromForm();

    BroadcastSession *m_session;
    BroadcastForm *m_form = nullptr;
};

} // namespace onair::ui
