#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <functional>

namespace onair {

class InstagramClient;

// Whether a pasted long-lived token works for a professional account: GET me (user_id,
// username). The account's IG user id is `user_id`, not the app-scoped `id`.
class InstagramAccountCheck
{
    Q_DECLARE_TR_FUNCTIONS(onair::InstagramAccountCheck)

public:
    struct Outcome
    {
        bool ok = false;
        QString userId;
        QString username;
        QString problem; // a sentence for the operator when !ok
    };
    using Done = std::function<void(const Outcome &)>;

    static void run(InstagramClient *client, QObject *context, Done done);
};

} // namespace onair
