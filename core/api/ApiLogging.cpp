#include "ApiLogging.h"

Q_LOGGING_CATEGORY(lcApi, "onair.api")
