#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace onair::ui {

// The window's look: the desktop's light one, or a dark control-room theme (dark greys, high
// contrast; the tally keeps its saturated colours in both). The first start follows the
// desktop (dark when it prefers dark); the operator's choice (Settings menu) is remembered
// (QSettings "view/theme": "dark" or "light").
class Theme
{
    Q_DECLARE_TR_FUNCTIONS(onair::ui::Theme)

public:
    enum class Scheme
    {
        Light,
        Dark
    };

    // What the desktop prefers: QStyleHints::colorScheme() where Qt has it (6.5), else
    // whether the platform's palette draws light text on a dark window.
    static Scheme desktopPreference();
    static std::optional<Scheme> saved();
    // The saved choice, else the desktop's preference.
    static Scheme initial() { return saved().value_or(desktopPreference()); }
    // Applies `scheme` to the whole application (palette and, for dark, the Fusion style).
    static void apply(Scheme scheme);
    // Applies and remembers the operator's choice.
    static void choose(Scheme scheme);
    static Scheme current();
};

} // namespace onair::ui
