#include "kernel/StateFile.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QTimer>

Q_LOGGING_CATEGORY(lcSandboxState, "onair.sandbox")

namespace onair::sandbox {

namespace {
const QString kFileName = QStringLiteral("sandbox-state.json");
}

StateFile::StateFile(const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_dataDir(dataDir)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(100);
    connect(m_timer, &QTimer::timeout, this, &StateFile::saveNow);
}

void StateFile::addSection(const QString &name, std::function<QJsonObject()> save,
                           std::function<void(const QJsonObject &)> restore)
{
    m_sections.append({name, std::move(save), std::move(restore)});
}

void StateFile::scheduleSave()
{
    if (isEnabled() && !m_timer->isActive())
        m_timer->start();
}

void StateFile::saveNow()
{
    if (!isEnabled())
        return;
    QJsonObject state{{QStringLiteral("version"), 1}};
    for (const Section &section : std::as_const(m_sections))
        state.insert(section.name, section.save());
    QSaveFile file(QDir(m_dataDir).filePath(kFileName));
    if (!file.open(QIODevice::WriteOnly)) {
        qCWarning(lcSandboxState) << "cannot write the state:" << file.errorString();
        return;
    }
    file.write(QJsonDocument(state).toJson(QJsonDocument::Compact));
    if (!file.commit())
        qCWarning(lcSandboxState) << "cannot write the state:" << file.errorString();
}

void StateFile::restore()
{
    QFile file(QDir(m_dataDir).filePath(kFileName));
    if (!isEnabled() || !file.exists())
        return;
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcSandboxState) << "cannot read the state:" << file.errorString();
        return;
    }
    const QJsonObject state = QJsonDocument::fromJson(file.readAll()).object();
    if (state.value(QStringLiteral("version")).toInt() != 1) {
        qCWarning(lcSandboxState) << "ignoring a state file of another version";
        return;
    }
    for (const Section &section : std::as_const(m_sections))
        section.restore(state.value(section.name).toObject());
}

} // namespace onair::sandbox
