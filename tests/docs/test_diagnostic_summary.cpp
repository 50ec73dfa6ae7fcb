// The printed diagnostic summary (jalon-docs): built from a real diagnostic, written as a PDF and
// read back with pdftotext (poppler-utils); the radar painted on an image; the PDF writer's errors.
#include <catch2/catch.hpp>

#include "CatchQt.h"
#include "DiagnosticSample.h"
#include "PdfText.h"
#include "TestDatabase.h"

#include "DiagnosticSummaryDocument.h"
#include "PagedDocumentWriter.h"
#include "RadarPainter.h"

#include "persons/PersonStore.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QTextDocument>

using namespace jalon;
using namespace jalon::test;

namespace {

// A validated diagnostic of Hélène Durand with the sample content, gathered for printing.
DiagnosticPrintout samplePrintout(TestDatabase& t, bool includeSensitive,
                                  const DiagnosticContent& content = sampleContent()) {
    const Result<QString> person = PersonStore(t.db()).create(t.actor(), samplePerson());
    REQUIRE(person);
    const Result<Diagnostic> diagnostic = makeDiagnostic(t.db(), t.actor(), person.value(), content);
    INFO(diagnostic.error().toStdString());
    REQUIRE(diagnostic);
    Result<DiagnosticPrintout> printout =
        DiagnosticPrintout::gather(t.db(), t.actor(), diagnostic->id, includeSensitive);
    INFO(printout.error().toStdString());
    REQUIRE(printout);
    return printout.value();
}

bool fileStartsWithPdf(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(5) == "%PDF-";
}

// Writes the summary as a PDF and returns its text. With $JALON_TEST_KEEP_PDF set to a folder, the
// PDF is written there too (named after the test), to be looked at.
QString writtenSummary(TestDatabase& t, const DiagnosticPrintout& printout, const QString& name) {
    const std::unique_ptr<QTextDocument> document = DiagnosticSummaryDocument::build(printout);
    if (const QString keep = qEnvironmentVariable("JALON_TEST_KEEP_PDF"); !keep.isEmpty()) {
        REQUIRE(PagedDocumentWriter::writePdf(*document,
                                              keep + QLatin1Char('/') + name + QStringLiteral(".pdf"),
                                              DiagnosticSummaryDocument::title(printout)));
    }
    const QString path = t.folder() + QStringLiteral("/summary.pdf");
    const Status written =
        PagedDocumentWriter::writePdf(*document, path, DiagnosticSummaryDocument::title(printout));
    INFO(written.error().toStdString());
    REQUIRE(written);
    REQUIRE(fileStartsWithPdf(path));
    return pdfText(path);
}

QString capitalised(const QString& text) {
    return text.left(1).toUpper() + text.mid(1);
}

} // namespace

TEST_CASE("The diagnostic summary PDF shows the headings, every level, accented comments and page numbers",
          "[diagnostic][docs][pdf]") {
    TestDatabase t;
    const DiagnosticPrintout printout = samplePrintout(t, true);
    const QString text = writtenSummary(t, printout, QStringLiteral("summary"));
    INFO(text.toStdString());
    // Headings in narrow columns may wrap: words are compared with the spacing simplified.
    const QString words = text.simplified();

    CHECK(words.contains(QCoreApplication::translate("DiagnosticSummaryDocument", "Diagnostic summary")));
    CHECK(words.contains(
        QCoreApplication::translate("DiagnosticSummaryDocument", "Priorities and objectives")));
    CHECK(
        words.contains(QCoreApplication::translate("DiagnosticSummaryDocument", "Signature of the person")));
    CHECK(
        words.contains(QCoreApplication::translate("DiagnosticSummaryDocument", "Signature of the adviser")));
    CHECK(text.contains(QStringLiteral("Hélène DURAND")));
    CHECK(text.contains(QStringLiteral("15/03/1985")));
    CHECK(text.contains(printout.structureName));
    CHECK(text.contains(printout.date.toString(QStringLiteral("dd/MM/yyyy"))));
    for (const DiagnosticPrintout::ThemeLine& theme : printout.themes) {
        INFO(theme.id.toStdString());
        CHECK(text.contains(capitalised(theme.levelLabel)));
        CHECK(text.contains(theme.label.section(QLatin1Char(' '), 0, 0)));
    }
    CHECK(text.contains(QStringLiteral("Hébergée chez sa sœur, dossier à compléter")));
    CHECK(text.contains(QStringLiteral("Suivi médical régulier")));
    CHECK(text.contains(QStringLiteral("Santé")));
    CHECK(text.contains(QStringLiteral("Accéder à un logement")));
    CHECK(text.contains(QStringLiteral("Rendez-vous avec l’assistante sociale")));
    const QString firstPage =
        QCoreApplication::translate("PagedDocumentWriter", "Page %1 / %2").arg(1).arg(QString());
    CHECK(text.contains(firstPage));
    CHECK_FALSE(text.contains(QCoreApplication::translate(
        "DiagnosticSummaryDocument", "Some themes are left out of this summary at the person's request.")));
}

