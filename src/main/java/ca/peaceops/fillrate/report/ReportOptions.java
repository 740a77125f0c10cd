package ca.peaceops.fillrate.report;

import java.math.BigDecimal;

/**
 * How a report judges what needs attention, and how the PDF is laid out.
 *
 * @param fillThreshold a fill rate below this fraction needs attention
 * @param staleAfterDays a snapshot older than the period's last day by more than this is
 * stale
 * @param pageSize {@code letter} or {@code a4}
 */
public record ReportOptions(BigDecimal fillThreshold, int staleAfterDays, String pageSize) {

	public static final ReportOptions DEFAULTS = new ReportOptions(new BigDecimal("0.50"), 45, "letter");

}
