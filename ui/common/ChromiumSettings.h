#pragma once

namespace onair::ui {

// Chromium's process settings, read when its first profile starts: call before making a
// QWebEngineProfile (the monitor, the sandbox's read-back window). Safe to call again.
void prepareChromium();

} // namespace onair::ui
