package ca.peaceops.fillrate.report.pdf;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

import ca.peaceops.fillrate.rates.MissionFigures;
import ca.peaceops.fillrate.rates.MissionRate;
import ca.peaceops.fillrate.rates.RateStatus;
import ca.peaceops.fillrate.report.Report;
import ca.peaceops.fillrate.report.ReportOptions;
import ca.peaceops.fillrate.report.ReportText;
import ca.peaceops.fillrate.snapshot.Mission;
import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

/**
 * One row per mission with figures. The header repeats on every page and a row is never
 * split, so that a long table stays readable on a phone.
 */
final class MissionTable {

	private final PdfStyle style;

	private final ReportText text;

	private final ReportOptions options;

	MissionTable(PdfStyle style, ReportText text, ReportOptions options) {
		this.style = style;
		this.text = text;
		this.options = options;
	}

	PdfPTable build(Report report) {
		PdfPTable table = new PdfPTable(new float[] { 29, 14, 14, 9, 10, 11, 13 });
		table.setWidthPercentage(100);
		table.setSpacingBefore(2);
		table.setHeaderRows(1);
		table.setSplitRows(false);
		table.addCell(this.style.header(this.text.get("col.mission"), Element.ALIGN_LEFT));
		table.addCell(this.style.header(this.text.get("col.country"), Element.ALIGN_LEFT));
		for (String key : new String[] { "col.cap", "col.deployed", "col.vacancies", "col.fillRate", "col.change" }) {
			table.addCell(this.style.header(this.text.get(key), Element.ALIGN_RIGHT));
		}
		for (MissionRate rate : report.rates().withFigures()) {
			row(table, rate, report.previous(rate.mission().id()).orElse(null), report);
		}
		return table;
	}

	private void row(PdfPTable table, MissionRate rate, MissionFigures previous, Report report) {
		Mission mission = rate.mission();
		Phrase name = new Phrase();
		name.add(new Chunk(mission.id(), this.style.boldFont(8)));
		name.add(new Chunk("\n" + mission.name(this.text.french()), this.style.font(7.5f)));
		if (mission.partner() != null) {
			name.add(new Chunk("\n" + mission.partner(), this.style.font(7, PdfStyle.MUTED)));
		}
		table.addCell(this.style.cell(name, Element.ALIGN_LEFT));
		String country = mission.country(this.text.french());
		Phrase place = new Phrase((country != null) ? country : "", this.style.font(8));
		List<String> facts = new ArrayList<>();
		if (mission.language() != null) {
			facts.add(this.text.term("language", mission.language()));
		}
		if (mission.armed() != null) {
			facts.add(this.text.armed(mission.armed()));
		}
		if (!facts.isEmpty()) {
			place.add(new Chunk(((country != null) ? "\n" : "") + String.join(" · ", facts),
					this.style.font(7, PdfStyle.MUTED)));
		}
		table.addCell(this.style.cell(place, Element.ALIGN_LEFT));
		table.addCell(this.style.cell(cap(rate, report), Element.ALIGN_RIGHT));
		table.addCell(this.style.text(this.text.count(rate.deployed()), Element.ALIGN_RIGHT));
		table.addCell(this.style.text(this.text.count(rate.vacancies()), Element.ALIGN_RIGHT));
		table.addCell(fillRate(rate));
		table.addCell(this.style.text((previous != null) ? this.text.pts(report.changePts(rate).orElse(null)) : "",
				Element.ALIGN_RIGHT));
	}

	private Phrase cap(MissionRate rate, Report report) {
		if (!rate.shared()) {
			return new Phrase(this.text.count(rate.authorized()), this.style.font(8));
		}
		Phrase cap = new Phrase(this.text.count(rate.poolAuthorized()), this.style.font(8));
		cap.add(new Chunk("\n" + this.text.get("cap.shared", report.rates().poolName(rate, this.text.french())),
				this.style.font(7, PdfStyle.MUTED)));
		return cap;
	}

	private PdfPCell fillRate(MissionRate rate) {
		Phrase phrase = new Phrase(this.text.percent(rate.fillRate()), this.style.font(8));
		if (rate.status() == RateStatus.OVER_CAP) {
			phrase.add(new Chunk("\n" + this.text.get("status.overCap"), this.style.font(7, PdfStyle.ALERT)));
		}
		else if (rate.status() == RateStatus.UNKNOWN) {
			phrase.add(new Chunk("\n" + this.text.get("status.unknown"), this.style.font(7, PdfStyle.MUTED)));
		}
		PdfPCell cell = this.style.cell(phrase, Element.ALIGN_RIGHT);
		if (rate.fillRate() != null) {
			cell.setPaddingBottom(9);
			cell.setCellEvent(new FillBar(rate.fillRate(), color(rate)));
		}
		return cell;
	}

	private Color color(MissionRate rate) {
		if (rate.status() == RateStatus.OVER_CAP) {
			return PdfStyle.ALERT;
		}
		return (rate.fillRate().compareTo(this.options.fillThreshold()) < 0) ? Charts.AMBER : Charts.BLUE;
	}

}
