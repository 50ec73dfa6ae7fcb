#pragma once

#include "reports/Report.h"

namespace jalon::SmallCells {

// Suppresses small cells for a report that leaves the structure: every count from 1 to the
// threshold is marked (shown as "≤ threshold"), and so is every share or average whose value or
// base is such a count, so that no person can be recognised. Marks the report as suppressed.
void apply(Report& report, int threshold);

} // namespace jalon::SmallCells
