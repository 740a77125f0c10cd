package ca.peaceops.fillrate.launch;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import ca.peaceops.fillrate.delivery.DeliveryProperties;
import ca.peaceops.fillrate.job.FillRateProperties;
import ca.peaceops.fillrate.job.SnapshotSource;
import ca.peaceops.fillrate.report.ReportPublisher;
import ca.peaceops.fillrate.run.OutcomeReporter;
import ca.peaceops.fillrate.run.RunOutcome;
import ca.peaceops.fillrate.snapshot.BadInputException;

import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The launch's checks, on the environment Spring Boot has prepared (application.yml, the
 * command line, the environment variables) and before any bean exists: the settings, the
 * options, and the period's snapshot. They run before the database is opened, so that bad
 * input leaves it byte for byte as it was (even opening an H2 file rewrites it). Bad
 * input is told on standard error and the run is abandoned; what passes becomes the
 * {@link LaunchRequest} the application context receives.
 */
public final class LaunchChecks implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

	private LaunchRequest request;

	private final List<String> refusals = new ArrayList<>();

	private boolean operations;

	private String databaseUrl;

	private final PrintStream standardError;

	/**
	 * @param standardError where refusals are told
	 */
	public LaunchChecks(PrintStream standardError) {
		this.standardError = standardError;
	}

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		ConfigurableEnvironment environment = event.getEnvironment();
		String url = environment.getProperty("spring.datasource.url");
		this.databaseUrl = (url != null) ? url.replaceAll("(?i)(password=)[^&;]*", "$1***") : null;
		this.operations = !environment.getProperty("mail.ops", "").isBlank();
		OutcomeReporter console = new OutcomeReporter(this.standardError, this.refusals::add);
		try {
			Binder binder = Binder.get(environment);
			FillRateProperties properties = binder.bindOrCreate("fillrate", FillRateProperties.class);
			DeliveryProperties mail = binder.bindOrCreate("mail", DeliveryProperties.class);
			Clock clock = clock(environment.getProperty("fillrate.clock", ""));
			SettingsCheck.check(properties, mail, environment);
			RunOptions options = RunOptions.parse(new DefaultApplicationArguments(event.getArgs()), environment, clock,
					properties.zone());
			this.request = request(options, properties, clock, console);
		}
		catch (RuntimeException ex) {
			Optional<String> bad = BadOptionException.describe(ex);
			if (bad.isEmpty()) {
				throw ex;
			}
			console.tell(RunOutcome.BAD_INPUT, bad.get());
		}
		if (this.request == null) {
			throw new SpringApplication.AbandonedRunException();
		}
	}

	private static LaunchRequest request(RunOptions options, FillRateProperties properties, Clock clock,
			OutcomeReporter console) {
		Optional<String> unfit = ReportPublisher.unfit(properties.reports());
		if (unfit.isPresent()) {
			console.tell(RunOutcome.BAD_INPUT, "--reports=" + properties.reports() + " " + unfit.get());
			return null;
		}
		// A backfill reads each period's snapshot in turn: one that is bad stops it at
		// that period, after the periods before it are published.
		// With a watched page, the caps may change when the run fetches it: the period's
		// inputs are chosen after that.
		if (options.schedule() || options.due() || options.resend() || options.range() || options.restore()
				|| properties.source().watched()) {
			return new LaunchRequest(options, clock, Optional.empty());
		}
		SnapshotSource snapshots = new SnapshotSource(properties, clock);
		try {
			return new LaunchRequest(options, clock, Optional.of(snapshots.prepare(options.period())));
		}
		catch (BadInputException ex) {
			console.tell(RunOutcome.BAD_INPUT, ex.getMessage());
			return null;
		}
	}

	/**
	 * The system clock, or a fixed instant ({@code fillrate.clock=2018-04-01T06:00:00Z})
	 * for reproducible reports: the same input and the same instant give byte-identical
	 * files.
	 */
	private static Clock clock(String fixed) {
		if (fixed.isBlank()) {
			return Clock.systemUTC();
		}
		try {
			return Clock.fixed(Instant.parse(fixed.strip()), ZoneOffset.UTC);
		}
		catch (DateTimeParseException ex) {
			throw new BadOptionException(
					"--fillrate.clock=" + fixed + " must be an instant such as 2018-04-01T06:00:00Z");
		}
	}

	/** The request, once the checks passed. */
	public LaunchRequest request() {
		return this.request;
	}

	/** What the checks refused, as told on standard error. */
	public List<String> refusals() {
		return List.copyOf(this.refusals);
	}

	/** Whether operations addresses ({@code mail.ops}) are to be told of a failure. */
	public boolean tellsOperations() {
		return this.operations;
	}

	/** The history database's address, as a failure may name it: a password masked. */
	public String databaseUrl() {
		return this.databaseUrl;
	}

}
