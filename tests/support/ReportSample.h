#pragma once

#include "reports/Report.h"

namespace jalon::test {

// A hand-built activity report for October 2026 with every kind of figure: counts, shares,
// averages, two-level tables, accented labels, a zero base, small counts (1–4) and a trend.
// Export and document tests read it back.
Report sampleReport();

} // namespace jalon::test
