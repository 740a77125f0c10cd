package ca.peaceops.fillrate.report.csv;

import java.math.BigDecimal;
import java.math.RoundingMode;

import ca.peaceops.fillrate.rates.Figures;

/**
 * Turns values into cells. Unknown values are empty cells, never 0. Text that a
 * spreadsheet would run as a formula is neutralised (OWASP "CSV injection"); numbers are
 * written as numbers, so that a negative change stays {@code -3}.
 */
final class Cells {

	private final CsvDialect dialect;

	Cells(CsvDialect dialect) {
		this.dialect = dialect;
	}

	String text(String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		char first = value.charAt(0);
		boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
				|| first == '\r';
		return formula ? "'" + value : value;
	}

	String count(Number value) {
		return (value != null) ? String.valueOf(value) : "";
	}

	String count(BigDecimal value) {
		return (value != null) ? value.setScale(0, RoundingMode.UNNECESSARY).toPlainString() : "";
	}

	String bool(Boolean value) {
		return (value != null) ? value.toString() : "";
	}

	/** A rate as a fraction with 4 decimals. */
	String rate(BigDecimal value) {
		return (value != null) ? this.dialect.decimal(value.setScale(Figures.RATE_SCALE, RoundingMode.HALF_UP)) : "";
	}

	/** A change of a rate in percentage points, with 2 decimals. */
	String pts(BigDecimal value) {
		return (value != null) ? this.dialect.decimal(value.setScale(2, RoundingMode.HALF_UP)) : "";
	}

}
