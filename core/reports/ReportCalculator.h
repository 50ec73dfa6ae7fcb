#pragma once

#include "common/Result.h"
#include "reports/Report.h"
#include "security/Actor.h"

#include <atomic>
#include <functional>

namespace jalon {

class Database;

// What to compute: the period, the scope, whether to suppress small cells for a report that
// leaves the structure, and whether to add the twelve-month trend.
struct ReportRequest {
    ReportPeriod period;
    ReportScope scope;
    bool suppressSmallCells = false;
    int smallCellThreshold = 4;
    bool withTrend = true;
};

// Computes an activity report from the pathway, diagnostic and referral tables, after checking
// that the actor may report on the scope. Runs on any thread with its own connection
// (Database::openAnotherConnection); reports its progress (0–100) and stops early, returning a failure, when
// cancel becomes true.
class ReportCalculator {
public:
    using Progress = std::function<void(int percent)>;

    explicit ReportCalculator(Database& database);

    Result<Report> compute(const Actor& actor, const ReportRequest& request, const Progress& progress = {},
                           const std::atomic_bool* cancel = nullptr) const;

private:
    Database& m_database;
};

} // namespace jalon
