package ca.peaceops.fillrate.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static ca.peaceops.fillrate.launch.ReportOutputs.csv;
import static ca.peaceops.fillrate.launch.ReportOutputs.pdfText;
import static ca.peaceops.fillrate.launch.ReportOutputs.row;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --due}, one firing of the schedule as a daily cron starts it: months follow
 * their counts, a month without its own does not block the months after it, an old file
 * alone publishes nothing.
 */
class DueMonthsIntegrationTests {

	private static final String ROSTER_HEADER = "as_of,officer_id,mission_id,home_service,rank,gender,start_date,end_date\n";

	@TempDir
	Path workspace;

	@Test
	void eachMonthIsPublishedFromItsOwnRosterAndTheGapFromTheNewestCountsBeforeIt() throws IOException {
		ReportCli cli = BadInputCase.januaryOnly(this.workspace);
		assertThat(cli.run("--period=2018-01", "--fillrate.clock=2018-02-02T12:00:00Z").exitCode()).isZero();
		Files.createDirectories(cli.input().resolve("rosters"));
		for (String date : new String[] { "2018-03-31", "2018-04-30", "2018-05-31" }) {
			int officers = Integer.parseInt(date.substring(5, 7));
			StringBuilder roster = new StringBuilder(ROSTER_HEADER);
			for (int i = 0; i < officers; i++) {
				roster.append(date).append(",A").append(i).append(",MINUJUSTH,RCMP,Constable,F,2017-10-16,\n");
			}
			Files.writeString(cli.input().resolve("rosters/" + date + ".csv"), roster);
		}

		ReportCli.Result result = cli.run("--due", "--fillrate.clock=2018-06-02T12:00:00Z");

		assertThat(result.exitCode()).as(result.stderr()).isZero();
		for (String month : new String[] { "2018-03", "2018-04", "2018-05" }) {
			assertThat(row(csv(cli.reports().resolve(month + "/missions-" + month + ".csv")), "mission_id", "MINUJUSTH")
				.getField("deployed")).as(month + " from its own roster")
				.isEqualTo(String.valueOf(Integer.parseInt(month.substring(5))));
		}
		assertThat(row(csv(cli.reports().resolve("2018-02/missions-2018-02.csv")), "mission_id", "MINUJUSTH")
			.getField("counts_as_of")).as("February from January's snapshot").isEqualTo("2018-01-31");
		assertThat(pdfText(cli.reports().resolve("2018-02/fill-rate-report-2018-02.pdf")).replaceAll("\\s+", " "))
			.contains("Snapshot as of 2018-01-31");

		ReportCli.Result again = cli.run("--due", "--fillrate.clock=2018-06-03T12:00:00Z");
		assertThat(again.exitCode()).as("nothing due the next morning").isZero();
		assertThat(again.stderr()).isEmpty();
	}

	@Test
	void aLoneSnapshotTwoYearsOldPublishesNothing() throws IOException {
		ReportCli cli = ReportCli.withSampleInput(this.workspace);
		Files.delete(cli.input().resolve("snapshots/2018-01-31.json"));
		Files.delete(cli.input().resolve("snapshots/2018-11-30.json"));
		ReportOutputs.deleteCounts(cli);

		ReportCli.Result result = cli.run("--due", "--fillrate.clock=2020-06-02T12:00:00Z");

		assertThat(result.exitCode()).as(result.stderr()).isZero();
		assertThat(cli.reports().resolve("2020-05")).doesNotExist();
		assertThat(cli.reports().resolve("2018-03")).doesNotExist();
	}

}
