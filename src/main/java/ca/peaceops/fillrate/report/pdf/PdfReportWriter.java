package ca.peaceops.fillrate.report.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import ca.peaceops.fillrate.rates.Change;
import ca.peaceops.fillrate.rates.Comparison;
import ca.peaceops.fillrate.rates.MissionRate;
import ca.peaceops.fillrate.rates.RateSheet;
import ca.peaceops.fillrate.report.Report;
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
import com.lowagie.text.pdf.PdfWriter;

/**
 * Writes the managers' PDF: summary first, then the tables, the changes and the
 * provenance.
 */
public final class PdfReportWriter {

	/** How many change sentences the summary shows before pointing to the full list. */
	private static final int HIGHLIGHTS = 5;

	private final ReportText text;

	private final PdfStyle style = new PdfStyle();

	public PdfReportWriter(ReportText text) {
		this.text = text;
	}

	public void write(Report report, Path file) {
		Document document = new Document(PageSize.LETTER, 40, 40, 40, 50);
		try (OutputStream out = Files.newOutputStream(file)) {
			PdfWriter writer = PdfWriter.getInstance(document, out);
			String title = this.text.get("title") + " — " + this.text.month(report.period());
			writer.setPageEvent(new PageFooter(this.style, title, this.text.get("footer.page")));
			document.addTitle(title);
			document.addSubject(this.text.get("subtitle.asOf", report.snapshot().asOf()));
			document.addAuthor("fill-rate-report");
			document.addCreator("fill-rate-report " + report.version());
			document.addCreationDate();
			document.open();
			summary(document, report);
			tables(document, report);
			changes(document, report);
			postings(document, report.rates());
			quality(document, report);
			document.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write " + file, ex);
		}
		catch (DocumentException ex) {
			throw new IllegalStateException("cannot lay out " + file + ": " + ex.getMessage(), ex);
		}
	}

	private void summary(Document document, Report report) {
		Paragraph title = new Paragraph(this.text.get("title"), this.style.boldFont(15));
		document.add(title);
		Paragraph period = new Paragraph(this.text.month(report.period()), this.style.boldFont(13));
		period.setSpacingAfter(2);
		document.add(period);
		document.add(muted(this.text.get("subtitle.asOf", report.snapshot().asOf())));
		Comparison comparison = report.comparison();
		document.add(muted(comparison.hasBaseline() ? this.text.get("subtitle.baseline",
				this.text.month(comparison.baselinePeriod()), comparison.baselineAsOf())
				: this.text.get("subtitle.firstRun")));
		document.add(new HeadlineTable(this.style, this.text).build(report));
		int leftOut = report.rates().total().leftOut();
		int withoutFigures = report.rates().withoutFigures().size();
		if (leftOut + withoutFigures > 0) {
			document.add(muted(this.text.get("headline.leftOut", leftOut, withoutFigures)));
		}
		section(document, "section.highlights");
		List<String> sentences = sentences(comparison);
		com.lowagie.text.List list = bullets(sentences.subList(0, Math.min(HIGHLIGHTS, sentences.size())));
		if (sentences.size() > HIGHLIGHTS) {
			list.add(new ListItem(
					this.text.get("change.more", sentences.size() - HIGHLIGHTS, this.text.get("section.changes")),
					this.style.font(9, PdfStyle.MUTED)));
		}
		document.add(list);
	}

	private void tables(Document document, Report report) {
		section(document, "section.regions");
		document.add(new RegionsTable(this.style, this.text).build(report.rates()));
		section(document, "section.missions");
		document.add(new MissionTable(this.style, this.text).build(report));
	}

	private void changes(Document document, Report report) {
		section(document, "section.changes");
		if (report.comparison().hasBaseline()) {
			Comparison comparison = report.comparison();
			document.add(muted(this.text.get("subtitle.baseline", this.text.month(comparison.baselinePeriod()),
					comparison.baselineAsOf())));
		}
		document.add(bullets(sentences(report.comparison())));
	}

	private void postings(Document document, RateSheet rates) {
		section(document, "section.postings");
		List<MissionRate> postings = rates.withoutFigures();
		if (postings.isEmpty()) {
			document.add(new Paragraph(this.text.get("postings.none"), this.style.font(9)));
			return;
		}
		document.add(bullets(
				postings.stream().map((rate) -> rate.mission().name() + " — " + rate.mission().country()).toList()));
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
					: bullets(snapshot.warnings()));
		document.add(spaced(this.text.get("quality.sharedCaps")));
		document.add(spaced(this.text.get("quality.unknowns")));
		document.add(spaced(this.text.get("quality.generated", this.text.timestamp(report.generatedAt()),
				report.version(), report.edition())));
	}

	private List<String> sentences(Comparison comparison) {
		if (!comparison.hasBaseline()) {
			return List.of(this.text.get("change.firstRun"));
		}
		YearMonth baseline = comparison.baselinePeriod();
		if (comparison.changes().isEmpty()) {
			return List.of(this.text.get("change.none", this.text.month(baseline)));
		}
		return comparison.changes().stream().map((Change change) -> this.text.sentence(change, baseline)).toList();
	}

	private void section(Document document, String key) {
		Paragraph heading = new Paragraph(this.text.get(key), this.style.boldFont(11));
		heading.setSpacingBefore(12);
		heading.setSpacingAfter(4);
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
		paragraph.add(new Chunk(this.text.get(key) + ": ", this.style.boldFont(9)));
		paragraph.add(new Chunk(value, this.style.font(9)));
		return paragraph;
	}

	private com.lowagie.text.List bullets(List<String> lines) {
		com.lowagie.text.List list = new com.lowagie.text.List(false, 10);
		list.setListSymbol(new Chunk("•", this.style.font(9)));
		for (String line : lines) {
			ListItem item = new ListItem(new Phrase(line, this.style.font(9)));
			item.setAlignment(Element.ALIGN_LEFT);
			list.add(item);
		}
		return list;
	}

}
