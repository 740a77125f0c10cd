package ca.peaceops.fillrate.snapshot.page;

import ca.peaceops.fillrate.snapshot.BadInputException;
import ca.peaceops.fillrate.snapshot.Mission;
import ca.peaceops.fillrate.snapshot.Pool;
import ca.peaceops.fillrate.snapshot.Snapshot;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import ca.peaceops.fillrate.place.Places;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.groups.Tuple.tuple;

class PageTextReaderTests {

	private static final LocalDate AS_OF = LocalDate.of(2018, 3, 31);

	private static final Places REGIONS = Places.load(Path.of("input/regions.csv"));

	private final PageTextReader reader = new PageTextReader(REGIONS,
			Clock.fixed(LocalDate.of(2026, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));

	private Snapshot read(String text) {
		return this.reader.read("2018-03-31.txt", text, AS_OF);
	}

	private static String page(String name) throws IOException {
		try (InputStream in = PageTextReaderTests.class.getResourceAsStream("/pages/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static Mission mission(Snapshot snapshot, String id) {
		return snapshot.missions().stream().filter((mission) -> mission.id().equals(id)).findFirst().orElseThrow();
	}

	@Nested
	class EnglishListOfEarly2018 {

		private Snapshot snapshot() throws IOException {
			return read(page("000_0fd82c9ab21ae74a.txt"));
		}

		@Test
		void findsEveryMissionAndPostingOnce() throws IOException {
			assertThat(snapshot().missions()).extracting(Mission::id)
				.containsExactly("MINUJUSTH", "UKRAINE", "COLOMBIA", "MLT", "EUPOL-COPPS", "PROTEUS",
						"SENIOR-POLICE-ADVISOR", "JRR", "SAAT");
		}

		@Test
		void readsHaitiFromTheMissionThatStartedNotTheOneThatClosed() throws IOException {
			assertThat(mission(snapshot(), "MINUJUSTH")).isEqualTo(
					new Mission("MINUJUSTH", "United Nations Mission for Justice Support in Haiti", "United Nations",
							"Haiti", "Americas", "French", true, null, 90, "90", 40, null, null, "Haïti"));
		}

		@Test
		void readsCapWordingsAndKeepsThemAsWritten() throws IOException {
			Mission ukraine = mission(snapshot(), "UKRAINE");
			assertThat(ukraine.name()).isEqualTo("Ukraine (Bilateral engagement)");
			assertThat(ukraine.authorized()).isEqualTo(20);
			assertThat(ukraine.authorizedText()).isEqualTo("Up to 20 total");
			assertThat(ukraine.deployed()).isEqualTo(20);
			assertThat(ukraine.armed()).isFalse();
		}

		@Test
		void readsBlocksWithoutAHeadingFromTheirProse() throws IOException {
			Mission colombia = mission(snapshot(), "COLOMBIA");
			assertThat(List.of(colombia.country(), colombia.language(), colombia.since())).containsExactly("Colombia",
					"Spanish", "2016");
			assertThat(List.of(colombia.authorized(), colombia.deployed())).containsExactly(10, 1);
			Mission iraq = mission(snapshot(), "MLT");
			assertThat(iraq.name()).isEqualTo("Ministerial Liaison Team");
			assertThat(List.of(iraq.country(), iraq.since(), iraq.authorized(), iraq.deployed()))
				.containsExactly("Iraq", "2016-08", 20, 3);
			assertThat(iraq.armed()).isTrue();
		}

		@Test
		void theWestBankCapIsOnePoolSharedByBothMissions() throws IOException {
			Snapshot snapshot = snapshot();

			assertThat(snapshot.pools())
				.containsExactly(new Pool("west-bank", "West Bank", 5, "up to 5, in total in the West Bank", null));
			Mission eupol = mission(snapshot, "EUPOL-COPPS");
			Mission proteus = mission(snapshot, "PROTEUS");
			assertThat(List.of(eupol.pool(), proteus.pool())).containsOnly("west-bank");
			assertThat(List.of(eupol.deployed(), proteus.deployed())).containsExactly(1, 3);
			assertThat(eupol.authorized()).isNull();
			assertThat(eupol.name()).isEqualTo("European Union Coordinating Office for Palestine Police Support");
			assertThat(proteus.name()).isEqualTo("Operation PROTEUS");
			assertThat(List.of(eupol.since(), proteus.since())).containsExactly("2008-08", "2013-07");
		}

		@Test
		void postingsWithoutFiguresHaveNoFigures() throws IOException {
			Snapshot snapshot = snapshot();

			for (String id : List.of("SENIOR-POLICE-ADVISOR", "JRR", "SAAT")) {
				assertThat(mission(snapshot, id).withoutFigures()).as(id).isTrue();
			}
			assertThat(mission(snapshot, "SENIOR-POLICE-ADVISOR").country()).isEqualTo("United States");
			assertThat(mission(snapshot, "JRR").country()).isEqualTo("Switzerland");
		}

	}

	@Nested
	class FrenchListOfEarly2018 {

		@Test
		void readsFrenchLabelsLowercaseValuesAndNonBreakingSpacesBeforeColons() throws IOException {
			Snapshot snapshot = read(page("07-operations-cours-fr.txt"));

			Mission haiti = mission(snapshot, "MINUJUSTH");
			assertThat(haiti.name()).isEqualTo("Mission des Nations Unies pour l'appui à la justice en Haïti");
			assertThat(haiti.country()).isEqualTo("Haïti");
			assertThat(List.of(haiti.language(), haiti.authorized(), haiti.deployed())).containsExactly("French", 90,
					40);
			assertThat(haiti.armed()).isTrue();
			assertThat(snapshot.source()).contains("http://www.rcmp-grc.gc.ca/fr/operations-cours");
		}

		@Test
		void aMissionWhoseFactsWereCutOffIsListedWithoutFigures() throws IOException {
			Mission ukraine = mission(read(page("07-operations-cours-fr.txt")), "UKRAINE");

			assertThat(ukraine.withoutFigures()).isTrue();
		}

	}

	@Nested
	class TableOfAbout2024 {

		@Test
		void readsOneMissionPerRowKeyedByCountryOrRegion() throws IOException {
			Snapshot snapshot = read(page("11-current-peace-operations-table.txt"));

			assertThat(snapshot.missions()).extracting(Mission::id, Mission::authorized, Mission::deployed)
				.containsExactly(tuple("CARIBBEAN-REGION", 48, null), tuple("UKRAINE", 45, null),
						tuple("WEST-BANK", 12, null), tuple("DEMOCRATIC-REPUBLIC-OF-THE-CONGO", 25, null));
			Mission caribbean = snapshot.missions().get(0);
			assertThat(
					List.of(caribbean.country(), caribbean.region(), caribbean.language(), caribbean.authorizedText()))
				.containsExactly("Caribbean region", "Americas", "French", "Up to 48");
			assertThat(caribbean.armed()).isTrue();
		}

		@Test
		void readsTablesCopiedWithTabsOrRunsOfSpaces() {
			String tabs = """
					Current peace operations
					Country or region\tLanguage of operation\tArmed or unarmed\tAuthorized Police Deployments
					Ukraine\tEnglish\tUnarmed\tUp to 45
					West Bank\tEnglish\tUnarmed\tUp to 12
					""";
			String spaces = """
					Country or region      Language of operation   Armed or unarmed   Authorized Police Deployments
					Ukraine                English                 Unarmed            Up to 45
					West Bank              English                 Unarmed            Up to 12
					""";

			for (String text : List.of(tabs, spaces)) {
				assertThat(read(text).missions()).extracting(Mission::id, Mission::authorized)
					.containsExactly(tuple("UKRAINE", 45), tuple("WEST-BANK", 12));
			}
		}

	}

	@Nested
	class Variety {

		@Test
		void aBlockThatCoversSeveralOperationsSharesOneCap() {
			Snapshot snapshot = read(
					"""
							South Sudan and Sudan

							Canadian police serve with the United Nations Mission in South Sudan (UNMISS).

							Canadian police also serve with the African Union-United Nations Hybrid Operation in Darfur (UNAMID).

							The following elements apply to both operations:

							  • Main language of operation: English
							  • Armed/unarmed: Unarmed
							  • Authorized deployments: Up to 20 total, split between both missions
							  • Currently deployed: 12
							""");

			assertThat(snapshot.pools()).singleElement().satisfies((pool) -> {
				assertThat(pool.authorized()).isEqualTo(20);
				assertThat(pool.deployed()).isEqualTo(12);
				assertThat(pool.authorizedText()).isEqualTo("Up to 20 total, split between both missions");
			});
			assertThat(snapshot.missions()).extracting(Mission::id).containsExactly("UNMISS", "UNAMID");
			assertThat(snapshot.missions()).allSatisfy((mission) -> {
				assertThat(mission.pool()).isEqualTo(snapshot.pools().get(0).id());
				assertThat(mission.deployed()).isNull();
			});
		}

		@Test
		void aTableOfContentsDoesNotCountMissionsTwice() {
			Snapshot snapshot = read("""
					Current operations
					On this page
					  • Haiti
					  • Ukraine
					Haiti
					Canadian police serve with the United Nations Mission for Justice Support in Haiti (MINUJUSTH).
					  • Authorized deployments: 90
					  • Currently deployed: 40
					Ukraine
					Canada supports Ukraine's police reform.
					  • Authorized deployments: Up to 20 total
					  • Currently deployed: 20
					""");

			assertThat(snapshot.missions()).extracting(Mission::id).containsExactly("MINUJUSTH", "UKRAINE");
		}

		@Test
		void numbersInProseAreNotFigures() {
			Snapshot snapshot = read(
					"""
							Mali
							Three Canadian police officers served 12 months each in 2017 with the United Nations Multidimensional Integrated Stabilization Mission in Mali (MINUSMA), one of 15 missions.
							  • Participation since: 2013
							  • Authorized deployments: 45 total for all operations
							""");

			Mission mali = snapshot.missions().get(0);
			assertThat(mali.id()).isEqualTo("MINUSMA");
			assertThat(mali.authorized()).isEqualTo(45);
			assertThat(mali.authorizedText()).isEqualTo("45 total for all operations");
			assertThat(mali.deployed()).as("no 'Currently deployed' line: unknown, not 3, 12 or 15").isNull();
		}

		@Test
		void frenchWordingsAndNonBreakingSpaces() {
			Snapshot snapshot = read("""
					Ukraine (Engagement bilatéral)
					Cet engagement bilatéral permet au Canada de soutenir la réforme de la police en Ukraine.
					  • Principale langue de travail\u00a0: anglais
					  • Armée ou non armée\u202f: non armée
					  • Participation depuis : juillet 2015
					  • Nombre d’affectations autorisées : 30 tout au plus
					  • Nombre d’affectations actuelles : 17
					""");

			Mission ukraine = snapshot.missions().get(0);
			assertThat(List.of(ukraine.id(), ukraine.language(), ukraine.since(), ukraine.authorizedText()))
				.containsExactly("UKRAINE", "English", "2015-07", "30 tout au plus");
			assertThat(List.of(ukraine.authorized(), ukraine.deployed())).containsExactly(30, 17);
			assertThat(ukraine.armed()).isFalse();
		}

		@Test
		void aDateModifiedThatDisagreesWithTheFileNameIsAnError() {
			assertThatExceptionOfType(BadInputException.class).isThrownBy(() -> read("""
					Ukraine
					Canada supports Ukraine's police reform.
					  • Authorized deployments: 20
					Date modified: 2018-04-02
					"""))
				.withMessageContaining("2018-03-31.txt:4:")
				.withMessageContaining("does not match the file name's date 2018-03-31");
		}

		@Test
		void aPageWithoutFactsOrTableIsAnError() {
			assertThatExceptionOfType(BadInputException.class)
				.isThrownBy(() -> read("Current operations\nCanadian police serve abroad.\n"))
				.satisfies((ex) -> assertThat(ex.getMessage().lines()).as("said once, in the page's terms")
					.singleElement(as(InstanceOfAssertFactories.STRING))
					.contains("found no mission"));
		}

	}

	@Nested
	class CapWordings {

		@Test
		void readTheFigure() {
			assertThat(List.of("90", "up to 10", "Up to 20 total", "Up to 20 total, split between both missions",
					"45 total for all operations", "30 tout au plus", "up to 5, in total in the West Bank",
					"Up to five"))
				.extracting(PageWords::count)
				.containsExactly(90, 10, 20, 20, 45, 30, 5, 5);
		}

		@Test
		void knowWhichAreShared() {
			assertThat(PageWords.sharedArea("up to 5, in total in the West Bank")).hasValue("West Bank");
			assertThat(PageWords.sharedArea("Up to 20 total")).isEmpty();
			assertThat(PageWords.sharedByBlock("Up to 20 total, split between both missions")).isTrue();
			assertThat(PageWords.sharedByBlock("45 total for all operations")).isTrue();
			assertThat(PageWords.sharedByBlock("Up to 20 total")).isFalse();
		}

	}

}
