#include "remote/RemoteSettingsDialog.h"

#include "remote/RemoteControl.h"
#include "remote/RemoteToken.h"
#include "remote/dbus/ShowBusService.h"
#include "remote/http/HttpApiServer.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace onair::ui {

RemoteSettingsDialog::RemoteSettingsDialog(RemoteControl *remote, QWidget *parent)
    : QDialog(parent)
    , m_remote(remote)
{
    setWindowTitle(tr("Remote control"));
    setObjectName(QStringLiteral("remoteSettingsDialog"));
    const RemoteSettings settings = m_remote->settings();
    auto *v = new QVBoxLayout(this);

    auto *bus = new QLabel(this);
    bus->setObjectName(QStringLiteral("remoteBusStatus"));
    bus->setWordWrap(true);
    bus->setText(m_remote->bus()->isRunning()
                     ? tr("D-Bus and onair ctl: on. Bind a desktop shortcut to \"onair ctl break "
                          "60\" to place a break while another program has the focus.")
                     : m_remote->bus()->error());
    v->addWidget(bus);

    m_allowShowControl = new QCheckBox(
        tr("Allow go live, end and recover from outside the window (each needs an arm, then a "
           "confirmation within 5 s)"),
        this);
    m_allowShowControl->setObjectName(QStringLiteral("remoteAllowShowControl"));
    m_allowShowControl->setChecked(settings.allowShowControl);
    v->addWidget(m_allowShowControl);

    auto *httpBox = new QGroupBox(tr("HTTP and WebSocket API (stream decks, tally lights)"), this);
    auto *form = new QFormLayout(httpBox);
    m_httpEnabled = new QCheckBox(tr("Enable the HTTP API"), httpBox);
    m_httpEnabled->setObjectName(QStringLiteral("remoteHttpEnabled"));
    m_httpEnabled->setChecked(settings.httpEnabled);
    form->addRow(m_httpEnabled);
    m_address = new QComboBox(httpBox);
    m_address->setObjectName(QStringLiteral("remoteHttpAddress"));
    m_address->setEditable(true);
    m_address->addItem(QStringLiteral("127.0.0.1"));
    m_address->setItemData(0, tr("This computer only"), Qt::ToolTipRole);
    m_address->setCurrentText(settings.httpAddress.toString());
    form->addRow(tr("Address:"), m_address);
    m_port = new QSpinBox(httpBox);
    m_port->setObjectName(QStringLiteral("remoteHttpPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(settings.httpPort ? settings.httpPort : RemoteSettings::kDefaultPort);
    form->addRow(tr("Port:"), m_port);
    m_exposedWarning = new QLabel(
        tr("Warning: other computers on the network can reach this address. Anyone there with "
           "the token can place ad breaks."),
        httpBox);
    m_exposedWarning->setObjectName(QStringLiteral("remoteExposedWarning"));
    m_exposedWarning->setWordWrap(true);
    m_exposedWarning->setStyleSheet(QStringLiteral("color: #b00020;"));
    form->addRow(m_exposedWarning);
    m_httpStatus = new QLabel(httpBox);
    m_httpStatus->setObjectName(QStringLiteral("remoteHttpStatus"));
    m_httpStatus->setWordWrap(true);
    form->addRow(m_httpStatus);

    m_tokenStatus = new QLabel(httpBox);
    m_tokenStatus->setObjectName(QStringLiteral("remoteTokenStatus"));
    form->addRow(tr("Token:"), m_tokenStatus);
    m_shownToken = new QLineEdit(httpBox);
    m_shownToken->setObjectName(QStringLiteral("remoteShownToken"));
    m_shownToken->setReadOnly(true);
    m_shownToken->setVisible(false);
    form->addRow(m_shownToken);
    auto *tokenButtons = new QHBoxLayout;
    m_generate = new QPushButton(tr("Generate a new token"), httpBox);
    m_generate->setObjectName(QStringLiteral("remoteGenerateToken"));
    m_revoke = new QPushButton(tr("Revoke the token"), httpBox);
    m_revoke->setObjectName(QStringLiteral("remoteRevokeToken"));
    tokenButtons->addWidget(m_generate);
    tokenButtons->addWidget(m_revoke);
    tokenButtons->addStretch(1);
    form->addRow(tokenButtons);
    v->addWidget(httpBox);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    v->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &RemoteSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RemoteSettingsDialog::reject);
    connect(m_address, &QComboBox::currentTextChanged, this, &RemoteSettingsDialog::refresh);
    connect(m_remote->token(), &RemoteToken::changed, this, &RemoteSettingsDialog::refresh);
    connect(m_remote, &RemoteControl::httpStateChanged, this, &RemoteSettingsDialog::refresh);
    connect(m_generate, &QPushButton::clicked, this, [this] {
        m_generate->setEnabled(false);
        m_remote->token()->generate([this](const QString &token, const QString &error) {
            m_generate->setEnabled(true);
            m_shownToken->setVisible(true);
            // Shown here once: OnAir keeps it only in the keychain and never shows it again.
            m_shownToken->setText(token.isEmpty() ? error : token);
            m_shownToken->setToolTip(tr("Copy it now: it is not shown again."));
            if (!token.isEmpty())
                m_shownToken->selectAll();
        });
    });
    connect(m_revoke, &QPushButton::clicked, this, [this] {
        m_shownToken->clear();
        m_shownToken->setVisible(false);
        m_remote->token()->revoke();
    });
    refresh();
}

void RemoteSettingsDialog::refresh()
{
    const QHostAddress address(m_address->currentText().trimmed());
    m_exposedWarning->setVisible(!address.isNull() && RemoteSettings::isExposed(address));
    const bool set = m_remote->token()->isSet();
    m_tokenStatus->setText(set ? tr("set (kept in the keychain)")
                               : tr("none: requests are refused"));
    m_revoke->setEnabled(set);
    HttpApiServer *http = m_remote->http();
    if (!m_remote->httpError().isEmpty())
        m_httpStatus->setText(m_remote->httpError());
    else if (http->isListening())
        m_httpStatus->setText(
            tr("Listening on http://%1:%2/v1/").arg(http->address().toString()).arg(http->port()));
    else
        m_httpStatus->setText(tr("Off."));
}

void RemoteSettingsDialog::accept()
{
    const QHostAddress address(m_address->currentText().trimmed());
    if (address.isNull()) {
        m_httpStatus->setText(tr("\"%1\" is not an IP address.").arg(m_address->currentText()));
        return;
    }
    RemoteSettings settings = m_remote->settings();
    settings.allowShowControl = m_allowShowControl->isChecked();
    settings.httpEnabled = m_httpEnabled->isChecked();
    settings.httpAddress = address;
    settings.httpPort = quint16(m_port->value());
    m_remote->apply(settings);
    if (!m_remote->httpError().isEmpty())
        return; // stays open with the reason
    QDialog::accept();
}

} // namespace onair::ui
