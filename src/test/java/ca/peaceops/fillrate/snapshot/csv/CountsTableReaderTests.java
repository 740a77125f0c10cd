package ca.peaceops.fillrate.snapshot.csv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import ca.peaceops.fillrate.snapshot.BadInputException;
import ca.peaceops.fillrate.snapshot.DeployedCounts;
import ca.peaceops.fillrate.snapshot.Mission;
import ca.peaceops.fillrate.snapshot.Pool;
import ca.peaceops.fillrate.snapshot.Snapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The counts table, read as an analyst or the UN's monthly figures write it. */
class CountsTableReaderTests {

	private static final Snapshot CAPS = new Snapshot(LocalDate.of(2018, 3, 31), "caps",
			List.of(new Pool("west-bank", "West Bank", 5, "up to 5", null)),
			List.of(mission("MINUJUSTH", 90, null, 40), mission("UKRAINE", 20, null, 20),
					mission("EUPOL-COPPS", null, "west-bank", 1), mission("PROTEUS", null, "west-bank", 3)),
			List.of());

	private final CountsTableReader reader = new CountsTableReader(
			Set.of("MINUJUSTH", "UKRAINE", "EUPOL-COPPS", "PROTEUS"), Set.of("west-bank"));

	@TempDir
	Path dir;

	@Test
	void aMissionWithoutARowIsUnknownNotZero() throws IOException {
		DeployedCounts counts = this.reader.read(write("mission_id,deployed\nMINUJUSTH,43\n"), 1_000_000);

		Snapshot joined = counts.applyTo(CAPS);

		assertThat(joined.missions()).extracting(Mission::deployed).containsExactly(43, null, null, null);
		assertThat(joined.asOf()).as("the caps' date").isEqualTo(CAPS.asOf());
	}

	@Test
	void aPoolIdGivesThePoolsTotalOnly() throws IOException {
		DeployedCounts counts = this.reader.read(write("mission_id,deployed\r\nwest-bank,4\r\n"), 1_000_000);

		Snapshot joined = counts.applyTo(CAPS);

		assertThat(joined.pool("west-bank").orElseThrow().deployed()).isEqualTo(4);
		assertThat(joined.membersOf(joined.pool("west-bank").orElseThrow())).extracting(Mission::deployed)
			.containsOnlyNulls();
	}

	@Test
	void womenAreReadWhereGiven() throws IOException {
		DeployedCounts counts = this.reader
			.read(write("mission_id,deployed,women_deployed\nMINUJUSTH,43,9\nUKRAINE,18,\n"), 1_000_000);

		assertThat(counts.women()).containsExactlyEntriesOf(java.util.Map.of("MINUJUSTH", 9));
	}

	@Test
	void aSpreadsheetSavedInFrenchSeparatesBySemicolonsAndReadsTheSame() throws IOException {
		DeployedCounts commas = this.reader
			.read(write("mission_id,deployed,women_deployed\nMINUJUSTH,43,9\nwest-bank,4,\n"), 1_000_000);
		DeployedCounts semicolons = this.reader
			.read(write("\uFEFFmission_id;deployed;women_deployed\r\nMINUJUSTH;43;9\r\nwest-bank;4;\r\n"), 1_000_000);

		assertThat(semicolons.applyTo(CAPS)).isEqualTo(commas.applyTo(CAPS));
		assertThat(semicolons.applyTo(CAPS).missions().get(0).deployed()).isEqualTo(43);
		assertThat(semicolons.women()).isEqualTo(commas.women()).containsEntry("MINUJUSTH", 9);
	}

	@Test
	void everyProblemNamesTheFileAndItsLine() throws IOException {
		Path file = write("mission_id,deployed\nMINUJUSTH,40\nMINUSMA,12\nUKRAINE,-1\nMINUJUSTH,41\n");

		assertThatExceptionOfType(BadInputException.class).isThrownBy(() -> this.reader.read(file, 1_000_000))
			.satisfies((ex) -> assertThat(ex.getMessage()).contains(file + ":3: mission MINUSMA has no cap in force")
				.contains(file + ":4: deployed \"-1\" must be a whole number")
				.contains(file + ":5: mission MINUJUSTH is counted twice (first on line 2)"));
	}

	@Test
	void aCountThatIsNoNumberIsToldOnceAndAnEmptyOneIsRequired() throws IOException {
		Path file = write("mission_id,deployed\nMINUJUSTH,forty\nUKRAINE,\n");

		assertThatExceptionOfType(BadInputException.class).isThrownBy(() -> this.reader.read(file, 1_000_000))
			.satisfies((ex) -> assertThat(ex.getMessage().lines()).containsExactly(
					file + ":2: deployed \"forty\" must be a whole number ≥ 0", file + ":3: deployed is required"));
	}

	@Test
	void aQuotedNameWithALineBreakKeepsTheLinesOfLaterRows() throws IOException {
		Path file = write("mission_id,deployed\n\"MINU\nJUSTH\",40\nUKRAINE,x\n");

		assertThatExceptionOfType(BadInputException.class).isThrownBy(() -> this.reader.read(file, 1_000_000))
			.satisfies((ex) -> assertThat(ex.getMessage()).contains(file + ":4: deployed \"x\""));
	}

	private Path write(String text) throws IOException {
		return Files.writeString(this.dir.resolve("2018-04-30.csv"), text);
	}

	private static Mission mission(String id, Integer authorized, String pool, Integer deployed) {
		return new Mission(id, id, null, "Haiti", "Americas", null, null, null, authorized, null, deployed, pool, null,
				null);
	}

}
