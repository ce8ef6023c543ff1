#include "presets/PresetPanel.h"

#include "presets/BroadcastPlan.h"
#include "presets/PresetLauncher.h"
#include "presets/PresetStore.h"
#include "rights/RightsPlanDialog.h"
#include "setup/BroadcastForm.h"
#include "setup/StreamForm.h"
#include "show/BroadcastSession.h"

#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace onair::ui {

PresetPanel::PresetPanel(PresetLauncher *launcher, BroadcastSession *session,
                         BroadcastForm *broadcastForm, StreamForm *streamForm, QWidget *parent)
    : QWidget(parent)
    , m_launcher(launcher)
    , m_store(launcher->store())
    , m_session(session)
    , m_broadcastForm(broadcastForm)
    , m_streamForm(streamForm)
{
    setObjectName(QStringLiteral("presetPanel"));
    m_askText = [this](const QString &title, const QString &label, const QString &initial,
                       Prompts::TextAnswered answered) {
        Prompts::askText(this, title, label, initial, std::move(answered));
    };
    m_askPath = [this](const QString &title, bool save, Prompts::PathAnswered answered) {
        Prompts::askPath(this, title, tr("Presets (*.json)"), save, QString(), std::move(answered));
    };
    m_confirm = [this](const QString &title, const QString &question, Prompts::Answered answered) {
        Prompts::confirm(this, title, question, std::move(answered));
    };

    auto *v = new QVBoxLayout(this);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("presetList"));
    v->addWidget(m_list, 1);
    m_errors = new QLabel(this);
    m_errors->setObjectName(QStringLiteral("presetErrors"));
    m_errors->setWordWrap(true);
    m_errors->setTextInteractionFlags(Qt::TextSelectableByMouse);
    v->addWidget(m_errors);

    auto *grid = new QGridLayout;
    int n = 0;
    const auto button = [&](const QString &text, const QString &name, bool needsSelection,
                            void (PresetPanel::*slot)()) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        connect(b, &QPushButton::clicked, this, slot);
        grid->addWidget(b, n / 3, n % 3);
        ++n;
        if (needsSelection)
            m_needSelection << b;
        return b;
    };
    auto *create = new QPushButton(tr("&Create broadcast from preset"), this);
    create->setObjectName(QStringLiteral("presetCreateBroadcast"));
    connect(create, &QPushButton::clicked, this, [this] { createBroadcastFromSelected(); });
    m_needSelection << create;
    v->addWidget(create);
    m_fromCurrent = button(tr("New from current"), QStringLiteral("presetFromCurrent"), false,
                           &PresetPanel::createFromCurrent);
    button(tr("Edit in forms"), QStringLiteral("presetEdit"), true, &PresetPanel::editSelected);
    m_saveForms = button(tr("Save forms to preset"), QStringLiteral("presetSaveForms"), false,
                         &PresetPanel::saveFormsToEdited);
    button(tr("Duplicate"), QStringLiteral("presetDuplicate"), true,
           &PresetPanel::duplicateSelected);
    button(tr("Rename…"), QStringLiteral("presetRename"), true, &PresetPanel::renameSelected);
    button(tr("Delete…"), QStringLiteral("presetDelete"), true, &PresetPanel::deleteSelected);
    button(tr("Import…"), QStringLiteral("presetImport"), false, &PresetPanel::importPreset);
    button(tr("Export…"), QStringLiteral("presetExport"), true, &PresetPanel::exportSelected);
    button(tr("Content ID…"), QStringLiteral("presetRights"), true,
           &PresetPanel::editRightsOfSelected);
    v->addLayout(grid);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("presetResult"));
    m_result->setWordWrap(true);
    v->addWidget(m_result);

    connect(m_list, &QListWidget::currentRowChanged, this, [this] { refreshButtons(); });
    connect(m_store, &PresetStore::presetsChanged, this, &PresetPanel::reload);
    connect(m_launcher, &PresetLauncher::launched, this,
            [this](const QString &, const QString &id, int number) {
                say(tr("Broadcast %1 created from the preset (number %2).").arg(id).arg(number));
                reload();
            });
    connect(m_launcher, &PresetLauncher::launchFailed, this,
            [this](const QString &file, const QString &message) {
                say(tr("Could not create the broadcast from %1: %2")
                        .arg(m_store->displayName(file), message));
            });
    if (m_session)
        connect(m_session, &BroadcastSession::broadcastChanged, this, [this] { refreshButtons(); });
    reload();
}

