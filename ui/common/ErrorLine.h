#pragma once

#include <QLabel>

namespace onair::ui {

// A panel's own line for what went wrong when it last read something (a list that could not
// be read): hidden while all is well, so an error is never dropped silently.
class ErrorLine : public QLabel
{
    Q_OBJECT

public:
    explicit ErrorLine(const QString &objectName, QWidget *parent = nullptr);

    // Shows `sentence`, or hides the line when it is empty.
    void showError(const QString &sentence);
};

} // namespace onair::ui
