// The activity report printed for the board (jalon-docs): the sample report written as a PDF and
// read back with poppler-utils (pdftotext, pdfimages, pdfinfo); its charts painted on images.
#include <catch2/catch.hpp>

#include "CatchQt.h"
#include "PdfText.h"
#include "ReportSample.h"

#include "ReportChartPainter.h"
#include "ReportDocument.h"

#include "reports/Indicators.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QImage>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextDocument>

using namespace jalon;
using jalon::test::pdfText;
using jalon::test::sampleReport;
using Chart = ReportChartPainter::Chart;

namespace {

void useFrench() {
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
}

QString capitalised(const QString& text) {
    return text.left(1).toUpper() + text.mid(1);
}

// Spaces as pdftotext gives them: the French group separator (a narrow no-break space) and the
// no-break space before "%" become plain spaces.
QString plainSpaces(QString text) {
    return text.replace(QChar(0x202F), QLatin1Char(' ')).replace(QChar::Nbsp, QLatin1Char(' '));
}

QString translated(const char* text) {
    return QCoreApplication::translate("ReportDocument", text);
}

// Writes the report as a PDF in the folder and returns its path. With $JALON_TEST_KEEP_PDF set to
// a folder, the PDF is written there too (named after the test), to be looked at.
QString writtenReport(const Report& report, const QTemporaryDir& dir, const QString& name) {
    if (const QString keep = qEnvironmentVariable("JALON_TEST_KEEP_PDF"); !keep.isEmpty()) {
        REQUIRE(ReportDocument::writePdf(report, keep + QLatin1Char('/') + name + QStringLiteral(".pdf")));
    }
    const QString path = dir.filePath(name + QStringLiteral(".pdf"));
    const Status written = ReportDocument::writePdf(report, path);
    INFO(written.error().toStdString());
    REQUIRE(written);
    return path;
}

// The standard output of a poppler tool run on the PDF.
QString popplerOutput(const QString& tool, const QStringList& arguments) {
    QProcess process;
    process.start(tool, arguments);
    REQUIRE(process.waitForStarted(10000));
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

Report suppressedReport() {
    Report report = sampleReport();
    report.smallCellsSuppressed = true;
    report.smallCellThreshold = 4;
    for (ReportTable& table : report.tables) {
        if (table.id == QLatin1String(Indicators::kKeyFigures)) {
            for (ReportRow& row : table.rows) {
                if (row.code == QLatin1String(Indicators::kEntries)) {
                    row.figures[0].suppressed = true; // 57 entries in October
                }
            }
        }
    }
    return report;
}

// How many pixels of the image have exactly that colour.
int pixelsOf(const QImage& image, const QColor& color) {
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            count += image.pixelColor(x, y) == color ? 1 : 0;
        }
    }
    return count;
}

} // namespace

TEST_CASE("The report PDF has its cover, every table, French figures, the definitions and page numbers",
          "[report-document]") {
    useFrench();
    QTemporaryDir dir;
    const Report report = sampleReport();
    const QString text = pdfText(writtenReport(report, dir, QStringLiteral("report")));
    INFO(text.toStdString());
    const QString words = text.simplified();

    CHECK(words.contains(translated("Activity report")));
    CHECK(text.contains(QStringLiteral("octobre 2026")));
    CHECK(text.contains(QStringLiteral("Service insertion du Trégor")));
    CHECK(text.contains(QStringLiteral("Élodie Le Bihan")));
    CHECK(text.contains(QStringLiteral("02/11/2026")));
    CHECK(words.contains(translated("No small-cell suppression:")));
    for (const ReportTable& table : report.tables) {
        CHECK(words.contains(table.title));
    }
    CHECK(words.contains(QStringLiteral("Mobilité")));
    // Figures as figureText writes them in French: "1 234" with its group separator, "13,0 %".
    const QString thousands = figureText({Figure::Kind::Count, 1234, 0, false}, 4, QLocale());
    CHECK(thousands.startsWith(QLatin1Char('1')));
    CHECK(thousands.endsWith(QStringLiteral("234")));
    CHECK(plainSpaces(text).contains(plainSpaces(thousands)));
    const QString share = figureText({Figure::Kind::Share, 13, 100, false}, 4, QLocale());
    CHECK(share.startsWith(QStringLiteral("13,0")));
    CHECK(plainSpaces(text).contains(plainSpaces(share)));
    CHECK(text.contains(capitalised(columnTitle(report, Column::PreviousPeriod))));
    // The annex: every indicator's name and rule.
    CHECK(words.contains(translated("Definitions of the indicators")));
    for (const IndicatorDefinition& definition : Indicators::all()) {
        CHECK(words.contains(definition.name));
    }
    CHECK(words.contains(Indicators::find(QString::fromLatin1(Indicators::kNoShowRate)).rule));
    // The annex's heading (also in the cover's contents) is not left alone at the foot of a page.
    const QStringList pages = text.split(QLatin1Char('\f'));
    const auto annex = std::find_if(pages.cbegin() + 1, pages.cend(), [](const QString& page) {
        return page.simplified().contains(translated("Definitions of the indicators"));
    });
    REQUIRE(annex != pages.cend());
    CHECK(annex->simplified().contains(Indicators::all().constFirst().name));
    CHECK(text.contains(
        QCoreApplication::translate("PagedDocumentWriter", "Page %1 / %2").arg(1).arg(QString())));
}

