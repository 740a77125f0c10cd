package ca.peaceops.fillrate.job;

/**
 * An option whose value cannot be right: exit status 2, one line naming the option,
 * before anything runs.
 */
public class BadOptionException extends IllegalArgumentException {

	public BadOptionException(String message) {
		super(message);
	}

}
