package ca.peaceops.fillrate.report.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ca.peaceops.fillrate.report.Report;
import ca.peaceops.fillrate.report.ReportOptions;
import ca.peaceops.fillrate.report.ReportText;
import ca.peaceops.fillrate.report.Reports;
import ca.peaceops.fillrate.snapshot.Mission;
import ca.peaceops.fillrate.snapshot.Pool;
import ca.peaceops.fillrate.snapshot.Snapshot;
import ca.peaceops.fillrate.snapshot.Warning;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static ca.peaceops.fillrate.snapshot.Missions.own;
import static ca.peaceops.fillrate.snapshot.Missions.pool;
import static ca.peaceops.fillrate.snapshot.Missions.pooled;
import static ca.peaceops.fillrate.snapshot.Missions.posting;
import static ca.peaceops.fillrate.snapshot.Missions.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

class PdfReportWriterTests {

	private static final YearMonth MARCH = YearMonth.of(2018, 3);

	@TempDir
	Path dir;

	private static Mission haiti(int deployed) {
		return new Mission("MINUJUSTH", "Mission des Nations Unies pour l'appui à la justice en Haïti", "Nations Unies",
				"Haïti", "Americas", "French", true, "2017-10", 90, "90", deployed, null, null, null);
	}

	private static Report march() {
		List<Pool> pools = List.of(pool("west-bank", 5, null));
		Snapshot january = Reports.dated(snapshot(pools, haiti(20), own("UKRAINE", "Europe", 20, 18),
				pooled("EUPOL-COPPS", "Middle East", "west-bank", 1), pooled("PROTEUS", "Middle East", "west-bank", 2),
				own("MLT", "Middle East", 20, 5), own("COLOMBIA", "Americas", 10, 1)), LocalDate.of(2018, 1, 31));
		Snapshot march = snapshot(pools, haiti(40), own("UKRAINE", "Europe", 20, 20),
				pooled("EUPOL-COPPS", "Middle East", "west-bank", 1), pooled("PROTEUS", "Middle East", "west-bank", 3),
				own("MLT", "Middle East", 20, 3), own("COLOMBIA", "Americas", 10, 1));
		return Reports.of(MARCH, march, january);
	}

	private Path write(Report report, Locale locale) {
		Path file = this.dir.resolve(locale + ".pdf");
		new PdfReportWriter(new ReportText(locale), ReportOptions.DEFAULTS).write(report, file);
		return file;
	}

	/** The text of each page, with line breaks and runs of spaces as single spaces. */
	private static List<String> pages(Path file) throws IOException {
		try (PDDocument document = Loader.loadPDF(file.toFile())) {
			List<String> pages = new ArrayList<>();
			PDFTextStripper stripper = new PDFTextStripper();
			for (int page = 1; page <= document.getNumberOfPages(); page++) {
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				pages.add(stripper.getText(document).replaceAll("\\s+", " "));
			}
			return pages;
		}
	}

	@Test
	void theSameReportGivesTheSameBytesAndAnotherReportAnotherFileId() throws IOException {
		Path first = write(march(), Locale.CANADA);
		byte[] once = Files.readAllBytes(first);
		Path again = write(march(), Locale.CANADA);

		assertThat(Files.readAllBytes(again)).as("written twice").isEqualTo(once);
		Path french = write(march(), Locale.CANADA_FRENCH);
		assertThat(fileId(french)).as("the French edition's file id").isNotEqualTo(fileId(again));
	}

