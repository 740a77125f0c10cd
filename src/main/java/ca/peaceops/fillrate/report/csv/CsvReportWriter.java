package ca.peaceops.fillrate.report.csv;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ca.peaceops.fillrate.history.HistoryRow;
import ca.peaceops.fillrate.place.Places;
import ca.peaceops.fillrate.rates.Change;
import ca.peaceops.fillrate.rates.ChangeKind;
import ca.peaceops.fillrate.rates.Figures;
import ca.peaceops.fillrate.rates.MissionFigures;
import ca.peaceops.fillrate.rates.MissionRate;
import ca.peaceops.fillrate.rates.PoolRate;
import ca.peaceops.fillrate.rates.RateStatus;
import ca.peaceops.fillrate.rates.RegionRate;
import ca.peaceops.fillrate.report.Report;
import ca.peaceops.fillrate.report.ReportFiles;
import ca.peaceops.fillrate.report.WomenDeployed;
import ca.peaceops.fillrate.roster.RosterCounts;
import ca.peaceops.fillrate.snapshot.Mission;

/** Writes a period's CSV files, and {@code history.csv} from the history database. */
public final class CsvReportWriter {

	static final List<String> MISSIONS = List.of("period", "as_of", "mission_id", "mission", "partner", "country",
			"region", "language", "armed", "pool", "authorized", "authorized_text", "pool_authorized", "deployed",
			"vacancies", "fill_rate", "previous_deployed", "deployed_change", "previous_fill_rate",
			"fill_rate_change_pts", "status", "women_deployed", "women_share", "counts_as_of");

	static final List<String> REGIONS = List.of("period", "as_of", "region", "authorized", "deployed", "vacancies",
			"fill_rate", "units_included", "units_left_out");

	static final List<String> POOLS = List.of("period", "as_of", "pool_id", "pool", "region", "mission_ids",
			"authorized", "authorized_text", "deployed", "deployed_source", "vacancies", "fill_rate", "status");

	static final List<String> CHANGES = List.of("period", "baseline_period", "kind", "subject", "subject_id",
			"subject_name", "before", "after", "change", "unit");

	static final List<String> HOME_SERVICES = List.of("period", "as_of", "home_service", "officers", "share");

	static final List<String> HISTORY = List.of("period", "as_of", "mission_id", "mission", "country", "region", "pool",
			"authorized", "pool_authorized", "deployed", "fill_rate", "status", "counts_as_of");

	private final CsvDialect dialect;

	private final Cells cells;

	/**
	 * The French-locale dialect writes names in French where known (missions, pools,
	 * countries, regions), like the French PDF; ids and codes stay the same in both.
	 */
	private final boolean french;

	public CsvReportWriter(CsvDialect dialect) {
		this.dialect = dialect;
		this.cells = new Cells(dialect);
		this.french = dialect == CsvDialect.EXCEL_FR;
	}

	private String region(String region) {
		return (this.french && region != null) ? Places.regionFr(region) : region;
	}

	public void write(Report report, Path dir) {
		YearMonth period = report.period();
		CsvFile.write(dir.resolve(ReportFiles.missionsCsv(period)), this.dialect, MISSIONS, missions(report));
		CsvFile.write(dir.resolve(ReportFiles.regionsCsv(period)), this.dialect, REGIONS, regions(report));
		CsvFile.write(dir.resolve(ReportFiles.poolsCsv(period)), this.dialect, POOLS, pools(report));
		CsvFile.write(dir.resolve(ReportFiles.changesCsv(period)), this.dialect, CHANGES, changes(report));
		if (report.roster() != null) {
			CsvFile.write(dir.resolve(ReportFiles.homeServicesCsv(period)), this.dialect, HOME_SERVICES,
					homeServices(report));
		}
	}

	public void writeHistory(List<HistoryRow> history, Path file) {
		List<List<String>> rows = new ArrayList<>();
		for (HistoryRow row : history) {
			rows.add(List.of(row.period().toString(), row.asOf().toString(), this.cells.text(row.missionId()),
					this.cells.text(row.mission()), this.cells.text(row.country()),
					this.cells.text(region(row.region())), this.cells.text(row.pool()),
					this.cells.count(row.authorized()), this.cells.count(row.poolAuthorized()),
					this.cells.count(row.deployed()), this.cells.rate(row.fillRate()), row.status(),
					(row.countsAsOf() != null) ? row.countsAsOf().toString() : ""));
		}
		CsvFile.write(file, this.dialect, HISTORY, rows);
	}

