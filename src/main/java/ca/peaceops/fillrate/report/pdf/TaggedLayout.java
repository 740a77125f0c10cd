package ca.peaceops.fillrate.report.pdf;

import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.ExceptionConverter;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Lays the report out on the pages itself, so that everything drawn is tagged for a
 * screen reader (PDF/UA): each heading, paragraph, list item, table cell and chart is
 * drawn inside the marked content of its structure element, in reading order, and
 * whatever is only decoration (a repeated table header) is marked as an artifact.
 * OpenPDF's {@code Document.add} tags nothing, hence this. Blocks flow from page to page:
 * a new page starts only when the next block does not fit, and a heading never ends a
 * page.
 */
final class TaggedLayout {

	static final PdfName ARTIFACT = new PdfName("Artifact");

	private static final PdfName TR = new PdfName("TR");

	private static final PdfName SCOPE = new PdfName("Scope");

	private static final PdfName COLUMN = new PdfName("Column");

	/** Room a heading needs below it for the first lines of what it introduces. */
	private static final float KEEP_WITH_HEADING = 60;

	private final Document document;

	private final PdfWriter writer;

	private final PdfStructureElement root;

	private float y;

	TaggedLayout(Document document, PdfWriter writer) {
		this.document = document;
		this.writer = writer;
		this.root = new PdfStructureElement(writer.getStructureTreeRoot(), PdfName.DOCUMENT);
		this.y = document.top();
	}

	private PdfContentByte canvas() {
		return this.writer.getDirectContent();
	}

	private float width() {
		return this.document.right() - this.document.left();
	}

	private float room() {
		return this.y - this.document.bottom();
	}

	void newPage() {
		this.document.newPage();
		this.y = this.document.top();
	}

	/** Space between blocks, dropped at the top of a page. */
	void space(float points) {
		if (this.y < this.document.top()) {
			this.y -= Math.min(points, room());
		}
	}

	/** A heading, kept on one page with the start of what follows it. */
	void heading(PdfName level, Paragraph heading, float before, float after) {
		heading(level, heading, before, after, KEEP_WITH_HEADING);
	}

	/**
	 * @param following the room the start of what follows needs (a chart's height)
	 */
	void heading(PdfName level, Paragraph heading, float before, float after, float following) {
		float height = height(heading, width());
		if (room() < before + height + after + following) {
			newPage();
		}
		space(before);
		block(new PdfStructureElement(this.root, level), heading, this.document.left(), width());
		space(after);
	}

	void paragraph(Paragraph paragraph) {
		block(new PdfStructureElement(this.root, PdfName.P), paragraph, this.document.left(), width());
	}

	/** A bulleted list: L, each item an LI with its bullet (Lbl) and its text (LBody). */
	void list(List<Paragraph> items, Paragraph bullet, float indent) {
		PdfStructureElement list = new PdfStructureElement(this.root, PdfName.L);
		for (Paragraph item : items) {
			float height = height(item, width() - indent);
			if (height > room() && height <= this.document.top() - this.document.bottom()) {
				newPage();
			}
			PdfStructureElement entry = new PdfStructureElement(list, PdfName.LI);
			float top = this.y;
			PdfStructureElement label = new PdfStructureElement(entry, PdfName.LBL);
			canvas().beginMarkedContentSequence(label);
			draw(new Paragraph(bullet), this.document.left(), top, indent);
			canvas().endMarkedContentSequence();
			this.y = top;
			block(new PdfStructureElement(entry, PdfName.LBODY), item, this.document.left() + indent, width() - indent);
		}
	}

