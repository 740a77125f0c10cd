package ca.peaceops.fillrate.job;

import java.time.Clock;

import ca.peaceops.fillrate.snapshot.BadInputException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

/**
 * Checks the options and the period's snapshot before the application opens its database,
 * so that bad input leaves the database file exactly as it was: even opening an H2 file
 * rewrites it. Runs in a small context of its own, with the same configuration as the job
 * but no auto-configuration.
 */
public final class Preflight {

	private Preflight() {
	}

	/**
	 * @return the exit status to stop with, or -1 when the run can go on
	 */
	public static int check(String... args) {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Checks.class)
			.web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.run(args)) {
			return context.getBean(Check.class).result();
		}
	}

	/**
	 * Deliberately not a {@code @Configuration}: the application's component scan must
	 * not pick it up.
	 */
	@EnableConfigurationProperties(FillRateProperties.class)
	@Import(SnapshotSource.class)
	static class Checks {

		@Bean
		Clock clock(@Value("${fillrate.clock:}") String fixed) {
			return ReportJobConfiguration.fixedOrSystem(fixed);
		}

		@Bean
		Check check(ApplicationArguments args, Environment environment, FillRateProperties properties,
				SnapshotSource snapshots, Clock clock) {
			return new Check(args, environment, properties, snapshots, clock);
		}

	}

	/** The options parse, and the period's snapshot reads without a problem. */
	record Check(ApplicationArguments args, Environment environment, FillRateProperties properties,
			SnapshotSource snapshots, Clock clock) {

		int result() {
			RunOptions options;
			try {
				options = RunOptions.parse(this.args, this.environment, this.clock, this.properties.zone());
			}
			catch (IllegalArgumentException ex) {
				System.err.println("error: " + ex.getMessage());
				return RunOutcome.BAD_INPUT.exitCode();
			}
			if (options.schedule() || options.resend()) {
				return -1;
			}
			try {
				this.snapshots.read(this.snapshots.select(options.period()));
				return -1;
			}
			catch (BadInputException ex) {
				System.err.println("error: " + ex.getMessage().replace("\n", "\nerror: "));
				return RunOutcome.BAD_INPUT.exitCode();
			}
		}

	}

}
