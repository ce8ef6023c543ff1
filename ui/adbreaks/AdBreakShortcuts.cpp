#include "adbreaks/AdBreakShortcuts.h"

#include "shortcuts/ShortcutRegistry.h"

#include <QKeySequence>

namespace onair::ui {

void AdBreakShortcuts::registerActions(ShortcutRegistry &registry, quint32 defaultDurationSecs,
                                       const QList<quint32> &presetDurationsSecs)
{
    registry.registerAction(breakNowId(), tr("Ad break now (%1 s)").arg(defaultDurationSecs),
                            QKeySequence(Qt::Key_F9));
    const int presets =
        static_cast<int>(qMin<qsizetype>(presetDurationsSecs.size(), kMaxPresetShortcuts));
    for (int i = 0; i < presets; ++i) {
        registry.registerAction(
            presetId(i),
            tr("Ad break now, preset %1 (%2 s)").arg(i + 1).arg(presetDurationsSecs.at(i)),
            QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
    }
    for (int i = presets; i < kMaxPresetShortcuts; ++i)
        registry.removeAction(presetId(i));
    registry.registerAction(atOffsetId(), tr("Ad break at the chosen offset"),
                            QKeySequence(Qt::SHIFT | Qt::Key_F9));
    registry.registerAction(atWallTimeId(), tr("Ad break at the chosen wall time"),
                            QKeySequence(Qt::CTRL | Qt::Key_F9));
}

} // namespace onair::ui
