package ca.peaceops.fillrate.report.pdf;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import org.jfree.chart.JFreeChart;

/**
 * A chart drawn as vector graphics into a PDF form: lines and text stay sharp at any
 * zoom, the text can be searched and copied, and the file stays small.
 */
final class ChartImage {

	private ChartImage() {
	}

	static PdfTemplate of(PdfWriter writer, JFreeChart chart, ChartFonts fonts, float width, float height) {
		PdfTemplate template = writer.getDirectContent().createTemplate(width, height);
		Graphics2D graphics = template.createGraphics(width, height, fonts);
		try {
			chart.draw(graphics, new Rectangle2D.Double(0, 0, width, height));
		}
		finally {
			graphics.dispose();
		}
		return template;
	}

}
