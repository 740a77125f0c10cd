package ca.peaceops.fillrate.run;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Optional;

import ca.peaceops.fillrate.delivery.Resend;
import ca.peaceops.fillrate.delivery.ResendRefusedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;

/**
 * Only the user's own mistakes are exit 2: a bug of ours in {@code --restore} or
 * {@code --resend} (here an injected runtime exception) is a failure, exit 1, with its
 * one line, never reported as bad input.
 */
@SpringBootTest(properties = { "fillrate.command.enabled=false",
		"spring.datasource.url=jdbc:h2:mem:runner-failures;DB_CLOSE_DELAY=-1" })
class PeriodRunnerFailureTests {

	private static final YearMonth MARCH = YearMonth.of(2018, 3);

	private static final ByteArrayOutputStream told = new ByteArrayOutputStream();

	@TempDir
	static Path reports;

	@TestConfiguration
	static class Terminal {

		@Bean
		StandardError standardError() {
			return new StandardError(new PrintStream(told, true, StandardCharsets.UTF_8));
		}

		@Bean
		Clock clock() {
			return Clock.fixed(Instant.parse("2018-04-01T06:00:00Z"), ZoneOffset.UTC);
		}

	}

	@DynamicPropertySource
	static void folders(DynamicPropertyRegistry registry) {
		registry.add("fillrate.reports", () -> reports.toString());
	}

	@MockitoBean
	Restore restore;

	@MockitoBean
	Resend resend;

	@Autowired
	PeriodRunner runner;

	@Test
	void aBugInRestoreIsAFailureNotBadInput() {
		told.reset();
		given(this.restore.restore(MARCH)).willThrow(new IllegalArgumentException("index out of range"));

		RunOutcome outcome = this.runner.run(request(false, true));

		assertThat(outcome).isEqualTo(RunOutcome.FAILED);
		assertThat(told.toString(StandardCharsets.UTF_8)).startsWith("failed: --restore of 2018-03: ")
			.contains("IllegalArgumentException: index out of range")
			.hasLineCount(1);
	}

	@Test
	void aBugInResendIsAFailureNotBadInput() {
		told.reset();
		given(this.resend.resend(any(), any())).willThrow(new NullPointerException("report"));

		RunOutcome outcome = this.runner.run(request(true, false));

		assertThat(outcome).isEqualTo(RunOutcome.FAILED);
		assertThat(told.toString(StandardCharsets.UTF_8)).startsWith("failed: --resend of 2018-03: ").hasLineCount(1);
	}

	@Test
	void aResendThatCannotBeRightIsBadInput() {
		told.reset();
		given(this.resend.resend(any(), any()))
			.willThrow(new ResendRefusedException("--resend: period 2018-03 is not published"));

		RunOutcome outcome = this.runner.run(request(true, false));

		assertThat(outcome).isEqualTo(RunOutcome.BAD_INPUT);
		assertThat(told.toString(StandardCharsets.UTF_8))
			.isEqualTo("error: --resend: period 2018-03 is not published" + System.lineSeparator());
	}

	private static PeriodRequest request(boolean resend, boolean restore) {
		return new PeriodRequest(MARCH, false, resend, restore, false, true, Optional.empty());
	}

}
