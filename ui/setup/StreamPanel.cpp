#include "setup/StreamPanel.h"

#include <QApplication>
#include <QClipboard>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace onair::ui {

StreamPanel::StreamPanel(QWidget *parent)
    : QGroupBox(tr("Ingest stream"), parent)
{
    setObjectName(QStringLiteral("streamPanel"));
    auto *form = new QFormLayout(this);
    m_summary = new QLabel(tr("No stream bound"), this);
    m_summary->setObjectName(QStringLiteral("streamSummary"));
    m_summary->setWordWrap(true);
    form->addRow(m_summary);
    m_url = addRow(form, tr("Ingestion URL"), QStringLiteral("ingestionUrl"), &m_copyUrl);
    m_backupUrl = addRow(form, tr("Backup URL"), QStringLiteral("backupUrl"), &m_copyBackup);
    m_key = addRow(form, tr("Stream key"), QStringLiteral("streamKey"), &m_copyKey);

    m_reveal = new QPushButton(tr("Reveal key"), this);
    m_reveal->setObjectName(QStringLiteral("revealKey"));
    m_reveal->setCheckable(true);
    form->addRow(QString(), m_reveal);
    connect(m_reveal, &QPushButton::toggled, this, &StreamPanel::setRevealed);

    const auto copy = [this](const QString &text, const QString &what) {
        if (text.isEmpty())
            return;
        QApplication::clipboard()->setText(text);
        Q_EMIT copied(what);
    };
    connect(m_copyUrl, &QPushButton::clicked, this, [this, copy] {
        copy(m_stream ? m_stream->cdn.ingestionInfo.ingestionAddress : QString(),
             tr("ingestion URL"));
    });
    connect(m_copyBackup, &QPushButton::clicked, this, [this, copy] {
        copy(m_stream ? m_stream->cdn.ingestionInfo.backupIngestionAddress : QString(),
             tr("backup URL"));
    });
    connect(m_copyKey, &QPushButton::clicked, this, [this, copy] {
        copy(m_stream ? m_stream->cdn.ingestionInfo.streamName : QString(), tr("stream key"));
    });
    setStream(std::nullopt);
}

QLineEdit *StreamPanel::addRow(QFormLayout *form, const QString &label, const QString &name,
                               QPushButton **copyButton)
{
    auto *row = new QWidget(this);
    auto *h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    auto *edit = new QLineEdit(row);
    edit->setObjectName(name);
    edit->setReadOnly(true);
    h->addWidget(edit, 1);
    *copyButton = new QPushButton(tr("Copy"), row);
    (*copyButton)->setObjectName(name + QStringLiteral("Copy"));
    h->addWidget(*copyButton);
    form->addRow(label, row);
    return edit;
}

QString StreamPanel::maskKey(const QString &key)
{
    QString masked = key;
    for (QChar &c : masked) {
        if (c != QLatin1Char('-'))
            c = QChar(0x2022); // •
    }
    return masked;
}

void StreamPanel::setRevealed(bool revealed)
{
    m_revealed = revealed;
    m_reveal->setText(revealed ? tr("Hide key") : tr("Reveal key"));
    const QString key = m_stream ? m_stream->cdn.ingestionInfo.streamName : QString();
    m_key->setText(revealed ? key : maskKey(key));
}

void StreamPanel::setStream(const std::optional<LiveStream> &stream)
{
    m_stream = stream;
    const bool has = stream.has_value();
    for (QWidget *w : {static_cast<QWidget *>(m_copyUrl), static_cast<QWidget *>(m_copyBackup),
                       static_cast<QWidget *>(m_copyKey), static_cast<QWidget *>(m_reveal)})
        w->setEnabled(has);
    if (!has) {
        m_summary->setText(tr("No stream bound"));
        m_url->clear();
        m_backupUrl->clear();
        m_key->clear();
        m_reveal->setChecked(false);
        return;
    }
    m_summary->setText(
        tr("%1 — %2, %3 %4, %5")
            .arg(stream->snippet.title, stream->cdn.ingestionType, stream->cdn.resolution,
                 stream->cdn.frameRate,
                 stream->contentDetails.isReusable ? tr("reusable") : tr("single use")));
    m_url->setText(stream->cdn.ingestionInfo.ingestionAddress);
    m_backupUrl->setText(stream->cdn.ingestionInfo.backupIngestionAddress);
    setRevealed(m_revealed);
}

} // namespace onair::ui
