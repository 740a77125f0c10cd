package ca.peaceops.fillrate.delivery;

import java.io.IOException;
import java.io.OutputStream;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * A message that says when its data has been written to the server and only the final
 * {@code .} remains: the SMTP transport writes the whole message with
 * {@link #writeTo(OutputStream, String[])} and then ends the data. Recording the attempt
 * there, before the server can answer {@code 250}, is the only way a relaunch can know a
 * delivery was in flight when the run was killed.
 */
final class InFlightMessage extends MimeMessage {

	private final Runnable beforeFinalDot;

	InFlightMessage(Session session, Runnable beforeFinalDot) {
		super(session);
		this.beforeFinalDot = beforeFinalDot;
	}

	@Override
	public void writeTo(OutputStream out, String[] ignoreList) throws IOException, MessagingException {
		super.writeTo(out, ignoreList);
		out.flush();
		this.beforeFinalDot.run();
	}

}
