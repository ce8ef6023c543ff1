#include "google/oauth/AuthLogging.h"

Q_LOGGING_CATEGORY(lcAuth, "onair.auth")
