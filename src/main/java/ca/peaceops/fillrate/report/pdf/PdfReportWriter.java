package ca.peaceops.fillrate.report.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.function.IntFunction;

import ca.peaceops.fillrate.rates.Comparison;
import ca.peaceops.fillrate.rates.MissionRate;
import ca.peaceops.fillrate.rates.RateSheet;
import ca.peaceops.fillrate.snapshot.Mission;
import ca.peaceops.fillrate.report.Attention;
import ca.peaceops.fillrate.report.Report;
import ca.peaceops.fillrate.report.ReportOptions;
import ca.peaceops.fillrate.report.ReportText;
import ca.peaceops.fillrate.report.SnapshotInfo;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.ListItem;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Writes the managers' PDF. Page 1 tells the month's story (headline, what changed, what
 * needs attention); then the charts, the tables, the full list of changes and, on the
 * last page, where the figures come from.
 */
public final class PdfReportWriter {

	/**
	 * How many change sentences and attention items page 1 shows before pointing further.
	 */
	private static final int HIGHLIGHTS = 5;

	private static final int ATTENTION = 7;

	private final ReportText text;

	private final ReportOptions options;

	/** Points a section needs below its heading to start on the current page. */
	private static final float MIN_SECTION_SPACE = 90;

	private final PdfStyle style = new PdfStyle();

	/** The writer of the document being written; one document at a time. */
	private PdfWriter writer;

	public PdfReportWriter(ReportText text, ReportOptions options) {
		this.text = text;
		this.options = options;
	}

