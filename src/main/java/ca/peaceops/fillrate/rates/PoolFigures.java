package ca.peaceops.fillrate.rates;

import java.math.BigDecimal;

/** What the history keeps of a pool, and all that a comparison needs. */
public record PoolFigures(String id, String name, Integer authorized, Integer deployed, boolean totalOnly,
		BigDecimal fillRate) {

	static PoolFigures of(PoolRate rate) {
		return new PoolFigures(rate.id(), rate.name(), rate.figures().authorized(), rate.figures().deployed(),
				rate.totalOnly(), rate.fillRate());
	}

}
