#pragma once

#include <QHash>
#include <QKeySequence>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

class QAction;
class QWidget;

namespace onair::ui {

// The one place every keyboard shortcut of the app lives. Each action registers with a stable
// id, a translatable name and a default sequence; the registry owns its QAction, applies the
// operator's saved override (QSettings, group "shortcuts", key = id, value in portable text,
// "" = unbound), and rebinding takes effect at once. It knows conflicts: two actions on one
// sequence, or one sequence a prefix of another. Actions never fire on key auto-repeat: holding
// a key must not repeat an operator action (one press, one cuepoint).
class ShortcutRegistry : public QObject
{
    Q_OBJECT

public:
    struct Conflict
    {
        QKeySequence sequence;
        QStringList ids; // in registration order
    };

    explicit ShortcutRegistry(QObject *parent = nullptr);
    ~ShortcutRegistry() override;

    // Actions are added to `host` (typically the main window) so their shortcuts work in its
    // window; later registrations are added too.
    void setHost(QWidget *host);

    // Registers (or, for a known id, renames and re-defaults) an action and returns it. The
    // action belongs to the registry.
    QAction *registerAction(const QString &id, const QString &name,
                            const QKeySequence &defaultSequence);
    void removeAction(const QString &id);

    QAction *action(const QString &id) const;
    QStringList ids() const { return m_order; }
    QString name(const QString &id) const;
    QKeySequence defaultSequence(const QString &id) const;
    QKeySequence sequence(const QString &id) const;
    bool isOverridden(const QString &id) const;

    // The actions other than `exceptId` whose sequence clashes with `sequence`.
    QStringList conflictsWith(const QKeySequence &sequence, const QString &exceptId = {}) const;
    QList<Conflict> conflicts() const;
    // Conflicts in a proposed set of bindings (id → sequence), listed in `order`.
    static QList<Conflict> conflictsIn(const QHash<QString, QKeySequence> &bindings,
                                       const QStringList &order);
    static bool clash(const QKeySequence &a, const QKeySequence &b);

    // Binds and saves at once. Refused (false) when another action holds a clashing sequence;
    // `conflicting` then names those actions.
    bool setSequence(const QString &id, const QKeySequence &sequence,
                     QStringList *conflicting = nullptr);
    // All at once (the settings dialog): refused as a whole when the result would conflict.
    bool applySequences(const QHash<QString, QKeySequence> &sequences,
                        QList<Conflict> *conflicts = nullptr);
    void resetToDefault(const QString &id);
    void resetAllToDefaults();

Q_SIGNALS:
    void sequenceChanged(const QString &id, const QKeySequence &sequence);

private:
    struct Entry
    {
        QString name;
        QKeySequence defaultSequence;
        QKeySequence sequence;
        QAction *action = nullptr;
    };

    void bind(const QString &id, const QKeySequence &sequence);
    static QString settingsKey(const QString &id);

    QHash<QString, Entry> m_entries;
    QStringList m_order;
    QPointer<QWidget> m_host;
};

} // namespace onair::ui
