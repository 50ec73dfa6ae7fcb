// The printed service sheet of the local offer directory (jalon-docs): written as a PDF and read
// back with pdftotext; the advisers' note stays out of it, user text is escaped.
#include <catch2/catch.hpp>

#include "CatchQt.h"
#include "PdfText.h"

#include "ServiceSheetDocument.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextDocument>

using namespace jalon;
using jalon::test::pdfText;

namespace {

DirectorySheet sampleSheet() {
    DirectorySheet s;
    s.key = QStringLiteral("cd22:cd22--velos");
    s.name = QStringLiteral("Prêt de vélos <solidaire>");
    s.structureName = QStringLiteral("CCAS de Saint-Brieuc");
    s.type = QStringLiteral("Accompagnement");
    s.thematiques = {QStringLiteral("Mobilité douce, partagée et collective")};
    s.description = QStringLiteral("Prêt de vélos pour aller au travail, pendant trois mois.");
    s.publics = QStringLiteral("Tous publics");
    s.conditions = QStringLiteral("Sur orientation d'un conseiller.");
    s.fees = QStringLiteral("Gratuit");
    s.hours = QStringLiteral("Mo-Fr 09:00-12:00");
    s.address = QStringLiteral("2 rue Jules Ferry, 22000 Saint-Brieuc");
    s.phone = QStringLiteral("02 96 00 00 00");
    s.email = QStringLiteral("velos@ccas.example");
    s.howToMobilise = QStringLiteral("Téléphoner");
    s.eligibility = QStringLiteral("Côtes-d'Armor (22)");
    s.source = QStringLiteral("cd22");
    s.dateMaj = QDate(2026, 4, 1);
    s.ageDays = 75;
    s.quality = 0.8;
    s.localNote = QStringLiteral("NOTE-INTERNE-A-NE-PAS-IMPRIMER");
    return s;
}

QString oneLine(QString text) {
    return text.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
}

} // namespace

TEST_CASE("service sheet document: the PDF holds the service, its contact and eligibility",
          "[docs][directory]") {
    const DirectorySheet sheet = sampleSheet();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sheet.pdf"));
    REQUIRE(ServiceSheetDocument::writePdf(sheet, QDate(2026, 6, 15), path).isOk());
    const QString text = oneLine(pdfText(path));
    CHECK(text.contains(QStringLiteral("Prêt de vélos <solidaire>")));
    CHECK(text.contains(QStringLiteral("CCAS de Saint-Brieuc")));
    CHECK(text.contains(QStringLiteral("pour aller au travail")));
    CHECK(text.contains(QStringLiteral("02 96 00 00 00")));
    CHECK(text.contains(QStringLiteral("Côtes-d'Armor (22)")));
    CHECK(text.contains(QStringLiteral("Sur orientation d'un conseiller.")));
    CHECK(text.contains(QStringLiteral("01/04/2026")));
    CHECK_FALSE(text.contains(QStringLiteral("NOTE-INTERNE")));
    CHECK(ServiceSheetDocument::title(sheet).contains(sheet.name));
}

TEST_CASE("service sheet document: full and stale services say so", "[docs][directory]") {
    DirectorySheet sheet = sampleSheet();
    sheet.fullUntil = QDate(2026, 7, 1);
    sheet.stale = true;
    const std::unique_ptr<QTextDocument> document = ServiceSheetDocument::build(sheet, QDate(2026, 6, 15));
    const QString text = oneLine(document->toPlainText());
    CHECK(text.contains(QStringLiteral("01/07/2026")));
    CHECK(text.contains(QStringLiteral("il y a plus d'un an"))); // the French catalogue is installed
}
