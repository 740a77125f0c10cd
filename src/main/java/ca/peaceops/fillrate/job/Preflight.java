package ca.peaceops.fillrate.job;

import java.time.Clock;
import java.util.Optional;

import ca.peaceops.fillrate.delivery.DeliveryProperties;
import ca.peaceops.fillrate.delivery.FailureNotice;
import ca.peaceops.fillrate.report.ReportPublisher;
import ca.peaceops.fillrate.snapshot.BadInputException;
import ca.peaceops.fillrate.snapshot.LoadedSnapshot;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

/**
 * Checks the options and the period's snapshot before the application opens its database,
 * so that bad input leaves the database file exactly as it was: even opening an H2 file
 * rewrites it. Runs in a small context of its own, with the same configuration as the job
 * but no auto-configuration other than the mail sender, and stays open for the run: it
 * tells the operations addresses of bad input, and of a run that cannot start (the
 * history database down), which the job's own context cannot do.
 */
public final class Preflight implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private Preflight(ConfigurableApplicationContext context) {
		this.context = context;
	}

	public static Preflight start(String... args) {
		return new Preflight(new SpringApplicationBuilder(Checks.class).web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.run(args));
	}

	/**
	 * @return the request to run, or empty when it was refused (and told, on standard
	 * error and to the operations addresses)
	 */
	public Optional<LaunchRequest> check() {
		return this.context.getBean(Check.class).result();
	}

	/** The history database's address, as a failure may name it: a password masked. */
	public String databaseUrl() {
		String url = this.context.getEnvironment().getProperty("spring.datasource.url");
		return (url != null) ? url.replaceAll("(?i)(password=)[^&;]*", "$1***") : null;
	}

	/** Tells the operations addresses ({@code mail.ops}) of a failure, if any are set. */
	public void notifyFailure(String line) {
		this.context.getBean(FailureNotice.class).send(line);
	}

	@Override
	public void close() {
		this.context.close();
	}

	/**
	 * Deliberately not a {@code @Configuration}: the application's component scan must
	 * not pick it up.
	 */
	@EnableConfigurationProperties({ FillRateProperties.class, DeliveryProperties.class })
	@ImportAutoConfiguration(MailSenderAutoConfiguration.class)
	@Import({ SnapshotSource.class, FailureNotice.class })
	static class Checks {

		@Bean
		Clock clock(@Value("${fillrate.clock:}") String fixed) {
			return ReportJobConfiguration.fixedOrSystem(fixed);
		}

		@Bean
		Check check(ApplicationArguments args, Environment environment, FillRateProperties properties,
				DeliveryProperties mail, SnapshotSource snapshots, Clock clock, FailureNotice notice) {
			return new Check(args, environment, properties, mail, snapshots, clock, notice);
		}

	}

	/** The options parse, and the period's snapshot reads without a problem. */
	record Check(ApplicationArguments args, Environment environment, FillRateProperties properties,
			DeliveryProperties mail, SnapshotSource snapshots, Clock clock, FailureNotice notice) {

		Optional<LaunchRequest> result() {
			RunOptions options;
			try {
				SettingsCheck.check(this.properties, this.mail, this.environment);
				options = RunOptions.parse(this.args, this.environment, this.clock, this.properties.zone());
			}
			catch (IllegalArgumentException ex) {
				return refuse(ex.getMessage());
			}
			Optional<String> unfit = ReportPublisher.unfit(this.properties.reports());
			if (unfit.isPresent()) {
				return refuse("--reports=" + this.properties.reports() + " " + unfit.get());
			}
			// A backfill reads each period's snapshot in turn: one that is bad stops it
			// at that period, after the periods before it are published.
			if (options.schedule() || options.resend() || options.range() || options.restore()) {
				return Optional.of(new LaunchRequest(options, this.clock, Optional.empty()));
			}
			try {
				LoadedSnapshot input = this.snapshots.read(this.snapshots.select(options.period()));
				return Optional.of(new LaunchRequest(options, this.clock, Optional.of(input)));
			}
			catch (BadInputException ex) {
				return refuse(ex.getMessage());
			}
		}

		private Optional<LaunchRequest> refuse(String message) {
			new Console(this.notice::send).tell(RunOutcome.BAD_INPUT, message);
			return Optional.empty();
		}

	}

}