TEST_CASE("The diagnostic summary PDF without sensitive themes has no health theme nor its comment",
          "[diagnostic][docs][pdf]") {
    TestDatabase t;
    const DiagnosticPrintout printout = samplePrintout(t, false);
    const QString text = writtenSummary(t, printout, QStringLiteral("summary-without-sensitive"));
    INFO(text.toStdString());

    CHECK_FALSE(text.contains(QStringLiteral("Santé")));
    CHECK_FALSE(text.contains(QStringLiteral("asthme")));
    CHECK_FALSE(text.contains(QStringLiteral("Contraintes familiales")));
    CHECK_FALSE(text.contains(QStringLiteral("garde périscolaire")));
    CHECK_FALSE(text.contains(QStringLiteral("MDPH")));
    CHECK(text.contains(QStringLiteral("Hébergée chez sa sœur, dossier à compléter")));
    CHECK(text.simplified().contains(QCoreApplication::translate(
        "DiagnosticSummaryDocument", "Some themes are left out of this summary at the person's request.")));
}

TEST_CASE("A long diagnostic summary goes on over numbered pages", "[diagnostic][docs][pdf]") {
    TestDatabase t;
    DiagnosticContent content = sampleContent();
    for (const QString& theme : content.levels.keys()) {
        content.comments.insert(theme,
                                QStringLiteral("Échange approfondi sur ce thème ; la personne décrit sa "
                                               "situation, ses démarches déjà faites et ce qu’elle attend "
                                               "de l’accompagnement. ")
                                    .repeated(3));
    }
    const DiagnosticPrintout printout = samplePrintout(t, true, content);
    const QString text = writtenSummary(t, printout, QStringLiteral("summary-long"));
    const int pages = static_cast<int>(text.count(QLatin1Char('\f')));
    CHECK(pages >= 2);
    for (int page = 1; page <= pages; ++page) {
        CHECK(text.contains(
            QCoreApplication::translate("PagedDocumentWriter", "Page %1 / %2").arg(page).arg(pages)));
    }
    // The signature boxes are not cut in two: both labels come after the last page break.
    const QString lastPage = text.section(QLatin1Char('\f'), -2);
    CHECK(lastPage.contains(
        QCoreApplication::translate("DiagnosticSummaryDocument", "Signature of the person")));
}

TEST_CASE("A draft diagnostic's summary says it is not validated", "[diagnostic][docs]") {
    TestDatabase t;
    const Result<QString> person = PersonStore(t.db()).create(t.actor(), samplePerson());
    REQUIRE(person);
    const Result<Diagnostic> draft =
        makeDiagnostic(t.db(), t.actor(), person.value(), sampleContent(), false);
    REQUIRE(draft);
    const Result<DiagnosticPrintout> printout =
        DiagnosticPrintout::gather(t.db(), t.actor(), draft->id, true);
    REQUIRE(printout);
    const QString text = writtenSummary(t, printout.value(), QStringLiteral("summary-draft"));
    CHECK(text.contains(QCoreApplication::translate("DiagnosticSummaryDocument", "Draft, not validated")));
}

