package ca.peaceops.fillrate.report.pdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

import ca.peaceops.fillrate.rates.MissionRate;
import ca.peaceops.fillrate.report.Report;
import ca.peaceops.fillrate.report.ReportText;
import ca.peaceops.fillrate.roster.RosterCounts;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;

/**
 * What a roster adds: the share of women deployed, per mission and overall, since gender
 * parity targets matter to peace operations, and the officers each home service provides.
 */
final class RosterSection {

	private final PdfStyle style;

	private final ReportText text;

	RosterSection(PdfStyle style, ReportText text) {
		this.style = style;
		this.text = text;
	}

	void add(TaggedLayout layout, Report report) {
		RosterCounts roster = report.roster();
		layout.paragraph(new Paragraph(
				this.text.get("roster.summary", this.text.count(roster.officers()),
						report.snapshot().countsDate().orElse(report.snapshot().asOf()),
						this.text.count(roster.women()), this.text.percent(share(roster.women(), roster.officers()))),
				this.style.font(9)));
		PdfPTable missions = table(new float[] { 40, 20, 20, 20 }, "col.mission", "col.officers", "col.women",
				"col.womenShare");
		for (MissionRate rate : report.rates().withFigures()) {
			RosterCounts.MissionCount count = roster.missions()
				.getOrDefault(rate.mission().id(), new RosterCounts.MissionCount(0, 0));
			row(missions, rate.mission().id(), this.text.count(count.officers()), this.text.count(count.women()),
					this.text.percent(share(count.women(), count.officers())));
		}
		layout.table(missions, false);
		PdfPTable services = table(new float[] { 60, 40 }, "col.homeService", "col.officers");
		for (Map.Entry<String, Integer> service : roster.homeServicesByOfficers()) {
			row(services, service.getKey(), this.text.count(service.getValue()));
		}
		layout.table(services, false);
	}

	private PdfPTable table(float[] widths, String... headers) {
		PdfPTable table = new PdfPTable(widths);
		table.setWidthPercentage(100);
		table.setSpacingBefore(6);
		table.setHeaderRows(1);
		table.setSplitRows(false);
		for (int i = 0; i < headers.length; i++) {
			table.addCell(
					this.style.header(this.text.get(headers[i]), (i == 0) ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT));
		}
		return table;
	}

	private void row(PdfPTable table, String... cells) {
		for (int i = 0; i < cells.length; i++) {
			table.addCell(this.style.text(cells[i], (i == 0) ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT));
		}
	}

	private static BigDecimal share(int part, int whole) {
		return (whole == 0) ? null
				: BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
	}

}
