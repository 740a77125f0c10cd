package ca.peaceops.fillrate.job;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version printed in reports and by {@code --version}: one value, the build's
 * ({@code META-INF/build-info.properties}, written by the build from the POM); "dev" when
 * run from an IDE without one.
 */
public final class AppVersion {

	private static final String VERSION = read();

	/** The version, without an application context ({@code --version}). */
	public static String current() {
		return VERSION;
	}

	private AppVersion() {
	}

	private static String read() {
		try (InputStream in = AppVersion.class.getResourceAsStream("/META-INF/build-info.properties")) {
			if (in == null) {
				return "dev";
			}
			Properties build = new Properties();
			build.load(in);
			return build.getProperty("build.version", "dev");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
