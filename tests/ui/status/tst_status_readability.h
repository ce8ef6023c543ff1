#pragma once

#include <QObject>

// The status area as the operator sees it from across the gallery: the tally's colour follows
// what can be done next and never stands alone (a word with it), the tally word and the clocks
// are tall enough to read from three metres on a 1366×768 screen in both themes, and the dark
// control-room theme follows the desktop, can be switched and is remembered.
class TestStatusReadability : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void tallyFollowsWhatCanBeDoneNext_data();
    void tallyFollowsWhatCanBeDoneNext();
    void everyStateHasItsOwnWordAndColour();
    void darkThemeFollowsTheDesktopAndIsRemembered();
    void readableFromThreeMetres_data();
    void readableFromThreeMetres();
};
