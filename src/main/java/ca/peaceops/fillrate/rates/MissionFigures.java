package ca.peaceops.fillrate.rates;

import java.math.BigDecimal;

/**
 * What the history keeps of a mission, and all that a comparison needs: its own cap
 * ({@code null} when pooled or unknown), its own deployed count and its fill rate (the
 * pool's when pooled).
 */
public record MissionFigures(String id, String name, String pool, Integer authorized, Integer deployed,
		BigDecimal fillRate) {

	static MissionFigures of(MissionRate rate) {
		return new MissionFigures(rate.mission().id(), rate.mission().name(), rate.mission().pool(), rate.authorized(),
				rate.deployed(), rate.fillRate());
	}

}
