#include "uploads/UploadsPanel.h"

#include "google/youtube/upload/UploadQueue.h"
#include "uploads/UploadForm.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace onair::ui {

namespace {

enum Column
{
    FileColumn,
    TitleColumn,
    StateColumn,
    ProgressColumn,
    RateColumn,
    LeftColumn,
    VideoColumn,
    ColumnCount
};

QString mib(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

const QString kAtOnceKey = QStringLiteral("uploads/atOnce");

QString watchUrl(const QString &videoId)
{
    return QStringLiteral("https://www.youtube.com/watch?v=") + videoId;
}

} // namespace

UploadsPanel::UploadsPanel(UploadQueue *queue, QWidget *parent)
    : QWidget(parent)
    , m_queue(queue)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_progress(new QProgressBar(this))
    , m_message(new QLabel(this))
    , m_add(new QPushButton(tr("Upload a recording…"), this))
    , m_offer(new QPushButton(tr("Upload the recording…"), this))
    , m_pause(new QPushButton(tr("Pause"), this))
    , m_resume(new QPushButton(tr("Resume"), this))
    , m_cancel(new QPushButton(tr("Cancel upload…"), this))
    , m_up(new QPushButton(tr("Up"), this))
    , m_down(new QPushButton(tr("Down"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_atOnce(new QSpinBox(this))
{
    m_table->setObjectName(QStringLiteral("uploadQueue"));
    m_table->setHorizontalHeaderLabels({tr("File"), tr("Title"), tr("State"), tr("Progress"),
                                        tr("Rate"), tr("Time left"), tr("Video")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_progress->setObjectName(QStringLiteral("uploadProgress"));
    m_message->setObjectName(QStringLiteral("uploadMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_message->setOpenExternalLinks(true);
    m_add->setObjectName(QStringLiteral("uploadAdd"));
    m_pause->setObjectName(QStringLiteral("uploadPause"));
    m_resume->setObjectName(QStringLiteral("uploadResume"));
    m_cancel->setObjectName(QStringLiteral("uploadCancel"));
    m_atOnce->setRange(1, 4);
    m_atOnce->setValue(QSettings().value(kAtOnceKey, 1).toInt());
    m_atOnce->setToolTip(tr("How many files upload at the same time"));
    m_queue->setMaxRunning(m_atOnce->value());

    auto *buttons = new QHBoxLayout;
    m_offer->setObjectName(QStringLiteral("uploadOffer"));
    m_offer->setToolTip(tr("The show has ended: upload its recording with the show's title and "
                           "description"));
    m_offer->hide();
    for (QPushButton *b : {m_offer, m_add, m_pause, m_resume, m_cancel, m_up, m_down, m_remove})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(new QLabel(tr("At once"), this));
    buttons->addWidget(m_atOnce);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_message);

    connect(m_add, &QPushButton::clicked, this, [this] { openForm(UploadMetadata()); });
    connect(m_offer, &QPushButton::clicked, this, [this] {
        m_offer->hide();
        openForm(m_offered, QString(), m_offeredShow);
    });
    connect(m_pause, &QPushButton::clicked, this, [this] { m_queue->pause(selectedId()); });
    connect(m_resume, &QPushButton::clicked, this, [this] { m_queue->resume(selectedId()); });
    connect(m_cancel, &QPushButton::clicked, this, &UploadsPanel::cancelSelected);
    connect(m_up, &QPushButton::clicked, this, [this] { m_queue->move(selectedId(), -1); });
    connect(m_down, &QPushButton::clicked, this, [this] { m_queue->move(selectedId(), +1); });
    connect(m_remove, &QPushButton::clicked, this, [this] { m_queue->remove(selectedId()); });
    connect(m_atOnce, &QSpinBox::valueChanged, this, [this](int n) {
        QSettings().setValue(kAtOnceKey, n);
        m_queue->setMaxRunning(n);
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &UploadsPanel::refreshButtons);
    connect(m_queue, &UploadQueue::itemsChanged, this, &UploadsPanel::rebuild);
    connect(m_queue, &UploadQueue::progressed, this, &UploadsPanel::refreshRow);
    connect(m_queue, &UploadQueue::logged, this, [this](const QString &sentence, bool ok) {
        m_message->setText(ok ? sentence : QStringLiteral("⚠ ") + sentence);
    });
    connect(m_queue, &UploadQueue::uploaded, this, [this](const QString &id, const QString &video) {
        const QString url = watchUrl(video);
        refreshRow(id);
        m_message->setText(
            tr("Uploaded: <a href=\"%1\">%2</a>. YouTube processes it now.").arg(url, video));
    });
    connect(m_queue, &UploadQueue::processingFinished, this,
            [this](const QString &id, const QString &video, bool ok, const QString &reason) {
                const QString url = watchUrl(video);
                refreshRow(id);
                m_message->setText(
                    ok ? tr("<a href=\"%1\">%2</a> is processed and ready.").arg(url, video)
                       : tr("⚠ YouTube did not process <a href=\"%1\">%2</a>: %3. Open it in "
                            "YouTube Studio to see why.")
                             .arg(url, video, reason));
            });
    rebuild();
}

void UploadsPanel::openForm(const UploadMetadata &metadata, const QString &filePath,
                            const QJsonObject &show)
{
    auto *form = new UploadForm(this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    form->setMetadata(metadata);
    if (!filePath.isEmpty())
        form->setFilePath(filePath);
    connect(form, &QDialog::accepted, this, [this, form, show] {
        const QString error = m_queue->add(form->filePath(), form->metadata(), show);
        if (!error.isEmpty())
            m_message->setText(QStringLiteral("⚠ ") + error);
    });
    form->open();
}

void UploadsPanel::offerRecording(const UploadMetadata &metadata, const QJsonObject &show)
{
    m_offered = metadata;
    m_offeredShow = show;
    m_offer->show();
    m_message->setText(tr("The show has ended: “Upload the recording…” sends its recording "
                          "with the show's title and description."));
}

QString UploadsPanel::progressText() const
{
    for (const UploadRecord &r : m_queue->items()) {
        if (r.state == UploadRecord::State::Uploading)
            return tr("%1% of %2")
                .arg(m_queue->progress(r.id).percent())
                .arg(QFileInfo(r.file.path).fileName());
    }
    return {};
}

void UploadsPanel::rebuild()
{
    const QString selected = selectedId();
    const QList<UploadRecord> &items = m_queue->items();
    m_table->setRowCount(int(items.size()));
    for (int row = 0; row < items.size(); ++row) {
        const UploadRecord &r = items.at(row);
        const UploadMetadata m = UploadMetadata::fromJson(r.metadata);
        auto *file = new QTableWidgetItem(QFileInfo(r.file.path).fileName());
        file->setData(Qt::UserRole, r.id);
        file->setToolTip(r.file.path);
        m_table->setItem(row, FileColumn, file);
        m_table->setItem(row, TitleColumn, new QTableWidgetItem(m.title));
        for (int c = StateColumn; c < ColumnCount; ++c)
            m_table->setItem(row, c, new QTableWidgetItem);
        if (r.id == selected)
            m_table->selectRow(row);
        refreshRow(r.id);
    }
    refreshButtons();
}

void UploadsPanel::refreshRow(const QString &id)
{
    const std::optional<UploadRecord> r = m_queue->item(id);
    if (!r)
        return;
    int row = -1;
    for (int i = 0; i < m_table->rowCount(); ++i) {
        if (m_table->item(i, FileColumn)->data(Qt::UserRole).toString() == id)
            row = i;
    }
    if (row < 0)
        return;
    const UploadQueue::Progress p = m_queue->progress(id);
    QString state;
    switch (r->state) {
    case UploadRecord::State::Queued:
        state = tr("Waiting");
        break;
    case UploadRecord::State::Uploading:
        state = tr("Uploading");
        break;
    case UploadRecord::State::Paused:
        state = tr("Paused");
        break;
    case UploadRecord::State::Failed:
        state = tr("Stopped");
        break;
    case UploadRecord::State::Done:
        state = tr("Uploaded");
        break;
    case UploadRecord::State::Cancelled:
        state = tr("Cancelled");
        break;
    }
    m_table->item(row, StateColumn)->setText(state);
    m_table->item(row, StateColumn)->setToolTip(r->lastError);
    m_table->item(row, ProgressColumn)
        ->setText(tr("%1 of %2 MiB (%3%)").arg(mib(p.bytes), mib(p.total)).arg(p.percent()));
    const bool sending = r->state == UploadRecord::State::Uploading;
    m_table->item(row, RateColumn)
        ->setText(sending && p.bytesPerSecond > 0
                      ? tr("%1 MiB/s").arg(p.bytesPerSecond / (1024.0 * 1024.0), 0, 'f', 1)
                      : QString());
    m_table->item(row, LeftColumn)
        ->setText(sending && p.secondsLeft >= 0
                      ? tr("%1 min %2 s").arg(p.secondsLeft / 60).arg(p.secondsLeft % 60)
                      : QString());
    QTableWidgetItem *video = m_table->item(row, VideoColumn);
    video->setText(r->resultId.isEmpty() ? QString()
                                         : tr("%1 (%2)").arg(r->resultId, processingText(*r)));
    video->setToolTip(r->resultId.isEmpty() ? QString() : watchUrl(r->resultId));
    if (sending || selectedId() == id) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(p.total > 0 ? int(p.bytes * 1000 / p.total) : 0);
        m_progress->setFormat(tr("%1%").arg(p.percent()));
    }
    const QString text = progressText();
    if (text != m_lastProgressText) {
        m_lastProgressText = text;
        Q_EMIT progressTextChanged(text);
    }
}

QString UploadsPanel::processingText(const UploadRecord &r)
{
    if (r.processing.isEmpty())
        return tr("processing…");
    if (r.processing == QLatin1String("processed"))
        return tr("processed");
    return tr("not processed: %1")
        .arg(r.processingReason.isEmpty() ? r.processing : r.processingReason);
}

void UploadsPanel::refreshButtons()
{
    const std::optional<UploadRecord> r = m_queue->item(selectedId());
    const auto is = [&r](UploadRecord::State s) { return r && r->state == s; };
    m_pause->setEnabled(is(UploadRecord::State::Uploading) || is(UploadRecord::State::Queued));
    m_resume->setEnabled(is(UploadRecord::State::Paused) || is(UploadRecord::State::Failed));
    m_cancel->setEnabled(r && !r->isFinished());
    m_up->setEnabled(r.has_value());
    m_down->setEnabled(r.has_value());
    m_remove->setEnabled(r && !is(UploadRecord::State::Uploading) &&
                         !is(UploadRecord::State::Queued));
}

QString UploadsPanel::selectedId() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    if (items.isEmpty())
        return {};
    const QTableWidgetItem *file = m_table->item(items.first()->row(), FileColumn);
    return file ? file->data(Qt::UserRole).toString() : QString();
}

void UploadsPanel::cancelSelected()
{
    const QString id = selectedId();
    const std::optional<UploadRecord> r = m_queue->item(id);
    if (!r)
        return;
    const QString question =
        tr("Cancel the upload of %1? YouTube forgets what it received; uploading it again "
           "starts from the beginning.")
            .arg(QFileInfo(r->file.path).fileName());
    if (!m_confirm) {
        m_queue->cancel(id);
        return;
    }
    m_confirm(tr("Cancel upload"), question, [this, id](bool yes) {
        if (yes)
            m_queue->cancel(id);
    });
}

} // namespace onair::ui
