#pragma once

#include "google/youtube/WriteConfirmation.h"
#include "google/youtube/model/Cuepoint.h"
#include "net/Result.h"

namespace onair {

// The answer to an ad break: the cuepoint, or the error together with whether the break may
// have been inserted anyway. Cuepoints cannot be listed, so a lost answer stays Unconfirmed;
// OnAir never sends the same break twice.
struct CuepointOutcome
{
    Result<Cuepoint> result;
    WriteConfirmation confirmation = WriteConfirmation::Unconfirmed;
};

} // namespace onair
