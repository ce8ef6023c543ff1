#include "rights/RightsPlanDialog.h"

#include "presets/PresetStore.h"
#include "presets/TitleTemplate.h"
#include "rights/OwnerPolicies.h"
#include "rights/PolicyChoiceEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QVBoxLayout>

namespace onair::ui {

namespace {

QLabel *note(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

QStringList words(const QString &text)
{
    return text.split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts);
}

} // namespace

RightsPlanDialog::RightsPlanDialog(PresetStore *store, const QString &fileName,
                                   const BroadcastPreset &preset, OwnerPolicies *policies,
                                   QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_fileName(fileName)
    , m_preset(preset)
    , m_policies(policies)
{
    setObjectName(QStringLiteral("rightsPlanDialog"));
    setWindowTitle(tr("Content ID plan: %1").arg(preset.name));
    setWindowModality(Qt::WindowModal);

    auto *v = new QVBoxLayout(this);
    m_claim = new QCheckBox(tr("C&laim this show with Content ID before it starts"), this);
    m_claim->setObjectName(QStringLiteral("rightsClaim"));
    v->addWidget(m_claim);
    v->addWidget(note(tr("Unticked, the show is not claimed: no asset, claim or reference is "
                         "made, and the preset keeps no plan."),
                      this));
    m_sections = new QWidget(this);
    auto *sections = new QVBoxLayout(m_sections);
    sections->addWidget(assetSection());
    sections->addWidget(ownershipSection());
    sections->addWidget(policySection());
    sections->addWidget(adsSection());
    sections->addWidget(referenceSection());
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_sections);
    v->addWidget(scroll, 1);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("rightsError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    v->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("rightsSave"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { save(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    v->addWidget(buttons);

    connect(m_claim, &QCheckBox::toggled, this, [this] { refreshEnabled(); });
    load(preset.rights);
    if (m_policies) {
        connect(m_policies, &OwnerPolicies::changed, this, &RightsPlanDialog::refreshPolicies);
        m_policies->refresh();
    }
    refreshPolicies();
    resize(640, 600); // fits a 1280×720 screen; the sections scroll
}

QWidget *RightsPlanDialog::assetSection()
{
    auto *box = new QGroupBox(tr("Asset (a web asset for this show)"), m_sections);
    auto *form = new QFormLayout(box);
    m_assetTitle = new QLineEdit(box);
    m_assetTitle->setObjectName(QStringLiteral("rightsAssetTitle"));
    form->addRow(tr("&Title:"), m_assetTitle);
    m_customId = new QLineEdit(box);
    m_customId->setObjectName(QStringLiteral("rightsCustomId"));
    form->addRow(tr("C&ustom id:"), m_customId);
    form->addRow(note(tr("Fields: %1 (the preset's number for the next show).")
                          .arg(TitleTemplate::knownPlaceholders().join(QStringLiteral(", "))),
                      box));
    m_preview = note(QString(), box);
    m_preview->setObjectName(QStringLiteral("rightsPreview"));
    form->addRow(tr("Preview:"), m_preview);
    connect(m_assetTitle, &QLineEdit::textChanged, this, &RightsPlanDialog::refreshPreview);
    connect(m_customId, &QLineEdit::textChanged, this, &RightsPlanDialog::refreshPreview);
    return box;
}

QWidget *RightsPlanDialog::ownershipSection()
{
    auto *box = new QGroupBox(tr("Ownership"), m_sections);
    auto *form = new QFormLayout(box);
    m_ownership = new QComboBox(box);
    m_ownership->setObjectName(QStringLiteral("rightsOwnership"));
    m_ownership->addItem(tr("Worldwide"), QStringLiteral("worldwide"));
    m_ownership->addItem(tr("Only in these countries"), QStringLiteral("include"));
    m_ownership->addItem(tr("Everywhere except these countries"), QStringLiteral("exclude"));
    form->addRow(tr("&Owned:"), m_ownership);
    m_territories = new QLineEdit(box);
    m_territories->setObjectName(QStringLiteral("rightsTerritories"));
    m_territories->setPlaceholderText(tr("ISO 3166 codes, e.g. DE, AT, CH"));
    form->addRow(tr("Countr&ies:"), m_territories);
    connect(m_ownership, &QComboBox::currentIndexChanged, this, [this] { refreshEnabled(); });
    return box;
}

QWidget *RightsPlanDialog::policySection()
{
    auto *box = new QGroupBox(tr("Policies"), m_sections);
    auto *v = new QVBoxLayout(box);
    auto *status = new QHBoxLayout;
    m_policyStatus = note(QString(), box);
    m_policyStatus->setObjectName(QStringLiteral("rightsPolicyStatus"));
    status->addWidget(m_policyStatus, 1);
    m_refresh = new QPushButton(tr("&Refresh"), box);
    m_refresh->setObjectName(QStringLiteral("rightsPolicyRefresh"));
    m_refresh->setEnabled(m_policies != nullptr);
    if (m_policies)
        connect(m_refresh, &QPushButton::clicked, m_policies, &OwnerPolicies::refresh);
    status->addWidget(m_refresh);
    v->addLayout(status);
    v->addWidget(new QLabel(tr("Match policy (what YouTube does with copies it finds):"), box));
    m_matchPolicy = new PolicyChoiceEditor(QStringLiteral("rightsMatch"), box);
    v->addWidget(m_matchPolicy);
    m_claimSameAsMatch = new QCheckBox(tr("The claim of the show uses the match &policy"), box);
    m_claimSameAsMatch->setObjectName(QStringLiteral("rightsClaimSameAsMatch"));
    v->addWidget(m_claimSameAsMatch);
    m_claimPolicy = new PolicyChoiceEditor(QStringLiteral("rightsClaimPolicy"), box);
    v->addWidget(m_claimPolicy);
    auto *type = new QFormLayout;
    m_contentType = new QComboBox(box);
    m_contentType->setObjectName(QStringLiteral("rightsContentType"));
    m_contentType->addItem(tr("Audiovisual"), QStringLiteral("audiovisual"));
    m_contentType->addItem(tr("Audio"), QStringLiteral("audio"));
    m_contentType->addItem(tr("Video"), QStringLiteral("video"));
    type->addRow(tr("Claimed content:"), m_contentType);
    v->addLayout(type);
    connect(m_claimSameAsMatch, &QCheckBox::toggled, this, [this] { refreshEnabled(); });
    return box;
}

QWidget *RightsPlanDialog::adsSection()
{
    auto *box = new QGroupBox(tr("Ads on the show"), m_sections);
    auto *form = new QFormLayout(box);
    auto *positions = new QHBoxLayout;
    m_preroll = new QCheckBox(tr("Pre-roll"), box);
    m_preroll->setObjectName(QStringLiteral("rightsPreroll"));
    m_midroll = new QCheckBox(tr("Mid-roll"), box);
    m_midroll->setObjectName(QStringLiteral("rightsMidroll"));
    m_postroll = new QCheckBox(tr("Post-roll"), box);
    m_postroll->setObjectName(QStringLiteral("rightsPostroll"));
    positions->addWidget(m_preroll);
    positions->addWidget(m_midroll);
    positions->addWidget(m_postroll);
    positions->addStretch(1);
    form->addRow(tr("Breaks:"), positions);
    m_midrollTimes = new QLineEdit(box);
    m_midrollTimes->setObjectName(QStringLiteral("rightsMidrollTimes"));
    m_midrollTimes->setPlaceholderText(tr("seconds from the start, e.g. 600, 1200"));
    form->addRow(tr("Mid-roll ti&mes:"), m_midrollTimes);
    form->addRow(note(tr("Sent as third-party ads with these break positions, the only ad format "
                         "the API takes today; mid-roll is what lets the show's ad breaks run "
                         "ads."),
                      box));
    connect(m_midroll, &QCheckBox::toggled, this, [this] { refreshEnabled(); });
    return box;
}

QWidget *RightsPlanDialog::referenceSection()
{
    auto *box = new QGroupBox(tr("Reference (so that YouTube finds re-uploads)"), m_sections);
    auto *v = new QVBoxLayout(box);
    m_referenceAfter = new QRadioButton(tr("&After the show, from its processed recording"), box);
    m_referenceAfter->setObjectName(QStringLiteral("rightsReferenceAfter"));
    v->addWidget(m_referenceAfter);
    m_liveDelivery =
        new QCheckBox(tr("The content owner is approved for Live Content ID &delivery"), box);
    m_liveDelivery->setObjectName(QStringLiteral("rightsLiveDelivery"));
    v->addWidget(m_liveDelivery);
    m_referenceBefore = new QRadioButton(tr("&Before the show (live delivery)"), box);
    m_referenceBefore->setObjectName(QStringLiteral("rightsReferenceBefore"));
    v->addWidget(m_referenceBefore);
    v->addWidget(note(tr("A reference before the show is only for owners YouTube approved for "
                         "live delivery: others are refused, and OnAir then makes it after the "
                         "show. Making it turns the broadcast's recording on for good."),
                      box));
    if (!m_preset.broadcast.recordFromStart) {
        auto *warning = note(tr("This preset's broadcast does not record from the start, and a "
                                "reference needs the recording: turn \"Record from start\" on "
                                "(Edit in forms)."),
                             box);
        warning->setObjectName(QStringLiteral("rightsRecordWarning"));
        v->addWidget(warning);
    }
    connect(m_liveDelivery, &QCheckBox::toggled, this, [this](bool approved) {
        if (!approved)
            m_referenceAfter->setChecked(true);
        refreshEnabled();
    });
    return box;
}

void RightsPlanDialog::load(const std::optional<RightsPlan> &loaded)
{
    const RightsPlan plan = loaded.value_or(RightsPlan{});
    m_claim->setChecked(loaded.has_value());
    m_assetTitle->setText(plan.assetTitleTemplate);
    m_customId->setText(plan.customIdTemplate);
    m_ownership->setCurrentIndex(qMax(0, m_ownership->findData(plan.ownershipType)));
    m_territories->setText(plan.territories.join(QStringLiteral(", ")));
    m_matchPolicy->setChoice(plan.matchPolicy);
    m_claimSameAsMatch->setChecked(plan.claimPolicy.isEmpty());
    m_claimPolicy->setChoice(plan.claimPolicy);
    m_contentType->setCurrentIndex(qMax(0, m_contentType->findData(plan.contentType)));
    m_preroll->setChecked(plan.preroll);
    m_midroll->setChecked(plan.midroll);
    m_postroll->setChecked(plan.postroll);
    QStringList times;
    for (quint32 s : plan.midrollSeconds)
        times << QString::number(s);
    m_midrollTimes->setText(times.join(QStringLiteral(", ")));
    const bool before = plan.reference == RightsPlan::ReferenceWhen::BeforeShow;
    m_liveDelivery->setChecked(before);
    (before ? m_referenceBefore : m_referenceAfter)->setChecked(true);
    refreshPreview();
    refreshEnabled();
}

void RightsPlanDialog::refreshEnabled()
{
    m_sections->setEnabled(m_claim->isChecked());
    m_territories->setEnabled(m_ownership->currentData().toString() != QLatin1String("worldwide"));
    m_claimPolicy->setVisible(!m_claimSameAsMatch->isChecked());
    m_midrollTimes->setEnabled(m_midroll->isChecked());
    m_referenceBefore->setEnabled(m_liveDelivery->isChecked());
}

void RightsPlanDialog::refreshPreview()
{
    const QDateTime now = QDateTime::currentDateTime();
    const auto title = TitleTemplate::expand(m_assetTitle->text(), now, m_preset.nextNumber);
    const auto id = TitleTemplate::expand(m_customId->text(), now, m_preset.nextNumber);
    QString text = tr("Title \"%1\", custom id \"%2\"").arg(title.text, id.text);
    const QStringList unknown = title.unknownPlaceholders + id.unknownPlaceholders;
    if (!unknown.isEmpty())
        text += QLatin1Char('\n') +
                tr("Unknown fields (left as written): %1").arg(unknown.join(QStringLiteral(", ")));
    m_preview->setText(text);
}

void RightsPlanDialog::refreshPolicies()
{
    const QList<Policy> none;
    const QList<Policy> &list = m_policies ? m_policies->policies() : none;
    m_matchPolicy->setPolicies(list);
    m_claimPolicy->setPolicies(list);
    if (!m_policies) {
        m_policyStatus->setText(tr("Content ID is not available here: describe a new policy."));
        return;
    }
    switch (m_policies->state()) {
    case OwnerPolicies::State::Idle:
    case OwnerPolicies::State::Loading:
        m_policyStatus->setText(tr("Reading the owner's saved policies…"));
        break;
    case OwnerPolicies::State::Ready:
        m_policyStatus->setText(
            tr("%n saved policies of %1.", nullptr, int(list.size())).arg(m_policies->ownerName()));
        break;
    case OwnerPolicies::State::NotAllowed:
    case OwnerPolicies::State::NoOwner:
        m_policyStatus->setText(m_policies->sentence());
        break;
    case OwnerPolicies::State::Failed:
        m_policyStatus->setText(
            tr("The saved policies could not be read: %1").arg(m_policies->sentence()));
        break;
    }
}

std::optional<RightsPlan> RightsPlanDialog::planFromFields(QString *why) const
{
    RightsPlan p;
    p.assetTitleTemplate = m_assetTitle->text().trimmed();
    p.customIdTemplate = m_customId->text().trimmed();
    p.ownershipType = m_ownership->currentData().toString();
    if (p.ownershipType != QLatin1String("worldwide"))
        p.territories = words(m_territories->text().toUpper());
    p.matchPolicy = m_matchPolicy->choice();
    if (p.matchPolicy.isEmpty()) {
        *why = tr("Choose a saved match policy, or describe a new one.");
        return std::nullopt;
    }
    if (!m_claimSameAsMatch->isChecked()) {
        p.claimPolicy = m_claimPolicy->choice();
        if (p.claimPolicy.isEmpty()) {
            *why = tr("Choose the claim's saved policy, or describe a new one.");
            return std::nullopt;
        }
    }
    p.contentType = m_contentType->currentData().toString();
    p.preroll = m_preroll->isChecked();
    p.midroll = m_midroll->isChecked();
    p.postroll = m_postroll->isChecked();
    if (p.midroll) {
        for (const QString &w : words(m_midrollTimes->text())) {
            bool ok = false;
            const uint s = w.toUInt(&ok);
            if (!ok) {
                *why = tr("Mid-roll times: \"%1\" is not a whole number of seconds.").arg(w);
                return std::nullopt;
            }
            p.midrollSeconds.append(s);
        }
    }
    p.reference = m_referenceBefore->isChecked() ? RightsPlan::ReferenceWhen::BeforeShow
                                                 : RightsPlan::ReferenceWhen::AfterShow;
    return p;
}

bool RightsPlanDialog::save()
{
    std::optional<RightsPlan> plan;
    if (m_claim->isChecked()) {
        QString why;
        plan = planFromFields(&why);
        if (!plan) {
            m_error->setText(tr("Not saved: %1").arg(why));
            return false;
        }
    }
    // The store checks the plan and the file as it is now, and writes only "rights".
    if (const auto error = m_store->setRights(m_fileName, plan)) {
        m_error->setText(tr("Not saved: %1").arg(error->message()));
        return false;
    }
    m_error->clear();
    accept();
    return true;
}

} // namespace onair::ui
