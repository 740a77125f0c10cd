package ca.peaceops.fillrate.delivery;

/**
 * A {@code --resend} that cannot be right as asked (the period is not published, no
 * recipients are set): the user's to fix, exit 2.
 */
public class ResendRefusedException extends RuntimeException {

	public ResendRefusedException(String message) {
		super(message);
	}

}