	public void write(Report report, Path file) {
		Rectangle size = "a4".equalsIgnoreCase(this.options.pageSize()) ? PageSize.A4 : PageSize.LETTER;
		Document document = new Document(size, 40, 40, 40, 50);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			PdfWriter writer = PdfWriter.getInstance(document, out);
			this.writer = writer;
			String title = this.text.get("title") + " — " + this.text.month(report.period());
			writer.setPageEvent(new PageFooter(this.style, title, this.text.get("footer.page")));
			metadata(document, writer, report, title);
			document.open();
			dated(writer, report);
			summary(document, report);
			document.newPage();
			charts(document, writer, report);
			document.newPage();
			section(document, "section.missions");
			document.add(new MissionTable(this.style, this.text, this.options).build(report));
			if (report.roster() != null) {
				section(document, "section.roster");
				new RosterSection(this.style, this.text).add(document, report);
			}
			changes(document, report);
			postings(document, report.rates());
			document.newPage();
			quality(document, report);
			document.close();
			Files.write(file, ReproduciblePdf.normalize(out.toByteArray()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write " + file, ex);
		}
		catch (DocumentException ex) {
			throw new IllegalStateException("cannot lay out " + file + ": " + ex.getMessage(), ex);
		}
	}

	private void metadata(Document document, PdfWriter writer, Report report, String title) {
		document.addTitle(title);
		document.addSubject(this.text.get("subtitle.asOf", report.snapshot().asOf()));
		document.addAuthor("fill-rate-report");
		document.addCreator("fill-rate-report " + report.version());
		writer.getExtraCatalog().put(PdfName.LANG, new PdfString(this.text.locale().toLanguageTag()));
	}

	/**
	 * The report's own generation time rather than the clock's, so that both editions and
	 * a restarted run carry the same date. Set once the document is open: opening it
	 * stamps the current time.
	 */
	private static void dated(PdfWriter writer, Report report) {
		Calendar created = Calendar.getInstance(TimeZone.getTimeZone("UTC"), Locale.ROOT);
		created.setTimeInMillis(report.generatedAt().toEpochMilli());
		writer.getInfo().put(PdfName.CREATIONDATE, new PdfDate(created));
		writer.getInfo().put(PdfName.MODDATE, new PdfDate(created));
	}

	private void summary(Document document, Report report) {
		document.add(new Paragraph(this.text.get("title"), this.style.boldFont(15)));
		Paragraph period = new Paragraph(this.text.month(report.period()), this.style.boldFont(13));
		period.setSpacingAfter(2);
		document.add(period);
		document.add(muted(this.text.get("subtitle.asOf", report.snapshot().asOf())));
		document.add(muted(baseline(report.comparison())));
		document.add(new HeadlineTable(this.style, this.text).build(report));
		document.add(new Paragraph(this.text.headline(report), this.style.font(9.5f)));
		int leftOut = report.rates().total().leftOut();
		int withoutFigures = report.rates().withoutFigures().size();
		if (leftOut + withoutFigures > 0) {
			String caps = this.text.get("headline.leftOut.caps", leftOut);
			String postings = this.text.get("headline.leftOut.postings", withoutFigures);
			Paragraph note = muted(this.text.get("headline.leftOut", (leftOut == 0) ? postings
					: (withoutFigures == 0) ? caps : this.text.get("headline.leftOut.both", caps, postings)));
			note.setSpacingBefore(3);
			document.add(note);
		}
		section(document, "section.highlights");
		List<String> sentences = sentences(report);
		document.add(bullets(sentences, HIGHLIGHTS,
				(more) -> this.text.get("change.more", more, this.text.get("section.changes"))));
		section(document, "section.attention");
		List<String> attention = Attention.of(report, this.options, this.text.french())
			.stream()
			.map((item) -> this.text.attention(item, this.options))
			.toList();
		document.add(attention.isEmpty()
				? new Paragraph(this.text.get("attention.none", this.text.percent(this.options.fillThreshold())),
						this.style.font(9))
				: bullets(attention, ATTENTION, (more) -> this.text.get("attention.more", more)));
		section(document, "section.regions");
		document.add(new RegionsTable(this.style, this.text).build(report.rates()));
	}

	private void charts(Document document, PdfWriter writer, Report report) {
		ChartFonts fonts = new ChartFonts(this.style);
		Charts charts = new Charts(this.text, fonts);
		float width = document.right() - document.left();
		long bars = Math.min(Charts.MAX_BARS,
				report.rates().missions().stream().filter((rate) -> !rate.shared()).count()
						+ report.rates().pools().size());
		float missionsHeight = Math.min(330, 70 + 11 * bars);
		document.add(ChartImage.of(writer, charts.missions(report, this.options), fonts, width, missionsHeight));
		document.add(ChartImage.of(writer, charts.regions(report), fonts, width, 165));
		document.add(ChartImage.of(writer, charts.trend(report), fonts, width, 150));
	}

	private void changes(Document document, Report report) {
		section(document, "section.changes");
		if (report.comparison().hasBaseline()) {
			document.add(muted(baseline(report.comparison())));
		}
		document.add(bullets(sentences(report), Integer.MAX_VALUE, (more) -> ""));
	}

	private void postings(Document document, RateSheet rates) {
		section(document, "section.postings");
		List<MissionRate> postings = rates.withoutFigures();
		if (postings.isEmpty()) {
			document.add(new Paragraph(this.text.get("postings.none"), this.style.font(9)));
			return;
		}
		document.add(bullets(postings.stream()
			.map((rate) -> rate.mission().name(this.text.french()) + place(rate.mission()))
			.toList(), Integer.MAX_VALUE, (more) -> ""));
	}

	private void quality(Document document, Report report) {
		section(document, "section.quality");
		SnapshotInfo snapshot = report.snapshot();
		document.add(field("quality.file", snapshot.file()));
		document.add(field("quality.sha256", snapshot.sha256()));
		document.add(field("quality.source", snapshot.source()));
		document.add(field("quality.asOf", snapshot.asOf().toString()));
		Paragraph warnings = new Paragraph(this.text.get("quality.warnings"), this.style.boldFont(9));
		warnings.setSpacingBefore(6);
		document.add(warnings);
		document
			.add(snapshot.warnings().isEmpty() ? new Paragraph(this.text.get("quality.noWarnings"), this.style.font(9))
					: bullets(snapshot.warnings().stream().map(this.text::warning).toList(), Integer.MAX_VALUE,
							(more) -> ""));
		document.add(spaced(this.text.get("quality.sharedCaps")));
		document.add(spaced(this.text.get("quality.unknowns")));
		document.add(spaced(this.text.get("quality.generated", this.text.timestamp(report.generatedAt()),
				report.version(), report.edition())));
	}

	private String baseline(Comparison comparison) {
		return comparison.hasBaseline() ? this.text.get("subtitle.baseline",
				this.text.month(comparison.baselinePeriod()), comparison.baselineAsOf())
				: this.text.get("subtitle.firstRun");
	}

	/** " — Haiti", or nothing for a posting with no country. */
	private String place(Mission mission) {
		String country = mission.country(this.text.french());
		return (country != null) ? " — " + country : "";
	}

	private List<String> sentences(Report report) {
		Comparison comparison = report.comparison();
		if (!comparison.hasBaseline()) {
			return List.of(this.text.get("change.firstRun"));
		}
		YearMonth baseline = comparison.baselinePeriod();
		if (comparison.changes().isEmpty()) {
			return List.of(this.text.get("change.none", this.text.month(baseline)));
		}
		return comparison.changes()
			.stream()
			.map((change) -> this.text.sentence(report.localized(change, this.text.french()), baseline))
			.toList();
	}

	private void section(Document document, String key) {
		// A heading at the foot of a page, its content on the next, reads as a mistake:
		// start afresh.
		if (this.writer != null && this.writer.getVerticalPosition(true) - document.bottom() < MIN_SECTION_SPACE) {
			document.newPage();
		}
		Paragraph heading = new Paragraph(this.text.get(key), this.style.boldFont(11));
		heading.setSpacingBefore(12);
		heading.setSpacingAfter(6);
		heading.setKeepTogether(true);
		document.add(heading);
	}

	private Paragraph muted(String line) {
		return new Paragraph(line, this.style.font(9, PdfStyle.MUTED));
	}

	private Paragraph spaced(String line) {
		Paragraph paragraph = new Paragraph(line, this.style.font(9));
		paragraph.setSpacingBefore(6);
		return paragraph;
	}

	private Paragraph field(String key, String value) {
		Paragraph paragraph = new Paragraph();
		paragraph.add(new Chunk(this.text.get("quality.field", this.text.get(key)), this.style.boldFont(9)));
		paragraph.add(new Chunk(value, this.style.font(9)));
		return paragraph;
	}

	private com.lowagie.text.List bullets(List<String> lines, int limit, IntFunction<String> more) {
		com.lowagie.text.List list = new com.lowagie.text.List(false, 10);
		list.setListSymbol(new Chunk("•", this.style.font(9)));
		for (String line : lines.subList(0, Math.min(limit, lines.size()))) {
			ListItem item = new ListItem(new Phrase(line, this.style.font(9)));
			item.setAlignment(Element.ALIGN_LEFT);
			list.add(item);
		}
		if (lines.size() > limit) {
			list.add(new ListItem(more.apply(lines.size() - limit), this.style.font(9, PdfStyle.MUTED)));
		}
		return list;
	}

}
