package ca.peaceops.fillrate.launch;

import java.util.Optional;

import org.springframework.boot.context.properties.bind.BindException;

/**
 * An option whose value cannot be right: exit 2, one line naming the option, before
 * anything runs.
 */
public class BadOptionException extends IllegalArgumentException {

	public BadOptionException(String message) {
		super(message);
	}

	/**
	 * The line for an option whose value cannot be bound
	 * ({@code --fillrate.zone=Mars/Base}, {@code --fillrate.report.fill-threshold=half})
	 * or is refused as such: a bad option naming it, not a program that "cannot start".
	 */
	public static Optional<String> describe(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof BadOptionException bad) {
				return Optional.of(bad.getMessage());
			}
			if (cause instanceof BindException bind) {
				Throwable root = bind;
				while (root.getCause() != null) {
					root = root.getCause();
				}
				Object value = (bind.getProperty() != null) ? bind.getProperty().getValue() : "";
				return Optional.of("--" + bind.getName() + "=" + value + " cannot be used: " + root.getMessage());
			}
		}
		return Optional.empty();
	}

}