TEST_CASE("With small cells suppressed, the report PDF shows ≤ 4 instead of the figure and says so",
          "[report-document]") {
    useFrench();
    QTemporaryDir dir;
    const QString text = pdfText(writtenReport(suppressedReport(), dir, QStringLiteral("report-suppressed")));
    INFO(text.toStdString());
    const QString words = text.simplified();

    CHECK(text.contains(QStringLiteral("≤ 4")));
    CHECK_FALSE(text.contains(QStringLiteral("57")));
    CHECK(words.contains(translated("Small-cell suppression applied")));
    CHECK_FALSE(words.contains(translated("No small-cell suppression:")));
    // Under each chart.
    CHECK(words.count(
              translated("Values ≤ %1 are hidden (small-cell suppression): they are not drawn.").arg(4)) ==
          3);
}

TEST_CASE("The report document holds its three charts as images, and the PDF shows them",
          "[report-document]") {
    useFrench();
    const Report report = sampleReport();
    const std::unique_ptr<QTextDocument> document = ReportDocument::build(report);
    CHECK(document->metaInformation(QTextDocument::DocumentTitle).contains(QStringLiteral("Trégor")));
    // Finding where pages break left the document as it was built: no paint device of its own.
    CHECK(document->documentLayout()->paintDevice() == nullptr);
    for (Chart chart : {Chart::Trend, Chart::ExitsByReason, Chart::BarriersByTheme}) {
        const QVariant resource =
            document->resource(QTextDocument::ImageResource, ReportDocument::chartUrl(chart));
        REQUIRE(resource.canConvert<QImage>());
        const QImage image = resource.value<QImage>();
        CHECK(image.width() > 1500); // about 17 cm at 300 dpi
        CHECK(image.height() > 300);
        CHECK(image.dotsPerMeterX() == qRound(300 / 0.0254));
        CHECK(pixelsOf(image, Qt::white) < image.width() * image.height()); // something is painted
    }

    QTemporaryDir dir;
    const QString path = writtenReport(report, dir, QStringLiteral("report-images"));
    const QStringList lines = popplerOutput(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path})
                                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const auto images = std::count_if(lines.cbegin(), lines.cend(), [](const QString& line) {
        return line.simplified().section(QLatin1Char(' '), 2, 2) == QLatin1String("image");
    });
    CHECK(images >= 3);
}

TEST_CASE("The report PDF is A4", "[report-document]") {
    useFrench();
    QTemporaryDir dir;
    const QString path = writtenReport(sampleReport(), dir, QStringLiteral("report-a4"));
    const QString info = popplerOutput(QStringLiteral("pdfinfo"), {path});
    INFO(info.toStdString());
    CHECK(info.contains(
        QRegularExpression(QStringLiteral("Page size:\\s+595(\\.\\d+)? x 84[12](\\.\\d+)? pts"))));
}

TEST_CASE("Report tables that fit on a page are never cut by a page break", "[report-document]") {
    useFrench();
    Report report = sampleReport();
    // Many tables, of different lengths, so that page breaks fall in all sorts of places.
    const QList<ReportTable> sample = report.tables;
    report.tables.clear();
    for (int copy = 0; copy < 9; ++copy) {
        for (ReportTable table : sample) {
            for (int extra = 0; extra < copy; ++extra) {
                table.rows.append(table.rows.constLast());
            }
            // Markers on the first and last rows, found in no other text.
            table.rows.first().label = QStringLiteral("DEB%1").arg(report.tables.size());
            table.rows.last().label = QStringLiteral("FIN%1").arg(report.tables.size());
            report.tables.append(table);
        }
    }
    QTemporaryDir dir;
    const QStringList pages =
        pdfText(writtenReport(report, dir, QStringLiteral("report-long"))).split(QLatin1Char('\f'));
    REQUIRE(pages.size() > 4);
    for (qsizetype i = 0; i < report.tables.size(); ++i) {
        const QString first = QStringLiteral("DEB%1 ").arg(i);
        const QString last = QStringLiteral("FIN%1 ").arg(i);
        INFO(first.toStdString());
        const auto page =
            std::find_if(pages.cbegin(), pages.cend(), [&](const QString& p) { return p.contains(first); });
        REQUIRE(page != pages.cend());
        CHECK(page->contains(last));
    }
}

TEST_CASE("A figure hidden by small-cell suppression draws no bar", "[report-document]") {
    useFrench();
    Report report = sampleReport();
    const QSize size(1200, 400);
    const QColor bar(31, 95, 170);
    const QImage shown = ReportChartPainter::image(Chart::ExitsByReason, report, size, 150, QFont());
    CHECK(pixelsOf(shown, bar) > 1000);
    for (ReportTable& table : report.tables) {
        for (ReportRow& row : table.rows) {
            for (Figure& figure : row.figures) {
                figure.suppressed = true;
            }
        }
    }
    report.smallCellsSuppressed = true;
    const QImage hidden = ReportChartPainter::image(Chart::ExitsByReason, report, size, 150, QFont());
    CHECK(pixelsOf(hidden, bar) == 0);
    // Nothing to draw, and a tiny picture, break nothing.
    CHECK_FALSE(
        ReportChartPainter::image(Chart::BarriersByTheme, report, QSize(3, 3), 150, QFont()).isNull());
    report.tables.clear();
    report.trend.clear();
    CHECK_FALSE(ReportChartPainter::available(Chart::Trend, report));
    CHECK_FALSE(ReportChartPainter::available(Chart::ExitsByReason, report));
    const std::unique_ptr<QTextDocument> empty = ReportDocument::build(report);
    CHECK(empty->toPlainText().contains(translated("Definitions of the indicators")));
}
