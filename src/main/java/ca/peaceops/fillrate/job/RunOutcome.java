package ca.peaceops.fillrate.job;

/**
 * The process exit statuses. Scripts and schedulers branch on these numbers, so they
 * never change meaning; the README lists them.
 */
public enum RunOutcome {

	PUBLISHED(0), FAILED(1), BAD_INPUT(2), ALREADY_DONE_OR_RUNNING(3), DELIVERY_FAILED(4);

	private final int exitCode;

	RunOutcome(int exitCode) {
		this.exitCode = exitCode;
	}

	public int exitCode() {
		return this.exitCode;
	}

}
