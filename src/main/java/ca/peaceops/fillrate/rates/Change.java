package ca.peaceops.fillrate.rates;

import java.math.BigDecimal;

/**
 * One change since the baseline. Counts are whole numbers; for
 * {@link ChangeKind#FILL_RATE_MOVED} {@code before} and {@code after} are fractions and
 * {@code delta} is in percentage points. A value the source no longer (or not yet) gives
 * is {@code null}.
 *
 * @param pool whether the subject is a shared pool rather than a mission
 */
public record Change(ChangeKind kind, boolean pool, String subjectId, String subjectName, BigDecimal before,
		BigDecimal after, BigDecimal delta) {

	/** The same change, its subject named in another language. */
	public Change named(String name) {
		return new Change(this.kind, this.pool, this.subjectId, name, this.before, this.after, this.delta);
	}

	/** Size of the change, for ordering by impact within a kind. */
	BigDecimal magnitude() {
		return (this.delta != null) ? this.delta.abs() : BigDecimal.ZERO;
	}

}
