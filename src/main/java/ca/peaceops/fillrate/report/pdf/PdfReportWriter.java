package ca.peaceops.fillrate.report.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;
import java.util.function.IntFunction;

import ca.peaceops.fillrate.rates.MissionRate;
import ca.peaceops.fillrate.rates.RateSheet;
import ca.peaceops.fillrate.report.Attention;
import ca.peaceops.fillrate.report.Report;
import ca.peaceops.fillrate.report.ReportOptions;
import ca.peaceops.fillrate.report.ReportText;
import ca.peaceops.fillrate.report.SnapshotInfo;
import ca.peaceops.fillrate.report.StoredReport;
import ca.peaceops.fillrate.snapshot.Mission;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfEncryption;
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

	private final PdfStyle style = new PdfStyle();

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
			reproducible(writer, report);
			String title = this.text.get("title") + " — " + this.text.month(report.period());
			AccessiblePdf.prepare(writer, title, this.text.locale());
			writer.setPageEvent(new PageFooter(this.style, title, this.text.get("footer.page")));
			metadata(document, writer, report, title);
			document.open();
			dated(writer, report);
			TaggedLayout layout = new TaggedLayout(document, writer);
			summary(layout, report);
			charts(layout, writer, report);
			section(layout, "section.missions");
			layout.table(new MissionTable(this.style, this.text, this.options).build(report), false);
			Optional<String> women = this.text.womenHeading(report);
			if (women.isPresent()) {
				heading(layout, women.get());
				new WomenSection(this.style, this.text).add(layout, report);
			}
			changes(layout, report);
			postings(layout, report.rates());
			quality(layout, report);
			document.close();
			Files.write(file, out.toByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write " + file, ex);
		}
		catch (DocumentException ex) {
			throw new IllegalStateException("cannot lay out " + file + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * The same report gives the same bytes, so that a restarted run publishes files whose
	 * checksums are those of an uninterrupted one: the file id, and the six letters that
	 * name each font subset (drawn from the font's random source), come from what the
	 * document shows (the report, the language, the options) instead of chance.
	 */
	private void reproducible(PdfWriter writer, Report report) {
		byte[] fingerprint = sha256(new StoredReport().write(report) + "\n" + this.text.locale() + "\n" + this.options);
		// OpenPDF takes the file id from the FileId entry of the document information
		// (where it stays too: an extra key readers ignore) rather than drawing one.
		byte[] id = Arrays.copyOf(fingerprint, 16);
		writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
		this.style.regular.setSecureRandom(seeded(fingerprint, 1));
		this.style.bold.setSecureRandom(seeded(fingerprint, 2));
	}

	private static SecureRandom seeded(byte[] fingerprint, int font) {
		try {
			// SHA1PRNG seeded before its first use gives the same numbers for the same
			// seed; the other algorithms mix in the system's entropy.
			SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
			byte[] seed = Arrays.copyOf(fingerprint, fingerprint.length + 1);
			seed[fingerprint.length] = (byte) font;
			random.setSeed(seed);
			return random;
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void metadata(Document document, PdfWriter writer, Report report, String title) {
		document.addTitle(title);
		document.addSubject(this.text.asOf(report));
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

	private void summary(TaggedLayout layout, Report report) {
		layout.heading(PdfName.H1, new Paragraph(this.text.get("title"), this.style.boldFont(15)), 0, 0);
		Paragraph period = new Paragraph(this.text.month(report.period()), this.style.boldFont(13));
		layout.paragraph(period);
		layout.space(2);
		layout.paragraph(muted(this.text.asOf(report)));
		layout.paragraph(muted(this.text.baseline(report.comparison())));
		layout.space(10);
		layout.table(new HeadlineTable(this.style, this.text).build(report), true);
		layout.space(4);
		layout.paragraph(new Paragraph(this.text.headline(report), this.style.font(9.5f)));
		int leftOut = report.rates().total().leftOut();
		int withoutFigures = report.rates().withoutFigures().size();
		if (leftOut + withoutFigures > 0) {
			String caps = this.text.get("headline.leftOut.caps", leftOut);
			String postings = this.text.get("headline.leftOut.postings", withoutFigures);
			layout.space(3);
			layout.paragraph(muted(this.text.get("headline.leftOut", (leftOut == 0) ? postings
					: (withoutFigures == 0) ? caps : this.text.get("headline.leftOut.both", caps, postings))));
		}
		section(layout, "section.highlights");
		bullets(layout, this.text.changeSentences(report), HIGHLIGHTS,
				(more) -> this.text.get("change.more", more, this.text.get("section.changes")));
		section(layout, "section.attention");
		List<String> attention = Attention.of(report, this.options, this.text.french())
			.stream()
			.map((item) -> this.text.attention(item, this.options))
			.toList();
		if (attention.isEmpty()) {
			layout.paragraph(
					new Paragraph(this.text.get("attention.none", this.text.percent(this.options.fillThreshold())),
							this.style.font(9)));
		}
		else {
			bullets(layout, attention, ATTENTION, (more) -> this.text.get("attention.more", more));
		}
		section(layout, "section.regions");
		layout.table(new RegionsTable(this.style, this.text).build(report.rates()), true);
	}

	private void charts(TaggedLayout layout, PdfWriter writer, Report report) {
		ChartFonts fonts = new ChartFonts(this.style);
		Charts charts = new Charts(this.text, fonts);
		float width = writer.getPageSize().getWidth() - 80;
		long bars = Math.min(Charts.MAX_BARS,
				report.rates().missions().stream().filter((rate) -> !rate.shared()).count()
						+ report.rates().pools().size());
		record Drawn(Charts.Chart chart, float height) {
		}
		List<Drawn> drawn = new ArrayList<>();
		charts.missions(report, this.options)
			.ifPresent((chart) -> drawn.add(new Drawn(chart, Math.min(330, 70 + 11 * bars))));
		charts.regions(report).ifPresent((chart) -> drawn.add(new Drawn(chart, 165)));
		charts.trend(report).ifPresent((chart) -> drawn.add(new Drawn(chart, 150)));
		Paragraph heading = new Paragraph(this.text.get("section.charts"), this.style.boldFont(11));
		if (drawn.isEmpty()) {
			// No counts at all: empty frames would tell a reader nothing.
			layout.heading(PdfName.H2, heading, 12, 6);
			layout.paragraph(new Paragraph(this.text.get("charts.none"), this.style.font(9)));
			return;
		}
		layout.heading(PdfName.H2, heading, 12, 6, drawn.get(0).height());
		for (int i = 0; i < drawn.size(); i++) {
			Charts.Chart chart = drawn.get(i).chart();
			layout.figure(ChartImage.of(writer, chart.chart(), fonts, width, drawn.get(i).height()),
					chart.alternative(), (i == 0) ? 0 : 12);
		}
	}

	private void changes(TaggedLayout layout, Report report) {
		section(layout, "section.changes");
		if (report.comparison().hasBaseline()) {
			layout.paragraph(muted(this.text.baseline(report.comparison())));
			layout.space(2);
		}
		bullets(layout, this.text.changeSentences(report), Integer.MAX_VALUE, (more) -> "");
	}

	private void postings(TaggedLayout layout, RateSheet rates) {
		section(layout, "section.postings");
		List<MissionRate> postings = rates.withoutFigures();
		if (postings.isEmpty()) {
			layout.paragraph(new Paragraph(this.text.get("postings.none"), this.style.font(9)));
			return;
		}
		bullets(layout,
				postings.stream()
					.map((rate) -> rate.mission().name(this.text.french()) + place(rate.mission()))
					.toList(),
				Integer.MAX_VALUE, (more) -> "");
	}

	private void quality(TaggedLayout layout, Report report) {
		section(layout, "section.quality");
		SnapshotInfo snapshot = report.snapshot();
		layout.paragraph(field("quality.file", snapshot.file()));
		layout.paragraph(field("quality.sha256", snapshot.sha256()));
		layout.paragraph(field("quality.source", snapshot.source()));
		layout.paragraph(field("quality.asOf", snapshot.asOf().toString()));
		if (snapshot.pageProblem() != null) {
			layout.paragraph(field("quality.pageNotUsed", snapshot.pageProblem().text(this.text.locale())));
		}
		if (snapshot.pageConfirmed() != null) {
			layout.paragraph(field("quality.pageConfirmed", this.text.timestamp(snapshot.pageConfirmed())));
		}
		if (!snapshot.countsFromCaps()) {
			layout.paragraph(
					field("quality.countsFile", snapshot.countsFrom().orElse(this.text.get("quality.noCounts"))));
			snapshot.countsDate().ifPresent((date) -> layout.paragraph(field("quality.countsAsOf", date.toString())));
		}
		layout.space(6);
		// A heading of the section, kept with its first item.
		layout.heading(PdfName.H3, new Paragraph(this.text.get("quality.warnings"), this.style.boldFont(9)), 0, 2);
		if (snapshot.warnings().isEmpty()) {
			layout.paragraph(new Paragraph(this.text.get("quality.noWarnings"), this.style.font(9)));
		}
		else {
			bullets(layout, snapshot.warnings().stream().map(this.text::warning).toList(), Integer.MAX_VALUE,
					(more) -> "");
		}
		for (String line : List.of(this.text.get("quality.sharedCaps"), this.text.get("quality.unknowns"), this.text
			.get("quality.generated", this.text.timestamp(report.generatedAt()), report.version(), report.edition()))) {
			layout.space(6);
			layout.paragraph(new Paragraph(line, this.style.font(9)));
		}
	}

	/** " — Haiti", or nothing for a posting with no country. */
	private String place(Mission mission) {
		String country = mission.country(this.text.french());
		return (country != null) ? " — " + country : "";
	}

	private void section(TaggedLayout layout, String key) {
		heading(layout, this.text.get(key));
	}

	private void heading(TaggedLayout layout, String heading) {
		layout.heading(PdfName.H2, new Paragraph(heading, this.style.boldFont(11)), 12, 6);
	}

	private Paragraph muted(String line) {
		return new Paragraph(line, this.style.font(9, PdfStyle.MUTED));
	}

	private Paragraph field(String key, String value) {
		Paragraph paragraph = new Paragraph();
		paragraph.add(new Chunk(this.text.get("quality.field", this.text.get(key)), this.style.boldFont(9)));
		paragraph.add(new Chunk(value, this.style.font(9)));
		return paragraph;
	}

	private void bullets(TaggedLayout layout, List<String> lines, int limit, IntFunction<String> more) {
		List<Paragraph> items = new ArrayList<>();
		for (String line : lines.subList(0, Math.min(limit, lines.size()))) {
			items.add(new Paragraph(line, this.style.font(9)));
		}
		if (lines.size() > limit) {
			items.add(new Paragraph(more.apply(lines.size() - limit), this.style.font(9, PdfStyle.MUTED)));
		}
		layout.list(items, new Paragraph("•", this.style.font(9)), 10);
	}

}
