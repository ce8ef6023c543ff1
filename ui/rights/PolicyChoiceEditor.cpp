#include "rights/PolicyChoiceEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>

namespace onair::ui {

namespace {

// The combo's item data: a policy id from the list, or this mark for the plan's own choice
// (saved as the plan wrote it, by id or by name).
const QString kKept = QStringLiteral("\x01kept");

} // namespace

PolicyChoiceEditor::PolicyChoiceEditor(const QString &prefix, QWidget *parent)
    : QWidget(parent)
{
    const auto named = [&prefix](QWidget *w, const char *name) {
        w->setObjectName(prefix + QString::fromLatin1(name));
        return w;
    };
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    m_useSaved = new QRadioButton(tr("A saved policy:"), this);
    named(m_useSaved, "UseSaved");
    m_saved = new QComboBox(this);
    named(m_saved, "Saved");
    form->addRow(m_useSaved, m_saved);

    m_useNew = new QRadioButton(tr("A new policy named:"), this);
    named(m_useNew, "UseNew");
    m_name = new QLineEdit(this);
    named(m_name, "Name");
    form->addRow(m_useNew, m_name);
    m_action = new QComboBox(this);
    named(m_action, "Action");
    m_action->addItem(tr("Monetize (run ads)"), QStringLiteral("monetize"));
    m_action->addItem(tr("Track (statistics only)"), QStringLiteral("track"));
    m_action->addItem(tr("Block"), QStringLiteral("block"));
    form->addRow(tr("Action:"), m_action);
    auto *types = new QHBoxLayout;
    m_audiovisual = new QCheckBox(tr("Audiovisual"), this);
    named(m_audiovisual, "Audiovisual");
    m_audio = new QCheckBox(tr("Audio"), this);
    named(m_audio, "Audio");
    m_video = new QCheckBox(tr("Video"), this);
    named(m_video, "Video");
    types->addWidget(m_audiovisual);
    types->addWidget(m_audio);
    types->addWidget(m_video);
    types->addStretch(1);
    form->addRow(tr("Matches of:"), types);
    m_minSeconds = new QSpinBox(this);
    named(m_minSeconds, "MinSeconds");
    m_minSeconds->setRange(0, 24 * 3600);
    m_minSeconds->setSuffix(tr(" s"));
    m_minSeconds->setSpecialValueText(tr("any length"));
    form->addRow(tr("Matches of at least:"), m_minSeconds);
    m_minPercent = new QSpinBox(this);
    named(m_minPercent, "MinPercent");
    m_minPercent->setRange(0, 100);
    m_minPercent->setSuffix(tr(" %"));
    m_minPercent->setSpecialValueText(tr("any share"));
    form->addRow(tr("Covering at least:"), m_minPercent);

    connect(m_useSaved, &QRadioButton::toggled, this, [this] { refreshEnabled(); });
    setChoice({});
}

void PolicyChoiceEditor::refreshEnabled()
{
    const bool isNew = m_useNew->isChecked();
    m_saved->setEnabled(!isNew);
    for (QWidget *w : std::initializer_list<QWidget *>{m_name, m_action, m_audio, m_video,
                                                       m_audiovisual, m_minSeconds, m_minPercent})
        w->setEnabled(isNew);
}

void PolicyChoiceEditor::setChoice(const RightsPlan::PolicyChoice &choice)
{
    // The new policy's fields start from the plan's, or from the defaults.
    const RightsPlan::PolicyChoice fresh = choice.createNew ? choice : RightsPlan::PolicyChoice{};
    m_name->setText(fresh.policyName);
    m_action->setCurrentIndex(qMax(0, m_action->findData(fresh.action)));
    m_audio->setChecked(fresh.contentMatchTypes.contains(QLatin1String("audio")));
    m_video->setChecked(fresh.contentMatchTypes.contains(QLatin1String("video")));
    m_audiovisual->setChecked(fresh.contentMatchTypes.contains(QLatin1String("audiovisual")));
    m_minSeconds->setValue(int(fresh.minMatchSeconds));
    m_minPercent->setValue(int(fresh.minMatchPercent));
    m_kept = choice.createNew ? RightsPlan::PolicyChoice{} : choice;
    (choice.createNew ? m_useNew : m_useSaved)->setChecked(true);
    setPolicies(m_policies);
    refreshEnabled();
}

void PolicyChoiceEditor::setPolicies(const QList<Policy> &policies)
{
    m_policies = policies;
    const QString selected = m_saved->currentData().toString();
    m_saved->clear();
    int keptAt = -1;
    for (const Policy &p : policies) {
        const bool kept =
            keptAt < 0 && !m_kept.isEmpty() &&
            (m_kept.policyId.isEmpty() ? p.name == m_kept.policyName : p.id == m_kept.policyId);
        if (kept)
            keptAt = m_saved->count();
        m_saved->addItem(p.name.isEmpty() ? p.id : p.name, kept ? kKept : p.id);
        m_saved->setItemData(m_saved->count() - 1, p.id, Qt::ToolTipRole);
    }
    if (!m_kept.isEmpty() && keptAt < 0) {
        m_saved->addItem(tr("%1 (as the plan names it)")
                             .arg(m_kept.policyId.isEmpty() ? m_kept.policyName : m_kept.policyId),
                         kKept);
        keptAt = m_saved->count() - 1;
    }
    const int again = m_saved->findData(selected);
    m_saved->setCurrentIndex(again >= 0 ? again : qMax(keptAt, 0));
}

RightsPlan::PolicyChoice PolicyChoiceEditor::choice() const
{
    RightsPlan::PolicyChoice c;
    if (m_useNew->isChecked()) {
        c.createNew = true;
        c.policyName = m_name->text().trimmed();
        c.action = m_action->currentData().toString();
        c.contentMatchTypes.clear();
        if (m_audiovisual->isChecked())
            c.contentMatchTypes << QStringLiteral("audiovisual");
        if (m_audio->isChecked())
            c.contentMatchTypes << QStringLiteral("audio");
        if (m_video->isChecked())
            c.contentMatchTypes << QStringLiteral("video");
        c.minMatchSeconds = quint32(m_minSeconds->value());
        c.minMatchPercent = quint32(m_minPercent->value());
        return c;
    }
    const QString id = m_saved->currentData().toString();
    if (id.isEmpty())
        return c;
    // The plan's own choice, as it was written (by id or by name), when still picked.
    if (id == kKept)
        return m_kept;
    c.policyId = id;
    return c;
}

} // namespace onair::ui
