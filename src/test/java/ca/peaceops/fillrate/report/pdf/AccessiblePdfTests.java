package ca.peaceops.fillrate.report.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ca.peaceops.fillrate.report.Report;
import ca.peaceops.fillrate.report.ReportOptions;
import ca.peaceops.fillrate.report.ReportText;
import ca.peaceops.fillrate.report.Reports;
import ca.peaceops.fillrate.snapshot.Mission;
import ca.peaceops.fillrate.snapshot.Pool;
import ca.peaceops.fillrate.snapshot.Snapshot;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static ca.peaceops.fillrate.snapshot.Missions.own;
import static ca.peaceops.fillrate.snapshot.Missions.pool;
import static ca.peaceops.fillrate.snapshot.Missions.pooled;
import static ca.peaceops.fillrate.snapshot.Missions.posting;
import static ca.peaceops.fillrate.snapshot.Missions.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PDF is one that everyone can read: PDF/UA-1 as veraPDF validates it, a structure
 * tree a screen reader follows, and pages that are used.
 */
class AccessiblePdfTests {

	private static final YearMonth NOVEMBER = YearMonth.of(2018, 11);

	@TempDir
	Path dir;

	/**
	 * The shape of the November 2018 report: eight missions, a pool, postings; and women
	 * for two missions, as a counts table gives them.
	 */
	private static Report november() {
		List<Pool> pools = List.of(pool("west-bank", 5, null), pool("colombia", 10, null));
		Snapshot march = Reports.dated(snapshot(pools, own("MINUJUSTH", "Americas", 90, 40),
				own("UKRAINE", "Europe", 20, 20), pooled("EUPOL-COPPS", "Middle East", "west-bank", 1),
				pooled("PROTEUS", "Middle East", "west-bank", 3), own("MLT", "Middle East", 20, 3),
				pooled("UNVMC", "Americas", "colombia", 1), pooled("COLOMBIA-BILATERAL", "Americas", "colombia", 0),
				posting("SENIOR-POLICE-ADVISOR", "Americas"), posting("JRR", "Europe")), LocalDate.of(2018, 3, 31));
		Snapshot november = snapshot(pools, own("MINUJUSTH", "Americas", 90, 15), own("UKRAINE", "Europe", 20, 17),
				pooled("EUPOL-COPPS", "Middle East", "west-bank", 1), pooled("PROTEUS", "Middle East", "west-bank", 2),
				own("MLT", "Middle East", 20, 5), pooled("UNVMC", "Americas", "colombia", 1),
				pooled("COLOMBIA-BILATERAL", "Americas", "colombia", null), own("MINUSMA", "Africa", 20, 0),
				posting("SENIOR-POLICE-ADVISOR", "Americas"), posting("JRR", "Europe"));
		return Reports.withWomen(Reports.of(NOVEMBER, november, march), null, Map.of("MINUJUSTH", 3, "UKRAINE", 4));
	}

	private static Report threeHundredMissions() {
		List<Mission> missions = new ArrayList<>();
		for (int i = 1; i <= 300; i++) {
			missions.add(new Mission(String.format("MISSION-%03d", i), "Operation number " + i, null, "Ukraine",
					"Europe", "English", false, null, 20, "20", i % 23, null, null, null));
		}
		return Reports.of(NOVEMBER, snapshot(List.of(), missions.toArray(Mission[]::new)), null);
	}

	private Path write(Report report, Locale locale, String name) {
		Path file = this.dir.resolve(name + "-" + locale + ".pdf");
		new PdfReportWriter(new ReportText(locale), ReportOptions.DEFAULTS).write(report, file);
		return file;
	}

	@ParameterizedTest
	@ValueSource(strings = { "en-CA", "fr-CA" })
	void passesPdfUaValidationInBothLanguages(String tag) {
		assertThat(PdfUa.failures(write(november(), Locale.forLanguageTag(tag), "november"))).isEmpty();
	}

	/**
	 * The table that runs over pages (its header repeated as an artifact) is the same
	 * structure in either language: validated once, it is the slowest document here.
	 */
	@Test
	void aTableOverManyPagesPassesPdfUaValidation() {
		assertThat(PdfUa.failures(write(threeHundredMissions(), Locale.CANADA, "missions"))).isEmpty();
	}

	@Test
	void hasAStructureTreeWithHeadingsTablesWithHeaderCellsAndChartsWithTextAlternatives() throws IOException {
		try (PDDocument pdf = Loader.loadPDF(write(november(), Locale.CANADA, "november").toFile())) {
			List<PDStructureElement> elements = new ArrayList<>();
			collect(pdf.getDocumentCatalog().getStructureTreeRoot(), elements);

			assertThat(elements).extracting(PDStructureElement::getStructureType)
				.contains("Document", "H1", "H2", "P", "L", "LI", "Lbl", "LBody", "Table", "TR", "TH", "TD", "Figure");
			assertThat(elements).filteredOn((element) -> element.getStructureType().equals("H1")).hasSize(1);
			assertThat(elements).filteredOn((element) -> element.getStructureType().equals("Figure"))
				.hasSize(3)
				.allSatisfy((figure) -> assertThat(figure.getAlternateDescription()).isNotBlank())
				.first()
				.satisfies((figure) -> assertThat(figure.getAlternateDescription()).startsWith("Fill rate by mission: ")
					.contains("MINUJUSTH 16.7%"));
			assertThat(elements).filteredOn((element) -> element.getStructureType().equals("TH"))
				.allSatisfy((th) -> assertThat(th.getCOSObject().getCOSDictionary(COSName.A).getNameAsString("Scope"))
					.isEqualTo("Column"));
			assertThat(pdf.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
			assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
		}
	}

	/**
	 * A period without deployed counts has no fill rate to draw, nor a region total: no
	 * empty chart frames, a line that says why, and still valid.
	 */
	@Test
	void withoutDeployedCountsNoEmptyChartIsDrawn() throws IOException {
		Report noCounts = Reports.of(NOVEMBER,
				snapshot(List.of(), own("MINUSMA", "Africa", 25, null), own("UKRAINE", "Europe", 20, null)), null);
		Path file = write(noCounts, Locale.CANADA, "no-counts");

		assertThat(PdfUa.failures(file)).isEmpty();
		try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
			List<PDStructureElement> elements = new ArrayList<>();
			collect(pdf.getDocumentCatalog().getStructureTreeRoot(), elements);
			assertThat(elements).extracting(PDStructureElement::getStructureType).doesNotContain("Figure");
			assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
				.contains("Charts Nothing to chart: no fill rate can be computed for this period.");
		}
	}

	@Test
	void everyPageButTheLastHoldsAtLeastEightLines() throws IOException {
		for (Report report : List.of(november(), threeHundredMissions())) {
			try (PDDocument pdf = Loader.loadPDF(write(report, Locale.CANADA, "pages").toFile())) {
				PDFTextStripper stripper = new PDFTextStripper();
				for (int page = 1; page < pdf.getNumberOfPages(); page++) {
					stripper.setStartPage(page);
					stripper.setEndPage(page);
					long lines = stripper.getText(pdf).lines().filter((line) -> !line.isBlank()).count();
					assertThat(lines).as("lines on page " + page + " of " + pdf.getNumberOfPages())
						.isGreaterThanOrEqualTo(8);
				}
			}
		}
	}

	private static void collect(PDStructureNode node, List<PDStructureElement> elements) {
		for (Object kid : node.getKids()) {
			if (kid instanceof PDStructureElement element) {
				elements.add(element);
				collect(element, elements);
			}
		}
	}

}