	private List<List<String>> missions(Report report) {
		List<List<String>> rows = new ArrayList<>();
		for (MissionRate rate : report.rates().missions()) {
			Mission mission = rate.mission();
			MissionFigures previous = report.previous(mission.id()).orElse(null);
			Integer previousDeployed = (previous != null) ? previous.deployed() : null;
			BigDecimal previousRate = (previous != null) ? previous.fillRate() : null;
			Integer deployedChange = (previousDeployed != null && rate.deployed() != null)
					? rate.deployed() - previousDeployed : null;
			WomenDeployed women = WomenDeployed.in(report, mission).orElse(null);
			rows.add(List.of(report.period().toString(), report.snapshot().asOf().toString(),
					this.cells.text(mission.id()), this.cells.text(mission.name(this.french)),
					this.cells.text(mission.partner()), this.cells.text(mission.country(this.french)),
					this.cells.text(region(mission.region())), this.cells.text(mission.language()),
					this.cells.bool(mission.armed()), this.cells.text(mission.pool()),
					this.cells.count(rate.authorized()), this.cells.text(mission.authorizedText()),
					this.cells.count(rate.poolAuthorized()), this.cells.count(rate.deployed()),
					this.cells.count(rate.vacancies()), this.cells.rate(rate.fillRate()),
					this.cells.count(previousDeployed), this.cells.count(deployedChange), this.cells.rate(previousRate),
					this.cells.pts(report.changePts(rate).orElse(null)), status(rate.status()),
					this.cells.count((women != null) ? women.women() : null),
					this.cells.rate((women != null) ? women.share() : null),
					report.snapshot().countsDate().map(Object::toString).orElse("")));
		}
		return rows;
	}

	private List<List<String>> regions(Report report) {
		List<List<String>> rows = new ArrayList<>();
		for (RegionRate region : report.rates().regions()) {
			rows.add(List.of(report.period().toString(), report.snapshot().asOf().toString(),
					this.cells.text(region(region.region())), this.cells.count(region.totals().authorized()),
					this.cells.count(region.totals().deployed()), this.cells.count(region.totals().vacancies()),
					this.cells.rate(region.totals().fillRate()), this.cells.count(region.totals().included()),
					this.cells.count(region.totals().leftOut())));
		}
		return rows;
	}

	private List<List<String>> pools(Report report) {
		List<List<String>> rows = new ArrayList<>();
		for (PoolRate pool : report.rates().pools()) {
			rows.add(List.of(report.period().toString(), report.snapshot().asOf().toString(),
					this.cells.text(pool.id()), this.cells.text(pool.name(this.french)),
					this.cells.text(region(pool.region())), this.cells.text(String.join(" ", pool.missionIds())),
					this.cells.count(pool.figures().authorized()), this.cells.text(pool.authorizedText()),
					this.cells.count(pool.figures().deployed()), pool.totalOnly() ? "pool_total" : "missions",
					this.cells.count(pool.figures().vacancies()), this.cells.rate(pool.fillRate()),
					status(pool.figures().status())));
		}
		return rows;
	}

	/** Officers per home service, most first, as the PDF lists them. */
	private List<List<String>> homeServices(Report report) {
		RosterCounts roster = report.roster();
		List<List<String>> rows = new ArrayList<>();
		for (Map.Entry<String, Integer> service : roster.homeServicesByOfficers()) {
			BigDecimal share = Figures.rate(service.getValue(), roster.officers());
			rows.add(List.of(report.period().toString(), report.snapshot().asOf().toString(),
					this.cells.text(service.getKey()), this.cells.count(service.getValue()), this.cells.rate(share)));
		}
		return rows;
	}

	private List<List<String>> changes(Report report) {
		List<List<String>> rows = new ArrayList<>();
		String baseline = report.comparison().hasBaseline() ? report.comparison().baselinePeriod().toString() : "";
		for (Change change : report.comparison().changes()) {
			boolean rate = change.kind() == ChangeKind.FILL_RATE_MOVED;
			String subject = (change.kind() == ChangeKind.SNAPSHOT_UNCHANGED) ? "snapshot"
					: change.pool() ? "pool" : "mission";
			rows.add(List.of(report.period().toString(), baseline, change.kind().name().toLowerCase(Locale.ROOT),
					subject, this.cells.text(change.subjectId()),
					this.cells.text(report.localized(change, this.french).subjectName()),
					rate ? this.cells.rate(change.before()) : this.cells.count(change.before()),
					rate ? this.cells.rate(change.after()) : this.cells.count(change.after()),
					rate ? this.cells.pts(change.delta()) : this.cells.count(change.delta()),
					rate ? "percentage_points" : (change.kind() == ChangeKind.SNAPSHOT_UNCHANGED) ? "" : "officers"));
		}
		return rows;
	}

	private static String status(RateStatus status) {
		return status.name().toLowerCase(Locale.ROOT);
	}

}
