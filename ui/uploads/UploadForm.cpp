#include "uploads/UploadForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace onair::ui {

UploadForm::UploadForm(QWidget *parent)
    : QDialog(parent)
    , m_file(new QLineEdit(this))
    , m_title(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_tags(new QLineEdit(this))
    , m_category(new QComboBox(this))
    , m_privacy(new QComboBox(this))
    , m_schedule(new QCheckBox(tr("Publish at"), this))
    , m_publishAt(new QDateTimeEdit(this))
    , m_publishNote(new QLabel(this))
    , m_kids(new QCheckBox(tr("Made for kids"), this))
    , m_license(new QComboBox(this))
    , m_embeddable(new QCheckBox(tr("Allow embedding"), this))
    , m_hasRecordingDate(new QCheckBox(tr("Recorded on"), this))
    , m_recordingDate(new QDateTimeEdit(this))
    , m_latitude(new QLineEdit(this))
    , m_longitude(new QLineEdit(this))
    , m_locationDescription(new QLineEdit(this))
    , m_notify(new QCheckBox(tr("Notify subscribers"), this))
    , m_thumbnail(new QLineEdit(this))
    , m_problems(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Upload a recording"));
    m_file->setObjectName(QStringLiteral("uploadFile"));
    m_title->setObjectName(QStringLiteral("uploadTitle"));
    m_description->setObjectName(QStringLiteral("uploadDescription"));
    m_tags->setObjectName(QStringLiteral("uploadTags"));
    m_tags->setPlaceholderText(tr("tags, separated by commas"));
    m_problems->setObjectName(QStringLiteral("uploadProblems"));
    m_problems->setWordWrap(true);
    m_publishNote->setObjectName(QStringLiteral("uploadPublishNote"));

    // YouTube's video categories (the usual ones for recorded shows).
    const QList<QPair<QString, QString>> categories = {
        {QStringLiteral("22"), tr("People & Blogs")},
        {QStringLiteral("24"), tr("Entertainment")},
        {QStringLiteral("25"), tr("News & Politics")},
        {QStringLiteral("27"), tr("Education")},
        {QStringLiteral("28"), tr("Science & Technology")},
        {QStringLiteral("10"), tr("Music")},
        {QStringLiteral("17"), tr("Sports")},
        {QStringLiteral("20"), tr("Gaming")}};
    for (const auto &[id, name] : categories)
        m_category->addItem(name, id);
    m_privacy->addItem(tr("Private"), QStringLiteral("private"));
    m_privacy->addItem(tr("Unlisted"), QStringLiteral("unlisted"));
    m_privacy->addItem(tr("Public"), QStringLiteral("public"));
    m_license->addItem(tr("Standard YouTube license"), QStringLiteral("youtube"));
    m_license->addItem(tr("Creative Commons – Attribution"), QStringLiteral("creativeCommon"));
    m_publishAt->setCalendarPopup(true);
    m_publishAt->setDateTime(QDateTime::currentDateTime().addSecs(24 * 3600));
    m_recordingDate->setCalendarPopup(true);
    m_recordingDate->setDateTime(QDateTime::currentDateTime());
    m_embeddable->setChecked(true);
    m_notify->setChecked(true);
    m_latitude->setPlaceholderText(tr("latitude"));
    m_longitude->setPlaceholderText(tr("longitude"));

    auto *form = new QFormLayout;
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    auto *browse = new QPushButton(tr("Choose…"), this);
    fileRow->addWidget(browse);
    form->addRow(tr("File"), fileRow);
    form->addRow(tr("Title"), m_title);
    form->addRow(tr("Description"), m_description);
    form->addRow(tr("Tags"), m_tags);
    form->addRow(tr("Category"), m_category);
    form->addRow(tr("Privacy"), m_privacy);
    auto *publishRow = new QHBoxLayout;
    publishRow->addWidget(m_schedule);
    publishRow->addWidget(m_publishAt, 1);
    form->addRow(QString(), publishRow);
    form->addRow(QString(), m_publishNote);
    form->addRow(QString(), m_kids);
    form->addRow(tr("License"), m_license);
    form->addRow(QString(), m_embeddable);
    auto *recordedRow = new QHBoxLayout;
    recordedRow->addWidget(m_hasRecordingDate);
    recordedRow->addWidget(m_recordingDate, 1);
    form->addRow(QString(), recordedRow);
    auto *locationRow = new QHBoxLayout;
    locationRow->addWidget(m_latitude);
    locationRow->addWidget(m_longitude);
    form->addRow(tr("Location"), locationRow);
    form->addRow(tr("Place"), m_locationDescription);
    form->addRow(QString(), m_notify);
    auto *thumbRow = new QHBoxLayout;
    thumbRow->addWidget(m_thumbnail, 1);
    auto *thumbBrowse = new QPushButton(tr("Choose…"), this);
    thumbRow->addWidget(thumbBrowse);
    form->addRow(tr("Thumbnail"), thumbRow);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);

    connect(browse, &QPushButton::clicked, this, &UploadForm::chooseFile);
    connect(thumbBrowse, &QPushButton::clicked, this, &UploadForm::chooseThumbnail);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *e : {m_file, m_title, m_tags, m_latitude, m_longitude})
        connect(e, &QLineEdit::textChanged, this, &UploadForm::revalidate);
    connect(m_description, &QPlainTextEdit::textChanged, this, &UploadForm::revalidate);
    connect(m_privacy, &QComboBox::currentIndexChanged, this, &UploadForm::revalidate);
    connect(m_schedule, &QCheckBox::toggled, this, &UploadForm::revalidate);
    connect(m_publishAt, &QDateTimeEdit::dateTimeChanged, this, &UploadForm::revalidate);
    connect(m_hasRecordingDate, &QCheckBox::toggled, this, &UploadForm::revalidate);
    revalidate();
}

