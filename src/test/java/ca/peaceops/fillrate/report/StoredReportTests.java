package ca.peaceops.fillrate.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import ca.peaceops.fillrate.roster.RosterCounts;
import ca.peaceops.fillrate.snapshot.PageProblem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Stored values of every format the history holds are still read: format 1 as 0.1.0
 * (commit d5babe4) wrote it, format 2 from a 2018-11 run of the sample, format 3 as
 * commit 2c7a8f4 wrote a period whose page answered HTTP 500. A stored value that does
 * not match the record graph fails loudly.
 */
class StoredReportTests {

	private static final Path FORMAT_1 = Path
		.of("src/test/resources/stored/report-2018-03-written-by-0.1.0-d5babe4.json");

	private static final Path FORMAT_2 = Path.of("src/test/resources/stored/report-2018-11-format-2.json");

	private static final Path FORMAT_3 = Path.of("src/test/resources/stored/report-2021-05-format-3.json");

	private final StoredReport stored = new StoredReport();

	@Test
	void readsFormatOneAsThePreviousVersionWroteIt() throws IOException {
		Report report = this.stored.read(Files.readString(FORMAT_1));

		assertThat(report.period()).isEqualTo(YearMonth.of(2018, 3));
		assertThat(report.rates().total().deployed()).isEqualTo(68);
		assertThat(report.rates().total().authorized()).isEqualTo(145);
		assertThat(report.rates().missions()).allSatisfy((rate) -> assertThat(rate.mission().nameFr()).isNull());
	}

	@Test
	void readsFormatTwoWithItsFrenchNamesAndChanges() throws IOException {
		Report report = this.stored.read(Files.readString(FORMAT_2));

		assertThat(report.period()).isEqualTo(YearMonth.of(2018, 11));
		assertThat(report.comparison().baselinePeriod()).isEqualTo(YearMonth.of(2018, 3));
		assertThat(report.rates().missions()).filteredOn((rate) -> rate.mission().id().equals("MINUJUSTH"))
			.singleElement()
			.satisfies((rate) -> assertThat(rate.mission().nameFr())
				.isEqualTo("Mission des Nations Unies pour l'appui à la justice en Haïti"));
		assertThat(report.comparison().changes())
			.filteredOn((change) -> change.subjectId().equals("MINUJUSTH") && change.delta() != null
					&& change.delta().scale() > 0)
			.extracting((change) -> change.delta())
			.containsExactly(new BigDecimal("-27.78"));
	}

	@Test
	void readsFormatThreeWhosePageProblemIsASentenceAsWritten() throws IOException {
		Report report = this.stored.read(Files.readString(FORMAT_3));

		assertThat(report.snapshot().countsFile()).isEqualTo("input/counts/2021-05-31.csv");
		assertThat(report.snapshot().pageProblem()).isEqualTo(PageProblem.of(PageProblem.Kind.AS_WRITTEN,
				"HTTP 500 from https://www.rcmp-grc.gc.ca/en/current-operations"));
		assertThat(report.snapshot().pageProblem().text(Locale.CANADA_FRENCH))
			.isEqualTo("HTTP 500 from https://www.rcmp-grc.gc.ca/en/current-operations");
	}

	@Test
	void keepsWhyThePageWasNotUsedAsItsKindAndValuesAndTheWomenOfACountsTable() throws IOException {
		Report format3 = this.stored.read(Files.readString(FORMAT_3));
		SnapshotInfo s = format3.snapshot();
		Report report = new Report(format3.period(), 1,
				new SnapshotInfo(s.file(), s.sha256(), s.asOf(), s.source(), s.warnings(), s.countsFile(),
						s.countsAsOf(), s.countsSource(), s.countsSha256(), s.pageConfirmed(),
						PageProblem.of(PageProblem.Kind.HTTP_STATUS, 503, "https://www.rcmp-grc.gc.ca/fr/operations")),
				format3.rates(), format3.baseline(), format3.comparison(), format3.trend(), null, Map.of("MINUSMA", 4),
				format3.generatedAt(), format3.version());

		Report read = this.stored.read(this.stored.write(report));

		assertThat(read).isEqualTo(report);
		assertThat(format3.women()).as("none in format 3").isEmpty();
		assertThat(read.snapshot().pageProblem().text(Locale.CANADA_FRENCH))
			.isEqualTo("HTTP 503 de https://www.rcmp-grc.gc.ca/fr/operations");
	}

	/**
	 * The PDFs' subset names and file id come from the stored report's text, and
	 * {@code --restore} writes them again from it in another JVM: the same report must be
	 * the same text there. {@code Map.copyOf}, which the records use, iterates in an
	 * order drawn anew in every JVM, so the maps are written in key order.
	 */
	@Test
	void writesItsMapsInKeyOrderSoThatTheSameReportIsTheSameTextInEveryJvm() throws IOException {
		Report format3 = this.stored.read(Files.readString(FORMAT_3));
		Map<String, Integer> women = new TreeMap<>();
		for (String id : new String[] { "A", "B", "C", "D", "E", "F", "G", "H" }) {
			women.put(id, 1);
		}
		RosterCounts roster = new RosterCounts("roster.csv", 8, 2,
				Map.of("Z", new RosterCounts.MissionCount(3, 1), "Y", new RosterCounts.MissionCount(5, 1)),
				Map.of("RCMP", 5, "SQ", 2, "SPVM", 1));

		String written = this.stored.write(Reports.withWomen(format3, roster, women));

		assertThat(written).contains("\"women\":{\"A\":1,\"B\":1,\"C\":1,\"D\":1,\"E\":1,\"F\":1,\"G\":1,\"H\":1}")
			.contains("\"missions\":{\"Y\":{\"officers\":5,\"women\":1},\"Z\":{\"officers\":3,\"women\":1}}")
			.contains("\"homeServices\":{\"RCMP\":5,\"SPVM\":1,\"SQ\":2}");
	}

	@Test
	void writesTheCurrentFormatAndReadsItBack() throws IOException {
		Report report = this.stored.read(Files.readString(FORMAT_2));

		String written = this.stored.write(report);

		assertThat(written).startsWith("{\"format\":" + StoredReport.FORMAT + ",\"report\":{");
		assertThat(this.stored.read(written)).isEqualTo(report);
	}

	@Test
	void aFieldTheRecordsNoLongerHaveFailsInsteadOfReadingAsEmpty() throws IOException {
		String renamed = Files.readString(FORMAT_2).replace("\"nameFr\":", "\"frenchName\":");

		assertThatIllegalStateException().isThrownBy(() -> this.stored.read(renamed))
			.withMessageContaining("format 2")
			.withMessageContaining("frenchName");
	}

	@Test
	void aNewerFormatIsRefusedPlainly() {
		assertThatIllegalStateException().isThrownBy(() -> this.stored.read("{\"format\":5,\"report\":{}}"))
			.withMessageContaining("newer version");
	}

}
