package ca.peaceops.fillrate.delivery;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Which recipient received which period's report. Each entry commits on its own, the
 * moment its message is accepted by the server, so that a delivery that fails half-way
 * does not send the first half twice when it is retried.
 */
@Repository
class DeliveryLedger {

	private final JdbcClient jdbc;

	private final TransactionTemplate ownTransaction;

	DeliveryLedger(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactionManager);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	boolean delivered(YearMonth period, String recipient) {
		return this.jdbc.sql("select count(*) from delivery where period = ? and recipient = ?")
			.params(period.toString(), recipient)
			.query(Long.class)
			.single() > 0;
	}

	void record(YearMonth period, String recipient, int edition, Instant sentAt) {
		this.ownTransaction.executeWithoutResult((status) -> {
			this.jdbc.sql("delete from delivery where period = ? and recipient = ?")
				.params(period.toString(), recipient)
				.update();
			this.jdbc.sql("insert into delivery (period, recipient, edition, sent_at) values (?, ?, ?, ?)")
				.params(period.toString(), recipient, edition, Timestamp.from(sentAt))
				.update();
		});
	}

}
