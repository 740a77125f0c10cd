package ca.peaceops.fillrate.roster;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import ca.peaceops.fillrate.snapshot.BadInputException;
import ca.peaceops.fillrate.snapshot.InputProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.groups.Tuple.tuple;

class RosterReaderTests {

	private static final String HEADER = "as_of,officer_id,mission_id,home_service,rank,gender,start_date,end_date\n";

	private final RosterReader reader = new RosterReader(LocalDate.of(2018, 3, 31),
			List.of("MINUJUSTH", "UKRAINE", "PROTEUS"));

	@TempDir
	Path dir;

	private Path roster(String rows) throws IOException {
		return Files.writeString(this.dir.resolve("2018-03-31.csv"), HEADER + rows);
	}

	@Test
	void countsOfficersDeployedOnTheAsOfDatePerMissionWithWomenAndHomeServices() throws IOException {
		RosterCounts counts = this.reader.read(roster("""
				2018-03-31,P001,MINUJUSTH,RCMP,Sergeant,F,2017-10-16,
				2018-03-31,P002,MINUJUSTH,SPVM,Constable,M,2017-11-01,2018-06-30
				2018-03-31,P003,MINUJUSTH,RCMP,Inspector,F,2018-03-31,
				2018-03-31,P004,UKRAINE,OPP,Constable,M,2016-06-01,
				2018-03-31,P005,UKRAINE,OPP,Constable,F,2016-06-01,2018-02-28
				2018-03-31,P006,UKRAINE,Halifax Regional Police,Constable,M,2016-06-01,2017-12-31
				"""));

		assertThat(counts.officers()).isEqualTo(4);
		assertThat(counts.women()).isEqualTo(2);
		assertThat(counts.missions().get("MINUJUSTH")).isEqualTo(new RosterCounts.MissionCount(3, 2));
		assertThat(counts.missions().get("UKRAINE")).as("P005 left before the as-of date")
			.isEqualTo(new RosterCounts.MissionCount(1, 0));
		assertThat(counts.deployed("PROTEUS")).as("a mission the roster does not name has nobody").isZero();
		assertThat(counts.homeServices()).containsOnly(entry("RCMP", 2), entry("SPVM", 1), entry("OPP", 1));
	}

	@Test
	void aDuplicateOfficerAnUnknownMissionAndABadDateAreRejectedWithTheirLines() throws IOException {
		Path file = roster("""
				2018-03-31,P001,MINUJUSTH,RCMP,Sergeant,F,2017-10-16,
				2018-03-31,P002,ATLANTIS,RCMP,Sergeant,F,2017-10-16,
				2018-03-31,P001,UKRAINE,RCMP,Sergeant,F,2017-10-16,
				2018-03-31,P004,UKRAINE,RCMP,Sergeant,F,2018-02-30x,
				2018-03-31,P005,UKRAINE,RCMP,Sergeant,F,2018-04-02,
				2018-03-31,P006,UKRAINE,RCMP,Sergeant,F,2017-02-31,
				2018-03-31,P007,UKRAINE,RCMP,Sergeant,F,2016-02-29,2018-02-29
				""");

		assertThatExceptionOfType(BadInputException.class).isThrownBy(() -> this.reader.read(file))
			.satisfies((ex) -> assertThat(ex.problems()).extracting(InputProblem::line, InputProblem::message)
				.containsExactly(tuple(3, "mission_id \"ATLANTIS\" is not a mission of the snapshot of 2018-03-31"),
						tuple(4, "this officer_id appears on an earlier line too: one row per deployed officer"),
						tuple(5, "start_date \"2018-02-30x\" must be a date as YYYY-MM-DD"),
						tuple(6, "start_date 2018-04-02 is after the as-of date 2018-03-31"),
						tuple(7, "start_date \"2017-02-31\" must be a date as YYYY-MM-DD"),
						tuple(8, "end_date \"2018-02-29\" must be a date as YYYY-MM-DD")))
			.withMessageStartingWith(file + ":3: ");
	}

	@Test
	void aSpreadsheetSavedInFrenchSeparatesBySemicolonsAndReadsTheSame() throws IOException {
		RosterCounts commas = this.reader.read(roster("""
				2018-03-31,P001,MINUJUSTH,RCMP,Sergeant,F,2017-10-16,
				2018-03-31,P002,UKRAINE,"Police, Halifax",Constable,M,2016-06-01,
				"""));
		RosterCounts semicolons = this.reader.read(Files.writeString(this.dir.resolve("2018-03-31.csv"), """
				\uFEFFas_of;officer_id;mission_id;home_service;rank;gender;start_date;end_date\r
				2018-03-31;P001;MINUJUSTH;RCMP;Sergeant;F;2017-10-16;\r
				2018-03-31;P002;UKRAINE;Police, Halifax;Constable;M;2016-06-01;\r
				"""));

		assertThat(semicolons.officers()).isEqualTo(2);
		assertThat(semicolons.missions()).isEqualTo(commas.missions());
		assertThat(semicolons.homeServices()).isEqualTo(commas.homeServices()).containsKey("Police, Halifax");
	}

