package ca.peaceops.fillrate.snapshot.page;

import ca.peaceops.fillrate.snapshot.Mission;
import ca.peaceops.fillrate.snapshot.Pool;
import ca.peaceops.fillrate.snapshot.Snapshot;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import ca.peaceops.fillrate.place.Places;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Layouts the page has had since 2012, each written from what a real version shows: the
 * numbered sections of the early years, label and cap wordings in both languages, the
 * summary table flattened by a browser's text dump, and the same pages as HTML in the
 * Canada.ca template.
 */
class PageVariantsTests {

	private final PageTextReader reader = new PageTextReader(Places.world(),
			Clock.fixed(LocalDate.of(2026, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));

	private Snapshot read(String name) throws IOException {
		try (InputStream in = getClass().getResourceAsStream("/pages/variants/" + name)) {
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			return this.reader.read(name, text, LocalDate.parse(name.substring(0, 10)));
		}
	}

	@Nested
	class NumberedSectionsOf2014 {

		@ParameterizedTest
		@ValueSource(strings = { "2014-06-10-numbered-sections.txt", "2014-06-10-numbered-sections.html" })
		void readsEverySectionWithItsFactsAndNoChrome(String file) throws IOException {
			Snapshot snapshot = read(file);

			assertThat(snapshot.missions())
				.extracting(Mission::id, Mission::country, Mission::authorized, Mission::deployed, Mission::language,
						Mission::armed)
				.startsWith(tuple("ECCC", "Cambodia", 3, null, "English", false),
						tuple("MINUSTAH", "Haiti", 85, 81, "French", true),
						tuple("EUPOL-COPPS", "West Bank", 2, null, "English", false),
						tuple("PROTEUS", "West Bank", 22, null, "English", false));
			assertThat(snapshot.missions()).extracting(Mission::name)
				.noneMatch((name) -> name.contains("menu") || name.contains("Symbol") || name.contains("Top of"));
		}

		@Test
		void namesTheOperationFromTheProseAndTakesTheDatesOfParticipation() throws IOException {
			Mission eccc = read("2014-06-10-numbered-sections.txt").missions().get(0);

			assertThat(eccc.name()).isEqualTo("Extraordinary Chambers in the Courts of Cambodia");
			assertThat(eccc.since()).isEqualTo("2015-01");
			assertThat(eccc.region()).isEqualTo("Asia-Pacific");
		}

		@Test
		void aPostingAfterTheLastFactsHasNoFigures() throws IOException {
			assertThat(read("2014-06-10-numbered-sections.txt").missions()).last()
				.extracting(Mission::country, Mission::authorized, Mission::deployed)
				.containsExactly("United States", null, null);
		}

	}

	@Nested
	class SummaryTableOf2021 {

		@ParameterizedTest
		@ValueSource(strings = { "2021-04-01-flat-table.txt", "2021-04-01-table.html" })
		void readsEachRowAndInventsNoPostingFromTheProseAfterIt(String file) throws IOException {
			Snapshot snapshot = read(file);

			assertThat(snapshot.missions())
				.extracting(Mission::country, Mission::authorized, Mission::authorizedText, Mission::language,
						Mission::armed, Mission::region)
				.containsExactly(tuple("Mali", 22, "Up to 22", "French", true, "Africa"),
						tuple("Haiti", 10, "Up to 10", "French", true, "Americas"),
						tuple("Ukraine", 45, "Up to 45", "English", false, "Europe"),
						tuple("Iraq", 20, "Up to 20", "English", true, "Middle East"),
						tuple("West Bank", 7, "Up to 7", "English", false, "Middle East"),
						tuple("Democratic Republic of Congo", 15, "Up to 15", "French", false, "Africa"));
			assertThat(snapshot.missions()).allMatch((mission) -> mission.deployed() == null);
		}

		@Test
		void readsTheFrenchRowsWithCapsInWordsAndCountriesInFrench() throws IOException {
			Snapshot snapshot = read("2021-04-01-flat-table-fr.txt");

			assertThat(snapshot.missions())
				.extracting(Mission::country, Mission::authorized, Mission::language, Mission::armed, Mission::region)
				.containsExactly(tuple("Mali", 22, "French", true, "Africa"),
						tuple("Haïti", 10, "French", true, "Americas"),
						tuple("Ukraine", 45, "English", false, "Europe"),
						tuple("Iraq", 20, "English", true, "Middle East"),
						tuple("Cisjordanie", 7, "English", false, "Middle East"),
						tuple("République démocratique du Congo", 15, "French", false, "Africa"));
		}

		@Test
		void readsATableWhoseCellsATextDumpPutOnLinesOfTheirOwn() throws IOException {
			assertThat(read("2022-06-01-cell-per-line.txt").missions())
				.extracting(Mission::country, Mission::authorized, Mission::language, Mission::armed)
				.containsExactly(tuple("Mali", 30, "French", true), tuple("Haiti", 10, "French", true),
						tuple("West Bank", 12, "English", false));
		}

		@Test
		void readsFactsGivenAsADefinitionList() throws IOException {
			assertThat(read("2019-05-01-definition-list.html").missions())
				.extracting(Mission::id, Mission::authorized, Mission::deployed, Mission::language, Mission::armed)
				.containsExactly(tuple("UKRAINE", 20, 17, "English", false));
		}

		@Test
		void takesTheDateModifiedOfTheTemplate() throws IOException {
			assertThat(read("2021-04-01-table.html").asOf()).isEqualTo(LocalDate.of(2021, 4, 1));
		}

	}

	@Nested
	class WordingsOfLabelsAndCaps {

		@Test
		void readsSingularFrenchLabelsAndCapsSplitBetweenBothMissions() throws IOException {
			Snapshot snapshot = read("2017-05-01-label-variants-fr.txt");

			assertThat(snapshot.missions())
				.extracting(Mission::id, Mission::authorized, Mission::deployed, Mission::pool)
				.containsExactly(tuple("MINUSTAH", 30, 25, null), tuple("EUCAP-SAHEL-MALI", null, null, "mali"),
						tuple("MINUSMA", null, null, "mali"), tuple("UKRAINE", null, null, null));
			assertThat(snapshot.pools()).extracting(Pool::authorized, Pool::deployed).containsExactly(tuple(20, 6));
		}

		@Test
		void readsATotalForAllOperationsAsOneSharedCapAndACapInWords() throws IOException {
			Snapshot snapshot = read("2016-09-01-total-for-all-operations.txt");

			assertThat(snapshot.pools()).extracting(Pool::authorized, Pool::deployed).containsExactly(tuple(45, 17));
			assertThat(snapshot.missions()).extracting(Mission::id, Mission::pool, Mission::authorized)
				.containsExactly(tuple("CPMU", "ukraine", null), tuple("EUAM", "ukraine", null), tuple("MLT", null, 5));
		}

	}

}