QString PresetPanel::selectedFile() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void PresetPanel::select(const QString &fileName)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toString() == fileName) {
            m_list->setCurrentRow(i);
            return;
        }
    }
}

void PresetPanel::reload()
{
    const QString keep = selectedFile();
    const PresetStore::LoadReport report = m_store->loadAll();
    {
        const QSignalBlocker block(m_list);
        m_list->clear();
        for (const PresetStore::Entry &e : report.presets) {
            auto *item = new QListWidgetItem(e.preset.name, m_list);
            item->setData(Qt::UserRole, e.fileName);
            item->setToolTip(m_store->displayName(e.fileName));
        }
    }
    QStringList errors;
    for (const PresetError &e : report.errors)
        errors << e.message();
    m_errors->setText(
        errors.isEmpty()
            ? QString()
            : tr("Not loaded (left as they are):\n%1").arg(errors.join(QLatin1Char('\n'))));
    m_errors->setVisible(!errors.isEmpty());
    select(keep);
    refreshButtons();
}

void PresetPanel::refreshButtons()
{
    const bool selected = !selectedFile().isEmpty();
    for (QPushButton *b : std::as_const(m_needSelection))
        b->setEnabled(selected);
    m_saveForms->setEnabled(!m_editing.isEmpty());
    m_fromCurrent->setEnabled(m_session && m_session->broadcast() && m_session->stream());
}

void PresetPanel::say(const QString &text)
{
    m_result->setText(text);
}

void PresetPanel::createFromCurrent()
{
    if (!m_session || !m_session->broadcast() || !m_session->stream()) {
        say(tr("Create or open a broadcast with its stream first."));
        return;
    }
    m_askText(tr("New preset"), tr("Name of the preset:"), m_session->broadcast()->snippet.title,
              [this](std::optional<QString> name) {
                  if (name && !name->trimmed().isEmpty())
                      createFromCurrentNamed(name->trimmed());
              });
}

void PresetPanel::createFromCurrentNamed(const QString &name)
{
    // The show may have changed while the name was asked.
    if (!m_session || !m_session->broadcast() || !m_session->stream()) {
        say(tr("Create or open a broadcast with its stream first."));
        return;
    }
    BroadcastPreset::Extras extras;
    extras.tags = m_broadcastForm->tags();
    extras.thumbnailPath = m_broadcastForm->thumbnailPath();
    const PresetResult<QString> r =
        m_store->createFromBroadcast(name, *m_session->broadcast(), *m_session->stream(), extras);
    if (!r.isOk()) {
        say(r.error().message());
        return;
    }
    reload();
    select(r.value());
    say(tr("Preset saved as %1.").arg(m_store->displayName(r.value())));
}

void PresetPanel::editSelected()
{
    const QString file = selectedFile();
    const PresetResult<BroadcastPreset> p = m_store->load(file);
    if (!p.isOk()) {
        say(p.error().message());
        return;
    }
    // The forms show the templates as written, so that saving them back keeps {n}, {date}….
    BroadcastPlan plan =
        BroadcastPlan::fromPreset(p.value(), QDateTime::currentDateTime(), p.value().nextNumber);
    plan.broadcast.snippet.title = p.value().broadcast.titleTemplate;
    plan.broadcast.snippet.description = p.value().broadcast.descriptionTemplate;
    m_broadcastForm->setDraft(plan.broadcast, plan.categoryId, plan.tags);
    if (plan.newStream) {
        LiveStream s = *plan.newStream;
        s.snippet.title = p.value().stream.titleTemplate;
        m_streamForm->setDraft(s);
    }
    m_editing = file;
    refreshButtons();
    say(tr("\"%1\" is in the broadcast and stream forms: change them, then \"Save forms to "
           "preset\".")
            .arg(p.value().name));
}

