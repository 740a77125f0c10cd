package ca.peaceops.fillrate.rates;

import java.math.BigDecimal;

import ca.peaceops.fillrate.snapshot.Mission;

/**
 * A mission's line in the report. For a pooled mission, {@code authorized} and
 * {@code vacancies} are {@code null} (the cap is not its own), {@code poolAuthorized} is
 * the shared cap, and {@code fillRate} and {@code status} are the pool's.
 */
public record MissionRate(Mission mission, Integer authorized, Integer deployed, Integer vacancies, String poolName,
		Integer poolAuthorized, BigDecimal fillRate, RateStatus status) {

	public boolean shared() {
		return this.mission.pooled();
	}

}
