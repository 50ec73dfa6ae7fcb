// The pathway's printed documents (jalon-docs): the action plan, the contract and the convocation
// letter, built from hand-made printouts with accents and text that looks like markup, written as
// PDFs and read back with pdftotext (poppler-utils).
#include <catch2/catch.hpp>

#include "CatchQt.h"
#include "PdfText.h"

#include "ActionPlanDocument.h"
#include "ContractDocument.h"
#include "ConvocationDocument.h"
#include "PagedDocumentWriter.h"

#include "pathway/PathwayChoices.h"

#include <QCoreApplication>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextDocument>

using namespace jalon;
using namespace jalon::test;

namespace {

const QString kHostile = QStringLiteral("<b>Dupont</b> & Cie");

PlanAction action(const QString& id, const QString& label, const QString& status, const QDate& due) {
    PlanAction a;
    a.id = id;
    a.label = label;
    a.status = status;
    a.dueOn = due;
    return a;
}

PlanObjective objective(const QString& id, const QString& theme, const QString& themeLabel,
                        const QString& label, const QString& status) {
    PlanObjective o;
    o.id = id;
    o.theme = theme;
    o.themeLabel = themeLabel;
    o.label = label;
    o.status = status;
    return o;
}

// Hélène Durand's open plan: housing (one objective in the contract, agreed), mobility (an
// achieved objective outside it, with an action whose label looks like markup).
PathwayPrintout samplePrintout() {
    PathwayPrintout p;
    p.personName = QStringLiteral("Hélène DURAND");
    p.birthDate = QDate(1985, 3, 15);
    p.addressLines = QStringLiteral("12 rue de la Gare\nBâtiment B\n22000 Saint-Brieuc");
    p.structureName = QStringLiteral("CCAS de Saint-Brieuc");
    p.adviserName = QStringLiteral("Élodie Mercier");
    p.orientationKind = QStringLiteral("socio_professionnelle");
    p.printedOn = QDate(2025, 10, 3);

    p.hasPlan = true;
    p.plan.id = QStringLiteral("plan-1");
    p.plan.openedOn = QDate(2025, 9, 2);
    PlanObjective housing =
        objective(QStringLiteral("o1"), QStringLiteral("logement"), QStringLiteral("Logement"),
                  QStringLiteral("Accéder à un logement"), QStringLiteral("in_progress"));
    housing.contractId = QStringLiteral("contract-1");
    housing.consentOn = QDate(2025, 9, 9);
    housing.actions = {action(QStringLiteral("a1"), QStringLiteral("Déposer la demande de logement social"),
                              QStringLiteral("done"), QDate(2025, 9, 30)),
                       action(QStringLiteral("a2"), QStringLiteral("Rendez-vous avec l’assistante sociale"),
                              QStringLiteral("waiting"), QDate(2025, 11, 14))};
    PlanObjective mobility =
        objective(QStringLiteral("o2"), QStringLiteral("mobilite"), QStringLiteral("Mobilité"),
                  QStringLiteral("Obtenir le permis B"), QStringLiteral("achieved"));
    mobility.actions = {action(QStringLiteral("a3"), QStringLiteral("Stage chez ") + kHostile,
                               QStringLiteral("abandoned_by_person"), {})};
    p.plan.objectives = {housing, mobility};

    p.hasContract = true;
    p.contract.id = QStringLiteral("contract-1");
    p.contract.kind = QStringLiteral("CER");
    p.contract.startDate = QDate(2025, 9, 9);
    p.contract.plannedEnd = QDate(2026, 3, 8);
    p.contract.signedOn = QDate(2025, 9, 10);
    p.contract.commitments = QStringLiteral("Mme Durand s’engage à suivre l’atelier CV.\nLe CCAS s’engage "
                                            "à l’accompagner chez ") +
                             kHostile + QStringLiteral(".");

    p.hasAppointment = true;
    p.appointment.id = QStringLiteral("rdv-1");
    p.appointment.kind = QStringLiteral("individual");
    p.appointment.purpose = QStringLiteral("contract");
    p.appointment.scheduledAt = QDateTime(QDate(2025, 10, 14), QTime(14, 30));
    p.appointment.duration = 45;
    p.appointment.place = QStringLiteral("Bureau 3, 5 place du Théâtre – ") + kHostile;
    p.appointment.adviserName = QStringLiteral("Élodie Mercier");
    return p;
}

QString translated(const char* context, const char* text) {
    return QCoreApplication::translate(context, text);
}

QString pageFooter(int page, int pages) {
    return QCoreApplication::translate("PagedDocumentWriter", "Page %1 / %2").arg(page).arg(pages);
}

// Writes the document as a PDF and returns its text. With $JALON_TEST_KEEP_PDF set to a folder,
// the PDF is written there too, to be looked at.
QString writtenText(const QTextDocument& document, const QString& title, const QString& name,
                    QString* pathOut = nullptr) {
    static QTemporaryDir dir;
    REQUIRE(dir.isValid());
    if (const QString keep = qEnvironmentVariable("JALON_TEST_KEEP_PDF"); !keep.isEmpty()) {
        REQUIRE(PagedDocumentWriter::writePdf(
            document, keep + QLatin1Char('/') + name + QStringLiteral(".pdf"), title));
    }
    const QString path = dir.filePath(name + QStringLiteral(".pdf"));
    const Status written = PagedDocumentWriter::writePdf(document, path, title);
    INFO(written.error().toStdString());
    REQUIRE(written);
    if (pathOut) {
        *pathOut = path;
    }
    return pdfText(path);
}

int pageCount(const QString& text) {
    return static_cast<int>(text.count(QLatin1Char('\f')));
}

// Where a word first appears on the first page, in points from the page's top left corner.
QPointF wordPosition(const QString& pdf, const QString& word) {
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-bbox"), QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                   QStringLiteral("1"), pdf, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(60000));
    const QString html = QString::fromUtf8(process.readAllStandardOutput());
    const QRegularExpression re(QStringLiteral("<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\"[^>]*>%1</word>")
                                    .arg(QRegularExpression::escape(word)));
    const QRegularExpressionMatch match = re.match(html);
    REQUIRE(match.hasMatch());
    return {match.captured(1).toDouble(), match.captured(2).toDouble()};
}

} // namespace

