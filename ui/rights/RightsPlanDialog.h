#pragma once

#include "presets/BroadcastPreset.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace onair {
class OwnerPolicies;
class PresetStore;
} // namespace onair

namespace onair::ui {

class PolicyChoiceEditor;

// A preset's Content ID plan (RightsPlan) as a form: the asset's title and custom id templates
// with a preview, ownership, the match policy (a saved one from the owner's policies.list, or a
// named new one), the claim's policy, content type, ad settings and when the reference is made.
// Saving writes only the preset's "rights" through PresetStore::setRights (every other field of
// the file stays as written); "Claim this show" off removes the plan. A refusal (an invalid
// field, a damaged file) is said in the dialog, which stays open, and the file is untouched.
class RightsPlanDialog : public QDialog
{
    Q_OBJECT

public:
    // `policies` may be null (no Content ID client): the saved-policy list then stays empty.
    RightsPlanDialog(PresetStore *store, const QString &fileName, const BroadcastPreset &preset,
                     OwnerPolicies *policies, QWidget *parent = nullptr);

    // Writes the plan; true when saved (the dialog is then accepted).
    bool save();

private:
    QWidget *assetSection();
    QWidget *ownershipSection();
    QWidget *policySection();
    QWidget *adsSection();
    QWidget *referenceSection();
    void load(const std::optional<RightsPlan> &plan);
    // The plan the fields describe; nullopt with `why` when a field cannot be read.
    std::optional<RightsPlan> planFromFields(QString *why) const;
    void refreshPreview();
    void refreshPolicies();
    void refreshEnabled();

    PresetStore *m_store;
    QString m_fileName;
    BroadcastPreset m_preset;
    OwnerPolicies *m_policies;

    QCheckBox *m_claim = nullptr;
    QWidget *m_sections = nullptr;
    QLineEdit *m_assetTitle = nullptr;
    QLineEdit *m_customId = nullptr;
    QLabel *m_preview = nullptr;
    QComboBox *m_ownership = nullptr;
    QLineEdit *m_territories = nullptr;
    QLabel *m_policyStatus = nullptr;
    QPushButton *m_refresh = nullptr;
    PolicyChoiceEditor *m_matchPolicy = nullptr;
    QCheckBox *m_claimSameAsMatch = nullptr;
    PolicyChoiceEditor *m_claimPolicy = nullptr;
    QComboBox *m_contentType = nullptr;
    QCheckBox *m_preroll = nullptr;
    QCheckBox *m_midroll = nullptr;
    QCheckBox *m_postroll = nullptr;
    QLineEdit *m_midrollTimes = nullptr;
    QCheckBox *m_liveDelivery = nullptr;
    QRadioButton *m_referenceAfter = nullptr;
    QRadioButton *m_referenceBefore = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace onair::ui
