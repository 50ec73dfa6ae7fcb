// PagedDocumentWriter keeps the last table (the signatures) on one page, even when it follows
// another table directly: tried with the first table growing row by row across a page boundary.
#include <catch2/catch.hpp>

#include "CatchQt.h"
#include "PdfText.h"

#include "DocumentHtml.h"
#include "PagedDocumentWriter.h"

#include <QTemporaryDir>
#include <QTextDocument>

using namespace jalon;
using jalon::test::pdfText;

TEST_CASE("The signature table right after another table is never cut by a page break", "[docs][paged]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    int splitsAvoided = 0;
    for (int rows = 40; rows <= 62; ++rows) {
        std::unique_ptr<QTextDocument> document = DocumentHtml::newDocument(PagedDocumentWriter::a4Points());
        QString body = DocumentHtml::tableStart(3);
        for (int row = 0; row < rows; ++row) {
            body += QStringLiteral("<tr><td>Ligne %1</td><td>valeur</td></tr>").arg(row);
        }
        body += QStringLiteral("</table>") + DocumentHtml::tableStart(5, {}, 12) +
                QStringLiteral("<tr><td><p>SIGNTOP</p><br/><br/><br/><br/><p>SIGNEND</p></td>"
                               "<td>Signature</td></tr></table>");
        DocumentHtml::finish(*document, body, QStringLiteral("Essai"));
        const QString path = dir.filePath(QStringLiteral("rows-%1.pdf").arg(rows));
        REQUIRE(PagedDocumentWriter::writePdf(*document, path, QStringLiteral("Essai")));
        const QStringList pages = pdfText(path).split(QLatin1Char('\f'));
        INFO("rows: " << rows);
        bool together = false;
        for (const QString& page : pages) {
            together = together ||
                       (page.contains(QStringLiteral("SIGNTOP")) && page.contains(QStringLiteral("SIGNEND")));
        }
        CHECK(together);
        if (pages.size() > 2 && !pages.first().contains(QStringLiteral("SIGNTOP"))) {
            ++splitsAvoided; // the signatures moved to the next page
        }
    }
    // The range crosses the page boundary: some documents needed the signatures moved.
    CHECK(splitsAvoided > 0);
}