TEST_CASE("The action plan PDF shows the person, the plan, each objective with its actions and the "
          "signatures",
          "[pathway][docs][pdf]") {
    const PathwayPrintout p = samplePrintout();
    const std::unique_ptr<QTextDocument> document = ActionPlanDocument::build(p);
    const QString text = writtenText(*document, ActionPlanDocument::title(p), QStringLiteral("action-plan"));
    INFO(text.toStdString());
    const QString words = text.simplified();

    CHECK(words.contains(translated("ActionPlanDocument", "Action plan")));
    CHECK(text.contains(QStringLiteral("Hélène DURAND")));
    CHECK(text.contains(QStringLiteral("15/03/1985")));
    CHECK(text.contains(QStringLiteral("CCAS de Saint-Brieuc")));
    CHECK(text.contains(QStringLiteral("Élodie Mercier")));
    CHECK(words.contains(PathwayChoices::label(PathwayChoices::orientationKinds(), p.orientationKind)));
    CHECK(text.contains(QStringLiteral("02/09/2025")));
    CHECK(words.contains(translated("ActionPlanDocument", "Open")));
    CHECK(text.contains(QStringLiteral("Logement")));
    CHECK(text.contains(QStringLiteral("Mobilité")));
    CHECK(text.contains(QStringLiteral("Accéder à un logement")));
    CHECK(text.contains(QStringLiteral("Obtenir le permis B")));
    CHECK(text.contains(QStringLiteral("Déposer la demande de logement social")));
    CHECK(text.contains(QStringLiteral("Rendez-vous avec l’assistante sociale")));
    CHECK(text.contains(QStringLiteral("14/11/2025")));
    for (const char* status : {"in_progress", "achieved"}) {
        CHECK(words.contains(
            PathwayChoices::label(PathwayChoices::objectiveStatuses(), QString::fromLatin1(status))));
    }
    for (const char* status : {"done", "waiting", "abandoned_by_person"}) {
        CHECK(words.contains(
            PathwayChoices::label(PathwayChoices::actionStatuses(), QString::fromLatin1(status))));
    }
    CHECK(words.contains(translated("ActionPlanDocument", "In the contract; the person agreed on %1")
                             .arg(QStringLiteral("09/09/2025"))));
    CHECK(words.contains(translated("ActionPlanDocument", "The person")));
    CHECK(words.contains(translated("ActionPlanDocument", "The adviser")));
    CHECK(text.count(translated("DocumentHtml", "Date:")) >= 2);
    CHECK(text.count(translated("DocumentHtml", "Signature:")) == 2);
    CHECK(text.contains(pageFooter(1, 1)));
    // An open plan has no review, and this one comes from no diagnostic.
    CHECK_FALSE(words.contains(translated("ActionPlanDocument", "Review at closing")));
    CHECK_FALSE(words.contains(translated("ActionPlanDocument", "Built from")));
}

