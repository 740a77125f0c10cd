package ca.peaceops.fillrate.report.pdf;

import ca.peaceops.fillrate.rates.RateSheet;
import ca.peaceops.fillrate.rates.RegionRate;
import ca.peaceops.fillrate.rates.Totals;
import ca.peaceops.fillrate.report.ReportText;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPTable;

/** Totals by region, then overall, each shared cap counted once. */
final class RegionsTable {

	private final PdfStyle style;

	private final ReportText text;

	RegionsTable(PdfStyle style, ReportText text) {
		this.style = style;
		this.text = text;
	}

	PdfPTable build(RateSheet rates) {
		PdfPTable table = new PdfPTable(new float[] { 34, 14, 14, 14, 12, 12 });
		table.setWidthPercentage(100);
		table.setSpacingBefore(2);
		table.setHeaderRows(1);
		table.setKeepTogether(true);
		table.addCell(this.style.header(this.text.get("col.region"), Element.ALIGN_LEFT));
		for (String key : new String[] { "col.cap", "col.deployed", "col.vacancies", "col.fillRate", "col.leftOut" }) {
			table.addCell(this.style.header(this.text.get(key), Element.ALIGN_RIGHT));
		}
		for (RegionRate region : rates.regions()) {
			row(table, this.text.term("region", region.region()), region.totals(), false);
		}
		row(table, this.text.get("total"), rates.total(), true);
		return table;
	}

	private void row(PdfPTable table, String name, Totals totals, boolean bold) {
		table.addCell(this.style.cell(new Phrase(name, bold ? this.style.boldFont(8) : this.style.font(8)),
				Element.ALIGN_LEFT));
		for (String value : new String[] { this.text.total(totals, Totals::authorized),
				this.text.total(totals, Totals::deployed), this.text.total(totals, Totals::vacancies),
				this.text.percent(totals.fillRate()), this.text.count(totals.leftOut()) }) {
			table.addCell(this.style.cell(new Phrase(value, bold ? this.style.boldFont(8) : this.style.font(8)),
					Element.ALIGN_RIGHT));
		}
	}

}
