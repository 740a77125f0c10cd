package ca.peaceops.fillrate.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import ca.peaceops.fillrate.rates.Figures;
import ca.peaceops.fillrate.rates.MissionRate;
import ca.peaceops.fillrate.roster.RosterCounts;
import ca.peaceops.fillrate.snapshot.Mission;

/**
 * Women among a mission's deployed officers, as the period's counts give them: every
 * edition (CSV, PDF, HTML) asks here, so that they say the same.
 *
 * @param officers the officers they are among: the roster's, or the counts table's
 * deployed count
 * @param women the women among them
 */
public record WomenDeployed(int officers, int women) {

	/**
	 * A roster lists everyone, so a mission it does not name has none; a counts table
	 * gives them where its row does. Empty when unknown; a posting without a deployed
	 * count has no count of women either.
	 */
	public static Optional<WomenDeployed> in(Report report, Mission mission) {
		if (mission.deployed() == null) {
			return Optional.empty();
		}
		if (report.roster() == null) {
			return Optional.ofNullable(report.women().get(mission.id()))
				.map((women) -> new WomenDeployed(mission.deployed(), women));
		}
		RosterCounts.MissionCount count = report.roster()
			.missions()
			.getOrDefault(mission.id(), new RosterCounts.MissionCount(0, 0));
		return Optional.of(new WomenDeployed(count.officers(), count.women()));
	}

	/**
	 * The missions with figures whose women are known, in the report's order: what the
	 * section on women lists, empty when the counts say nothing of women.
	 */
	public static List<Map.Entry<Mission, WomenDeployed>> missions(Report report) {
		List<Map.Entry<Mission, WomenDeployed>> missions = new ArrayList<>();
		for (MissionRate rate : report.rates().withFigures()) {
			in(report, rate.mission()).ifPresent((women) -> missions.add(Map.entry(rate.mission(), women)));
		}
		return missions;
	}

	/** The share of women, or {@code null} among no officers. */
	public BigDecimal share() {
		return Figures.rate(this.women, this.officers);
	}

}
