#include "show/ShowEvents.h"

namespace onair {

void ShowEvents::publish(const ShowEvent &event)
{
    switch (event.kind) {
    case ShowEvent::Kind::Created:
        Q_EMIT created(event);
        break;
    case ShowEvent::Kind::StreamBound:
        Q_EMIT streamBound(event);
        break;
    case ShowEvent::Kind::TestingReached:
        Q_EMIT testingReached(event);
        break;
    case ShowEvent::Kind::LiveReached:
        Q_EMIT liveReached(event);
        break;
    case ShowEvent::Kind::Completed:
        Q_EMIT completed(event);
        break;
    case ShowEvent::Kind::RecordingProcessed:
        Q_EMIT recordingProcessed(event);
        break;
    }
    Q_EMIT published(event);
}

} // namespace onair
