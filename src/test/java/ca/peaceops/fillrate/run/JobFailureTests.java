package ca.peaceops.fillrate.run;

import java.net.ConnectException;
import java.util.List;

import ca.peaceops.fillrate.delivery.DeliveryFailedException;
import ca.peaceops.fillrate.snapshot.BadInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Only the user's input is the user's to fix; anything else is ours, or the machine's.
 */
class JobFailureTests {

	@Test
	void badInputFoundByAStepIsExitTwoInItsOwnWords() {
		JobFailure failure = JobFailure.of("readSnapshot", "2018-03",
				List.of(new IllegalStateException("step failed",
						new BadInputException("input/rosters/2018-03-31.csv", "start_date 2017-02-31 is no date"))),
				"");

		assertThat(failure.outcome()).isEqualTo(RunOutcome.BAD_INPUT);
		assertThat(failure.line()).isEqualTo("input/rosters/2018-03-31.csv: start_date 2017-02-31 is no date");
	}

	@Test
	void aBugOfOursIsAFailureNamingTheStepAndTheCauseNeverBadInput() {
		JobFailure failure = JobFailure.of("readSnapshot", "2018-03", List
			.of(new IllegalStateException("wrapped", new ArrayIndexOutOfBoundsException("Index 8 out of bounds"))), "");

		assertThat(failure.outcome()).isEqualTo(RunOutcome.FAILED);
		assertThat(failure.line()).isEqualTo(
				"failed: step readSnapshot of period 2018-03: ArrayIndexOutOfBoundsException: Index 8 out of bounds");
		assertThat(failure.cause()).isInstanceOf(ArrayIndexOutOfBoundsException.class);
	}

	@Test
	void aFailedDeliveryIsExitFourInTheDeliverysWordsNotTheRootCauses() {
		JobFailure failure = JobFailure.of("deliver", "2018-03",
				List.of(new DeliveryFailedException("the mail server smtp.example.org:25 refuses the connection",
						new ConnectException("Connection refused"))),
				"");

		assertThat(failure.outcome()).isEqualTo(RunOutcome.DELIVERY_FAILED);
		assertThat(failure.line()).startsWith("delivery failed: the mail server smtp.example.org:25 refuses")
			.endsWith("the next launch retries the delivery");
		assertThat(failure.cause()).as("a server that is down needs no stack trace in the log").isNull();
	}

	@Test
	void aDeliveryThatFailsForAReasonItDidNotExplainKeepsItsStackTrace() {
		JobFailure failure = JobFailure.of("deliver", "2018-03",
				List.of(new IllegalStateException("wrapped", new NullPointerException("recipients is null"))), "");

		assertThat(failure.outcome()).isEqualTo(RunOutcome.DELIVERY_FAILED);
		assertThat(failure.line()).startsWith("delivery failed: recipients is null");
		assertThat(failure.cause()).isInstanceOf(NullPointerException.class);
	}

	@Test
	void aFailureWithoutAnExceptionGivesTheExitDescription() {
		JobFailure failure = JobFailure.of("publish", "2018-03", List.of(), "stopped by an operator");

		assertThat(failure.line()).isEqualTo("failed: step publish of period 2018-03: stopped by an operator");
	}

}
