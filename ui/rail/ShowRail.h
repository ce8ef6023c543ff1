#pragma once

#include "show/ShowStages.h"

#include <QMap>
#include <QWidget>

class QLabel;

namespace onair {
class BroadcastSession;
class RightsFlow;
} // namespace onair

namespace onair::ui {

// A slim strip with the stages of the show (ShowStages): done, current, next, later, and the
// ones that do not apply, small and greyed with the reason in a tooltip; then what is next and,
// when it cannot be taken yet, why (the lifecycle guard's sentence, in the next step's tooltip;
// the transport's why line says it too). Renders the model only; its
// input is read from the session on the session's signals.
class ShowRail : public QWidget
{
    Q_OBJECT

public:
    // `session` may be null (no account yet): the rail then shows set-up as the next stage.
    explicit ShowRail(BroadcastSession *session, QWidget *parent = nullptr);

    // Content ID: the rights and reference stages follow `flow` (null: none).
    void setRights(const RightsFlow *flow);

    // What the session (and the rights flow, when there is one) knows, as the model's input.
    static ShowStages::Input inputFrom(const BroadcastSession *session,
                                       const RightsFlow *rights = nullptr);
    // The rights and reference stages of the session's show as the flow has them; nullopt
    // when the flow holds nothing for this show.
    static std::optional<ShowStages::Input::Rights> rightsFrom(const BroadcastSession *session,
                                                               const RightsFlow *rights);
    void render(const QList<ShowStages::Step> &steps);
    void refresh();
    const QList<ShowStages::Step> &steps() const { return m_steps; }
    // What is next in a few words (also the transport's line once the show is over).
    static QString nextText(const QList<ShowStages::Step> &steps);

private:
    BroadcastSession *m_session;
    const RightsFlow *m_rights = nullptr;
    QMap<ShowStages::Stage, QLabel *> m_labels;
    QLabel *m_next = nullptr;
    QList<ShowStages::Step> m_steps;
};

} // namespace onair::ui
