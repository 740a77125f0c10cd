package ca.peaceops.fillrate.report.pdf;

import ca.peaceops.fillrate.rates.Totals;
import ca.peaceops.fillrate.report.Report;
import ca.peaceops.fillrate.report.ReportText;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

/** The four headline figures, each with its change since the baseline. */
final class HeadlineTable {

	private final PdfStyle style;

	private final ReportText text;

	HeadlineTable(PdfStyle style, ReportText text) {
		this.style = style;
		this.text = text;
	}

	PdfPTable build(Report report) {
		Totals now = report.rates().total();
		Totals before = report.previousTotal().orElse(null);
		String since = report.comparison().hasBaseline() ? this.text.month(report.comparison().baselinePeriod()) : null;
		PdfPTable table = new PdfPTable(4);
		table.setWidthPercentage(100);
		table.setSpacingBefore(10);
		table.setSpacingAfter(4);
		table.addCell(figure("headline.authorized", this.text.total(now, Totals::authorized),
				this.text.totalChange(now, before, Totals::authorized, since)));
		table.addCell(figure("headline.deployed", this.text.total(now, Totals::deployed),
				this.text.totalChange(now, before, Totals::deployed, since)));
		table.addCell(figure("headline.fillRate", this.text.percent(now.fillRate()),
				(since != null)
						? this.text.get("headline.change.pts",
								this.text.pts(report.totalFillRateChangePts().orElse(null)), since)
						: this.text.get("headline.noChange")));
		table.addCell(figure("headline.vacancies", this.text.total(now, Totals::vacancies),
				this.text.totalChange(now, before, Totals::vacancies, since)));
		return table;
	}

	private PdfPCell figure(String labelKey, String value, String change) {
		PdfPCell cell = new PdfPCell();
		cell.setBorder(Rectangle.TOP);
		cell.setBorderWidth(2);
		cell.setBorderColor(PdfStyle.HEADER_FILL);
		cell.setPadding(6);
		cell.addElement(new Paragraph(this.text.get(labelKey), this.style.font(8, PdfStyle.MUTED)));
		Paragraph number = new Paragraph(value, this.style.boldFont(20));
		number.setAlignment(Element.ALIGN_LEFT);
		cell.addElement(number);
		cell.addElement(new Paragraph(change, this.style.font(8)));
		return cell;
	}

}