	private static String fileId(Path pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			return document.getDocument().getDocumentID().toString();
		}
	}

	@Test
	void theEnglishReportShowsTheFiguresAndTheChanges() throws IOException {
		String text = String.join("\n", pages(write(march(), Locale.CANADA)));

		assertThat(text).contains("March 2018", "44.4%", "80.0%", "shared: west-bank pool", "Haïti",
				"Mission des Nations Unies pour l'appui à la justice en Haïti",
				"Compared with the report for February 2018 (snapshot of 2018-01-31)",
				"68 officers deployed against 145 authorized, a fill rate of 46.9%: +21 officers, +14.5 points since February 2018.",
				"Mission des Nations Unies pour l'appui à la justice en Haïti: 40 deployed, +20 since February 2018 (20 before).",
				"Needs attention", "By region", "Data quality and source");
	}

	@Test
	void womenFromACountsTableHaveTheirSectionInBothLanguagesAndNoWomenMeansNoSection() throws IOException {
		Report women = Reports.withWomen(march(), null, Map.of("MINUJUSTH", 9, "UKRAINE", 4, "COLOMBIA", 0));

		String english = String.join("\n", pages(write(women, Locale.CANADA)));
		String french = String.join("\n", pages(write(women, Locale.CANADA_FRENCH)));

		assertThat(english)
			.contains("Women deployed",
					"Of the 61 officers deployed in the missions whose counts give women, 13 are women (21.3%).",
					"MINUJUSTH 40 9 22.5%", "UKRAINE 20 4 20.0%", "COLOMBIA 1 0 0.0%")
			.doesNotContain("From the roster", "MLT 3");
		assertThat(french).contains("Femmes déployées", "13 sont des femmes (21,3 %)", "MINUJUSTH 40 9 22,5 %");
		assertThat(String.join("\n", pages(write(march(), Locale.CANADA)))).doesNotContain("Women deployed",
				"Share of women");
	}

	@Test
	void theFrenchReportUsesFrenchNumbersAndWords() throws IOException {
		String text = String.join("\n", pages(write(march(), Locale.CANADA_FRENCH)));

		assertThat(text).contains("mars 2018", "44,4 %", "80,0 %", "partagé : west-bank pool",
				"Comparé au rapport de février 2018 (instantané du 2018-01-31)", "Amériques", "Moyen-Orient",
				"68 policiers déployés pour 145 autorisés, un taux de dotation de 46,9 %", "Page 1 sur ");
	}

	@Test
	void countsInSentencesAreWordedForOneAndForMany() throws IOException {
		Report first = Reports.of(MARCH, snapshot(List.of(), haiti(40), own("UKRAINE", "Europe", 20, null),
				posting("ADVISOR", "Americas"), posting("TRAINING", "Europe")), null);

		String english = String.join("\n", pages(write(first, Locale.CANADA)));
		String french = String.join("\n", pages(write(first, Locale.CANADA_FRENCH)));

		assertThat(english).contains(
				"Not in the totals: one cap with an unknown figure and 2 postings without figures (listed below).",
				"Overall fill rate, first report");
		assertThat(french).contains(
				"Exclus des totaux : un plafond dont un chiffre est inconnu et 2 affectations sans chiffres (voir plus bas).",
				"Taux de dotation global, premier rapport");
		assertThat(english + french).doesNotContain("(s)");
	}

	@Test
	void snapshotWarningsAreInTheReportsLanguageWhateverTheMachinesLocale() throws IOException {
		Snapshot plain = snapshot(List.of(), haiti(40), own("UKRAINE", "Europe", 20, 20));
		Report report = Reports.of(MARCH, new Snapshot(plain.asOf(), plain.source(), plain.pools(), plain.missions(),
				List.of(Warning.of(Warning.Kind.MISSION_ABOVE_CAP, "MINUJUSTH", 1234, 90))), null);
		Locale machine = Locale.getDefault();
		String english;
		String french;
		try {
			Locale.setDefault(Locale.CANADA_FRENCH);
			english = String.join("\n", pages(write(report, Locale.CANADA)));
			Locale.setDefault(Locale.CANADA);
			french = String.join("\n", pages(write(report, Locale.CANADA_FRENCH)));
		}
		finally {
			Locale.setDefault(machine);
		}

		assertThat(english).contains("Data quality and source", "MINUJUSTH: 1,234 deployed above the cap of 90");
		assertThat(french).contains("Qualité des données et source",
				"MINUJUSTH : 1 234 policiers déployés, au-delà du plafond de 90");
	}

	@Test
	void theFrenchReportHoldsNoLabelOfTheEnglishTemplate() throws IOException {
		String text = String.join("\n", pages(write(march(), Locale.CANADA_FRENCH)));
		ResourceBundle english = ResourceBundle.getBundle("messages/report", Locale.ROOT);
		ResourceBundle french = ResourceBundle.getBundle("messages/report", Locale.CANADA_FRENCH);

		for (String key : english.keySet()) {
			for (String fragment : english.getString(key).split("\\{\\d}")) {
				String words = fragment.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
				if (words.length() > 3 && !french.getString(key).contains(words)) {
					assertThat(text).as("English label of %s in the French report", key)
						.doesNotContainPattern("(?<!\\p{L})" + Pattern.quote(words) + "(?!\\p{L})");
				}
			}
		}
	}

	@Test
	void bothBundlesHaveTheSameKeys() {
		ResourceBundle english = ResourceBundle.getBundle("messages/report", Locale.ROOT);
		ResourceBundle french = ResourceBundle.getBundle("messages/report", Locale.CANADA_FRENCH);

		assertThat(french.getLocale().getLanguage()).isEqualTo("fr");
		assertThat(french.keySet()).containsExactlyInAnyOrderElementsOf(english.keySet());
	}

	@Test
	void chartsAreVectorsWithSearchableText() throws IOException {
		Path file = write(march(), Locale.CANADA);

		try (PDDocument document = Loader.loadPDF(file.toFile())) {
			for (PDPage page : document.getPages()) {
				assertThat(images(page.getResources())).as("image XObjects").isZero();
			}
		}
		String charts = String.join(" ", pages(file));
		assertThat(charts).contains("Fill rate by mission", "MINUJUSTH", "Deployed against authorized, by region",
				"Overall fill rate, last 2 reports", "2018-03", "threshold 50.0%");
	}

	@Test
	void carriesItsTitleLanguageAndDate() throws IOException {
		for (Locale locale : List.of(Locale.CANADA, Locale.CANADA_FRENCH)) {
			try (PDDocument document = Loader.loadPDF(write(march(), locale).toFile())) {
				assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo(locale.toLanguageTag());
				assertThat(document.getDocumentInformation().getTitle())
					.contains(locale == Locale.CANADA ? "March 2018" : "mars 2018");
				assertThat(document.getDocumentInformation().getSubject()).contains("2018-03-31");
				assertThat(document.getDocumentInformation().getAuthor()).isEqualTo("fill-rate-report");
				assertThat(document.getDocumentInformation().getCreationDate().toInstant())
					.isEqualTo(march().generatedAt());
				assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
			}
		}
	}

	@Test
	void isA4WhenAskedAndStaysSmall() throws IOException {
		Path file = this.dir.resolve("a4.pdf");
		new PdfReportWriter(new ReportText(Locale.CANADA),
				new ReportOptions(new java.math.BigDecimal("0.5"), 45, "a4", null, null))
			.write(march(), file);

		try (PDDocument document = Loader.loadPDF(file.toFile())) {
			assertThat(document.getPage(0).getMediaBox().getHeight()).isEqualTo(842f,
					org.assertj.core.data.Offset.offset(1f));
		}
		assertThat(Files.size(file)).isLessThan(300_000);
	}

	@Test
	void threeHundredMissionsPaginateWithEveryRowOnceAndTheHeaderOnEveryPage() throws IOException {
		List<Mission> missions = new ArrayList<>();
		for (int i = 1; i <= 300; i++) {
			missions.add(new Mission(String.format("MISSION-%03d", i), "Operation number " + i, null, "Ukraine",
					"Europe", "English", false, null, 20, "20", i % 23, null, null, null));
		}
		Report report = Reports.of(MARCH, snapshot(List.of(), missions.toArray(Mission[]::new)), null);

		List<String> pages = pages(write(report, Locale.CANADA));

		List<String> tablePages = pages.stream()
			.filter((page) -> page.contains("MISSION-") && !page.contains("Fill rate by mission"))
			.toList();
		assertThat(tablePages).hasSizeGreaterThan(5)
			.allSatisfy((page) -> assertThat(page).contains("Mission Country Cap Deployed Vacancies Fill rate Change"));
		String table = String.join("\n", tablePages);
		for (Mission mission : missions) {
			Matcher matcher = Pattern.compile("(?<![\\w-])" + mission.id() + "(?![\\w-])").matcher(table);
			int count = 0;
			while (matcher.find()) {
				count++;
			}
			assertThat(count).as(mission.id()).isEqualTo(1);
		}
	}

	private static int images(PDResources resources) throws IOException {
		if (resources == null) {
			return 0;
		}
		int images = 0;
		for (COSName name : resources.getXObjectNames()) {
			PDXObject object = resources.getXObject(name);
			if (object instanceof PDImageXObject) {
				images++;
			}
			else if (object instanceof PDFormXObject form) {
				images += images(form.getResources());
			}
		}
		return images;
	}

}
