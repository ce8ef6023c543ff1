#include "net/ApiLogging.h"

Q_LOGGING_CATEGORY(lcApi, "onair.api")
