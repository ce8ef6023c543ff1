#pragma once

#include <QObject>

// Declared apart from its fixtures: moc's lexer in Qt 6.4 loses its way in raw string literals.
class TestPresets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void templates_data();
    void templates();
    void templateWeekdayFollowsLocale();
    void roundTrip();
    void minimalUsesDefaults();
    void invalid_data();
    void invalid();
    void scheduledStart_data();
    void scheduledStart();
    void planFields();
    void planReusesStream();
    void planProblems();
    void fromBroadcast();
    void recordingUploadFillsTheShow();
};
