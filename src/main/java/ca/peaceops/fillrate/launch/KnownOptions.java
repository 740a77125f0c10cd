package ca.peaceops.fillrate.launch;

import java.util.Locale;
import java.util.Set;

/**
 * The dotted options the program reads. Spring would accept any name and ignore it, so a
 * misspelt {@code --spring.datasource.ur=...} would run against the default database and
 * {@code --mail.too} would send nothing, without a word; these are refused instead.
 */
final class KnownOptions {

	/** Names as Spring's relaxed binding compares them: lower case, no dashes. */
	private static final Set<String> EXACT = Set.of("fillrate.input", "fillrate.reports", "fillrate.zone",
			"fillrate.csvdialect", "fillrate.maxsnapshotbytes", "fillrate.report.fillthreshold",
			"fillrate.report.staleafterdays", "fillrate.report.pagesize", "fillrate.report.title",
			"fillrate.report.titlefr", "fillrate.schedulecron", "fillrate.clock", "fillrate.crashat",
			"fillrate.stalerunafter", "fillrate.source.pageurl", "fillrate.source.pageurlfr", "fillrate.source.timeout",
			"mail.to", "mail.from", "mail.attachcsv", "mail.maxattachmentbytes", "mail.linkbase", "mail.ops",
			"spring.datasource.url", "spring.datasource.username", "spring.datasource.password",
			"spring.datasource.driverclassname", "spring.profiles.active", "spring.config.location",
			"spring.config.additionallocation", "spring.config.name", "logging.file.name", "logging.file.path",
			"logging.config");

	/**
	 * Families that Spring itself reads whole: the SMTP server's settings, log levels.
	 */
	private static final Set<String> PREFIXES = Set.of("spring.mail.", "spring.datasource.hikari.", "logging.level.");

	private KnownOptions() {
	}

	static boolean isKnown(String name) {
		String key = name.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
		if (EXACT.contains(key)) {
			return true;
		}
		String lower = name.toLowerCase(Locale.ROOT);
		return PREFIXES.stream().anyMatch((prefix) -> lower.startsWith(prefix) && lower.length() > prefix.length());
	}

}
