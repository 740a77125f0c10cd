package ca.peaceops.fillrate.run;

/**
 * A request that cannot be right as asked, such as {@code --restore} of a period that is
 * not published: the user's to fix, exit 2. Thrown on purpose only; any other exception
 * from a run is a failure (exit 1), never reported as the user's bad input.
 */
public class RefusedRequestException extends RuntimeException {

	public RefusedRequestException(String message) {
		super(message);
	}

}
