package ca.peaceops.fillrate.run;

import java.io.PrintStream;
import java.util.function.Consumer;

/**
 * Where a run's outcome is told, and the only place that prints one: its line on standard
 * error (each line of bad input starting {@code error: }), the operations addresses when
 * the run failed (not when it was already done or running), and the exit status it stands
 * for.
 */
public final class OutcomeReporter {

	private final PrintStream standardError;

	private final Consumer<String> operations;

	/**
	 * @param standardError where the line is printed: the process's standard error, or a
	 * test's own stream
	 * @param operations tells the operations addresses ({@code mail.ops}) of a failure
	 */
	public OutcomeReporter(PrintStream standardError, Consumer<String> operations) {
		this.standardError = standardError;
		this.operations = operations;
	}

	/** For a run that cannot tell anyone but its caller: no mail sender yet. */
	public static OutcomeReporter standardErrorOnly(PrintStream standardError) {
		return new OutcomeReporter(standardError, (line) -> {
		});
	}

	/**
	 * @param line what happened, in words a person can act on
	 * @return the outcome, for its exit status
	 */
	public RunOutcome tell(RunOutcome outcome, String line) {
		// Bad input is a line per problem; anything else is one line, whatever the
		// cause's message holds (a server's reply, a database's hint).
		String told = (outcome == RunOutcome.BAD_INPUT) ? errorLines(line)
				: line.strip().replaceAll("\\s*\\R\\s*", " ");
		this.standardError.println(told);
		if (outcome != RunOutcome.ALREADY_DONE_OR_RUNNING && outcome != RunOutcome.PUBLISHED) {
			this.operations.accept(told);
		}
		return outcome;
	}

	private static String errorLines(String message) {
		String lines = message.startsWith("error: ") ? message.substring("error: ".length()) : message;
		return "error: " + lines.replace("\n", "\nerror: ");
	}

}
