#include "setup/StreamForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

namespace onair::ui {

StreamForm::StreamForm(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("streamForm"));
    auto *form = new QFormLayout(this);
    m_title = new QLineEdit(tr("Main encoder"), this);
    m_title->setObjectName(QStringLiteral("streamTitleEdit"));
    m_title->setMaxLength(128);
    form->addRow(tr("Stream &name"), m_title);
    m_ingestion = new QComboBox(this);
    m_ingestion->setObjectName(QStringLiteral("ingestionCombo"));
    for (const char *t : {"rtmp", "hls", "dash", "webrtc"})
        m_ingestion->addItem(QString::fromLatin1(t), QString::fromLatin1(t));
    form->addRow(tr("&Ingestion"), m_ingestion);
    m_resolution = new QComboBox(this);
    m_resolution->setObjectName(QStringLiteral("resolutionCombo"));
    for (const char *r : {"1080p", "720p", "480p", "360p", "240p", "1440p", "2160p", "variable"})
        m_resolution->addItem(QString::fromLatin1(r), QString::fromLatin1(r));
    form->addRow(tr("&Resolution"), m_resolution);
    m_frameRate = new QComboBox(this);
    m_frameRate->setObjectName(QStringLiteral("frameRateCombo"));
    for (const char *f : {"30fps", "60fps", "variable"})
        m_frameRate->addItem(QString::fromLatin1(f), QString::fromLatin1(f));
    form->addRow(tr("&Frame rate"), m_frameRate);
    m_reusable = new QCheckBox(tr("Reusable for later broadcasts"), this);
    m_reusable->setObjectName(QStringLiteral("reusableCheck"));
    m_reusable->setChecked(true);
    form->addRow(QString(), m_reusable);
}

LiveStream StreamForm::draft() const
{
    LiveStream s;
    s.snippet.title = m_title->text().trimmed();
    s.cdn.ingestionType = m_ingestion->currentData().toString();
    s.cdn.resolution = m_resolution->currentData().toString();
    s.cdn.frameRate = m_frameRate->currentData().toString();
    s.contentDetails.isReusable = m_reusable->isChecked();
    return s;
}

void StreamForm::setDraft(const LiveStream &s)
{
    m_title->setText(s.snippet.title);
    for (auto [box, value] :
         {std::pair{m_ingestion, s.cdn.ingestionType}, std::pair{m_resolution, s.cdn.resolution},
          std::pair{m_frameRate, s.cdn.frameRate}}) {
        const int i = box->findData(value);
        if (i >= 0)
            box->setCurrentIndex(i);
    }
    m_reusable->setChecked(s.contentDetails.isReusable);
}

QString StreamForm::validate() const
{
    if (m_title->text().trimmed().isEmpty())
        return tr("Give the stream a name.");
    return {};
}

} // namespace onair::ui
