#pragma once

#include "google/youtube/upload/UploadMetadata.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace onair::ui {

// The metadata of one upload, checked as it is typed (title 1–100 characters, description at
// most 5000 bytes, tags at most 500 characters in all, a publication time to come and
// private until then); OK stays disabled while anything is wrong, and says what.
class UploadForm : public QDialog
{
    Q_OBJECT

public:
    explicit UploadForm(QWidget *parent = nullptr);

    void setFilePath(const QString &path);
    QString filePath() const;
    void setMetadata(const UploadMetadata &metadata);
    UploadMetadata metadata() const;
    // The sentences of what is wrong now (empty: OK may be pressed).
    QStringList problems() const;

private:
    void revalidate();
    void chooseFile();
    void chooseThumbnail();

    QLineEdit *m_file;
    QLineEdit *m_title;
    QPlainTextEdit *m_description;
    QLineEdit *m_tags;
    QComboBox *m_category;
    QComboBox *m_privacy;
    QCheckBox *m_schedule;
    QDateTimeEdit *m_publishAt;
    QLabel *m_publishNote;
    QCheckBox *m_kids;
    QComboBox *m_license;
    QCheckBox *m_embeddable;
    QCheckBox *m_hasRecordingDate;
    QDateTimeEdit *m_recordingDate;
    QLineEdit *m_latitude;
    QLineEdit *m_longitude;
    QLineEdit *m_locationDescription;
    QCheckBox *m_notify;
    QLineEdit *m_thumbnail;
    QLabel *m_problems;
    QDialogButtonBox *m_buttons;
};

} // namespace onair::ui