	@Test
	void aMissingColumnIsAnErrorOnTheHeader() throws IOException {
		Path file = Files.writeString(this.dir.resolve("2018-03-31.csv"),
				"as_of,officer_id,mission_id,rank,gender,start_date\n2018-03-31,P1,UKRAINE,Sergeant,F,2017-01-01\n");

		assertThatExceptionOfType(BadInputException.class).isThrownBy(() -> this.reader.read(file))
			.withMessage(file + ":1: column \"home_service\" is missing; "
					+ "expected as_of,officer_id,mission_id,home_service,rank,gender,start_date,end_date");
	}

	@Test
	void aRowOfAnotherDateIsAnError() throws IOException {
		Path file = roster("2018-02-28,P001,MINUJUSTH,RCMP,Sergeant,F,2017-10-16,\n");

		assertThatExceptionOfType(BadInputException.class).isThrownBy(() -> this.reader.read(file))
			.withMessageContaining(":2: as_of \"2018-02-28\" must be the roster's date 2018-03-31");
	}

	@Test
	void accentedNamesAndAByteOrderMarkAreReadAsUtf8() throws IOException {
		RosterReader accented = new RosterReader(LocalDate.of(2018, 3, 31), List.of("MINUJUSTH", "MISIÓN-Ü"));
		Path file = Files.writeString(this.dir.resolve("2018-03-31.csv"), "\uFEFF" + HEADER + """
				2018-03-31,P001,MISIÓN-Ü,Service de police de la Ville de Québec,Sergeant,F,2017-10-16,
				2018-03-31,P002,MISIÓN-Ü,Sûreté du Québec,Sergeant,M,2017-10-16,
				2018-03-31,P003,MINUJUSTH,Service de police de la Ville de Québec,Sergeant,M,2017-10-16,
				""");

		RosterCounts counts = accented.read(file);

		assertThat(counts.missions().get("MISIÓN-Ü")).isEqualTo(new RosterCounts.MissionCount(2, 1));
		assertThat(counts.homeServices()).containsOnly(entry("Service de police de la Ville de Québec", 2),
				entry("Sûreté du Québec", 1));
	}

	@Test
	void anAccentedUnknownMissionIsQuotedAsWrittenAndBrokenUtf8IsAnError() throws IOException {
		byte[] head = (HEADER + "2018-03-31,P001,MISIÓN,RCMP,Sergeant,F,2017-10-16,\n"
				+ "2018-03-31,P002,UKRAINE,Sûreté ")
			.getBytes(StandardCharsets.UTF_8);
		byte[] tail = ",Sergeant,F,2017-10-16,\n".getBytes(StandardCharsets.UTF_8);
		// 0xC3 starts a two-byte character that never comes.
		byte[] bytes = Arrays.copyOf(head, head.length + 1 + tail.length);
		bytes[head.length] = (byte) 0xC3;
		System.arraycopy(tail, 0, bytes, head.length + 1, tail.length);
		Path file = Files.write(this.dir.resolve("2018-03-31.csv"), bytes);

		assertThatExceptionOfType(BadInputException.class).isThrownBy(() -> this.reader.read(file))
			.satisfies((ex) -> assertThat(ex.problems()).extracting(InputProblem::line, InputProblem::message)
				.containsExactly(tuple(2, "mission_id \"MISIÓN\" is not a mission of the snapshot of 2018-03-31"),
						tuple(3, "home_service is not UTF-8 text")));
	}

	@Test
	void aLongReadReportsItsProgressEverySixteenThousandRows() throws IOException {
		Path file = this.dir.resolve("2018-03-31.csv");
		int rows = 2 * RosterReader.PROGRESS_ROWS + 3;
		try (BufferedWriter writer = Files.newBufferedWriter(file)) {
			writer.write(HEADER);
			for (int i = 0; i < rows; i++) {
				writer.write("2018-03-31,P" + i + ",UKRAINE,,Constable,M,2017-01-01,\n");
			}
		}
		List<Long> progress = new ArrayList<>();

		RosterCounts counts = this.reader.read(file, progress::add);

		assertThat(counts.officers()).isEqualTo(rows);
		assertThat(progress).containsExactly(16_384L, 32_768L);
	}

}