TEST_CASE("A closed action plan shows its closing date, its review and its diagnostic",
          "[pathway][docs][pdf]") {
    PathwayPrintout p = samplePrintout();
    p.plan.closedOn = QDate(2026, 2, 27);
    p.plan.bilan = QStringLiteral("Logement obtenu en février ; reste à trouver un emploi.");
    p.plan.diagnosticId = QStringLiteral("diag-1");
    p.planDiagnosticDate = QDate(2025, 8, 28);
    const std::unique_ptr<QTextDocument> document = ActionPlanDocument::build(p);
    const QString words =
        writtenText(*document, ActionPlanDocument::title(p), QStringLiteral("action-plan-closed"))
            .simplified();
    INFO(words.toStdString());
    CHECK(words.contains(translated("ActionPlanDocument", "Closed on %1").arg(QStringLiteral("27/02/2026"))));
    CHECK(words.contains(translated("ActionPlanDocument", "Review at closing")));
    CHECK(words.contains(QStringLiteral("Logement obtenu en février ; reste à trouver un emploi.")));
    CHECK(words.contains(
        translated("ActionPlanDocument", "the diagnostic of %1").arg(QStringLiteral("28/08/2025"))));
}

TEST_CASE("A long action plan goes on over numbered pages, the signatures whole on the last",
          "[pathway][docs][pdf]") {
    PathwayPrintout p = samplePrintout();
    p.plan.objectives.clear();
    const QStringList themes{QStringLiteral("Logement"), QStringLiteral("Mobilité"), QStringLiteral("Santé"),
                             QStringLiteral("Emploi"), QStringLiteral("Formation")};
    for (int i = 1; i <= 30; ++i) {
        const QString theme = themes[(i - 1) / 6];
        PlanObjective o =
            objective(QStringLiteral("o%1").arg(i), theme.toLower(), theme,
                      QStringLiteral("Objectif numéro %1 à atteindre").arg(i), QStringLiteral("in_progress"));
        for (int j = 1; j <= 4; ++j) {
            o.actions.append(action(
                QStringLiteral("a%1-%2").arg(i).arg(j),
                QStringLiteral("Démarche %1.%2 : prendre contact et préparer les pièces").arg(i).arg(j),
                QStringLiteral("planned"), QDate(2025, 12, 1).addDays(i)));
        }
        p.plan.objectives.append(o);
    }
    const std::unique_ptr<QTextDocument> document = ActionPlanDocument::build(p);
    const QString text =
        writtenText(*document, ActionPlanDocument::title(p), QStringLiteral("action-plan-long"));
    const int pages = pageCount(text);
    CHECK(pages >= 3);
    for (int page = 1; page <= pages; ++page) {
        CHECK(text.contains(pageFooter(page, pages)));
    }
    for (int i = 1; i <= 30; ++i) {
        CHECK(text.contains(QStringLiteral("Objectif numéro %1 à atteindre").arg(i)));
        CHECK(text.contains(QStringLiteral("Démarche %1.4 :").arg(i)));
    }
    // The header row comes back at the top of each page a theme's table runs over.
    CHECK(text.simplified().count(translated("ActionPlanDocument", "Objective and its actions")) >=
          themes.size());
    const QString lastPage = text.section(QLatin1Char('\f'), -2);
    CHECK(lastPage.contains(translated("ActionPlanDocument", "The person")));
    CHECK(lastPage.count(translated("DocumentHtml", "Signature:")) == 2);
}

