package ca.peaceops.fillrate.place;

/**
 * A region table the user wrote that cannot be used: the user's to fix. Its own type, so
 * that only this, never a stray {@link IllegalArgumentException} of ours, is told as bad
 * input.
 */
public class BadRegionTableException extends RuntimeException {

	private final String file;

	private final int line;

	private final String problem;

	BadRegionTableException(String file, int line, String problem, Throwable cause) {
		super(file + ((line > 0) ? ":" + line : "") + ": " + problem, cause);
		this.file = file;
		this.line = line;
		this.problem = problem;
	}

	public String file() {
		return this.file;
	}

	/** The line of the bad row; 0 for the table as a whole. */
	public int line() {
		return this.line;
	}

	public String problem() {
		return this.problem;
	}

}
