package ca.peaceops.fillrate.history;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Published periods whose email failed, with the recipients they had then, kept across
 * restarts of the scheduler.
 */
@Repository
public class UndeliveredReports {

	private final JdbcClient jdbc;

	public UndeliveredReports(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records (or keeps) a failed delivery: the first recipients it had stay. */
	public void failed(YearMonth period, List<String> recipients, Instant at) {
		if (recipients(period).isPresent()) {
			return;
		}
		this.jdbc.sql("insert into undelivered (period, recipients, failed_at) values (?, ?, ?)")
			.params(period.toString(), String.join(",", recipients), Timestamp.from(at))
			.update();
	}

	public void delivered(YearMonth period) {
		this.jdbc.sql("delete from undelivered where period = ?").param(period.toString()).update();
	}

	public Optional<List<String>> recipients(YearMonth period) {
		return this.jdbc.sql("select recipients from undelivered where period = ?")
			.param(period.toString())
			.query(String.class)
			.optional()
			.map((list) -> Arrays.asList(list.split(",")));
	}

	/** Oldest first. */
	public List<YearMonth> periods() {
		return this.jdbc.sql("select period from undelivered order by period")
			.query((rs, row) -> YearMonth.parse(rs.getString(1)))
			.list();
	}

}
