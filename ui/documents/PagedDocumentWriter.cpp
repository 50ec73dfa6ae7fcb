#include "PagedDocumentWriter.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <cmath>
#include <memory>

namespace jalon {

namespace {

constexpr qreal kMillimetresPerPoint = 25.4 / 72.0;
constexpr qreal kFooterPoints = 22; // the band at the foot of the printable area
constexpr qreal kFooterFontPoints = 8;

void drawFooter(QPainter& painter, const QRectF& area, qreal perPoint, const QString& title, int page,
                int pages) {
    painter.save();
    QFont font = painter.font();
    font.setPointSizeF(kFooterFontPoints);
    painter.setFont(font);
    const QFontMetricsF metrics(font, painter.device());
    const qreal ruleY = area.bottom() - kFooterPoints * perPoint + 6 * perPoint;
    painter.setPen(QPen(QColor(170, 170, 170), 0.5 * perPoint));
    painter.drawLine(QPointF(area.left(), ruleY), QPointF(area.right(), ruleY));
    painter.setPen(QColor(90, 90, 90));
    const QRectF line(area.left(), area.bottom() - metrics.height(), area.width(), metrics.height());
    const QString pageText =
        QCoreApplication::translate("PagedDocumentWriter", "Page %1 / %2").arg(page).arg(pages);
    const qreal pageWidth = metrics.horizontalAdvance(pageText);
    painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter, pageText);
    const QString elided =
        metrics.elidedText(title, Qt::ElideRight, line.width() - pageWidth - 12 * perPoint);
    painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, elided);
    painter.restore();
}

// The last table (the signatures) starts on the next page rather than being cut in two. Run on
// the layout for the device, whose font metrics are the ones printed.
void keepLastTableTogether(QTextDocument& document, qreal slack) {
    QTextTable* last = nullptr;
    for (QTextFrame* frame : document.rootFrame()->childFrames()) {
        if (auto* table = qobject_cast<QTextTable*>(frame)) {
            last = table;
        }
    }
    const qreal pageHeight = document.pageSize().height();
    if (!last || pageHeight <= 0) {
        return;
    }
    const QRectF box = document.documentLayout()->frameBoundingRect(last);
    if (std::floor(box.top() / pageHeight) != std::floor((box.bottom() + slack) / pageHeight)) {
        // On the table itself: the block before it may sit in another table, where a break is ignored.
        QTextTableFormat format = last->format();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        last->setFormat(format);
    }
}

Status cannotWrite(const QString& path, const QString& reason) {
    return Status::fail(QCoreApplication::translate("PagedDocumentWriter", "Cannot write %1: %2.")
                            .arg(QDir::toNativeSeparators(path), reason));
}

} // namespace

QMarginsF PagedDocumentWriter::marginsMillimetres() {
    return {17, 14, 17, 10};
}

QSizeF PagedDocumentWriter::contentSizePoints(const QSizeF& pageSizePoints) {
    const QMarginsF margins = marginsMillimetres() / kMillimetresPerPoint;
    return {pageSizePoints.width() - margins.left() - margins.right(),
            pageSizePoints.height() - margins.top() - margins.bottom() - kFooterPoints};
}

void PagedDocumentWriter::setUpPage(QPagedPaintDevice& device) {
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, marginsMillimetres(),
                                     QPageLayout::Millimeter));
}

void PagedDocumentWriter::print(QTextDocument& document, QPagedPaintDevice& device) {
    // Jalon's margins, unless the printer cannot print that close to the edge: then its own.
    device.setPageMargins(marginsMillimetres(), QPageLayout::Millimeter);
    QPainter painter(&device);
    if (!painter.isActive()) {
        return;
    }
    // Pictures (the radar) stay sharp in a PDF: no JPEG blur around thin lines and text.
    painter.setRenderHint(QPainter::LosslessImageRendering);
    // The printable area inside the margins, in device pixels, less the footer band.
    const qreal perPoint = device.logicalDpiY() / 72.0;
    const QRectF area(0, 0, device.width(), device.height());
    const QSizeF pageSize(area.width(), area.height() - kFooterPoints * perPoint);

    QAbstractTextDocumentLayout* layout = document.documentLayout();
    QPaintDevice* const ownDevice = layout->paintDevice();
    const QSizeF ownPageSize = document.pageSize();
    layout->setPaintDevice(&device);
    document.setPageSize(pageSize);
    document.markContentsDirty(0, document.characterCount());
    keepLastTableTogether(document, 4 * perPoint);

    const QString title = document.metaInformation(QTextDocument::DocumentTitle);
    const int pages = document.pageCount();
    for (int page = 0; page < pages; ++page) {
        if (page > 0) {
            device.newPage();
        }
        // This page's slice of the document; wider than the text so that table rules on its
        // edges are not cut.
        const QRectF view(-pageSize.width(), page * pageSize.height(), 3 * pageSize.width(),
                          pageSize.height());
        painter.save();
        painter.setClipRect(view.translated(0, -view.top()));
        painter.translate(0, -view.top());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = view;
        context.palette.setColor(QPalette::Text, Qt::black);
        layout->draw(&painter, context);
        painter.restore();
        drawFooter(painter, area, perPoint, title, page + 1, pages);
    }
    painter.end();

    layout->setPaintDevice(ownDevice);
    document.setPageSize(ownPageSize);
    document.markContentsDirty(0, document.characterCount());
}

Status PagedDocumentWriter::writePdf(const QTextDocument& document, const QString& path,
                                     const QString& title) {
    const QFileInfo target(path);
    const QFileInfo folder(target.absolutePath());
    if (!folder.isDir()) {
        return cannotWrite(path,
                           QCoreApplication::translate("PagedDocumentWriter", "the folder %1 does not exist")
                               .arg(QDir::toNativeSeparators(folder.absoluteFilePath())));
    }
    if (!folder.isWritable()) {
        return cannotWrite(path,
                           QCoreApplication::translate("PagedDocumentWriter",
                                                       "the folder %1 is not writable; choose another one")
                               .arg(QDir::toNativeSeparators(folder.absoluteFilePath())));
    }
    if (target.isDir()) {
        return cannotWrite(path, QCoreApplication::translate("PagedDocumentWriter", "it is a folder"));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return cannotWrite(path, file.errorString());
    }
    {
        QPdfWriter writer(&file);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Jalon"));
        setUpPage(writer);
        // Printing lays the document out for the writer: a copy leaves the caller's untouched.
        const std::unique_ptr<QTextDocument> copy(document.clone());
        copy->setMetaInformation(QTextDocument::DocumentTitle, title);
        print(*copy, writer);
    }
    if (!file.commit()) {
        return cannotWrite(path, file.errorString());
    }
    return Status::ok();
}

} // namespace jalon
