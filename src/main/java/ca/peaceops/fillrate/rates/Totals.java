package ca.peaceops.fillrate.rates;

import java.math.BigDecimal;
import java.util.Collection;

/**
 * Sums over cap units (a mission with its own cap, or a whole pool), so that a shared cap
 * is counted once. Units with an unknown figure are left out and counted in
 * {@code leftOut}.
 */
public record Totals(int authorized, int deployed, int vacancies, BigDecimal fillRate, int included, int leftOut) {

	public static Totals of(Collection<Figures> units) {
		int authorized = 0;
		int deployed = 0;
		int vacancies = 0;
		int included = 0;
		int leftOut = 0;
		for (Figures unit : units) {
			if (unit.status() == RateStatus.NO_FIGURES) {
				continue;
			}
			if (!unit.known()) {
				leftOut++;
				continue;
			}
			authorized += unit.authorized();
			deployed += unit.deployed();
			vacancies += unit.vacancies();
			included++;
		}
		BigDecimal rate = (included > 0) ? Figures.rate(deployed, authorized) : null;
		return new Totals(authorized, deployed, vacancies, rate, included, leftOut);
	}

}
