package ca.peaceops.fillrate.run;

/**
 * The process exit statuses. Scripts and schedulers branch on these numbers, so they
 * never change meaning; the README lists them.
 */
public enum RunOutcome {

	PUBLISHED(0, "the period's reports were published (and emailed, if --mail.to is set)"),
	FAILED(1, "failure: a step failed, or the program could not start (\"failed: ...\")"),
	BAD_INPUT(2, "bad input or a bad option, naming the file and line; nothing changed (\"error: ...\")"),
	ALREADY_DONE_OR_RUNNING(3, "nothing to do: already published, or another process runs it"),
	DELIVERY_FAILED(4, "published, but the email could not be sent (\"delivery failed: ...\")");

	private final int exitCode;

	private final String meaning;

	RunOutcome(int exitCode, String meaning) {
		this.exitCode = exitCode;
		this.meaning = meaning;
	}

	/** What the status means, as {@code --help} lists it. */
	public String meaning() {
		return this.meaning;
	}

	public int exitCode() {
		return this.exitCode;
	}

}
