#include "RehearsalLogging.h"

Q_LOGGING_CATEGORY(lcRehearsal, "onair.rehearsal")
