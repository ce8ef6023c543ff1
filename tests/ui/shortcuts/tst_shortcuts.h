#pragma once

#include <QObject>

// The shortcut registry and its settings dialog on a real (Xvfb) display.
class TestShortcuts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void adBreakDefaults();
    void presetListChanges();
    void conflictDetection();
    void overrideSavedAndReloaded();
    void unreadableOverrideIgnored();
    void keyPressTriggersOnce();
    void dialogRefusesConflict();
};