void UploadForm::setFilePath(const QString &path)
{
    m_file->setText(path);
}

QString UploadForm::filePath() const
{
    return m_file->text().trimmed();
}

void UploadForm::setMetadata(const UploadMetadata &m)
{
    m_title->setText(m.title);
    m_description->setPlainText(m.description);
    m_tags->setText(m.tags.join(QStringLiteral(", ")));
    m_category->setCurrentIndex(std::max(0, m_category->findData(m.categoryId)));
    m_privacy->setCurrentIndex(std::max(0, m_privacy->findData(m.privacyStatus)));
    m_schedule->setChecked(m.publishAt.isValid());
    if (m.publishAt.isValid())
        m_publishAt->setDateTime(m.publishAt.toLocalTime());
    m_kids->setChecked(m.madeForKids);
    m_license->setCurrentIndex(std::max(0, m_license->findData(m.license)));
    m_embeddable->setChecked(m.embeddable);
    m_hasRecordingDate->setChecked(m.recordingDate.isValid());
    if (m.recordingDate.isValid())
        m_recordingDate->setDateTime(m.recordingDate.toLocalTime());
    m_latitude->setText(m.latitude ? QString::number(*m.latitude) : QString());
    m_longitude->setText(m.longitude ? QString::number(*m.longitude) : QString());
    m_locationDescription->setText(m.locationDescription);
    m_notify->setChecked(m.notifySubscribers);
    m_thumbnail->setText(m.thumbnailPath);
    revalidate();
}

UploadMetadata UploadForm::metadata() const
{
    UploadMetadata m;
    m.title = m_title->text();
    m.description = m_description->toPlainText();
    for (const QString &t : m_tags->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!t.trimmed().isEmpty())
            m.tags << t.trimmed();
    }
    m.categoryId = m_category->currentData().toString();
    m.privacyStatus = m_privacy->currentData().toString();
    if (m_schedule->isChecked())
        m.publishAt = m_publishAt->dateTime().toUTC();
    m.madeForKids = m_kids->isChecked();
    m.license = m_license->currentData().toString();
    m.embeddable = m_embeddable->isChecked();
    if (m_hasRecordingDate->isChecked())
        m.recordingDate = m_recordingDate->dateTime().toUTC();
    bool latOk = false;
    bool lonOk = false;
    const double lat = m_latitude->text().toDouble(&latOk);
    const double lon = m_longitude->text().toDouble(&lonOk);
    if (latOk && lonOk) {
        m.latitude = lat;
        m.longitude = lon;
    }
    m.locationDescription = m_locationDescription->text().trimmed();
    m.notifySubscribers = m_notify->isChecked();
    m.thumbnailPath = m_thumbnail->text().trimmed();
    return m;
}

QStringList UploadForm::problems() const
{
    QStringList out;
    const QFileInfo file(filePath());
    if (filePath().isEmpty())
        out << tr("Choose the file to upload.");
    else if (!file.isFile() || !file.isReadable())
        out << tr("%1 is not a readable file.").arg(filePath());
    out << metadata().problems();
    const bool latGiven = !m_latitude->text().trimmed().isEmpty();
    const bool lonGiven = !m_longitude->text().trimmed().isEmpty();
    const UploadMetadata m = metadata();
    if ((latGiven || lonGiven) && !(m.latitude && m.longitude && std::abs(*m.latitude) <= 90 &&
                                    std::abs(*m.longitude) <= 180))
        out << tr("The location needs a latitude (−90…90) and a longitude (−180…180).");
    return out;
}

void UploadForm::revalidate()
{
    m_publishAt->setEnabled(m_schedule->isChecked());
    m_recordingDate->setEnabled(m_hasRecordingDate->isChecked());
    m_publishNote->setText(
        m_schedule->isChecked()
            ? tr("Publishes at %1 your time; private until then.")
                  .arg(QLocale().toString(m_publishAt->dateTime(), QLocale::LongFormat))
            : QString());
    const QStringList p = problems();
    m_problems->setText(p.join(QLatin1Char('\n')));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(p.isEmpty());
}

void UploadForm::chooseFile()
{
    auto *dialog = new QFileDialog(this, tr("Recording to upload"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilter(tr("Videos (*.mp4 *.mov *.mkv *.flv *.ts *.webm *.avi);;All files (*)"));
    connect(dialog, &QFileDialog::fileSelected, this, &UploadForm::setFilePath);
    dialog->open();
}

void UploadForm::chooseThumbnail()
{
    auto *dialog = new QFileDialog(this, tr("Thumbnail"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilter(tr("Images (*.jpg *.jpeg *.png)"));
    connect(dialog, &QFileDialog::fileSelected, m_thumbnail, &QLineEdit::setText);
    dialog->open();
}

} // namespace onair::ui
