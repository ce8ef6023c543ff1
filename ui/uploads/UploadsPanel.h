#pragma once

#include "common/Prompts.h"
#include "google/youtube/upload/UploadMetadata.h"
#include "upload/UploadRecord.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace onair {
class UploadQueue;
}

namespace onair::ui {

// The Uploads panel: the account's queue with each item's state and progress (bytes,
// percent, rate, time left), pause, resume, cancel (asks first; it ends YouTube's session
// too), reorder and remove, how many upload at once, and "Upload a recording…" with the
// metadata form. Acts through the core UploadQueue only.
class UploadsPanel : public QWidget
{
    Q_OBJECT

public:
    using Confirm = Prompts::Confirm;

    explicit UploadsPanel(UploadQueue *queue, QWidget *parent = nullptr);

    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    // Opens the metadata form filled with `metadata` (the show's, after it completed); `show`
    // goes with the upload (UploadQueue::add).
    void openForm(const UploadMetadata &metadata, const QString &filePath = QString(),
                  const QJsonObject &show = QJsonObject());
    // A show completed: "Upload the recording…" appears and opens the form with `metadata`
    // (the show's) filled in; the upload carries `show` (the show and its upload posts).
    // Nothing opens by itself in the middle of the operator's work.
    void offerRecording(const UploadMetadata &metadata, const QJsonObject &show = QJsonObject());
    // "42% of show.mp4" while something uploads, empty otherwise (for the window title).
    QString progressText() const;

Q_SIGNALS:
    void progressTextChanged(const QString &text);

private:
    void rebuild();
    void refreshRow(const QString &id);
    void refreshButtons();
    // What YouTube made of an uploaded video: processing…, processed, or why not.
    static QString processingText(const UploadRecord &r);
    QString selectedId() const;
    void cancelSelected();

    UploadQueue *m_queue;
    QTableWidget *m_table;
    QProgressBar *m_progress;
    QLabel *m_message;
    QPushButton *m_add;
    QPushButton *m_offer;
    UploadMetadata m_offered;
    QJsonObject m_offeredShow;
    QPushButton *m_pause;
    QPushButton *m_resume;
    QPushButton *m_cancel;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_remove;
    QSpinBox *m_atOnce;
    Confirm m_confirm;
    QString m_lastProgressText;
};

} // namespace onair::ui
