package ca.peaceops.fillrate.job;

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
			"--mail.to=director@example.org\nBcc: all@example.org", "--mail.ops=not an address" })
	void isRefusedNamingTheOption(String option) {
		ReportCli cli = ReportCli.withSampleInput(this.workspace);

		ReportCli.Result result = cli.run(option);

		assertThat(result.exitCode()).as(result.stderr()).isEqualTo(2);
		String name = option.substring(0, option.indexOf('='));
		assertThat(result.stderr()).startsWith("error: ").contains(name);
		assertThat(this.workspace.resolve("reports")).doesNotExist();
	}

}
