package ca.peaceops.fillrate.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --from/--to}: every period of a range in one launch, each as its own monthly run
 * would have been.
 */
class BackfillIntegrationTests {

	@RegisterExtension
	static GreenMailExtension smtp = TestSmtp.server();

	@BeforeEach
	void emptyTheMailboxes() throws Exception {
		smtp.purgeEmailFromAllMailboxes();
	}

	@TempDir
	Path workspace;

	/** A month's snapshot: deployed grows by one a month, so every month changes. */
	private static void snapshot(ReportCli cli, YearMonth month, String deployed) throws IOException {
		String asOf = month.atEndOfMonth().toString();
		Files.writeString(cli.input().resolve("snapshots/" + asOf + ".json"), """
				{ "asOf": "%s", "source": "test series",
				  "missions": [
				    { "id": "UNMIL", "name": "United Nations Mission in Liberia", "country": "Liberia",
				      "authorized": 100, "deployed": %s },
				    { "id": "UNFICYP", "name": "United Nations Peacekeeping Force in Cyprus", "country": "Cyprus",
				      "authorized": 69, "deployed": 60 } ] }
				""".formatted(asOf, deployed));
	}

	private ReportCli series(int months) throws IOException {
		ReportCli cli = new ReportCli(this.workspace);
		Files.createDirectories(cli.input().resolve("snapshots"));
		for (int i = 0; i < months; i++) {
			snapshot(cli, YearMonth.of(2001, 1).plusMonths(i), String.valueOf(40 + i));
		}
		return cli;
	}

	@Test
	void publishesEveryPeriodOnceEachComparedWithTheMonthBefore() throws IOException, MessagingException {
		ReportCli cli = series(14);

		ReportCli.Result result = cli.run("--from=2000-11", "--to=2002-02", "--mail.to=director@example.org",
				"--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtp.getSmtp().getPort());

		assertThat(result.exitCode()).as(result.stderr()).isZero();
		assertThat(cli.reports().resolve("2000-12")).doesNotExist();
		for (int i = 0; i < 14; i++) {
			YearMonth period = YearMonth.of(2001, 1).plusMonths(i);
			Path dir = cli.reports().resolve(period.toString());
			List<NamedCsvRecord> changes = ReportOutputs.csv(dir.resolve("changes-" + period + ".csv"));
			if (i > 0) {
				assertThat(changes).isNotEmpty()
					.allSatisfy((row) -> assertThat(row.getField("baseline_period"))
						.isEqualTo(period.minusMonths(1).toString()));
			}
			NamedCsvRecord unmil = ReportOutputs.row(ReportOutputs.csv(dir.resolve("missions-" + period + ".csv")),
					"mission_id", "UNMIL");
			assertThat(unmil.getField("fill_rate")).isEqualTo(String.format("0.%04d", (40 + i) * 100));
		}
		List<NamedCsvRecord> history = ReportOutputs.csv(cli.reports().resolve("history.csv"));
		Map<String, Long> rows = history.stream()
			.collect(Collectors.groupingBy((row) -> row.getField("period") + " " + row.getField("mission_id"),
					Collectors.counting()));
		assertThat(rows).hasSize(28).allSatisfy((key, count) -> assertThat(count).as(key).isEqualTo(1));
		MimeMessage[] mail = smtp.getReceivedMessages();
		assertThat(mail).hasSize(1);
		assertThat(mail[0].getSubject()).contains("February 2002");
		assertThat(cli.count("select count(*) from batch_job_instance")).isEqualTo(14);
	}

	@Test
	void stopsAtABadSnapshotWithThePeriodsBeforeItPublishedAndIsAlreadyDoneOnceComplete() throws IOException {
		ReportCli cli = series(6);
		snapshot(cli, YearMonth.of(2001, 4), "-3");

		ReportCli.Result bad = cli.run("--from=2001-01", "--to=2001-06");

		assertThat(bad.exitCode()).isEqualTo(2);
		assertThat(bad.stderr()).contains("2001-04-30.json").contains("deployed -3");
		assertThat(cli.reports().resolve("2001-03")).isDirectory();
		assertThat(cli.reports().resolve("2001-04")).doesNotExist();
		assertThat(cli.reports().resolve("2001-05")).doesNotExist();

		snapshot(cli, YearMonth.of(2001, 4), "43");
		ReportCli.Result fixed = cli.run("--from=2001-01", "--to=2001-06");
		ReportCli.Result again = cli.run("--from=2001-01", "--to=2001-06");

		assertThat(fixed.exitCode()).as(fixed.stderr()).isZero();
		assertThat(cli.reports().resolve("2001-06")).isDirectory();
		assertThat(again.exitCode()).isEqualTo(3);
		assertThat(again.stderr()).startsWith("already done:");
	}

	@Test
	void refusesARangeThatCannotBeRight() throws IOException {
		ReportCli cli = series(1);

		assertThat(cli.run("--from=2001-03", "--to=2001-01").stderr()).contains("--from=2001-03 is after --to=2001-01");
		assertThat(cli.run("--from=2001-03").exitCode()).isEqualTo(2);
		assertThat(cli.run("--from=2001-01", "--to=2001-02", "--period=2001-01").exitCode()).isEqualTo(2);
		assertThat(cli.run("--from=2001-01", "--to=2001-13").stderr()).contains("--to=2001-13 must be a month");
	}

}
