package ca.peaceops.fillrate.history;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import ca.peaceops.fillrate.rates.Baseline;
import ca.peaceops.fillrate.rates.MissionFigures;
import ca.peaceops.fillrate.rates.MissionRate;
import ca.peaceops.fillrate.rates.PeriodTotal;
import ca.peaceops.fillrate.rates.PoolFigures;
import ca.peaceops.fillrate.rates.PoolRate;
import ca.peaceops.fillrate.rates.RateSheet;
import ca.peaceops.fillrate.rates.RegionRate;
import ca.peaceops.fillrate.rates.Totals;
import ca.peaceops.fillrate.snapshot.InputFingerprint;
import ca.peaceops.fillrate.snapshot.Mission;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** JDBC storage of published periods. Callers own the transaction. */
@Repository
public class HistoryRepository {

	private final JdbcClient jdbc;

	public HistoryRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<PublishedRun> find(YearMonth period) {
		return this.jdbc.sql("""
				select period, edition, as_of, snapshot_file, snapshot_sha256, source, generated_at, counts_file,
				  counts_as_of, counts_source, counts_sha256
				from report_run where period = ?""")
			.param(period.toString())
			.query((rs, row) -> new PublishedRun(YearMonth.parse(rs.getString("period")), rs.getInt("edition"),
					rs.getObject("as_of", LocalDate.class), rs.getString("snapshot_file"),
					rs.getString("snapshot_sha256"), rs.getString("source"),
					rs.getTimestamp("generated_at").toInstant(), rs.getString("counts_file"),
					rs.getObject("counts_as_of", LocalDate.class), rs.getString("counts_source"),
					rs.getString("counts_sha256")))
			.optional();
	}

	/** A published period's overall totals, edition and publication time. */
	public record PublishedTotal(PeriodTotal total, int edition, Instant publishedAt) {

	}

	/**
	 * Every published period, oldest first, in one query: what the archive page lists.
	 */
	public List<PublishedTotal> publishedTotals() {
		return this.jdbc.sql("""
				select period, edition, generated_at, authorized, deployed, vacancies, fill_rate, included, left_out
				from report_run order by period""")
			.query((rs, row) -> new PublishedTotal(
					new PeriodTotal(YearMonth.parse(rs.getString("period")),
							new Totals(rs.getInt("authorized"), rs.getInt("deployed"), rs.getInt("vacancies"),
									rs.getBigDecimal("fill_rate"), rs.getInt("included"), rs.getInt("left_out"))),
					rs.getInt("edition"), rs.getTimestamp("generated_at").toInstant()))
			.list();
	}

	/**
	 * The latest published period before this one, with its figures, or empty for the
	 * first run.
	 */
	public Optional<Baseline> baselineBefore(YearMonth period) {
		return this.jdbc.sql("""
				select period, as_of, snapshot_sha256, counts_sha256, authorized, deployed, vacancies, fill_rate,
				  included, left_out
				from report_run where period < ? order by period desc fetch first 1 rows only""")
			.param(period.toString())
			.query((rs, row) -> baselineTotals(rs))
			.optional()
			.map(this::withFigures);
	}

	/** The overall totals of a published period. */
	public Optional<Totals> totals(YearMonth period) {
		return totalsBefore(period.plusMonths(1), 1).stream()
			.filter((total) -> total.period().equals(period))
			.map(PeriodTotal::totals)
			.findFirst();
	}

	/** The latest published period, if any. */
	public Optional<YearMonth> latestPeriod() {
		List<YearMonth> periods = publishedPeriods();
		return periods.isEmpty() ? Optional.empty() : Optional.of(periods.get(periods.size() - 1));
	}

	/**
	 * The overall totals of the latest published periods before this one, oldest first.
	 */
	public List<PeriodTotal> totalsBefore(YearMonth period, int count) {
		List<PeriodTotal> newestFirst = this.jdbc.sql("""
				select period, authorized, deployed, vacancies, fill_rate, included, left_out
				from report_run where period < ? order by period desc fetch first ? rows only""")
			.params(period.toString(), count)
			.query((rs, row) -> new PeriodTotal(YearMonth.parse(rs.getString("period")),
					new Totals(rs.getInt("authorized"), rs.getInt("deployed"), rs.getInt("vacancies"),
							rs.getBigDecimal("fill_rate"), rs.getInt("included"), rs.getInt("left_out"))))
			.list();
		List<PeriodTotal> oldestFirst = new ArrayList<>(newestFirst);
		Collections.reverse(oldestFirst);
		return oldestFirst;
	}

	public List<YearMonth> publishedPeriods() {
		return this.jdbc.sql("select period from report_run order by period")
			.query((rs, row) -> YearMonth.parse(rs.getString(1)))
			.list();
	}

