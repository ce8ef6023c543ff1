#include "shortcuts/ShortcutSettingsDialog.h"

#include "shortcuts/ShortcutRegistry.h"

#include <QColor>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace onair::ui {

namespace {

enum Column
{
    NameColumn,
    SequenceColumn,
    DefaultColumn,
    ButtonsColumn,
    ColumnCount
};

} // namespace

ShortcutSettingsDialog::ShortcutSettingsDialog(ShortcutRegistry *registry, QWidget *parent)
    : QDialog(parent)
    , m_registry(registry)
{
    setWindowTitle(tr("Keyboard shortcuts"));
    setObjectName(QStringLiteral("shortcutSettingsDialog"));

    const QStringList ids = registry->ids();
    m_table = new QTableWidget(static_cast<int>(ids.size()), ColumnCount, this);
    m_table->setObjectName(QStringLiteral("shortcutTable"));
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut"), tr("Default"), QString()});
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(SequenceColumn,
                                                      QHeaderView::ResizeToContents);

    for (int row = 0; row < ids.size(); ++row) {
        const QString &id = ids.at(row);
        auto *name = new QTableWidgetItem(registry->name(id));
        name->setData(Qt::UserRole, id);
        m_table->setItem(row, NameColumn, name);

        auto *edit = new QKeySequenceEdit(registry->sequence(id), m_table);
        edit->setObjectName(QStringLiteral("shortcutEdit:") + id);
        edit->setAccessibleName(registry->name(id));
        m_table->setCellWidget(row, SequenceColumn, edit);
        m_edits.insert(id, edit);
        connect(edit, &QKeySequenceEdit::keySequenceChanged, this, [this] { updateConflicts(); });

        m_table->setItem(
            row, DefaultColumn,
            new QTableWidgetItem(registry->defaultSequence(id).toString(QKeySequence::NativeText)));

        auto *buttons = new QWidget(m_table);
        auto *buttonsLayout = new QHBoxLayout(buttons);
        buttonsLayout->setContentsMargins(0, 0, 0, 0);
        auto *clear = new QToolButton(buttons);
        clear->setText(tr("Clear"));
        clear->setObjectName(QStringLiteral("clear:") + id);
        auto *reset = new QToolButton(buttons);
        reset->setText(tr("Default"));
        reset->setToolTip(tr("Back to the default shortcut"));
        reset->setObjectName(QStringLiteral("reset:") + id);
        buttonsLayout->addWidget(clear);
        buttonsLayout->addWidget(reset);
        m_table->setCellWidget(row, ButtonsColumn, buttons);
        connect(clear, &QToolButton::clicked, edit, &QKeySequenceEdit::clear);
        connect(reset, &QToolButton::clicked, this,
                [this, id, edit] { edit->setKeySequence(m_registry->defaultSequence(id)); });
    }
    m_table->resizeColumnsToContents();

    m_conflicts = new QLabel(this);
    m_conflicts->setObjectName(QStringLiteral("conflictMessage"));
    m_conflicts->setWordWrap(true);
    m_conflicts->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel |
                                         QDialogButtonBox::RestoreDefaults,
                                     this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ShortcutSettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ShortcutSettingsDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &ShortcutSettingsDialog::resetAllToDefaults);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(m_conflicts);
    layout->addWidget(m_buttons);
    resize(720, 420);
    updateConflicts();
}

QKeySequenceEdit *ShortcutSettingsDialog::editFor(const QString &id) const
{
    return m_edits.value(id);
}

QHash<QString, QKeySequence> ShortcutSettingsDialog::proposedSequences() const
{
    QHash<QString, QKeySequence> out;
    for (auto it = m_edits.cbegin(); it != m_edits.cend(); ++it)
        out.insert(it.key(), it.value()->keySequence());
    return out;
}

QString ShortcutSettingsDialog::conflictText() const
{
    return m_conflicts->text();
}

void ShortcutSettingsDialog::updateConflicts()
{
    const QList<ShortcutRegistry::Conflict> conflicts =
        ShortcutRegistry::conflictsIn(proposedSequences(), m_registry->ids());
    QStringList lines;
    QStringList conflicting;
    for (const ShortcutRegistry::Conflict &c : conflicts) {
        QStringList names;
        for (const QString &id : c.ids)
            names << QStringLiteral("“%1”").arg(m_registry->name(id));
        lines << tr("%1 is used by %2: give each action its own shortcut.")
                     .arg(c.sequence.toString(QKeySequence::NativeText), names.join(tr(" and ")));
        conflicting << c.ids;
    }
    m_conflicts->setText(lines.join(QLatin1Char('\n')));
    m_conflicts->setVisible(!lines.isEmpty());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(lines.isEmpty());
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QTableWidgetItem *item = m_table->item(row, NameColumn);
        const bool clash = conflicting.contains(item->data(Qt::UserRole).toString());
        item->setForeground(clash ? QColor(0xb0, 0x00, 0x20) : m_table->palette().text().color());
        item->setToolTip(clash ? tr("This shortcut is also used by another action.") : QString());
    }
}

void ShortcutSettingsDialog::accept()
{
    QList<ShortcutRegistry::Conflict> conflicts;
    if (!m_registry->applySequences(proposedSequences(), &conflicts)) {
        updateConflicts(); // says why; the dialog stays open
        return;
    }
    QDialog::accept();
}

void ShortcutSettingsDialog::resetAllToDefaults()
{
    for (auto it = m_edits.cbegin(); it != m_edits.cend(); ++it)
        it.value()->setKeySequence(m_registry->defaultSequence(it.key()));
    updateConflicts();
}

} // namespace onair::ui
