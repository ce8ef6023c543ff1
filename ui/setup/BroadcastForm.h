#pragma once

#include "google/youtube/model/LiveBroadcast.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDoubleSpinBox;
class QLineEdit;
class QPlainTextEdit;

namespace onair::ui {

// Every setting an operator needs to create a broadcast. Broadcast fields become the
// liveBroadcasts.insert body; category and tags go to the video afterwards.
class BroadcastForm : public QWidget
{
    Q_OBJECT

public:
    explicit BroadcastForm(QWidget *parent = nullptr);

    LiveBroadcast draft() const;
    QString categoryId() const;
    QStringList tags() const;
    QString thumbnailPath() const;
    // Empty when the form can be sent, else what to fix.
    QString validate() const;

    void setDraft(const LiveBroadcast &b, const QString &categoryId, const QStringList &tags);

private:
    QLineEdit *m_title;
    QPlainTextEdit *m_description;
    QComboBox *m_privacy;
    QDateTimeEdit *m_start;
    QDateTimeEdit *m_end;
    QComboBox *m_category;
    QLineEdit *m_tags;
    QCheckBox *m_madeForKids;
    QComboBox *m_latency;
    QCheckBox *m_dvr;
    QCheckBox *m_recordFromStart;
    QCheckBox *m_monitor;
    QDoubleSpinBox *m_delay;
    QComboBox *m_captions;
    QCheckBox *m_embeddable;
    QComboBox *m_projection;
    QLineEdit *m_thumbnail;
};

} // namespace onair::ui
