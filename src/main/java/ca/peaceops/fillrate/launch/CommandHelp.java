package ca.peaceops.fillrate.launch;

import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ca.peaceops.fillrate.delivery.DeliveryProperties;
import ca.peaceops.fillrate.job.FillRateProperties;
import ca.peaceops.fillrate.run.RunOutcome;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code --help}: the options and their defaults, and the exit statuses. The settings are
 * read from the properties records themselves, so that the help cannot fall behind them.
 */
final class CommandHelp {

	/** The short options, in the order the README gives them, with what they mean. */
	static final Map<String, String> SHORT_OPTIONS = shortOptions();

	/**
	 * Settings fed by a short option, a group rather than a setting, or kept for the
	 * restart tests.
	 */
	private static final List<String> NOT_LISTED = List.of("fillrate.input", "fillrate.reports", "fillrate.csv-dialect",
			"fillrate.report", "fillrate.source");

	private CommandHelp() {
	}

	private static Map<String, String> shortOptions() {
		Map<String, String> options = new LinkedHashMap<>();
		options.put("period", "=YYYY-MM  the month to report (default: the previous calendar month in fillrate.zone)");
		options.put("input", "=DIR  where snapshots/, counts/, rosters/ and regions.csv live (default: input)");
		options.put("reports", "=DIR  where reports are published (default: reports)");
		options.put("from", "=YYYY-MM  with --to: run every period of the range, oldest first, in one launch");
		options.put("to", "=YYYY-MM  the last period of the range");
		options.put("rerun", "  run a period that was already published again, replacing its reports");
		options.put("restore", "  with --period: write a published period's deleted files again, byte for byte");
		options.put("rebuild-history", "  with --from/--to: rebuild a lost history database from the snapshots");
		options.put("resend", "  email a published period's report again");
		options.put("schedule",
				"  stay running and publish the months that are due at each fillrate.schedule-cron firing");
		options.put("due", "  publish the months that are due, once, and exit (for a daily cron or systemd timer)");
		options.put("csv-dialect", "=rfc4180|excel-fr  the CSV files' dialect (default: rfc4180)");
		options.put("help", "  print this and exit");
		options.put("version", "  print the version and exit");
		return options;
	}

	static String text(String version) {
		StringBuilder help = new StringBuilder();
		help.append("fill-rate-report ")
			.append(version)
			.append(": fill rates of police deployments, published as PDF, HTML and CSV reports\n\n")
			.append("Usage: scripts/run-report.sh [--option=value ...]\n\nOptions:\n");
		SHORT_OPTIONS.forEach((name, meaning) -> help.append("  --").append(name).append(meaning).append('\n'));
		help.append("\nSettings (also in application.yml or as environment variables), with their defaults:\n");
		help.append("  --spring.datasource.url=URL (default jdbc:h2:file:./data/fill-rate;WRITE_DELAY=0)\n");
		settings(FillRateProperties.class, "fillrate.", help);
		settings(FillRateProperties.Report.class, "fillrate.report.", help);
		settings(FillRateProperties.Source.class, "fillrate.source.", help);
		settings(DeliveryProperties.class, "mail.", help);
		help.append("  --fillrate.clock=INSTANT (default: the system clock; fixed for reproducible files)\n");
		help.append("\nExit status:\n");
		for (RunOutcome outcome : RunOutcome.values()) {
			help.append("  ").append(outcome.exitCode()).append("  ").append(outcome.meaning()).append('\n');
		}
		help.append("\nSee README.md and docs/ for the details.\n");
		return help.toString();
	}

	/** A properties record's settings, kebab-case, with their {@code @DefaultValue}. */
	private static void settings(Class<? extends Record> type, String prefix, StringBuilder help) {
		RecordComponent[] components = type.getRecordComponents();
		Parameter[] parameters = type.getDeclaredConstructors()[0].getParameters();
		for (int i = 0; i < components.length; i++) {
			String name = prefix + components[i].getName().replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
			if (NOT_LISTED.contains(name)) {
				continue;
			}
			DefaultValue value = parameters[i].getAnnotation(DefaultValue.class);
			boolean given = value != null && value.value().length == 1;
			help.append("  --")
				.append(name)
				.append(given ? " (default " + value.value()[0] + ")" : " (default: none)")
				.append('\n');
		}
	}

}
