#include "shortcuts/ShortcutRegistry.h"

#include <QAction>
#include <QLoggingCategory>
#include <QSettings>
#include <QWidget>

Q_LOGGING_CATEGORY(lcShortcuts, "onair.shortcuts")

namespace onair::ui {

namespace {

const QLatin1String kGroup("shortcuts");

QString portable(const QKeySequence &sequence)
{
    return sequence.toString(QKeySequence::PortableText);
}

} // namespace

ShortcutRegistry::ShortcutRegistry(QObject *parent)
    : QObject(parent)
{}

ShortcutRegistry::~ShortcutRegistry() = default;

QString ShortcutRegistry::settingsKey(const QString &id)
{
    return kGroup + QLatin1Char('/') + id;
}

void ShortcutRegistry::setHost(QWidget *host)
{
    if (m_host) {
        for (const QString &id : std::as_const(m_order))
            m_host->removeAction(m_entries.value(id).action);
    }
    m_host = host;
    if (m_host) {
        for (const QString &id : std::as_const(m_order))
            m_host->addAction(m_entries.value(id).action);
    }
}

QAction *ShortcutRegistry::registerAction(const QString &id, const QString &name,
                                          const QKeySequence &defaultSequence)
{
    Entry &e = m_entries[id];
    if (!e.action) {
        m_order.append(id);
        e.action = new QAction(name, this);
        e.action->setObjectName(id);
        e.action->setAutoRepeat(false);
        e.action->setShortcutContext(Qt::WindowShortcut);
        if (m_host)
            m_host->addAction(e.action);
    }
    e.name = name;
    e.defaultSequence = defaultSequence;
    e.action->setText(name);

    QKeySequence sequence = defaultSequence;
    const QSettings settings;
    const QVariant saved = settings.value(settingsKey(id));
    if (saved.isValid()) {
        const QString text = saved.toString();
        const QKeySequence parsed = QKeySequence::fromString(text, QKeySequence::PortableText);
        if (text.isEmpty() || (!parsed.isEmpty() && portable(parsed) == text))
            sequence = parsed;
        else
            qCWarning(lcShortcuts)
                << "ignoring the unreadable saved shortcut" << text << "for" << id;
    }
    bind(id, sequence);
    return e.action;
}

void ShortcutRegistry::removeAction(const QString &id)
{
    const auto it = m_entries.find(id);
    if (it == m_entries.end())
        return;
    if (m_host)
        m_host->removeAction(it->action);
    delete it->action;
    m_entries.erase(it);
    m_order.removeAll(id);
}

QAction *ShortcutRegistry::action(const QString &id) const
{
    return m_entries.value(id).action;
}

QString ShortcutRegistry::name(const QString &id) const
{
    return m_entries.value(id).name;
}

QKeySequence ShortcutRegistry::defaultSequence(const QString &id) const
{
    return m_entries.value(id).defaultSequence;
}

QKeySequence ShortcutRegistry::sequence(const QString &id) const
{
    return m_entries.value(id).sequence;
}

bool ShortcutRegistry::isOverridden(const QString &id) const
{
    const auto it = m_entries.constFind(id);
    return it != m_entries.constEnd() && it->sequence != it->defaultSequence;
}

bool ShortcutRegistry::clash(const QKeySequence &a, const QKeySequence &b)
{
    if (a.isEmpty() || b.isEmpty())
        return false;
    // Equal, or one the start of the other: Qt would wait for more keys or call it ambiguous.
    return a.matches(b) != QKeySequence::NoMatch || b.matches(a) != QKeySequence::NoMatch;
}

QStringList ShortcutRegistry::conflictsWith(const QKeySequence &sequence,
                                            const QString &exceptId) const
{
    QStringList out;
    for (const QString &id : m_order) {
        if (id != exceptId && clash(sequence, m_entries.value(id).sequence))
            out.append(id);
    }
    return out;
}

QList<ShortcutRegistry::Conflict>
ShortcutRegistry::conflictsIn(const QHash<QString, QKeySequence> &bindings,
                              const QStringList &order)
{
    QList<Conflict> out;
    QStringList seen;
    for (qsizetype i = 0; i < order.size(); ++i) {
        const QString &id = order.at(i);
        if (seen.contains(id))
            continue;
        const QKeySequence seq = bindings.value(id);
        Conflict c{seq, {id}};
        for (qsizetype j = i + 1; j < order.size(); ++j) {
            if (clash(seq, bindings.value(order.at(j))))
                c.ids.append(order.at(j));
        }
        if (c.ids.size() > 1) {
            seen << c.ids;
            out.append(c);
        }
    }
    return out;
}

QList<ShortcutRegistry::Conflict> ShortcutRegistry::conflicts() const
{
    QHash<QString, QKeySequence> bindings;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it)
        bindings.insert(it.key(), it->sequence);
    return conflictsIn(bindings, m_order);
}

void ShortcutRegistry::bind(const QString &id, const QKeySequence &sequence)
{
    Entry &e = m_entries[id];
    const bool changed = e.sequence != sequence || e.action->shortcut() != sequence;
    e.sequence = sequence;
    e.action->setShortcut(sequence);
    if (changed)
        Q_EMIT sequenceChanged(id, sequence);
}

bool ShortcutRegistry::setSequence(const QString &id, const QKeySequence &sequence,
                                   QStringList *conflicting)
{
    if (!m_entries.contains(id))
        return false;
    const QStringList others = conflictsWith(sequence, id);
    if (conflicting)
        *conflicting = others;
    if (!others.isEmpty())
        return false;
    QSettings settings;
    if (sequence == m_entries.value(id).defaultSequence)
        settings.remove(settingsKey(id));
    else
        settings.setValue(settingsKey(id), portable(sequence));
    bind(id, sequence);
    return true;
}

bool ShortcutRegistry::applySequences(const QHash<QString, QKeySequence> &sequences,
                                      QList<Conflict> *conflicts)
{
    QHash<QString, QKeySequence> proposed;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it)
        proposed.insert(it.key(), sequences.value(it.key(), it->sequence));
    const QList<Conflict> found = conflictsIn(proposed, m_order);
    if (conflicts)
        *conflicts = found;
    if (!found.isEmpty())
        return false;
    QSettings settings;
    for (const QString &id : std::as_const(m_order)) {
        const QKeySequence seq = proposed.value(id);
        if (seq == m_entries.value(id).defaultSequence)
            settings.remove(settingsKey(id));
        else
            settings.setValue(settingsKey(id), portable(seq));
        bind(id, seq);
    }
    return true;
}

void ShortcutRegistry::resetToDefault(const QString &id)
{
    if (!m_entries.contains(id))
        return;
    QSettings().remove(settingsKey(id));
    bind(id, m_entries.value(id).defaultSequence);
}

void ShortcutRegistry::resetAllToDefaults()
{
    for (const QString &id : std::as_const(m_order))
        resetToDefault(id);
}

} // namespace onair::ui
