#pragma once

#include <QDateTimeEdit>

namespace onair::ui {

// A date-time field that Tab leaves in one press, as any other field of a form: Qt's
// QDateTimeEdit walks its sections with Tab (five presses for "yyyy-MM-dd HH:mm"). The
// sections are still reached with the arrow keys (Left/Right) and the mouse.
class DateTimeField : public QDateTimeEdit
{
    Q_OBJECT

public:
    using QDateTimeEdit::QDateTimeEdit;

protected:
    bool focusNextPrevChild(bool next) override;
};

} // namespace onair::ui
