#pragma once

#include <QByteArray>

namespace onair {

// A 2xx answer as a value: its status and its body (at most the pipeline's answer cap).
struct NetReply
{
    int httpStatus = 0;
    QByteArray body;
};

} // namespace onair
