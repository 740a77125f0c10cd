package ca.peaceops.fillrate.launch;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A value that cannot be right is refused before anything runs: exit 2, one line that
 * names the option, and no database opened.
 */
class BadOptionsIntegrationTests {

	@TempDir
	Path workspace;

	@ParameterizedTest
	@ValueSource(strings = { "--period=9999-12", "--period=", "--period=+10000-01", "--rerun=0", "--resend=no",
			"--fillrate.zone=Mars/Base", "--fillrate.clock=yesterday", "--fillrate.report.page-size=legal",
			"--fillrate.report.fill-threshold=half", "--fillrate.schedule-cron=often", "--from=2018-01", "--to=2018-13",
			"--spring.datasource.ur=jdbc:h2:mem:typo", "--mail.too=director@example.org",
			"--fillrate.report.fill-treshold=0.3", "--mail.to=,",
			"--mail.to=director@example.org\nBcc: all@example.org", "--mail.ops=not an address",
			"--fillrate.report.fill-threshold=1.5", "--fillrate.report.fill-threshold=-0.1",
			"--fillrate.report.stale-after-days=-3", "--fillrate.report.stale-after-days=x",
			"--fillrate.max-snapshot-bytes=0", "--fillrate.max-snapshot-bytes=ten", "--fillrate.stale-run-after=-5m",
			"--fillrate.stale-run-after=soon", "--mail.from=nobody", "--mail.attach-csv=maybe",
			"--mail.max-attachment-bytes=-5", "--mail.link-base=intranet reports", "--spring.mail.port=abc",
			"--spring.mail.port=99999", "--spring.datasource.url=jdbc:nope:x",
			"--spring.datasource.driver-class-name=no.such.Driver", "--fillrate.crash-at=nowhere", "--csv-dialect=xls",
			"--logging.level.root=LOUD" })
	void isRefusedNamingTheOption(String option) {
		ReportCli cli = ReportCli.withSampleInput(this.workspace);

		ReportCli.Result result = cli.run(option);

		assertThat(result.exitCode()).as(result.stderr()).isEqualTo(2);
		String name = option.substring(0, option.indexOf('='));
		assertThat(result.stderr()).startsWith("error: ").contains(name);
		assertThat(result.stderr().lines()).as("one line").hasSize(1);
		assertThat(this.workspace.resolve("reports")).doesNotExist();
		assertThat(this.workspace.resolve("db")).as("no database opened").doesNotExist();
	}

}
