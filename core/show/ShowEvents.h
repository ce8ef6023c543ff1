#pragma once

#include "show/ShowEvent.h"

#include <QObject>

namespace onair {

// What happened to the show, for whoever follows it (upload, Content ID, announcements, the
// show rail): each signal comes once per broadcast, also across a restart and a reattach.
// Owned by the show; subscribers only connect.
class ShowEvents : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Emits the event's own signal, then published().
    void publish(const ShowEvent &event);

Q_SIGNALS:
    void created(const onair::ShowEvent &event);
    void streamBound(const onair::ShowEvent &event);
    void testingReached(const onair::ShowEvent &event);
    void liveReached(const onair::ShowEvent &event);
    void completed(const onair::ShowEvent &event);
    void recordingProcessed(const onair::ShowEvent &event);
    // Every one of the above.
    void published(const onair::ShowEvent &event);
};

} // namespace onair
