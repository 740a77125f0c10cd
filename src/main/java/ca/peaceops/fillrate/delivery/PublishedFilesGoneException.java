package ca.peaceops.fillrate.delivery;

/**
 * A published period's files are no longer all in place, so they cannot be sent: the
 * message names the way back ({@code --restore}).
 */
public class PublishedFilesGoneException extends RuntimeException {

	public PublishedFilesGoneException(String message) {
		super(message);
	}

}
