package ca.peaceops.fillrate.history;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the last answer for each watched page said: its validators for a conditional GET,
 * the checksum and kept copy of its content, and when the caps were last confirmed
 * against it.
 */
@Repository
public class PageRecords {

	/**
	 * @param copyPath the copy of the page's content kept under {@code input/pages/}
	 * @param confirmedAt when the page last answered with content that was read (or
	 * unchanged)
	 */
	public record PageRecord(String url, String etag, String lastModified, String sha256, String copyPath,
			Instant confirmedAt) {

	}

	private final JdbcClient jdbc;

	public PageRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<PageRecord> find(String url) {
		return this.jdbc
			.sql("select url, etag, last_modified, sha256, copy_path, confirmed_at from page_fetch " + "where url = ?")
			.param(url)
			.query((rs, row) -> new PageRecord(rs.getString("url"), rs.getString("etag"), rs.getString("last_modified"),
					rs.getString("sha256"), rs.getString("copy_path"),
					(rs.getTimestamp("confirmed_at") != null) ? rs.getTimestamp("confirmed_at").toInstant() : null))
			.optional();
	}

	public void save(PageRecord record) {
		this.jdbc.sql("delete from page_fetch where url = ?").param(record.url()).update();
		this.jdbc
			.sql("insert into page_fetch (url, etag, last_modified, sha256, copy_path, confirmed_at) "
					+ "values (?, ?, ?, ?, ?, ?)")
			.params(record.url(), record.etag(), record.lastModified(), record.sha256(), record.copyPath(),
					(record.confirmedAt() != null) ? Timestamp.from(record.confirmedAt()) : null)
			.update();
	}

}
