#pragma once

#include "google/youtube/model/LiveStream.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace onair::ui {

// A new ingest stream: its settings cannot change once created (YouTube's rule), so a
// misconfigured stream is replaced, not edited.
class StreamForm : public QWidget
{
    Q_OBJECT

public:
    explicit StreamForm(QWidget *parent = nullptr);
    LiveStream draft() const;
    void setDraft(const LiveStream &s);
    QString validate() const;

private:
    QLineEdit *m_title;
    QComboBox *m_ingestion;
    QComboBox *m_resolution;
    QComboBox *m_frameRate;
    QCheckBox *m_reusable;
};

} // namespace onair::ui