TEST_CASE("The contract PDF shows the parties, the dates, the commitments and only its own objectives",
          "[pathway][docs][pdf]") {
    const PathwayPrintout p = samplePrintout();
    const std::unique_ptr<QTextDocument> document = ContractDocument::build(p);
    const QString text = writtenText(*document, ContractDocument::title(p), QStringLiteral("contract"));
    INFO(text.toStdString());
    const QString words = text.simplified();

    CHECK(words.contains(translated("ContractDocument", "Reciprocal commitment contract")));
    CHECK(text.contains(QStringLiteral("Hélène DURAND")));
    CHECK(text.contains(QStringLiteral("15/03/1985")));
    CHECK(text.contains(QStringLiteral("22000 Saint-Brieuc")));
    CHECK(text.contains(QStringLiteral("CCAS de Saint-Brieuc")));
    CHECK(words.contains(
        translated("ContractDocument", "represented by %1").arg(QStringLiteral("Élodie Mercier"))));
    CHECK(text.contains(QStringLiteral("09/09/2025")));
    CHECK(text.contains(QStringLiteral("08/03/2026")));
    CHECK(text.contains(QStringLiteral("10/09/2025")));
    CHECK_FALSE(words.contains(translated("ContractDocument", "Not yet signed")));
    CHECK(words.contains(QStringLiteral("Mme Durand s’engage à suivre l’atelier CV.")));
    CHECK(words.contains(QStringLiteral("à l’accompagner chez <b>Dupont</b> & Cie.")));
    CHECK(text.contains(QStringLiteral("Accéder à un logement")));
    CHECK(text.contains(QStringLiteral("Déposer la demande de logement social")));
    CHECK(words.contains(translated("ContractDocument", "agreed on %1").arg(QStringLiteral("09/09/2025"))));
    CHECK_FALSE(text.contains(QStringLiteral("Obtenir le permis B"))); // not tied to the contract
    CHECK(words.contains(translated(
        "ContractDocument", "The person and the structure each commit to what this contract sets out. By "
                            "signing, the person agrees to the objectives above and to their follow-up by "
                            "the structure; the person may ask to see them, and have them corrected, at any "
                            "time.")));
    const QString doneAt = translated("ContractDocument", "Done at %1, on %2");
    CHECK(words.contains(doneAt.left(doneAt.indexOf(QStringLiteral("%1"))).trimmed()));
    CHECK(words.contains(translated("ContractDocument", "For the structure")));
    CHECK(text.count(translated("DocumentHtml", "Signature:")) == 2);
    CHECK(text.contains(pageFooter(1, 1)));
}

TEST_CASE("An unsigned contract says so, and a contract other than a CER is headed with its kind",
          "[pathway][docs][pdf]") {
    PathwayPrintout p = samplePrintout();
    p.contract.signedOn = {};
    p.contract.kind = QStringLiteral("PPAE");
    const std::unique_ptr<QTextDocument> document = ContractDocument::build(p);
    const QString words =
        writtenText(*document, ContractDocument::title(p), QStringLiteral("contract-ppae")).simplified();
    INFO(words.toStdString());
    CHECK(words.contains(translated("ContractDocument", "Not yet signed")));
    CHECK(words.contains(PathwayChoices::label(PathwayChoices::contractKinds(), QStringLiteral("PPAE"))));
    CHECK_FALSE(words.contains(translated("ContractDocument", "Reciprocal commitment contract")));
    CHECK(ContractDocument::title(p).contains(QStringLiteral("Hélène DURAND")));

    p.plan.objectives.clear();
    const QString empty = ContractDocument::build(p)->toPlainText().simplified();
    CHECK(empty.contains(
        translated("ContractDocument", "No objective of the action plan is tied to this contract.")));
}

