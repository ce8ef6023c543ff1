#pragma once

#include "common/Prompts.h"

#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QListWidget;
class QPushButton;

namespace onair {
class BroadcastSession;
class OwnerPolicies;
class PresetLauncher;
class PresetStore;
} // namespace onair

namespace onair::ui {

class BroadcastForm;
class StreamForm;

// The saved presets: create one from the current broadcast, edit (load into the broadcast and
// stream forms, then save the forms back), duplicate, rename, delete, import, export, and
// "Create broadcast from preset" as one action. Files that cannot be read are listed with
// their name and the problem, and the others still load.
class PresetPanel : public QWidget
{
    Q_OBJECT

public:
    // Dialog hooks, replaced by tests; each answers through its completion (no nested event
    // loop): a text (nullopt when cancelled), a file path (empty when cancelled; `save` for a
    // save dialog) and a yes/no question.
    using AskText = std::function<void(const QString &title, const QString &label,
                                       const QString &initial, Prompts::TextAnswered answered)>;
    using AskPath =
        std::function<void(const QString &title, bool save, Prompts::PathAnswered answered)>;
    using Confirm = Prompts::Confirm;

    PresetPanel(PresetLauncher *launcher, BroadcastSession *session, BroadcastForm *broadcastForm,
                StreamForm *streamForm, QWidget *parent = nullptr);

    void setAskText(AskText ask) { m_askText = std::move(ask); }
    void setAskPath(AskPath ask) { m_askPath = std::move(ask); }
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    // The owner's saved policies, for the Content ID plan editor (none: it offers new ones only).
    void setOwnerPolicies(OwnerPolicies *policies) { m_policies = policies; }

    // The selected preset's file name; empty when none.
    QString selectedFile() const;
    void select(const QString &fileName);
    void reload();

    void createFromCurrent();
    void editSelected();
    void saveFormsToEdited();
    void duplicateSelected();
    void renameSelected();
    void deleteSelected();
    void importPreset();
    void exportSelected();
    // Opens the selected preset's Content ID plan (ui/rights/RightsPlanDialog).
    void editRightsOfSelected();
    // The one action: returns false (and says why) when nothing was sent.
    bool createBroadcastFromSelected();

private:
    // The second halves, once the operator has answered.
    void createFromCurrentNamed(const QString &name);
    void renameTo(const QString &file, const QString &name);
    void deleteFile(const QString &file);
    void importFrom(const QString &path);
    void exportTo(const QString &file, const QString &path);
    void say(const QString &text);
    void refreshButtons();

    PresetLauncher *m_launcher;
    PresetStore *m_store;
    BroadcastSession *m_session;
    BroadcastForm *m_broadcastForm;
    StreamForm *m_streamForm;
    AskText m_askText;
    AskPath m_askPath;
    Confirm m_confirm;
    OwnerPolicies *m_policies = nullptr;
    QString m_editing; // the file whose preset is loaded into the forms

    QListWidget *m_list = nullptr;
    QLabel *m_errors = nullptr;
    QLabel *m_result = nullptr;
    QList<QPushButton *> m_needSelection;
    QPushButton *m_saveForms = nullptr;
    QPushButton *m_fromCurrent = nullptr;
};

} // namespace onair::ui
