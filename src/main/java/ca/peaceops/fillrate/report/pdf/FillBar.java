package ca.peaceops.fillrate.report.pdf;

import java.awt.Color;
import java.math.BigDecimal;

import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPCellEvent;
import com.lowagie.text.pdf.PdfPTable;

/**
 * A small bar under a fill rate, drawn in the cell's own space: 100% fills the cell, more
 * than 100% overruns a tick at 100% in red.
 */
final class FillBar implements PdfPCellEvent {

	private static final float HEIGHT = 3f;

	private static final float MAX = 1.25f;

	private final BigDecimal rate;

	private final Color color;

	FillBar(BigDecimal rate, Color color) {
		this.rate = rate;
		this.color = color;
	}

	@Override
	public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
		PdfContentByte canvas = canvases[PdfPTable.BACKGROUNDCANVAS];
		float left = position.getLeft() + 4;
		float width = position.getWidth() - 8;
		float full = width / MAX;
		float y = position.getBottom() + 3;
		canvas.saveState();
		canvas.setColorFill(new Color(0xEE, 0xEE, 0xEE));
		canvas.rectangle(left, y, full, HEIGHT);
		canvas.fill();
		canvas.setColorFill(this.color);
		canvas.rectangle(left, y, Math.min(this.rate.floatValue(), MAX) * full, HEIGHT);
		canvas.fill();
		canvas.restoreState();
	}

}