	/**
	 * Replaces everything recorded for the run's period, so that a rerun never duplicates
	 * history.
	 */
	public void replace(PublishedRun run, RateSheet sheet) {
		String period = run.period().toString();
		this.jdbc.sql("delete from report_run where period = ?").param(period).update();
		Totals total = sheet.total();
		this.jdbc.sql("""
				insert into report_run (period, edition, as_of, snapshot_file, snapshot_sha256, source, generated_at,
				  authorized, deployed, vacancies, fill_rate, included, left_out, counts_file, counts_as_of,
				  counts_source, counts_sha256)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(period, run.edition(), run.asOf(), run.snapshotFile(), run.snapshotSha256(), run.source(),
					Timestamp.from(run.generatedAt()), total.authorized(), total.deployed(), total.vacancies(),
					total.fillRate(), total.included(), total.leftOut(), run.countsFile(), run.countsAsOf(),
					run.countsSource(), run.countsSha256())
			.update();
		int position = 0;
		for (MissionRate rate : sheet.missions()) {
			insertMission(period, position++, rate);
		}
		for (PoolRate pool : sheet.pools()) {
			this.jdbc.sql("""
					insert into pool_result (period, pool_id, name, region, authorized, authorized_text, deployed,
					  total_only, fill_rate) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(period, pool.id(), pool.name(), pool.region(), pool.figures().authorized(),
						pool.authorizedText(), pool.figures().deployed(), pool.totalOnly(), pool.fillRate())
				.update();
		}
		for (RegionRate region : sheet.regions()) {
			Totals totals = region.totals();
			this.jdbc.sql("""
					insert into region_result (period, region, authorized, deployed, vacancies, fill_rate, included,
					  left_out) values (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(period, region.region(), totals.authorized(), totals.deployed(), totals.vacancies(),
						totals.fillRate(), totals.included(), totals.leftOut())
				.update();
		}
	}

	/**
	 * Keeps the period's report model, from which its email can be written again later.
	 */
	public void saveReportJson(YearMonth period, String json) {
		this.jdbc.sql("update report_run set report_json = ? where period = ?")
			.params(json, period.toString())
			.update();
	}

	/**
	 * Records the checksum of the period's mission rows as they are now: at publication,
	 * in the same transaction that wrote them.
	 */
	public void sealRows(YearMonth period) {
		this.jdbc.sql("update report_run set rows_sha256 = ? where period = ?")
			.params(rowDigests(Optional.of(period)).getOrDefault(period, RowDigest.EMPTY), period.toString())
			.update();
	}

	/**
	 * The published periods whose mission rows no longer match the checksum kept when
	 * they were published (periods published before it was kept are not checked).
	 */
	public List<YearMonth> periodsWithChangedRows() {
		Map<YearMonth, String> digests = rowDigests(Optional.empty());
		return this.jdbc.sql("select period, rows_sha256 from report_run where rows_sha256 is not null order by period")
			.query((rs, row) -> Map.entry(YearMonth.parse(rs.getString(1)), rs.getString(2)))
			.list()
			.stream()
			.filter((sealed) -> !sealed.getValue().equals(digests.getOrDefault(sealed.getKey(), RowDigest.EMPTY)))
			.map(Map.Entry::getKey)
			.toList();
	}

	/** Every period's mission rows as one SHA-256 each, read in one query. */
	private Map<YearMonth, String> rowDigests(Optional<YearMonth> only) {
		Map<YearMonth, RowDigest> digests = new TreeMap<>();
		String columns = "select period, mission_id, pool_id, authorized, pool_authorized, deployed, fill_rate, status "
				+ "from mission_result ";
		JdbcClient.StatementSpec rows = only.isPresent()
				? this.jdbc.sql(columns + "where period = ? order by position").param(only.get().toString())
				: this.jdbc.sql(columns + "order by period, position");
		rows.query((rs) -> {
			YearMonth period = YearMonth.parse(rs.getString("period"));
			BigDecimal rate = rs.getBigDecimal("fill_rate");
			digests.computeIfAbsent(period, (key) -> new RowDigest())
				.add(rs.getString("mission_id"), rs.getString("pool_id"), integer(rs, "authorized"),
						integer(rs, "pool_authorized"), integer(rs, "deployed"),
						(rate != null) ? rate.stripTrailingZeros().toPlainString() : null, rs.getString("status"));
		});
		Map<YearMonth, String> hex = new TreeMap<>();
		digests.forEach((period, digest) -> hex.put(period, digest.hex()));
		return hex;
	}

	/** The SHA-256 of rows, each value as text, so that H2 and PostgreSQL agree. */
	private static final class RowDigest {

		static final String EMPTY = new RowDigest().hex();

		private final MessageDigest sha;

		RowDigest() {
			try {
				this.sha = MessageDigest.getInstance("SHA-256");
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException(ex);
			}
		}

		void add(Object... values) {
			for (Object value : values) {
				this.sha.update(String.valueOf(value).getBytes(StandardCharsets.UTF_8));
				this.sha.update((byte) 0x1f);
			}
			this.sha.update((byte) 0x1e);
		}

		String hex() {
			return HexFormat.of().formatHex(this.sha.digest());
		}

	}

	/** The checksums of the files published for the period ({@code SHA256SUMS}). */
	public void saveManifest(YearMonth period, String manifest) {
		this.jdbc.sql("update report_run set manifest = ? where period = ?")
			.params(manifest, period.toString())
			.update();
	}

	public Optional<String> manifest(YearMonth period) {
		return this.jdbc.sql("select manifest from report_run where period = ? and manifest is not null")
			.param(period.toString())
			.query(String.class)
			.optional();
	}

	public Optional<String> reportJson(YearMonth period) {
		return this.jdbc.sql("select report_json from report_run where period = ? and report_json is not null")
			.param(period.toString())
			.query(String.class)
			.optional();
	}

	/**
	 * Every mission of every published period, oldest period first, in the order of its
	 * snapshot.
	 */
	public List<HistoryRow> allMissionRows() {
		return this.jdbc
			.sql("""
					select m.period, r.as_of, r.counts_as_of, r.counts_source, m.mission_id, m.name, m.country, m.region, m.pool_id, m.authorized,
					  m.pool_authorized, m.deployed, m.fill_rate, m.status
					from mission_result m join report_run r on r.period = m.period
					order by m.period, m.position""")
			.query((rs, row) -> new HistoryRow(YearMonth.parse(rs.getString("period")),
					rs.getObject("as_of", LocalDate.class), rs.getString("mission_id"), rs.getString("name"),
					rs.getString("country"), rs.getString("region"), rs.getString("pool_id"), integer(rs, "authorized"),
					integer(rs, "pool_authorized"), integer(rs, "deployed"), rs.getBigDecimal("fill_rate"),
					rs.getString("status"), countsAsOf(rs)))
			.list();
	}

	private void insertMission(String period, int position, MissionRate rate) {
		Mission mission = rate.mission();
		this.jdbc.sql("""
				insert into mission_result (period, position, mission_id, name, partner, country, region, language,
				  armed, since, pool_id, pool_name, authorized, authorized_text, pool_authorized, deployed, vacancies,
				  fill_rate, status) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(period, position, mission.id(), mission.name(), mission.partner(), mission.country(),
					mission.region(), mission.language(), mission.armed(), mission.since(), mission.pool(),
					rate.poolName(), rate.authorized(), mission.authorizedText(), rate.poolAuthorized(),
					rate.deployed(), rate.vacancies(), rate.fillRate(), rate.status().name().toLowerCase(Locale.ROOT))
			.update();
	}

	private Baseline baselineTotals(ResultSet rs) throws SQLException {
		Totals total = new Totals(rs.getInt("authorized"), rs.getInt("deployed"), rs.getInt("vacancies"),
				rs.getBigDecimal("fill_rate"), rs.getInt("included"), rs.getInt("left_out"));
		// Both files' checksums, as the run being compared fingerprints its own inputs.
		String counts = rs.getString("counts_sha256");
		String fingerprint = InputFingerprint.of(rs.getString("snapshot_sha256"), counts);
		return new Baseline(YearMonth.parse(rs.getString("period")), rs.getObject("as_of", LocalDate.class),
				fingerprint, total, List.of(), List.of());
	}

	private Baseline withFigures(Baseline run) {
		String period = run.period().toString();
		List<MissionFigures> missions = this.jdbc.sql("""
				select mission_id, name, pool_id, authorized, deployed, fill_rate from mission_result
				where period = ? order by position""")
			.param(period)
			.query((rs, row) -> new MissionFigures(rs.getString("mission_id"), rs.getString("name"),
					rs.getString("pool_id"), integer(rs, "authorized"), integer(rs, "deployed"),
					rs.getBigDecimal("fill_rate")))
			.list();
		List<PoolFigures> pools = this.jdbc.sql("""
				select pool_id, name, authorized, deployed, total_only, fill_rate from pool_result
				where period = ? order by pool_id""")
			.param(period)
			.query((rs, row) -> new PoolFigures(rs.getString("pool_id"), rs.getString("name"),
					integer(rs, "authorized"), integer(rs, "deployed"), rs.getBoolean("total_only"),
					rs.getBigDecimal("fill_rate")))
			.list();
		return new Baseline(run.period(), run.asOf(), run.snapshotSha256(), run.total(), missions, pools);
	}

	/**
	 * The counts' date: the snapshot's own for a period whose counts were its snapshot's
	 * (or published before counts were chosen apart); none when there were no counts.
	 */
	private static LocalDate countsAsOf(ResultSet rs) throws SQLException {
		if ("NONE".equals(rs.getString("counts_source"))) {
			return null;
		}
		LocalDate counts = rs.getObject("counts_as_of", LocalDate.class);
		return (counts != null) ? counts : rs.getObject("as_of", LocalDate.class);
	}

	private static Integer integer(ResultSet rs, String column) throws SQLException {
		int value = rs.getInt(column);
		return rs.wasNull() ? null : value;
	}

}
