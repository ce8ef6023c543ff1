#pragma once

#include "remote/RemoteSettings.h"

#include <QObject>

namespace onair {

class BreakController;
class BroadcastSession;
class HttpApiServer;
class RemoteCommands;
class RemoteToken;
class SecretStore;
class ShowBusService;

// Control from outside the window, composed: the command model (RemoteCommands) over the show,
// the D-Bus service (always on when a session bus is there; `onair ctl` uses it) and the HTTP
// + WebSocket API (only when the operator turned it on), with the operator's settings.
class RemoteControl : public QObject
{
    Q_OBJECT

public:
    RemoteControl(BroadcastSession *session, BreakController *breaks, SecretStore *secrets,
                  QObject *parent = nullptr);
    ~RemoteControl() override;

    // Puts the show on D-Bus and, when enabled, starts the HTTP API once the token is read.
    void start();
    RemoteSettings settings() const { return m_settings; }
    // Saves and applies the operator's choice (the HTTP API restarts on its new address).
    void apply(const RemoteSettings &settings);

    RemoteCommands *commands() const { return m_commands; }
    RemoteToken *token() const { return m_token; }
    HttpApiServer *http() const { return m_http; }
    ShowBusService *bus() const { return m_bus; }
    // Why the HTTP API is not listening although enabled; empty otherwise.
    QString httpError() const { return m_httpError; }

Q_SIGNALS:
    // The HTTP API started, stopped or failed (httpError() says why).
    void httpStateChanged();

private:
    void applyHttp();

    RemoteSettings m_settings;
    RemoteCommands *m_commands;
    RemoteToken *m_token;
    ShowBusService *m_bus;
    HttpApiServer *m_http;
    QString m_httpError;
};

} // namespace onair
