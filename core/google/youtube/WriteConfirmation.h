#pragma once

namespace onair {

// What is known about a create or fire call whose answer may have been lost.
enum class WriteConfirmation
{
    Confirmed,   // it took effect (the server said so, or a list shows it)
    NotCreated,  // it certainly did not take effect: safe to send again
    Unconfirmed, // it may or may not have taken effect: look before sending again
};

} // namespace onair
