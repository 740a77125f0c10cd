package ca.peaceops.fillrate.delivery;

import java.util.List;

/**
 * Some recipients may already have the report: a run was killed after their message's
 * data went to the server and before its answer was recorded. They are not sent it again
 * by themselves; the message names them and the command that sends to them alone.
 */
public class DeliveryUncertainException extends DeliveryFailedException {

	private final List<String> recipients;

	public DeliveryUncertainException(String message, List<String> recipients) {
		super(message, null);
		this.recipients = List.copyOf(recipients);
	}

	public List<String> recipients() {
		return this.recipients;
	}

}
