package ca.peaceops.fillrate.snapshot.json;

import ca.peaceops.fillrate.snapshot.BadInputException;
import ca.peaceops.fillrate.snapshot.InputProblem;
import ca.peaceops.fillrate.snapshot.Mission;
import ca.peaceops.fillrate.snapshot.Pool;
import ca.peaceops.fillrate.snapshot.Snapshot;
import ca.peaceops.fillrate.snapshot.Warning;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import ca.peaceops.fillrate.place.Places;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class JsonSnapshotReaderTests {

	private static final LocalDate AS_OF = LocalDate.of(2018, 3, 31);

	private final JsonSnapshotReader reader = new JsonSnapshotReader(Places.world(),
			Clock.fixed(AS_OF.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));

	private Snapshot read(String json) {
		return this.reader.read("snapshots/2018-03-31.json", json, AS_OF);
	}

	private InputProblem onlyProblem(String json) {
		BadInputException ex = org.junit.jupiter.api.Assertions.assertThrows(BadInputException.class, () -> read(json));
		assertThat(ex.problems()).hasSize(1);
		return ex.problems().get(0);
	}

	private static final String VALID = """
			{
			  "asOf": "2018-03-31",
			  "source": "Current operations page",
			  "pools": [ { "id": "west-bank", "name": "West Bank", "authorized": 5,
			               "authorizedText": "up to 5, in total in the West Bank" } ],
			  "missions": [
			    { "id": "MINUJUSTH", "name": "Mission des Nations Unies pour l'appui à la justice en Haïti",
			      "country": "Haiti", "partner": "United Nations", "language": "French", "armed": true,
			      "since": "2017-10", "authorized": 90, "authorizedText": "90", "deployed": 40 },
			    { "id": "EUPOL-COPPS", "name": "EU Coordinating Office for Palestinian Police Support",
			      "country": "West Bank", "pool": "west-bank", "language": "English", "armed": false, "deployed": 1 },
			    { "id": "SENIOR-POLICE-ADVISOR", "name": "Senior Police Advisor", "country": "United States", "region": "Americas" }
			  ]
			}
			""";

	@Nested
	class ValidSnapshots {

		@Test
		void keepsAMissionWhoseCountryIsUnknownOrMissingUnderUnassignedWithAWarning() {
			Snapshot snapshot = read(VALID.replace("\"country\": \"Haiti\"", "\"country\": \"Atlantis\""));

			assertThat(snapshot.missions().get(0).region()).isEqualTo("Unassigned");
			assertThat(snapshot.warnings()).extracting(Warning::toString)
				.contains("MINUJUSTH: no region is known for the country \"Atlantis\"; counted under Unassigned"
						+ " (add it to input/regions.csv to place it)");
			assertThat(read(VALID.replace("\"country\": \"Haiti\",", "")).missions().get(0))
				.extracting(Mission::country, Mission::region)
				.containsExactly(null, "Unassigned");
		}

		@Test
		void readsEveryFieldKeepingAccents() {
			Snapshot snapshot = read(VALID);

			assertThat(snapshot.asOf()).isEqualTo(AS_OF);
			assertThat(snapshot.source()).isEqualTo("Current operations page");
			Mission haiti = snapshot.missions().get(0);
			assertThat(haiti).isEqualTo(new Mission("MINUJUSTH",
					"Mission des Nations Unies pour l'appui à la justice en Haïti", "United Nations", "Haiti",
					"Americas", "French", true, "2017-10", 90, "90", 40, null, null, "Haïti"));
		}

		@Test
		void readsPoolsAndPooledMissions() {
			Snapshot snapshot = read(VALID);

			assertThat(snapshot.pools())
				.containsExactly(new Pool("west-bank", "West Bank", 5, "up to 5, in total in the West Bank", null));
			assertThat(snapshot.missions().get(1).pool()).isEqualTo("west-bank");
			assertThat(snapshot.missions().get(1).authorized()).isNull();
		}

		@Test
		void missingFiguresAreUnknownNotZero() {
			Mission advisor = read(VALID).missions().get(2);

			assertThat(advisor.authorized()).isNull();
			assertThat(advisor.deployed()).isNull();
			assertThat(advisor.withoutFigures()).isTrue();
		}

		@Test
		void aMissionsOwnRegionOverridesTheTable() {
			assertThat(read(VALID).missions().get(2).region()).isEqualTo("Americas");
		}

		@Test
		void warnsAboutDeployedAboveTheCapWithoutFailing() {
			Snapshot snapshot = read(VALID.replace("\"deployed\": 40", "\"deployed\": 95"));

			assertThat(snapshot.warnings())
				.containsExactly(Warning.of(Warning.Kind.MISSION_ABOVE_CAP, "MINUJUSTH", 95, 90));
			assertThat(snapshot.warnings().get(0)).hasToString("MINUJUSTH: 95 deployed above the cap of 90");
		}

		@Test
		void warnsWhenAPoolsTotalDisagreesWithItsMissions() {
			Snapshot snapshot = read(VALID.replace("\"authorized\": 5,", "\"authorized\": 5, \"deployed\": 3,"));

			assertThat(snapshot.warnings()).singleElement()
				.hasToString("pool west-bank: the pool's total of 3 deployed disagrees with its missions' sum of 1; "
						+ "the pool's total is used");
		}

	}

	@Nested
	class BadSnapshots {

		@Test
		void aNegativeCountNamesTheLineAndTheField() {
			InputProblem problem = onlyProblem(VALID.replace("\"deployed\": 40", "\"deployed\": -3"));

			assertThat(problem.line()).isEqualTo(9);
			assertThat(problem.path()).isEqualTo("/missions/0/deployed");
			assertThat(problem.toString())
				.isEqualTo("snapshots/2018-03-31.json:9: /missions/0/deployed: deployed -3 must be a whole number ≥ 0");
		}

		@Test
		void aCountMustBeAWholeNumber() {
			assertThat(onlyProblem(VALID.replace("\"deployed\": 40", "\"deployed\": \"40\"")).message())
				.isEqualTo("deployed \"40\" must be a whole number ≥ 0");
			assertThat(onlyProblem(VALID.replace("\"deployed\": 40", "\"deployed\": 4.5")).message())
				.isEqualTo("deployed 4.5 must be a whole number ≥ 0");
		}

		@Test
		void aPooledMissionNamingAMissingPool() {
			InputProblem problem = onlyProblem(VALID.replace("\"pool\": \"west-bank\"", "\"pool\": \"gaza\""));

			assertThat(problem.line()).isEqualTo(11);
			assertThat(problem.message()).startsWith("pool \"gaza\" is not among the pools");
		}

		@Test
		void aPooledMissionWithItsOwnCap() {
			InputProblem problem = onlyProblem(
					VALID.replace("\"pool\": \"west-bank\",", "\"pool\": \"west-bank\", \"authorized\": 5,"));

			assertThat(problem.message()).contains("must not have its own cap");
		}

		@Test
		void malformedJsonNamesTheLine() {
			InputProblem problem = onlyProblem(VALID.replace("\"deployed\": 40 }", "\"deployed\": 40 "));

			assertThat(problem.line()).isEqualTo(10);
			assertThat(problem.message()).startsWith("malformed JSON");
		}

		@Test
		void aTruncatedFile() {
			InputProblem problem = onlyProblem(VALID.substring(0, VALID.indexOf("\"missions\"")));

			assertThat(problem.message()).startsWith("malformed JSON");
		}

		@Test
		void duplicateMissionIds() {
			InputProblem problem = onlyProblem(
					VALID.replace("\"id\": \"SENIOR-POLICE-ADVISOR\"", "\"id\": \"MINUJUSTH\""));

			assertThat(problem.message()).isEqualTo("duplicate mission id \"MINUJUSTH\"");
			assertThat(problem.line()).isEqualTo(12);
		}

		@Test
		void anAsOfDateThatDoesNotMatchTheFileName() {
			InputProblem problem = onlyProblem(VALID.replace("2018-03-31", "2018-03-30"));

			assertThat(problem.message()).contains("does not match the file name's date 2018-03-31");
		}

		@Test
		void anAsOfDateInTheFuture() {
			JsonSnapshotReader yesterday = new JsonSnapshotReader(Places.world(),
					Clock.fixed(AS_OF.minusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));

			assertThatExceptionOfType(BadInputException.class)
				.isThrownBy(() -> yesterday.read("snapshots/2018-03-31.json", VALID, AS_OF))
				.withMessageContaining("is in the future");
		}

		@Test
		void aMisspeltFieldIsNotIgnored() {
			InputProblem problem = onlyProblem(VALID.replace("\"deployed\": 40", "\"deployd\": 40"));

			assertThat(problem.message()).startsWith("unknown field \"deployd\"");
		}

		@Test
		void reportsEveryProblemInTheFileAtOnce() {
			String json = VALID.replace("\"deployed\": 40", "\"deployed\": -3")
				.replace("\"deployed\": 1", "\"deployed\": -1");

			assertThatExceptionOfType(BadInputException.class).isThrownBy(() -> read(json))
				.satisfies((ex) -> assertThat(ex.problems()).hasSize(2));
		}

		@Test
		void aMissingRequiredField() {
			InputProblem problem = onlyProblem(VALID.replace("\"name\": \"Senior Police Advisor\", ", ""));

			assertThat(problem.path()).isEqualTo("/missions/2/name");
			assertThat(problem.message()).isEqualTo("name is required");
		}

	}

}
