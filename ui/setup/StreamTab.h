#pragma once

#include "common/Prompts.h"

#include <QWidget>

class QListWidget;

namespace onair {
class BroadcastDirectory;
class BroadcastSession;
} // namespace onair

namespace onair::ui {

class ErrorLine;
class StreamForm;
class StreamPanel;

// The "Stream" set-up tab: create and bind a stream, replace a misconfigured one, or bind one
// of the account's reusable streams (read through the directory; a list that cannot be read
// says why under it), and the bound stream's ingest details.
class StreamTab : public QWidget
{
    Q_OBJECT

public:
    // `session` and `directory` may be null (no account yet). `confirm` asks before replacing.
    StreamTab(BroadcastSession *session, BroadcastDirectory *directory, Prompts::Confirm confirm,
              QWidget *parent = nullptr);

    StreamForm *form() const { return m_form; }
    StreamPanel *streamPanel() const { return m_streamPanel; }
    void reloadReusableStreams();

private:
    void createAndBind();
    void replace();

    BroadcastSession *m_session;
    BroadcastDirectory *m_directory;
    Prompts::Confirm m_confirm;
    StreamForm *m_form = nullptr;
    StreamPanel *m_streamPanel = nullptr;
    QListWidget *m_reusable = nullptr;
    ErrorLine *m_error = nullptr;
};

} // namespace onair::ui
