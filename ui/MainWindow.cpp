#include "MainWindow.h"

#include <QDockWidget>
#include <QFont>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace onair::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("OnAir"));
    setObjectName(QStringLiteral("MainWindow"));
    resize(1280, 800);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(createStatusArea());

    auto *monitor = new QLabel(tr("No monitor stream yet"), central);
    monitor->setObjectName(QStringLiteral("monitorPlaceholder"));
    monitor->setAlignment(Qt::AlignCenter);
    monitor->setFrameShape(QFrame::StyledPanel);
    monitor->setMinimumSize(640, 360);
    layout->addWidget(monitor, 1);
    setCentralWidget(central);

    auto *setupDock = new QDockWidget(tr("Set-up"), this);
    setupDock->setObjectName(QStringLiteral("setupDock"));
    auto *setupHint =
        new QLabel(tr("Sign in, then create a broadcast or pick an upcoming one."), setupDock);
    setupHint->setWordWrap(true);
    setupHint->setMargin(8);
    setupDock->setWidget(setupHint);
    addDockWidget(Qt::LeftDockWidgetArea, setupDock);

    auto *logDock = new QDockWidget(tr("Event log"), this);
    logDock->setObjectName(QStringLiteral("eventLogDock"));
    m_eventLog = new QListWidget(logDock);
    m_eventLog->setObjectName(QStringLiteral("eventLog"));
    logDock->setWidget(m_eventLog);
    addDockWidget(Qt::BottomDockWidgetArea, logDock);
}

QWidget *MainWindow::createStatusArea()
{
    auto *area = new QFrame(this);
    area->setObjectName(QStringLiteral("statusArea"));
    auto *row = new QHBoxLayout(area);

    m_tally = new QLabel(tr("OFF AIR"), area);
    m_tally->setObjectName(QStringLiteral("tally"));
    QFont big = m_tally->font();
    big.setPointSize(36);
    big.setBold(true);
    m_tally->setFont(big);
    m_tally->setAlignment(Qt::AlignCenter);
    m_tally->setMinimumWidth(320);
    m_tally->setStyleSheet(
        QStringLiteral("QLabel { background: #3a3a3a; color: #f0f0f0; padding: 12px; }"));
    row->addWidget(m_tally);

    auto *details = new QVBoxLayout;
    m_lifecycle = new QLabel(tr("No broadcast"), area);
    m_lifecycle->setObjectName(QStringLiteral("lifecycleLabel"));
    QFont medium = m_lifecycle->font();
    medium.setPointSize(16);
    m_lifecycle->setFont(medium);
    details->addWidget(m_lifecycle);
    m_modeBanner = new QLabel(area);
    m_modeBanner->setObjectName(QStringLiteral("modeBanner"));
    details->addWidget(m_modeBanner);
    details->addStretch(1);
    row->addLayout(details, 1);
    return area;
}

void MainWindow::setSandboxMode(bool sandbox)
{
    m_modeBanner->setText(sandbox ? tr("SANDBOX — rehearsal against the local emulator; nothing "
                                       "reaches YouTube")
                                  : tr("YouTube — actions reach the real channel"));
    m_modeBanner->setStyleSheet(
        sandbox ? QStringLiteral("QLabel { color: #b36b00; font-weight: bold; }") : QString());
    setWindowTitle(sandbox ? tr("OnAir — sandbox") : tr("OnAir"));
}

} // namespace onair::ui
