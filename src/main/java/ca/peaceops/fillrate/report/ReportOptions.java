package ca.peaceops.fillrate.report;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * How a report judges what needs attention, and how the PDF is laid out.
 *
 * @param fillThreshold a fill rate below this fraction needs attention
 * @param staleAfterDays a snapshot older than the period's last day by more than this is
 * stale
 * @param pageSize {@code letter} or {@code a4}
 * @param title the English title, {@code null} for the bundle's
 * @param titleFr the French title, {@code null} for the bundle's
 */
public record ReportOptions(BigDecimal fillThreshold, int staleAfterDays, String pageSize, String title,
		String titleFr) {

	public static final ReportOptions DEFAULTS = new ReportOptions(new BigDecimal("0.50"), 45, "letter", null, null);

	/** The words of a language, with the configured title. */
	public ReportText text(Locale locale) {
		String custom = locale.getLanguage().equals("fr") ? this.titleFr : this.title;
		return new ReportText(locale, (custom == null || custom.isBlank()) ? null : custom.strip());
	}

}
