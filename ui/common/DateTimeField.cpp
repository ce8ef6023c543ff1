#include "common/DateTimeField.h"

namespace onair::ui {

bool DateTimeField::focusNextPrevChild(bool next)
{
    // QWidget's, not QDateTimeEdit's: the focus goes to the next field of the form.
    return QWidget::focusNextPrevChild(next); // NOLINT(bugprone-parent-virtual-call)
}

} // namespace onair::ui
