package ca.peaceops.fillrate.launch;

import java.util.Arrays;
import java.util.Optional;

import ca.peaceops.fillrate.job.AppVersion;

/**
 * The two requests that run nothing: {@code --help} and {@code --version}, answered
 * before any setting is read or the database opened.
 */
public final class CommandLine {

	private CommandLine() {
	}

	/** The text to print, if the command line asks only for information. */
	public static Optional<String> information(String... args) {
		if (Arrays.asList(args).contains("--help")) {
			return Optional.of(CommandHelp.text(AppVersion.current()));
		}
		if (Arrays.asList(args).contains("--version")) {
			return Optional.of("fill-rate-report " + AppVersion.current() + "\n");
		}
		return Optional.empty();
	}

}
