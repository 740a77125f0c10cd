package ca.peaceops.fillrate.snapshot.csv;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import ca.peaceops.fillrate.place.Places;
import ca.peaceops.fillrate.snapshot.BadInputException;
import ca.peaceops.fillrate.snapshot.InputProblem;
import ca.peaceops.fillrate.snapshot.Mission;
import ca.peaceops.fillrate.snapshot.Pool;
import ca.peaceops.fillrate.snapshot.Snapshot;
import ca.peaceops.fillrate.snapshot.json.JsonSnapshotReader;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CsvSnapshotReaderTests {

	private static final LocalDate AS_OF = LocalDate.of(2018, 3, 31);

	private final CsvSnapshotReader reader = new CsvSnapshotReader(Places.world(),
			Clock.fixed(AS_OF.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));

	private static final String HEADER = "as_of,id,name,country,region,partner,language,armed,since,authorized,"
			+ "authorized_text,pool,pool_name,pool_authorized,deployed\n";

	private static final String ROWS = """
			2018-03-31,MINUJUSTH,"Mission des Nations Unies pour l'appui à la justice en Haïti",Haiti,,United Nations,French,armed,2017-10,90,90,,,,40
			2018-03-31,EUPOL-COPPS,"EU Coordinating Office for Palestinian Police Support, Ramallah",West Bank,,European Union,English,false,2008-08,,"up to 5, in total in the West Bank",west-bank,West Bank,5,1
			2018-03-31,PROTEUS,Operation PROTEUS,West Bank,,,English,unarmed,2013-07,,"up to 5, in total in the West Bank",west-bank,West Bank,5,3
			""";

	private Snapshot read(String csv) {
		return this.reader.read("snapshots/2018-03-31.csv", csv, AS_OF);
	}

	private InputProblem onlyProblem(String csv) {
		BadInputException ex = org.junit.jupiter.api.Assertions.assertThrows(BadInputException.class, () -> read(csv));
		assertThat(ex.problems()).hasSize(1);
		return ex.problems().get(0);
	}

	@Test
	void readsMissionsPoolsQuotedCommasAndBothWaysOfWritingArmed() {
		Snapshot snapshot = read(HEADER + ROWS);

		assertThat(snapshot.missions().get(0)).isEqualTo(new Mission("MINUJUSTH",
				"Mission des Nations Unies pour l'appui à la justice en Haïti", "United Nations", "Haiti", "Americas",
				"French", true, "2017-10", 90, "90", 40, null, null, "Haïti"));
		assertThat(snapshot.missions().get(1).name()).endsWith("Support, Ramallah");
		assertThat(snapshot.missions()).extracting(Mission::armed).containsExactly(true, false, false);
		assertThat(snapshot.pools())
			.containsExactly(new Pool("west-bank", "West Bank", 5, "up to 5, in total in the West Bank", null));
		assertThat(snapshot.missions().get(2).pool()).isEqualTo("west-bank");
	}

	@Test
	void acceptsCrlfLineEnds() {
		Snapshot snapshot = read((HEADER + ROWS).replace("\n", "\r\n"));

		assertThat(snapshot.missions()).hasSize(3);
	}

	@Test
	void aSpreadsheetSavedInFrenchSeparatesBySemicolonsAndReadsTheSame() {
		String semicolons = HEADER.replace(',', ';')
				+ """
						2018-03-31;MINUJUSTH;"Mission des Nations Unies pour l'appui à la justice en Haïti";Haiti;;United Nations;French;armed;2017-10;90;90;;;;40
						2018-03-31;EUPOL-COPPS;"EU Coordinating Office for Palestinian Police Support, Ramallah";West Bank;;European Union;English;false;2008-08;;"up to 5, in total in the West Bank";west-bank;West Bank;5;1
						2018-03-31;PROTEUS;Operation PROTEUS;West Bank;;;English;unarmed;2013-07;;"up to 5, in total in the West Bank";west-bank;West Bank;5;3
						""";

		assertThat(read(semicolons.replace("\n", "\r\n"))).isEqualTo(read(HEADER + ROWS));
	}

	@Test
	void anEmptyCellIsUnknownNotZero() {
		Snapshot snapshot = read(HEADER + ROWS.replace(",90,90,,,,40", ",90,90,,,,"));

		assertThat(snapshot.missions().get(0).deployed()).isNull();
	}

	@Test
	void aNegativeCountNamesTheLine() {
		InputProblem problem = onlyProblem(HEADER + ROWS.replace(",5,3", ",5,-3"));

		assertThat(problem).hasToString("snapshots/2018-03-31.csv:4: deployed \"-3\" must be a whole number ≥ 0");
	}

	@Test
	void lineNumbersCountLinesInsideQuotedCells() {
		String csv = HEADER + ROWS.replace("Ramallah\"", "\nRamallah\"").replace(",5,3", ",5,x");

		assertThat(onlyProblem(csv).line()).isEqualTo(5);
	}

	@Test
	void aLineBreakInsideAQuotedNameIsReadAsASpaceWithAWarningNamingItsLine() {
		String csv = HEADER + ROWS.replace("Support, Ramallah\"", "Support,\r\nRamallah\"")
			.replace("Operation PROTEUS", "\"Operation\tPROTEUS\"");

		Snapshot snapshot = read(csv);

		assertThat(snapshot.missions()).extracting(Mission::name)
			.contains("EU Coordinating Office for Palestinian Police Support, Ramallah", "Operation PROTEUS");
		assertThat(snapshot.warnings()).extracting(Object::toString)
			.contains("snapshots/2018-03-31.csv:3: the name held a line break or a tab, read as a space",
					"snapshots/2018-03-31.csv:5: the name held a line break or a tab, read as a space");
	}

	@Test
	void aLineBreakInsideAnIdIsStillRefused() {
		InputProblem problem = onlyProblem(HEADER + ROWS.replace("2018-03-31,PROTEUS,", "2018-03-31,\"PRO\nTEUS\","));

		assertThat(problem.line()).isEqualTo(4);
		assertThat(problem.message()).contains("invisible character U+000A");
	}

	@Test
	void pooledRowsMustAgreeOnTheSharedCap() {
		InputProblem problem = onlyProblem(HEADER + ROWS.replace("West Bank,5,3", "West Bank,6,3"));

		assertThat(problem.line()).isEqualTo(4);
		assertThat(problem.message()).contains("pool_authorized \"6\" disagrees with \"5\"");
	}

	@Test
	void anUnknownColumnIsAnErrorOnTheHeaderLine() {
		InputProblem problem = onlyProblem(HEADER.replace("deployed", "deployd") + ROWS);

		assertThat(problem.line()).isEqualTo(1);
		assertThat(problem.message()).startsWith("unknown column \"deployd\"");
	}

	@Test
	void anArmedValueThatIsNeitherIsAnError() {
		assertThat(onlyProblem(HEADER + ROWS.replace(",armed,", ",maybe,")).message())
			.isEqualTo("armed \"maybe\" must be true, false, armed or unarmed");
	}

	@Test
	void eachRowsAsOfMustMatchTheFileName() {
		assertThat(onlyProblem(HEADER + ROWS.replaceFirst("2018-03-31", "2018-03-30")).message())
			.isEqualTo("as_of 2018-03-30 does not match the file name's date 2018-03-31");
	}

	@Test
	void reportsEveryBadRow() {
		assertThatExceptionOfType(BadInputException.class)
			.isThrownBy(() -> read(HEADER + ROWS.replace(",40\n", ",-1\n").replace(",5,3", ",5,-3")))
			.satisfies((ex) -> assertThat(ex.problems()).extracting(InputProblem::line).containsExactly(2, 4));
	}

	@Test
	void theSameFactsAsJsonGiveTheSameSnapshot() {
		String json = """
				{ "asOf": "2018-03-31",
				  "pools": [ { "id": "west-bank", "name": "West Bank", "authorized": 5,
				               "authorizedText": "up to 5, in total in the West Bank" } ],
				  "missions": [
				    { "id": "MINUJUSTH", "name": "Mission des Nations Unies pour l'appui à la justice en Haïti",
				      "country": "Haiti", "partner": "United Nations", "language": "French", "armed": true,
				      "since": "2017-10", "authorized": 90, "authorizedText": "90", "deployed": 40 } ] }
				""";
		Snapshot fromJson = new JsonSnapshotReader(Places.world(), Clock.systemUTC()).read("2018-03-31.json", json,
				AS_OF);
		Snapshot fromCsv = read(HEADER + ROWS.lines().findFirst().orElseThrow() + "\n");

		assertThat(fromCsv.missions()).isEqualTo(fromJson.missions());
		assertThat(List.of(fromCsv.asOf())).containsExactly(fromJson.asOf());
	}

}
