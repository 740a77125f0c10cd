package ca.peaceops.fillrate.report;

import java.time.YearMonth;

/** The published file names of a period, as the README lists them. */
public final class ReportFiles {

	public static final String HISTORY_CSV = "history.csv";

	private ReportFiles() {
	}

	public static String pdf(YearMonth period) {
		return "fill-rate-report-" + period + ".pdf";
	}

	public static String frenchPdf(YearMonth period) {
		return "fill-rate-report-" + period + ".fr.pdf";
	}

	public static String html(YearMonth period) {
		return "fill-rate-report-" + period + ".html";
	}

	public static String frenchHtml(YearMonth period) {
		return "fill-rate-report-" + period + ".fr.html";
	}

	public static String missionsCsv(YearMonth period) {
		return "missions-" + period + ".csv";
	}

	public static String regionsCsv(YearMonth period) {
		return "regions-" + period + ".csv";
	}

	public static String poolsCsv(YearMonth period) {
		return "pools-" + period + ".csv";
	}

	/** Written only when the period's counts come from a roster. */
	public static String homeServicesCsv(YearMonth period) {
		return "home-services-" + period + ".csv";
	}

	public static String changesCsv(YearMonth period) {
		return "changes-" + period + ".csv";
	}

}
