package ca.peaceops.fillrate.report.pdf;

import java.util.Map;

import ca.peaceops.fillrate.report.Report;
import ca.peaceops.fillrate.report.ReportText;
import ca.peaceops.fillrate.report.WomenDeployed;
import ca.peaceops.fillrate.roster.RosterCounts;
import ca.peaceops.fillrate.snapshot.Mission;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;

/**
 * Women deployed, since gender parity targets matter to peace operations: from a roster,
 * per mission and overall, with the officers each home service provides; from a counts
 * table, for the missions whose rows give them.
 */
final class WomenSection {

	private final PdfStyle style;

	private final ReportText text;

	WomenSection(PdfStyle style, ReportText text) {
		this.style = style;
		this.text = text;
	}

	void add(TaggedLayout layout, Report report) {
		layout.paragraph(new Paragraph(this.text.womenSummary(report), this.style.font(9)));
		PdfPTable table = table(new float[] { 40, 20, 20, 20 }, "col.mission", "col.officers", "col.women",
				"col.womenShare");
		for (Map.Entry<Mission, WomenDeployed> mission : WomenDeployed.missions(report)) {
			WomenDeployed women = mission.getValue();
			row(table, mission.getKey().id(), this.text.count(women.officers()), this.text.count(women.women()),
					this.text.percent(women.share()));
		}
		layout.table(table, false);
		RosterCounts roster = report.roster();
		if (roster != null) {
			PdfPTable services = table(new float[] { 60, 40 }, "col.homeService", "col.officers");
			for (Map.Entry<String, Integer> service : roster.homeServicesByOfficers()) {
				row(services, service.getKey(), this.text.count(service.getValue()));
			}
			layout.table(services, false);
		}
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

}
