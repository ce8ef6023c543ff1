#pragma once

#include <QDialog>
#include <QHash>
#include <QKeySequence>

class QDialogButtonBox;
class QKeySequenceEdit;
class QLabel;
class QTableWidget;

namespace onair::ui {

class ShortcutRegistry;

// Settings page for the shortcut registry: one row per action (name, a QKeySequenceEdit, the
// default, clear and reset buttons). Conflicts show as they are typed, in red under the table
// and on the rows concerned; Save stays disabled while any remain, and accept() refuses them.
// Saving writes through ShortcutRegistry::applySequences, so the new keys work at once.
class ShortcutSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutSettingsDialog(ShortcutRegistry *registry, QWidget *parent = nullptr);

    // The edit of an action (object name "shortcutEdit:<id>"), for tests and focus.
    QKeySequenceEdit *editFor(const QString &id) const;
    QHash<QString, QKeySequence> proposedSequences() const;
    // "" when there is none; else one line per conflict.
    QString conflictText() const;

public Q_SLOTS:
    void accept() override;
    void resetAllToDefaults();

private:
    void updateConflicts();

    ShortcutRegistry *m_registry;
    QTableWidget *m_table = nullptr;
    QLabel *m_conflicts = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QHash<QString, QKeySequenceEdit *> m_edits;
};

} // namespace onair::ui
