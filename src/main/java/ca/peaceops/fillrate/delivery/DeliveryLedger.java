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

	/** What the ledger knows of a recipient's message for a period. */
	enum State {

		/** Nothing: never attempted, or attempted and refused. */
		NONE,
		/**
		 * Its data was sent, and the server's answer never recorded: it may have gone.
		 */
		IN_FLIGHT,
		/** The server accepted it. */
		SENT

	}

	State state(YearMonth period, String recipient) {
		return this.jdbc.sql("select state from delivery where period = ? and recipient = ?")
			.params(period.toString(), recipient)
			.query(String.class)
			.optional()
			.map((state) -> "sent".equals(state) ? State.SENT : State.IN_FLIGHT)
			.orElse(State.NONE);
	}

	/**
	 * Just before the end of the message's data goes to the server: committed at once.
	 */
	void attempt(YearMonth period, String recipient, int edition, Instant at) {
		put(period, recipient, edition, at, "in-flight");
	}

	/** The server accepted the message. */
	void record(YearMonth period, String recipient, int edition, Instant sentAt) {
		put(period, recipient, edition, sentAt, "sent");
	}

	/** The server refused the message's data: it did not go, and may be sent again. */
	void forget(YearMonth period, String recipient) {
		this.ownTransaction.executeWithoutResult((status) -> this.jdbc
			.sql("delete from delivery where period = ? and recipient = ? and state = 'in-flight'")
			.params(period.toString(), recipient)
			.update());
	}

	private void put(YearMonth period, String recipient, int edition, Instant at, String state) {
		this.ownTransaction.executeWithoutResult((status) -> {
			this.jdbc.sql("delete from delivery where period = ? and recipient = ?")
				.params(period.toString(), recipient)
				.update();
			this.jdbc.sql("insert into delivery (period, recipient, edition, sent_at, state) values (?, ?, ?, ?, ?)")
				.params(period.toString(), recipient, edition, Timestamp.from(at), state)
				.update();
		});
	}

}
