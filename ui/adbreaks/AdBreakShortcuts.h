#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace onair::ui {

class ShortcutRegistry;

// The ad-break actions of the shortcut registry, their ids and default keys:
//   F9            adBreak.now         break now, the default duration
//   Ctrl+1 … 9    adBreak.preset1 …   break now, duration preset 1 … 9 (30, 60, 90, 120 s …)
//   Shift+F9      adBreak.atOffset    break at the offset chosen in the panel
//   Ctrl+F9       adBreak.atWallTime  break at the wall time chosen in the panel
// F9 sits apart from the typing keys, so a stray key in a text field does not cut to ads; its
// modified forms keep the ad-break family on one key.
class AdBreakShortcuts
{
    Q_DECLARE_TR_FUNCTIONS(onair::ui::AdBreakShortcuts)

public:
    static constexpr int kMaxPresetShortcuts = 9;

    static QString breakNowId() { return QStringLiteral("adBreak.now"); }
    static QString presetId(int index) // 0-based
    {
        return QStringLiteral("adBreak.preset%1").arg(index + 1);
    }
    static QString atOffsetId() { return QStringLiteral("adBreak.atOffset"); }
    static QString atWallTimeId() { return QStringLiteral("adBreak.atWallTime"); }

    // Registers the ad-break actions. One preset action per duration, up to nine; preset
    // actions beyond the list (a shorter list than before) are removed.
    static void registerActions(ShortcutRegistry &registry, quint32 defaultDurationSecs,
                                const QList<quint32> &presetDurationsSecs);
};

} // namespace onair::ui
