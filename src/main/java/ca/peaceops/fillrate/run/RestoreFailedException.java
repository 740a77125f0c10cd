package ca.peaceops.fillrate.run;

/**
 * {@code --restore} cannot write a period's files back byte for byte, for a reason the
 * message names (no stored report or checksums, another version of the program): exit 1,
 * and nothing changed.
 */
public class RestoreFailedException extends RuntimeException {

	public RestoreFailedException(String message) {
		super(message);
	}

}
