#pragma once

#include "rights/RightsPlan.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace onair::ui {

// One policy of a rights plan (the match policy, or the claim's own): a saved one picked from
// the owner's policies.list, or a named new one (monetize, track or block, with its match
// conditions). A saved choice the plan names but the list does not hold (not loaded yet, or
// another owner's) stays in the list as it was written, so that saving keeps it.
class PolicyChoiceEditor : public QWidget
{
    Q_OBJECT

public:
    explicit PolicyChoiceEditor(const QString &objectNamePrefix, QWidget *parent = nullptr);

    void setChoice(const RightsPlan::PolicyChoice &choice);
    RightsPlan::PolicyChoice choice() const;
    // The owner's saved policies (policies.list); the selection is kept where it can be.
    void setPolicies(const QList<Policy> &policies);

private:
    void refreshEnabled();

    QRadioButton *m_useSaved;
    QRadioButton *m_useNew;
    QComboBox *m_saved;
    QLineEdit *m_name;
    QComboBox *m_action;
    QCheckBox *m_audio;
    QCheckBox *m_video;
    QCheckBox *m_audiovisual;
    QSpinBox *m_minSeconds;
    QSpinBox *m_minPercent;
    RightsPlan::PolicyChoice m_kept; // the saved choice as the plan wrote it
    QList<Policy> m_policies;
};

} // namespace onair::ui
