package ca.peaceops.fillrate.launch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the operations addresses ({@code mail.ops}) are told, received by a real SMTP
 * server (GreenMail): a failed run, and a report left out of date.
 */
@ExtendWith(OutputCaptureExtension.class)
class OperationsNoticeIntegrationTests {

	private static final String OPS = "ops@example.org";

	@RegisterExtension
	static GreenMailExtension smtp = TestSmtp.server();

	@BeforeEach
	void emptyTheMailboxes() throws Exception {
		smtp.purgeEmailFromAllMailboxes();
	}

	@TempDir
	Path workspace;

	@Test
	void aPeriodPublishedAfterALaterOneTellsOperationsWhichReportIsOutOfDate() throws Exception {
		ReportCli cli = ReportCli.withSampleInput(this.workspace);
		String[] ops = { "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtp.getSmtp().getPort(),
				"--mail.ops=ops@example.org" };
		cli.run(concat("--period=2018-01", ops));
		cli.run(concat("--period=2018-11", ops));
		assertThat(smtp.getReceivedMessages()).as("no notice for runs that work").isEmpty();

		ReportCli.Result march = cli.run(concat("--period=2018-03", ops));

		assertThat(march.exitCode()).isZero();
		assertThat(smtp.getReceivedMessages()).singleElement().satisfies((message) -> {
			assertThat(message.getSubject()).isEqualTo("Fill-rate report: action needed");
			assertThat(message.getContent().toString()).contains("Period 2018-11 is out of date: it was compared with"
					+ " 2018-01, before 2018-03 was published as it is now; run it again with --period=2018-11 --rerun");
		});
	}

	private static String[] concat(String first, String... rest) {
		List<String> args = new ArrayList<>(List.of(first));
		args.addAll(Arrays.asList(rest));
		return args.toArray(String[]::new);
	}

	@Test
	void theOperationsAddressIsToldOfBadInputAndOfARunThatCannotStart(CapturedOutput output) throws Exception {
		ReportCli cli = ReportCli.withSampleInput(this.workspace);
		String[] ops = { "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtp.getSmtp().getPort(),
				"--mail.ops=" + OPS };
		Path snapshot = cli.input().resolve("snapshots/2018-03-31.json");
		String good = Files.readString(snapshot);
		Files.writeString(snapshot, "{ \"asOf\": ");

		ReportCli.Result bad = cli.run(with(ops, "--period=2018-03"));

		assertThat(bad.exitCode()).isEqualTo(2);
		Files.writeString(snapshot, good);
		String unreachable = "jdbc:postgresql://127.0.0.1:" + TestSmtp.freePort() + "/history";
		ReportCli.Result down = cli.withDatabase(new TestDatabase(unreachable, "history", ""))
			.run(with(ops, "--period=2018-03"));

		assertThat(down.exitCode()).isEqualTo(1);
		assertThat(down.stderr()).startsWith("failed: cannot start: the history database " + unreachable);
		assertThat(down.stderr().lines()).as("one line").hasSize(1);
		assertThat(output.getAll()).as("the log does not bury that line under Spring's stack traces")
			.doesNotContain("\tat ");
		List<MimeMessage> notices = TestSmtp.to(smtp, OPS);
		assertThat(notices).hasSize(2)
			.allSatisfy((notice) -> assertThat(notice.getSubject()).isEqualTo("Fill-rate report run failed"));
		assertThat((String) notices.get(0).getContent()).startsWith(bad.stderr().strip())
			.contains(snapshot.toString(), "See the run's log for details.");
		assertThat((String) notices.get(1).getContent()).startsWith(down.stderr().strip());
	}

	private static String[] with(String[] options, String... more) {
		List<String> args = new ArrayList<>(Arrays.asList(options));
		args.addAll(Arrays.asList(more));
		return args.toArray(String[]::new);
	}

}
