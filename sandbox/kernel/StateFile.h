#pragma once

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

class QTimer;

namespace onair::sandbox {

// --data-dir's DIR/sandbox-state.json: {"version":1, SECTION: {…}, …}, one section per piece
// of state a service keeps ("store", "quota", "oauth"). Written atomically, 100 ms after a
// change and at exit; without a folder it does nothing.
class StateFile : public QObject
{
    Q_OBJECT

public:
    explicit StateFile(const QString &dataDir, QObject *parent = nullptr);

    void addSection(const QString &name, std::function<QJsonObject()> save,
                    std::function<void(const QJsonObject &)> restore);
    bool isEnabled() const { return !m_dataDir.isEmpty(); }

    void scheduleSave();
    void saveNow();
    void restore();

private:
    struct Section
    {
        QString name;
        std::function<QJsonObject()> save;
        std::function<void(const QJsonObject &)> restore;
    };

    QString m_dataDir;
    QList<Section> m_sections;
    QTimer *m_timer;
};

} // namespace onair::sandbox
