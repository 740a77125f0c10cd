package ca.peaceops.fillrate;

import java.io.PrintStream;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import ca.peaceops.fillrate.launch.BadOptionException;
import ca.peaceops.fillrate.launch.CommandLine;
import ca.peaceops.fillrate.launch.LaunchChecks;
import ca.peaceops.fillrate.launch.OperationsMail;
import ca.peaceops.fillrate.run.OutcomeReporter;
import ca.peaceops.fillrate.run.RunOutcome;
import ca.peaceops.fillrate.run.StandardError;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class FillRateApplication {

	private static final Log logger = LogFactory.getLog(FillRateApplication.class);

	/** H2's "database may be already in use" and "lock file recently modified". */
	private static final int[] H2_IN_USE = { 90020, 8000 };

	public static void main(String[] args) {
		System.exit(run(System.out, System.err, args));
	}

	/**
	 * One run of the command line; the job's outcome, not Spring's, is the exit status
	 * (see RunOutcome).
	 * @param out where {@code --help} and {@code --version} print
	 * @param err where the run's one-line outcome is told
	 */
	public static int run(PrintStream out, PrintStream err, String... args) {
		Optional<String> asked = CommandLine.information(args);
		if (asked.isPresent()) {
			out.print(asked.get());
			return RunOutcome.PUBLISHED.exitCode();
		}
		LaunchChecks checks = new LaunchChecks(err);
		SpringApplication application = new SpringApplication(FillRateApplication.class);
		application.addListeners(checks);
		application.addInitializers((context) -> {
			context.getBeanFactory().registerSingleton("launchRequest", checks.request());
			context.getBeanFactory().registerSingleton("clock", checks.request().clock());
			context.getBeanFactory().registerSingleton("standardError", new StandardError(err));
		});
		try {
			return SpringApplication.exit(application.run(args));
		}
		catch (SpringApplication.AbandonedRunException ex) {
			// Refused by the checks, and told on standard error already.
			if (checks.tellsOperations()) {
				OperationsMail.tell(args, checks.refusals());
			}
			return RunOutcome.BAD_INPUT.exitCode();
		}
		catch (RuntimeException ex) {
			Optional<String> badOption = BadOptionException.describe(ex);
			if (badOption.isPresent()) {
				return OutcomeReporter.standardErrorOnly(err).tell(RunOutcome.BAD_INPUT, badOption.get()).exitCode();
			}
			List<String> told = new ArrayList<>();
			int status = startupFailure(ex, checks.databaseUrl(), new OutcomeReporter(err, told::add));
			if (checks.tellsOperations()) {
				OperationsMail.tell(args, told);
			}
			return status;
		}
	}

	/**
	 * One line on standard error, and to the operations addresses, for a run that could
	 * not even start; and its exit status.
	 */
	static int startupFailure(Throwable failure, String databaseUrl, OutcomeReporter console) {
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
		// The failure names the database that could not be opened (OutcomeReporter makes
		// it one line, whatever the server's message holds).
		String message = String.valueOf(root.getMessage());
		if (database && databaseUrl != null) {
			return console
				.tell(RunOutcome.FAILED,
						"failed: cannot start: the history database " + databaseUrl + " cannot be opened: "
								+ root.getClass().getSimpleName() + ": " + message)
				.exitCode();
		}
		// Not one we can name: a bug of ours, or of a setting; its stack trace is the
		// lead.
		logger.error("The application could not start", failure);
		return console
			.tell(RunOutcome.FAILED, "failed: cannot start: " + root.getClass().getSimpleName() + ": " + message)
			.exitCode();
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
