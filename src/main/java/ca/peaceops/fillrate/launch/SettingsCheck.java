package ca.peaceops.fillrate.launch;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

import ca.peaceops.fillrate.delivery.DeliveryProperties;
import ca.peaceops.fillrate.delivery.Recipients;
import ca.peaceops.fillrate.job.CrashPoints;
import ca.peaceops.fillrate.job.FillRateProperties;
import ca.peaceops.fillrate.report.csv.CsvDialect;

import org.springframework.core.env.Environment;
import org.springframework.scheduling.support.CronExpression;

/**
 * The settings, checked before anything runs: Spring checks their types, this their
 * values. Each bad value is a bad option (exit 2) naming it, rather than a failure at the
 * step that first uses it, or a value silently taken.
 */
final class SettingsCheck {

	private SettingsCheck() {
	}

	static void check(FillRateProperties fillrate, DeliveryProperties mail, Environment env) {
		// Checked before anything runs, not when the step that uses them meets them: a
		// typo is a bad option, not a failed run, and a bad recipient list found after
		// publishing would leave a published period unsent.
		try {
			CsvDialect.fromName(fillrate.csvDialect());
		}
		catch (IllegalArgumentException ex) {
			fail("--csv-dialect=" + fillrate.csvDialect() + ": " + ex.getMessage());
		}
		String pageSize = fillrate.report().pageSize().strip();
		require(pageSize.equalsIgnoreCase("letter") || pageSize.equalsIgnoreCase("a4"),
				"--fillrate.report.page-size=" + pageSize + " must be letter or a4");
		require(CronExpression.isValidExpression(fillrate.scheduleCron()), "--fillrate.schedule-cron="
				+ fillrate.scheduleCron() + " must be a cron expression with seconds first, such as 0 0 6 1 * *");
		for (String list : List.of("mail.to", "mail.ops")) {
			// As given: the bound list has lost its empty entries and control characters.
			String value = env.getProperty(list);
			if (value != null) {
				Recipients.problem(value)
					.ifPresent((problem) -> fail(
							"--" + list + "=" + value.replaceAll("\\p{Cntrl}", "?") + ": " + problem));
			}
		}
		BigDecimal threshold = fillrate.report().fillThreshold();
		require(threshold.signum() >= 0 && threshold.compareTo(BigDecimal.ONE) <= 0,
				"--fillrate.report.fill-threshold=" + threshold + " must be a fraction from 0 to 1, such as 0.50");
		require(fillrate.report().staleAfterDays() >= 0, "--fillrate.report.stale-after-days="
				+ fillrate.report().staleAfterDays() + " must be a number of days, 0 or more");
		require(fillrate.maxSnapshotBytes() > 0,
				"--fillrate.max-snapshot-bytes=" + fillrate.maxSnapshotBytes() + " must be a size in bytes above 0");
		require(positive(fillrate.staleRunAfter()), "--fillrate.stale-run-after="
				+ env.getProperty("fillrate.stale-run-after") + " must be a duration above 0, such as 60m");
		Recipients.problem(mail.from())
			.ifPresent((problem) -> fail("--mail.from=" + mail.from().replaceAll("\\p{Cntrl}", "?") + ": " + problem));
		require(mail.maxAttachmentBytes() >= 0,
				"--mail.max-attachment-bytes=" + mail.maxAttachmentBytes() + " must be a size in bytes, 0 or more");
		if (mail.linkBase() != null && !isWebAddress(mail.linkBase())) {
			fail("--mail.link-base=" + mail.linkBase() + " must be an address such as https://intranet/reports/");
		}
		String port = env.getProperty("spring.mail.port");
		if (port != null) {
			require(port.strip().matches("\\d{1,5}") && Integer.parseInt(port.strip()) >= 1
					&& Integer.parseInt(port.strip()) <= 65535,
					"--spring.mail.port=" + port + " must be a port, 1 to 65535");
		}
		String driver = env.getProperty("spring.datasource.driver-class-name");
		if (driver != null) {
			try {
				Class.forName(driver.strip(), false, SettingsCheck.class.getClassLoader());
			}
			catch (ClassNotFoundException ex) {
				fail("--spring.datasource.driver-class-name=" + driver
						+ " is not a driver of this program; leave it out (the URL names the driver)");
			}
		}
		String url = env.getProperty("spring.datasource.url");
		if (url != null) {
			try {
				DriverManager.getDriver(url);
			}
			catch (SQLException ex) {
				fail("--spring.datasource.url=" + url + " is not a database address this program can open; "
						+ "give jdbc:h2:file:PATH or jdbc:postgresql://HOST:PORT/DATABASE");
			}
		}
		String crashAt = env.getProperty("fillrate.crash-at");
		if (crashAt != null && !CrashPoints.POINTS.contains(crashAt)) {
			fail("--fillrate.crash-at=" + crashAt + " is not a crash point; the points are " + CrashPoints.POINTS);
		}
	}

	private static boolean positive(Duration duration) {
		return !duration.isNegative() && !duration.isZero();
	}

	private static boolean isWebAddress(String value) {
		try {
			URI uri = new URI(value.strip());
			return uri.isAbsolute() && uri.getHost() != null || "file".equals(uri.getScheme());
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	private static void require(boolean condition, String message) {
		if (!condition) {
			fail(message);
		}
	}

	private static void fail(String message) {
		throw new BadOptionException(message);
	}

}
