#pragma once

#include "google/youtube/model/LiveStream.h"

#include <QGroupBox>

#include <optional>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace onair::ui {

// The bound ingest stream: where the encoder publishes. The stream key is a secret: masked
// until the operator reveals it, copied to the clipboard on request, never logged.
class StreamPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit StreamPanel(QWidget *parent = nullptr);

    void setStream(const std::optional<LiveStream> &stream);
    static QString maskKey(const QString &key);
    bool isKeyRevealed() const { return m_revealed; }

Q_SIGNALS:
    void copied(const QString &what); // "ingestion URL", "stream key" — never the value

private:
    void setRevealed(bool revealed);
    QLineEdit *addRow(QFormLayout *form, const QString &label, const QString &name,
                      QPushButton **copyButton);

    std::optional<LiveStream> m_stream;
    bool m_revealed = false;
    QLabel *m_summary = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_backupUrl = nullptr;
    QLineEdit *m_key = nullptr;
    QPushButton *m_copyUrl = nullptr;
    QPushButton *m_copyBackup = nullptr;
    QPushButton *m_copyKey = nullptr;
    QPushButton *m_reveal = nullptr;
};

} // namespace onair::ui
