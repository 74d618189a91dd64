package org.kalamela.adapters.export.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import org.kalamela.application.document.PrintedCard;

/**
 * The grid of cards on an A4 page: equal cells filling the page inside its margins, each card framed with its
 * headline large and bold and its lines under it, centred.
 */
final class CardGrid {

    private static final float HEADLINE = 40f;
    private static final float LINE = 11f;

    private final PdfFonts fonts;
    private final int columns;
    private final float cellHeight;

    CardGrid(PdfFonts fonts, int columns, int rows, Rectangle page, float margin) {
        this.fonts = fonts;
        this.columns = columns;
        // A hair under an exact fit, so rounding never pushes the last row onto a page of its own.
        this.cellHeight = (page.getHeight() - 2 * margin) / rows - 0.5f;
    }

    PdfPTable table() {
        PdfPTable table = new PdfPTable(columns);
        table.setWidthPercentage(100);
        table.setComplete(false);
        return table;
    }

    PdfPCell cell(PrintedCard card) {
        PdfPCell cell = new PdfPCell();
        cell.setFixedHeight(cellHeight);
        cell.setPadding(10f);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        Paragraph headline = new Paragraph(ScriptRuns.phrase(fonts, card.headline(), true, HEADLINE));
        headline.setAlignment(Element.ALIGN_CENTER);
        cell.addElement(headline);
        for (String line : card.lines()) {
            Paragraph paragraph = new Paragraph(ScriptRuns.phrase(fonts, line, false, LINE));
            paragraph.setAlignment(Element.ALIGN_CENTER);
            cell.addElement(paragraph);
        }
        return cell;
    }
}
