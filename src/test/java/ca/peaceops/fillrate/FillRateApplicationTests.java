package ca.peaceops.fillrate;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import ca.peaceops.fillrate.run.OutcomeReporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run that cannot start is told in one line; the log keeps a stack trace only for a
 * failure that line cannot name.
 */
@ExtendWith(OutputCaptureExtension.class)
class FillRateApplicationTests {

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private final List<String> operations = new ArrayList<>();

	private final OutcomeReporter console = new OutcomeReporter(new PrintStream(this.err, true, StandardCharsets.UTF_8),
			this.operations::add);

	@Test
	void aDatabaseOutOfReachIsOneLineNamingItWithoutAStackTrace(CapturedOutput output) {
		int status = FillRateApplication.startupFailure(
				new IllegalStateException("Error creating bean 'flywayInitializer'",
						new SQLException("Connection to 127.0.0.1:5999 refused", "08001")),
				"jdbc:postgresql://127.0.0.1:5999/history", this.console);

		assertThat(status).isEqualTo(1);
		assertThat(stderr())
			.isEqualTo("failed: cannot start: the history database jdbc:postgresql://127.0.0.1:5999/history"
					+ " cannot be opened: SQLException: Connection to 127.0.0.1:5999 refused\n");
		assertThat(this.operations).containsExactly(stderr().strip());
		assertThat(output.getAll()).doesNotContain("\tat ");
	}

	@Test
	void anH2FileInUseIsAnotherRunWithoutAStackTrace(CapturedOutput output) {
		int status = FillRateApplication.startupFailure(
				new IllegalStateException("Error creating bean",
						new SQLException("Database may be already in use", "90020", 90020)),
				"jdbc:h2:file:./data/fill-rate", this.console);

		assertThat(status).isEqualTo(3);
		assertThat(stderr()).isEqualTo("already running: the history database is in use by another run\n");
		assertThat(output.getAll()).doesNotContain("\tat ");
	}

	@Test
	void aFailureItCannotNameIsOneLineAndItsStackTraceIsLogged(CapturedOutput output) {
		int status = FillRateApplication.startupFailure(
				new IllegalStateException("Error creating bean 'reportJob'", new NullPointerException("steps is null")),
				"jdbc:h2:file:./data/fill-rate", this.console);

		assertThat(status).isEqualTo(1);
		assertThat(stderr()).isEqualTo("failed: cannot start: NullPointerException: steps is null\n");
		assertThat(output.getAll()).contains("The application could not start")
			.contains("java.lang.IllegalStateException: Error creating bean 'reportJob'")
			.contains("\tat ");
	}

	private String stderr() {
		return this.err.toString(StandardCharsets.UTF_8);
	}

}
