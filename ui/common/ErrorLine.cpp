#include "common/ErrorLine.h"

namespace onair::ui {

ErrorLine::ErrorLine(const QString &objectName, QWidget *parent)
    : QLabel(parent)
{
    setObjectName(objectName);
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setStyleSheet(QStringLiteral("color: #e0303a;"));
    hide();
}

void ErrorLine::showError(const QString &sentence)
{
    setText(sentence);
    setVisible(!sentence.isEmpty());
}

} // namespace onair::ui
