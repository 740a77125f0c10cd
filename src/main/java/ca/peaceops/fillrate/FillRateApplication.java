package ca.peaceops.fillrate;

import java.sql.SQLException;
import java.util.Optional;

import ca.peaceops.fillrate.job.BadOptionException;
import ca.peaceops.fillrate.job.Console;
import ca.peaceops.fillrate.job.LaunchRequest;
import ca.peaceops.fillrate.job.Preflight;
import ca.peaceops.fillrate.job.RunOutcome;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class FillRateApplication {

	/** H2's "database may be already in use" and "lock file recently modified". */
	private static final int[] H2_IN_USE = { 90020, 8000 };

	public static void main(String[] args) {
		System.exit(run(args));
	}

	/**
	 * One run of the command line; the job's outcome, not Spring's, is the exit status
	 * (see RunOutcome).
	 */
	public static int run(String... args) {
		try (Preflight preflight = Preflight.start(args)) {
			Optional<LaunchRequest> request = preflight.check();
			if (request.isEmpty()) {
				return RunOutcome.BAD_INPUT.exitCode();
			}
			try {
				SpringApplication application = new SpringApplication(FillRateApplication.class);
				application.addInitializers((context) -> {
					context.getBeanFactory().registerSingleton("launchRequest", request.get());
					context.getBeanFactory().registerSingleton("clock", request.get().clock());
				});
				return SpringApplication.exit(application.run(args));
			}
			catch (RuntimeException ex) {
				return startupFailure(ex, preflight.databaseUrl(), new Console(preflight::notifyFailure));
			}
		}
		catch (RuntimeException ex) {
			Optional<String> badOption = badOption(ex);
			if (badOption.isPresent()) {
				return Console.standardErrorOnly().tell(RunOutcome.BAD_INPUT, badOption.get()).exitCode();
			}
			// The checks themselves could not start: no mail sender to tell anyone with.
			return startupFailure(ex, null, Console.standardErrorOnly());
		}
	}

	/**
	 * An option whose value cannot be bound ({@code --fillrate.zone=Mars/Base},
	 * {@code --fillrate.report.fill-threshold=half}) or is refused as such: a bad option
	 * (exit 2) naming it, not a program that "cannot start".
	 */
	static Optional<String> badOption(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof BadOptionException bad) {
				return Optional.of(bad.getMessage());
			}
			if (cause instanceof BindException bind) {
				Throwable root = bind;
				while (root.getCause() != null) {
					root = root.getCause();
				}
				Object value = (bind.getProperty() != null) ? bind.getProperty().getValue() : "";
				return Optional.of("--" + bind.getName() + "=" + value + " cannot be used: " + root.getMessage());
			}
		}
		return Optional.empty();
	}

	/**
	 * One line on standard error, and to the operations addresses, for a run that could
	 * not even start; and its exit status.
	 */
	static int startupFailure(Throwable failure, String databaseUrl, Console console) {
		Throwable root = failure;
		boolean database = false;
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			root = cause;
			if (cause instanceof SQLException sql && isH2InUse(sql.getErrorCode())) {
				return console
					.tell(RunOutcome.ALREADY_DONE_OR_RUNNING,
							"already running: the history database is in use by another run")
					.exitCode();
			}
			database |= cause instanceof SQLException;
		}
		// A server's message can span lines (PostgreSQL's "Position:", "Hint:"); the
		// failure is one line, and names the database that could not be opened.
		String message = String.valueOf(root.getMessage()).strip().replaceAll("\\s*\\R\\s*", " ");
		String line = (database && databaseUrl != null)
				? "failed: cannot start: the history database " + databaseUrl + " cannot be opened: "
						+ root.getClass().getSimpleName() + ": " + message
				: "failed: cannot start: " + root.getClass().getSimpleName() + ": " + message;
		return console.tell(RunOutcome.FAILED, line).exitCode();
	}

	private static boolean isH2InUse(int errorCode) {
		for (int code : H2_IN_USE) {
			if (code == errorCode) {
				return true;
			}
		}
		return false;
	}

}
