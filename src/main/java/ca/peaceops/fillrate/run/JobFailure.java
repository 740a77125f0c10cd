package ca.peaceops.fillrate.run;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import ca.peaceops.fillrate.delivery.DeliveryFailedException;
import ca.peaceops.fillrate.delivery.DeliveryUncertainException;
import ca.peaceops.fillrate.snapshot.BadInputException;

/**
 * What a failed execution means for the person who launched it: bad input they can fix
 * (exit 2), a delivery to retry (exit 4), or a failure of a step, ours or the machine's
 * (exit 1), in one line that names the step and the cause. Only a
 * {@link BadInputException} is the user's: any other exception, a bug of ours included,
 * is a failure.
 *
 * @param cause the root cause, to log with its stack trace; {@code null} if none, or if
 * the line says all there is to know
 */
record JobFailure(RunOutcome outcome, String line, Throwable cause) {

	static JobFailure of(String step, String period, List<Throwable> failures, String exitDescription) {
		for (Throwable failure : failures) {
			for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
				if (cause instanceof BadInputException bad) {
					return new JobFailure(RunOutcome.BAD_INPUT, bad.getMessage(), null);
				}
			}
		}
		Throwable cause = failures.isEmpty() ? null : rootCause(failures.get(0));
		if ("deliver".equals(step)) {
			// The delivery's own words name the server or the recipient; the root cause
			// alone ("Connection refused") would not. For a server that is down they are
			// the whole story: a stack trace is kept for a failure they do not explain.
			Optional<String> explained = failures.stream()
				.flatMap((failure) -> Stream.iterate(failure, (t) -> t != null, Throwable::getCause))
				.filter(DeliveryFailedException.class::isInstance)
				.map(Throwable::getMessage)
				.findFirst();
			String reason = explained.orElse((cause != null) ? cause.getMessage() : "");
			boolean uncertain = failures.stream()
				.flatMap((failure) -> Stream.iterate(failure, (t) -> t != null, Throwable::getCause))
				.anyMatch(DeliveryUncertainException.class::isInstance);
			return new JobFailure(RunOutcome.DELIVERY_FAILED, "delivery failed: " + reason
					+ (uncertain ? "" : "; the reports are published, and the next launch retries the delivery"),
					explained.isPresent() ? null : cause);
		}
		return new JobFailure(RunOutcome.FAILED, "failed: step " + step + " of period " + period + ": "
				+ ((cause != null) ? cause.getClass().getSimpleName() + ": " + cause.getMessage() : exitDescription),
				cause);
	}

	private static Throwable rootCause(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause;
	}

}