void PresetPanel::saveFormsToEdited()
{
    const PresetResult<BroadcastPreset> old = m_store->load(m_editing);
    if (!old.isOk()) {
        say(old.error().message());
        return;
    }
    BroadcastPreset::Extras extras;
    extras.tags = m_broadcastForm->tags();
    extras.thumbnailPath = m_broadcastForm->thumbnailPath();
    extras.reuseStream = old.value().stream.reuseExisting;
    extras.adBreaks = old.value().adBreaks;
    LiveBroadcast b = m_broadcastForm->draft();
    LiveStream s = m_streamForm->draft();
    if (extras.reuseStream)
        s.id = old.value().stream.existingStreamId;
    BroadcastPreset preset = BroadcastPreset::fromBroadcast(old.value().name, b, s, extras);
    preset.nextNumber = old.value().nextNumber;
    preset.rights = old.value().rights; // the forms do not hold the Content ID plan
    preset.broadcast.categoryId = m_broadcastForm->categoryId();
    const PresetResult<QString> r = m_store->save(preset);
    if (!r.isOk()) {
        say(r.error().message());
        return;
    }
    reload();
    say(tr("Saved %1.").arg(m_store->displayName(r.value())));
}

void PresetPanel::duplicateSelected()
{
    const PresetResult<QString> r = m_store->duplicate(selectedFile());
    if (!r.isOk()) {
        say(r.error().message());
        return;
    }
    reload();
    select(r.value());
    say(tr("Duplicated as %1.").arg(m_store->displayName(r.value())));
}

void PresetPanel::renameSelected()
{
    const QString file = selectedFile();
    const QListWidgetItem *item = m_list->currentItem();
    m_askText(tr("Rename the preset"), tr("New name:"), item ? item->text() : QString(),
              [this, file](std::optional<QString> name) {
                  if (name && !name->trimmed().isEmpty())
                      renameTo(file, name->trimmed());
              });
}

void PresetPanel::renameTo(const QString &file, const QString &name)
{
    const PresetResult<QString> r = m_store->rename(file, name);
    if (!r.isOk()) {
        say(r.error().message());
        return;
    }
    if (m_editing == file)
        m_editing = r.value();
    reload();
    select(r.value());
    say(tr("Renamed to %1.").arg(m_store->displayName(r.value())));
}

void PresetPanel::deleteSelected()
{
    const QString file = selectedFile();
    m_confirm(tr("Delete the preset"),
              tr("Delete %1? This cannot be undone.").arg(m_store->displayName(file)),
              [this, file](bool yes) {
                  if (yes)
                      deleteFile(file);
              });
}

void PresetPanel::deleteFile(const QString &file)
{
    if (const auto error = m_store->remove(file)) {
        say(error->message());
        return;
    }
    if (m_editing == file)
        m_editing.clear();
    reload();
    say(tr("Deleted %1.").arg(m_store->displayName(file)));
}

void PresetPanel::importPreset()
{
    m_askPath(tr("Import a preset"), false, [this](const QString &path) {
        if (!path.isEmpty())
            importFrom(path);
    });
}

void PresetPanel::importFrom(const QString &path)
{
    const PresetResult<QString> r = m_store->importFrom(path);
    if (!r.isOk()) {
        say(r.error().message());
        return;
    }
    reload();
    select(r.value());
    say(tr("Imported as %1.").arg(m_store->displayName(r.value())));
}

void PresetPanel::exportSelected()
{
    const QString file = selectedFile();
    m_askPath(tr("Export the preset"), true, [this, file](const QString &path) {
        if (!path.isEmpty())
            exportTo(file, path);
    });
}

void PresetPanel::exportTo(const QString &file, const QString &path)
{
    if (const auto error = m_store->exportTo(file, path)) {
        say(error->message());
        return;
    }
    say(tr("Exported to %1.").arg(path));
}

void PresetPanel::editRightsOfSelected()
{
    const QString file = selectedFile();
    const PresetResult<BroadcastPreset> p = m_store->load(file);
    if (!p.isOk()) {
        say(p.error().message());
        return;
    }
    auto *dialog = new RightsPlanDialog(m_store, file, p.value(), m_policies, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, file] {
        say(tr("Saved the Content ID plan of %1.").arg(m_store->displayName(file)));
    });
    dialog->open();
}

bool PresetPanel::createBroadcastFromSelected()
{
    const QString file = selectedFile();
    if (file.isEmpty()) {
        say(tr("Choose a preset first."));
        return false;
    }
    const QString why = m_launcher->launch(file);
    if (!why.isEmpty()) {
        say(why);
        return false;
    }
    say(tr("Creating the broadcast from %1…").arg(m_store->displayName(file)));
    return true;
}

} // namespace onair::ui
