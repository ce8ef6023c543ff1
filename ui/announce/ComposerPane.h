#pragma once

#include "announce/Announcement.h"
#include "announce/AnnouncementSpec.h"
#include "announce/PostTemplate.h"
#include "announce/ShowFields.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace onair {
class Announcements;
}

namespace onair::ui {

class DateTimeField;

// The composer: the account(s), the trigger (at a time, N minutes before the start, on live,
// on complete, when the recording is processed), the template with the show's fields, and a
// preview per platform showing exactly what each one will get (Telegram's HTML rendered with
// its Watch button, Instagram's caption and image) with the length left and every problem in
// a sentence. A post that is not sendable is refused. A timed post enters the queue at once;
// the others join the show's posts (specs()) that the show's events turn into queue items.
//
// Editing a queued item loads its text (already expanded) and time; "Save" writes them back.
class ComposerPane : public QWidget
{
    Q_OBJECT

public:
    explicit ComposerPane(Announcements *announcements, QWidget *parent = nullptr);

    // What the preview fills the fields with (the current show's; a sample until there is one).
    void setShowFields(const ShowFields &fields);
    void setStyle(const PostTemplate::Style &style);
    const QList<AnnouncementSpec> &specs() const { return m_specs; }

    // Loads a queued item (pending, held or failed) to edit its text and time.
    void edit(const Announcement &item);

    // Writes the show's posts into its preset; returns the error, empty when saved. The
    // "Save in the preset" button shows once it is set.
    using SaveToPreset = std::function<QString()>;
    void setSaveToPreset(SaveToPreset save);

Q_SIGNALS:
    void specsChanged(const QList<AnnouncementSpec> &specs);
    void scheduled(const QList<qint64> &ids);

private:
    void reloadAccounts();
    void updatePreview();
    void submit();
    void stopEditing();
    QStringList checkedAccounts() const;
    AnnouncementSpec::Trigger trigger() const;
    // The fields the preview expands: an upload trigger's post gets the uploaded video's own
    // watch page and thumbnail (its id is known once uploaded), the show's otherwise.
    ShowFields previewFields() const;

    Announcements *m_announcements;
    ShowFields m_fields;
    bool m_showOpen = false; // m_fields are a broadcast's, not the sample's
    PostTemplate::Style m_style;
    QList<AnnouncementSpec> m_specs;
    qint64 m_editing = 0;
    SaveToPreset m_saveToPreset;

    QListWidget *m_accounts;
    QLineEdit *m_label;
    QComboBox *m_trigger;
    DateTimeField *m_at;
    QSpinBox *m_minutes;
    QPlainTextEdit *m_template;
    QLineEdit *m_button;
    QCheckBox *m_withImage;
    QLabel *m_telegramPreview;
    QLabel *m_telegramButton;
    QLabel *m_telegramLength;
    QLabel *m_instagramPreview;
    QLabel *m_instagramLength;
    QLabel *m_problems;
    QPushButton *m_submit;
    QPushButton *m_cancelEdit;
    QPushButton *m_savePreset;
};

} // namespace onair::ui
