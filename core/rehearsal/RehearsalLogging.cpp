#include "rehearsal/RehearsalLogging.h"

Q_LOGGING_CATEGORY(lcRehearsal, "onair.rehearsal")
