package ca.peaceops.fillrate.report.pdf;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;

/**
 * Fonts, colours and cells. DejaVu Sans is embedded (as a subset) because the standard
 * PDF fonts cannot show every accent the sources carry (Haïti, Misión) on every reader.
 */
final class PdfStyle {

	static final Color INK = new Color(0x21, 0x21, 0x21);

	static final Color MUTED = new Color(0x61, 0x61, 0x61);

	static final Color RULE = new Color(0xBD, 0xBD, 0xBD);

	static final Color HEADER_FILL = new Color(0xE8, 0xEE, 0xF4);

	static final Color ALERT = new Color(0xB7, 0x1C, 0x1C);

	final BaseFont regular;

	final BaseFont bold;

	PdfStyle() {
		this.regular = load("DejaVuSans.ttf");
		this.bold = load("DejaVuSans-Bold.ttf");
	}

	Font font(float size) {
		return new Font(this.regular, size, Font.NORMAL, INK);
	}

	Font font(float size, Color color) {
		return new Font(this.regular, size, Font.NORMAL, color);
	}

	Font boldFont(float size) {
		return new Font(this.bold, size, Font.NORMAL, INK);
	}

	PdfPCell header(String text, int align) {
		PdfPCell cell = new PdfPCell(new Phrase(text, boldFont(7.5f)));
		cell.setHorizontalAlignment(align);
		cell.setBackgroundColor(HEADER_FILL);
		cell.setBorder(Rectangle.BOTTOM);
		cell.setBorderColor(RULE);
		cell.setPadding(4);
		return cell;
	}

	PdfPCell cell(Phrase phrase, int align) {
		PdfPCell cell = new PdfPCell(phrase);
		cell.setHorizontalAlignment(align);
		cell.setVerticalAlignment(Element.ALIGN_TOP);
		cell.setBorder(Rectangle.BOTTOM);
		cell.setBorderColor(RULE);
		cell.setPadding(4);
		return cell;
	}

	PdfPCell text(String text, int align) {
		return cell(new Phrase(text, font(8)), align);
	}

	private static BaseFont load(String name) {
		try (InputStream in = PdfStyle.class.getResourceAsStream("/fonts/" + name)) {
			if (in == null) {
				throw new IllegalStateException("font missing from the jar: " + name);
			}
			BaseFont font = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(),
					null);
			// The CIDSet OpenPDF writes for a subset does not list every glyph, which
			// PDF/UA validation rejects (ISO 14289-1 7.21.4.2); the set is optional, so
			// it is left out rather than embedding the whole font (380 KB each).
			font.setIncludeCidSet(false);
			return font;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