TEST_CASE("The convocation letter gives the day in words, the time, the place and whom to call",
          "[pathway][docs][pdf]") {
    const PathwayPrintout p = samplePrintout();
    const std::unique_ptr<QTextDocument> document = ConvocationDocument::build(p);
    QString pdf;
    const QString text =
        writtenText(*document, ConvocationDocument::title(p), QStringLiteral("convocation"), &pdf);
    INFO(text.toStdString());
    const QString words = text.simplified();

    CHECK(text.contains(QStringLiteral("CCAS de Saint-Brieuc")));
    CHECK(text.contains(QStringLiteral("Hélène DURAND")));
    CHECK(text.contains(QStringLiteral("12 rue de la Gare")));
    CHECK(text.contains(QStringLiteral("Bâtiment B")));
    CHECK(text.contains(QStringLiteral("22000 Saint-Brieuc")));
    CHECK(words.contains(translated("ConvocationDocument", "Subject: invitation to an appointment")));
    CHECK(words.contains(QLocale().toString(QDate(2025, 10, 14), QStringLiteral("dddd d MMMM yyyy"))));
    if (QLocale().language() == QLocale::French) {
        CHECK(words.contains(QStringLiteral("mardi 14 octobre 2025")));
    }
    CHECK(words.contains(QLocale().toString(QTime(14, 30), QLocale::ShortFormat)));
    CHECK(words.contains(QLocale().toString(QTime(15, 15), QLocale::ShortFormat)));
    CHECK(words.contains(QStringLiteral("Bureau 3, 5 place du Théâtre – <b>Dupont</b> & Cie")));
    CHECK(words.contains(
        PathwayChoices::label(PathwayChoices::appointmentKinds(), QStringLiteral("individual"))));
    CHECK(words.contains(
        PathwayChoices::label(PathwayChoices::appointmentPurposes(), QStringLiteral("contract"))));
    const QString cannotCome =
        translated("ConvocationDocument", "If you cannot come, please contact %1 as soon as "
                                          "possible, before the appointment, so that another "
                                          "date can be arranged.");
    // pdftotext breaks lines after a hyphen ("rendez-" / "vous"): join those before comparing.
    QString joined = words;
    joined.replace(QStringLiteral("- "), QStringLiteral("-"));
    CHECK(joined.contains(cannotCome.arg(QStringLiteral("CCAS de Saint-Brieuc"))));
    CHECK(words.contains(translated("ConvocationDocument", "Your adviser,")));
    CHECK(text.count(QStringLiteral("Élodie Mercier")) >= 2);
    CHECK(text.contains(pageFooter(1, 1)));

    // The address sits where a DL window envelope shows it.
    const QPointF name = wordPosition(pdf, QStringLiteral("DURAND"));
    const qreal pointsPerMillimetre = 72 / 25.4;
    CHECK(name.x() > ConvocationDocument::kAddressLeftMillimetres * pointsPerMillimetre);
    CHECK(name.x() < (ConvocationDocument::kAddressLeftMillimetres + 30) * pointsPerMillimetre);
    CHECK(name.y() > (ConvocationDocument::kAddressTopMillimetres - 3) * pointsPerMillimetre);
    CHECK(name.y() < (ConvocationDocument::kAddressTopMillimetres + 5) * pointsPerMillimetre);
}

TEST_CASE("The pathway documents show user text as typed, never as markup", "[pathway][docs]") {
    PathwayPrintout p = samplePrintout();
    p.personName = QStringLiteral("Hélène <i>DURAND</i>");
    p.structureName = kHostile;
    p.plan.objectives[0].label = QStringLiteral("<img src=x> Accéder & <u>logement</u>");
    p.contract.commitments = QStringLiteral("<script>alert(1)</script>");
    const std::unique_ptr<QTextDocument> plan = ActionPlanDocument::build(p);
    const std::unique_ptr<QTextDocument> contract = ContractDocument::build(p);
    const std::unique_ptr<QTextDocument> letter = ConvocationDocument::build(p);
    for (const QTextDocument* document : {plan.get(), contract.get(), letter.get()}) {
        const QString text = document->toPlainText();
        CHECK(text.contains(QStringLiteral("Hélène <i>DURAND</i>")));
        CHECK(text.contains(kHostile));
        CHECK(document->metaInformation(QTextDocument::DocumentTitle)
                  .contains(QStringLiteral("Hélène <i>DURAND</i>")));
    }
    CHECK(plan->toPlainText().contains(QStringLiteral("<img src=x> Accéder & <u>logement</u>")));
    CHECK(contract->toPlainText().contains(QStringLiteral("<img src=x> Accéder & <u>logement</u>")));
    CHECK(contract->toPlainText().contains(QStringLiteral("<script>alert(1)</script>")));
    CHECK(letter->toPlainText().contains(QStringLiteral("Bureau 3, 5 place du Théâtre – ") + kHostile));
}

TEST_CASE("Pathway documents without their record still build", "[pathway][docs]") {
    PathwayPrintout p = samplePrintout();
    p.hasPlan = false;
    p.plan = {};
    p.hasContract = false;
    p.contract = {};
    p.hasAppointment = false;
    p.appointment = {};
    CHECK(ActionPlanDocument::build(p)->toPlainText().contains(
        translated("ActionPlanDocument", "No objective recorded.")));
    CHECK(ContractDocument::build(p)->toPlainText().contains(
        translated("ContractDocument", "No contract recorded.")));
    CHECK(ConvocationDocument::build(p)->toPlainText().contains(
        translated("ConvocationDocument", "No appointment recorded.")));
}
