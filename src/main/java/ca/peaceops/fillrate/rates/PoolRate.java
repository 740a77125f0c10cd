package ca.peaceops.fillrate.rates;

import java.math.BigDecimal;
import java.util.List;

/**
 * A shared cap and its fill rate: the sum of its missions' deployed counts, or the pool's
 * own total where the source gives only that ({@code totalOnly}).
 */
public record PoolRate(String id, String name, String region, String authorizedText, List<String> missionIds,
		boolean totalOnly, Figures figures, String nameFr) {

	public PoolRate {
		missionIds = List.copyOf(missionIds);
	}

	/** The pool's name in a language: French where known, else the name as given. */
	public String name(boolean french) {
		return (french && this.nameFr != null) ? this.nameFr : this.name;
	}

	public BigDecimal fillRate() {
		return this.figures.fillRate();
	}

}
