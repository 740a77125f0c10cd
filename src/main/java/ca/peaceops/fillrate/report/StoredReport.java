package ca.peaceops.fillrate.report;

import java.util.LinkedHashMap;
import java.util.Map;

import ca.peaceops.fillrate.snapshot.PageProblem;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A report as the history keeps it for {@code --resend}, {@code --restore} and the
 * delivery: JSON with the number of its format. Format 1, written by 0.1.0, is the bare
 * report; format 2 wraps it as {@code {"format": 2, "report": {...}}}; format 3 adds
 * where the deployed counts came from (read as the snapshot's own in formats 1 and 2);
 * format 4 keeps why the watched page was not used as its kind and values (a sentence in
 * format 3).
 *
 * <p>
 * Reading is strict: a field the record graph no longer has (a component renamed or
 * removed without a new format and its upgrade here) fails loudly, naming the format,
 * instead of reading as an empty value and sending or restoring a different report.
 * {@code StoredReportTests} reads a stored value of every format.
 */
public final class StoredReport {

	/** The format this version writes. */
	public static final int FORMAT = 4;

	/**
	 * A mapper of its own, built once (it is thread-safe, and costly to build): the
	 * stored format must not change with the application's JSON settings. Maps in key
	 * order: the records hold {@code Map.copyOf} maps, whose order changes from one JVM
	 * to the next, and the PDFs' bytes come from this text, so a restore in another JVM
	 * would not write them again byte for byte.
	 */
	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
		.build();

	public String write(Report report) {
		Map<String, Object> stored = new LinkedHashMap<>();
		stored.put("format", FORMAT);
		stored.put("report", report);
		return JSON.writeValueAsString(stored);
	}

	/**
	 * @throws IllegalStateException if the value is of a newer format, or does not read
	 * as its format says
	 */
	public Report read(String stored) {
		JsonNode node = JSON.readTree(stored);
		int format = node.has("format") ? node.get("format").asInt() : 1;
		if (format > FORMAT) {
			throw new IllegalStateException("the stored report is of format " + format + ", written by a newer "
					+ "version of the program; this one reads formats 1 to " + FORMAT);
		}
		// Format 1 differs from 2 only by the envelope: the French names it lacks read as
		// unknown.
		JsonNode report = (format == 1) ? node : node.get("report");
		if (format == 3) {
			pageProblemAsWritten(report);
		}
		try {
			return JSON.treeToValue(report, Report.class);
		}
		catch (RuntimeException ex) {
			throw new IllegalStateException(
					"the stored report (format " + format + ") cannot be read: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Format 3 kept why the watched page was not used as an English sentence; format 4
	 * keeps its kind and values, so that each edition says it in its language.
	 */
	private static void pageProblemAsWritten(JsonNode report) {
		JsonNode problem = report.path("snapshot").path("pageProblem");
		if (problem.isString()) {
			ObjectNode kept = ((ObjectNode) report.get("snapshot")).putObject("pageProblem");
			kept.put("kind", PageProblem.Kind.AS_WRITTEN.name());
			kept.putArray("values").add(problem.asString());
		}
	}

}
