package ca.peaceops.fillrate.report.pdf;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;

/**
 * Gives the charts the same DejaVu Sans that the PDF embeds. Java2D lays text out with
 * the metrics of the AWT font and the PDF draws it with the PDF font; when the two
 * differ, chart labels come out letter-spaced, so both sides must be the same font.
 */
final class ChartFonts implements FontMapper {

	static final String FAMILY = "DejaVu Sans";

	// Registered once per process: AWT copies a font given as a stream to a temporary
	// file kept until exit, so a scheduler registering them for every report would fill
	// the temporary folder month after month.
	static {
		register("DejaVuSans.ttf");
		register("DejaVuSans-Bold.ttf");
	}

	private final PdfStyle style;

	ChartFonts(PdfStyle style) {
		this.style = style;
	}

	Font font(int style, float size) {
		return new Font(FAMILY, style, 1).deriveFont(size);
	}

	@Override
	public BaseFont awtToPdf(Font font) {
		return font.isBold() ? this.style.bold : this.style.regular;
	}

	@Override
	public Font pdfToAwt(BaseFont font, int size) {
		return font(Font.PLAIN, size);
	}

	private static void register(String name) {
		try (InputStream in = ChartFonts.class.getResourceAsStream("/fonts/" + name)) {
			GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(Font.createFont(Font.TRUETYPE_FONT, in));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (FontFormatException ex) {
			throw new IllegalStateException("font " + name + " cannot be read", ex);
		}
	}

}