	/**
	 * A table, cell by cell: each row a TR, header cells TH with a column scope, others
	 * TD. A row is never split; on every later page the header rows are drawn again as an
	 * artifact, since a reader already has them.
	 */
	void table(PdfPTable table, boolean keepTogether) {
		table.setTotalWidth(width());
		table.setLockedWidth(true);
		float total = table.getTotalHeight() + table.spacingBefore();
		if (keepTogether && total > room() && total <= this.document.top() - this.document.bottom()) {
			newPage();
		}
		int headerRows = table.getHeaderRows();
		float firstRows = table.getRowHeight(0) + ((headerRows > 0) ? table.getRowHeight(headerRows) : 0);
		if (firstRows + table.spacingBefore() > room()) {
			newPage();
		}
		space(table.spacingBefore());
		PdfStructureElement element = new PdfStructureElement(this.root, PdfName.TABLE);
		float[] widths = table.getAbsoluteWidths();
		for (int row = 0; row < table.size(); row++) {
			float height = table.getRowHeight(row);
			if (row >= headerRows && height > room()) {
				newPage();
				for (int header = 0; header < headerRows; header++) {
					canvas().beginMarkedContentSequence(ARTIFACT);
					this.y = table.writeSelectedRows(0, -1, header, header + 1, this.document.left(), this.y, canvas());
					canvas().endMarkedContentSequence();
				}
			}
			PdfStructureElement tr = new PdfStructureElement(element, TR);
			float x = this.document.left();
			for (int column = 0; column < widths.length; column++) {
				PdfStructureElement cell = new PdfStructureElement(tr, (row < headerRows) ? PdfName.TH : PdfName.TD);
				if (row < headerRows) {
					PdfDictionary attributes = new PdfDictionary();
					attributes.put(PdfName.O, PdfName.TABLE);
					attributes.put(SCOPE, COLUMN);
					cell.put(PdfName.A, attributes);
				}
				canvas().beginMarkedContentSequence(cell);
				table.writeSelectedRows(column, column + 1, row, row + 1, x, this.y, canvas());
				canvas().endMarkedContentSequence();
				x += widths[column];
			}
			this.y -= height;
		}
		space(table.spacingAfter());
	}

	/** A chart, drawn from its form, with the text a screen reader says instead. */
	void figure(PdfTemplate chart, String alternative, float before) {
		float height = chart.getHeight();
		if (before + height > room()) {
			newPage();
		}
		space(before);
		PdfStructureElement figure = new PdfStructureElement(this.root, PdfName.FIGURE);
		figure.put(PdfName.ALT, new PdfString(alternative, PdfObject.TEXT_UNICODE));
		canvas().beginMarkedContentSequence(figure);
		canvas().addTemplate(chart, this.document.left(), this.y - height);
		canvas().endMarkedContentSequence();
		this.y -= height;
	}

	/**
	 * A paragraph in one structure element, on as many pages as it takes; each page's
	 * part is a marked-content sequence of that element.
	 */
	private void block(PdfStructureElement element, Paragraph paragraph, float left, float width) {
		float height = height(paragraph, width);
		if (height > room() && height <= this.document.top() - this.document.bottom()) {
			newPage();
		}
		ColumnText column = column(paragraph, left, width, this.y);
		while (true) {
			canvas().beginMarkedContentSequence(element);
			int status = go(column, false);
			canvas().endMarkedContentSequence();
			this.y = column.getYLine();
			if (!ColumnText.hasMoreText(status)) {
				return;
			}
			newPage();
			column.setSimpleColumn(left, this.document.bottom(), left + width, this.y);
		}
	}

	private void draw(Paragraph paragraph, float left, float top, float width) {
		go(column(paragraph, left, width, top), false);
	}

	private float height(Paragraph paragraph, float width) {
		ColumnText column = column(new Paragraph(paragraph), this.document.left(), width, 100000);
		go(column, true);
		return 100000 - column.getYLine();
	}

	private ColumnText column(Paragraph paragraph, float left, float width, float top) {
		ColumnText column = new ColumnText(canvas());
		column.setSimpleColumn(left, this.document.bottom(), left + width, top);
		column.addElement(paragraph);
		return column;
	}

	private static int go(ColumnText column, boolean simulate) {
		try {
			return column.go(simulate);
		}
		catch (DocumentException ex) {
			throw new ExceptionConverter(ex);
		}
	}

}
