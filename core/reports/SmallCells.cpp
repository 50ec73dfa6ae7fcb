#include "reports/SmallCells.h"

namespace jalon::SmallCells {

namespace {

bool isSmall(qint64 count, int threshold) {
    return count >= 1 && count <= threshold;
}

} // namespace

void apply(Report& report, int threshold) {
    for (ReportTable& table : report.tables) {
        for (ReportRow& row : table.rows) {
            for (Figure& figure : row.figures) {
                if (figure.kind == Figure::Kind::Count) {
                    figure.suppressed = isSmall(figure.value, threshold);
                } else {
                    // A share or average on a small count could let a person be recognised.
                    figure.suppressed =
                        isSmall(figure.base, threshold) ||
                        (figure.kind == Figure::Kind::Share && isSmall(figure.value, threshold));
                }
            }
        }
    }
    // The trend's small counts too: their value is not kept, so no export can reveal it.
    for (TrendPoint& point : report.trend) {
        for (qint64* count : {&point.followed, &point.entries, &point.exits}) {
            if (isSmall(*count, threshold)) {
                *count = TrendPoint::kSuppressed;
            }
        }
    }
    report.smallCellsSuppressed = true;
    report.smallCellThreshold = threshold;
}

} // namespace jalon::SmallCells