TEST_CASE("The diagnostic summary shows user text as typed, never as markup", "[diagnostic][docs]") {
    TestDatabase t;
    DiagnosticContent content = sampleContent();
    content.comments.insert(QStringLiteral("mobilite"),
                            QStringLiteral("<b>vélo</b> & <img src=x> trottinette"));
    const DiagnosticPrintout printout = samplePrintout(t, true, content);
    const std::unique_ptr<QTextDocument> document = DiagnosticSummaryDocument::build(printout);
    CHECK(document->toPlainText().contains(QStringLiteral("<b>vélo</b> & <img src=x> trottinette")));
    CHECK(document->metaInformation(QTextDocument::DocumentTitle).contains(QStringLiteral("Hélène DURAND")));
    CHECK(document->resource(QTextDocument::ImageResource, DiagnosticSummaryDocument::radarUrl()).isValid());
}

TEST_CASE("Printing a diagnostic summary leaves the document as it was", "[diagnostic][docs]") {
    TestDatabase t;
    const std::unique_ptr<QTextDocument> document = DiagnosticSummaryDocument::build(samplePrintout(t, true));
    const QSizeF pageSize = document->pageSize();
    QPdfWriter writer(t.folder() + QStringLiteral("/printed.pdf"));
    PagedDocumentWriter::setUpPage(writer);
    PagedDocumentWriter::print(*document, writer);
    CHECK(document->pageSize() == pageSize);
    CHECK(document->documentLayout()->paintDevice() == nullptr);
    CHECK(QFileInfo(t.folder() + QStringLiteral("/printed.pdf")).size() > 1000);
}

TEST_CASE("Writing a diagnostic summary PDF where it cannot go says why and leaves nothing",
          "[diagnostic][docs][pdf]") {
    TestDatabase t;
    QTextDocument document;
    document.setPlainText(QStringLiteral("Synthèse"));
    const QString missing = t.folder() + QStringLiteral("/no/such/folder/summary.pdf");
    const Status refused = PagedDocumentWriter::writePdf(document, missing, QStringLiteral("Synthèse"));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().contains(QDir::toNativeSeparators(t.folder() + QStringLiteral("/no/such/folder"))));
    CHECK_FALSE(QFileInfo::exists(missing));

    const Status folder = PagedDocumentWriter::writePdf(document, t.folder(), QStringLiteral("Synthèse"));
    CHECK_FALSE(folder);

    // An existing file is replaced whole.
    const QString path = t.folder() + QStringLiteral("/summary.pdf");
    QFile old(path);
    REQUIRE(old.open(QIODevice::WriteOnly));
    old.write("old content");
    old.close();
    REQUIRE(PagedDocumentWriter::writePdf(document, path, QStringLiteral("Synthèse")));
    CHECK(fileStartsWithPdf(path));
    CHECK(pdfText(path).contains(QStringLiteral("Synthèse")));
}

TEST_CASE("The diagnostic radar paints on an image, skipping themes not discussed",
          "[diagnostic][docs][radar]") {
    const QList<RadarAxis> axes{{QStringLiteral("a"), QStringLiteral("Logement")},
                                {QStringLiteral("b"), QStringLiteral("Mobilité")},
                                {QStringLiteral("c"), QStringLiteral("Santé")},
                                {QStringLiteral("d"), QStringLiteral("Numérique")}};
    RadarSeries current{QStringLiteral("Ce diagnostic"),
                        {{QStringLiteral("a"), Level::BlockingBarrier},
                         {QStringLiteral("b"), Level::LightNeed},
                         {QStringLiteral("c"), Level::NotDiscussed},
                         {QStringLiteral("d"), Level::BlockingBarrier}},
                        false,
                        {}};
    RadarSeries previous{QStringLiteral("Précédent"), {{QStringLiteral("a"), Level::Resource}}, true, {}};
    QImage image(600, 450, QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        RadarPainter::paint(painter, QRectF(0, 0, 600, 450), axes, {current, previous});
        RadarPainter::paint(painter, QRectF(0, 0, 3, 3), axes, {current}); // too small: nothing breaks
        RadarPainter::paint(painter, QRectF(0, 0, 600, 450), {}, {current});
    }
    // The filled polygon goes through the blocking themes' outer ring: the area between the
    // centre and the top (theme a, blocking) is tinted.
    int tinted = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            tinted += c.blue() > c.red() + 20 ? 1 : 0;
        }
    }
    CHECK(tinted > 2000);
}
