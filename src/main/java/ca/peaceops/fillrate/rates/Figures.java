package ca.peaceops.fillrate.rates;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A cap and a deployed count, either of which may be unknown ({@code null}), with what
 * follows from them. Rates are fractions rounded to 4 decimals: the published figure,
 * from which every change is computed, so that readers can redo the arithmetic from the
 * report.
 */
public record Figures(Integer authorized, Integer deployed) {

	public static final int RATE_SCALE = 4;

	public Figures {
		if ((authorized != null && authorized < 0) || (deployed != null && deployed < 0)) {
			throw new IllegalArgumentException("figures cannot be negative: " + authorized + ", " + deployed);
		}
	}

	public boolean known() {
		return this.authorized != null && this.deployed != null;
	}

	/**
	 * Unknown when either figure is, or when the cap is 0 (a rate of nothing is not a
	 * rate).
	 */
	public BigDecimal fillRate() {
		return known() ? rate(this.deployed, this.authorized) : null;
	}

	/**
	 * Authorized minus deployed, never below 0: officers above the cap do not fill
	 * another post.
	 */
	public Integer vacancies() {
		return known() ? Math.max(0, this.authorized - this.deployed) : null;
	}

	public RateStatus status() {
		if (this.authorized == null && this.deployed == null) {
			return RateStatus.NO_FIGURES;
		}
		if (!known()) {
			return RateStatus.UNKNOWN;
		}
		return (this.deployed > this.authorized) ? RateStatus.OVER_CAP : RateStatus.OK;
	}

	/**
	 * A part of a whole at the rates' scale: a fill rate, and every share the report
	 * shows (women among officers, officers of a home service); {@code null} of nothing.
	 */
	public static BigDecimal rate(int part, int whole) {
		if (whole == 0) {
			return null;
		}
		return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), RATE_SCALE, RoundingMode.HALF_UP);
	}

}
