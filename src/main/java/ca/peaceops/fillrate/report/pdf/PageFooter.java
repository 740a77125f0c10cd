package ca.peaceops.fillrate.report.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/**
 * "Page x of y" and the report's name on every page. The total is not known until the
 * end, so each page refers to one template that is filled in when the document closes.
 */
final class PageFooter extends PdfPageEventHelper {

	private static final float SIZE = 7.5f;

	private final PdfStyle style;

	private final String label;

	private final String pageWord;

	private PdfTemplate total;

	PageFooter(PdfStyle style, String label, String pageWord) {
		this.style = style;
		this.label = label;
		this.pageWord = pageWord;
	}

	@Override
	public void onOpenDocument(PdfWriter writer, Document document) {
		this.total = writer.getDirectContent().createTemplate(40, 12);
	}

	@Override
	public void onEndPage(PdfWriter writer, Document document) {
		PdfContentByte canvas = writer.getDirectContent();
		// Repeated on every page, so a screen reader skips it: an artifact, not content.
		canvas.beginMarkedContentSequence(TaggedLayout.ARTIFACT);
		float y = document.bottom() - 20;
		String page = this.pageWord.replace("{0}", String.valueOf(writer.getPageNumber())) + " ";
		float pageWidth = this.style.regular.getWidthPoint(page, SIZE);
		canvas.beginText();
		canvas.setFontAndSize(this.style.regular, SIZE);
		canvas.setColorFill(PdfStyle.MUTED);
		canvas.setTextMatrix(document.left(), y);
		canvas.showText(this.label);
		float x = document.right() - pageWidth - 12;
		canvas.setTextMatrix(x, y);
		canvas.showText(page);
		canvas.endText();
		canvas.addTemplate(this.total, x + pageWidth, y);
		canvas.endMarkedContentSequence();
	}

	@Override
	public void onCloseDocument(PdfWriter writer, Document document) {
		this.total.beginText();
		this.total.setFontAndSize(this.style.regular, SIZE);
		this.total.setColorFill(PdfStyle.MUTED);
		this.total.setTextMatrix(0, 0);
		// The document is closed: the page counter has already moved past the last page.
		this.total.showText(String.valueOf(writer.getPageNumber() - 1));
		this.total.endText();
	}

}
