package ca.peaceops.fillrate.delivery;

/** The report is published, but could not be sent to every recipient. */
public class DeliveryFailedException extends RuntimeException {

	public DeliveryFailedException(String message, Throwable cause) {
		super(message, cause);
	}

}
