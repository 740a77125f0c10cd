package ca.peaceops.fillrate.delivery;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/** Lists of email addresses as the options give them ({@code a@x.org,b@y.org}). */
public final class Recipients {

	private Recipients() {
	}

	/**
	 * What is wrong with a list, if anything: an empty entry, a control character (a
	 * newline would add a header), or an address that is not one.
	 */
	public static Optional<String> problem(String list) {
		for (String address : list.split(",", -1)) {
			String stripped = address.strip();
			String shown = stripped.replaceAll("\\p{Cntrl}", "?");
			if (stripped.isEmpty()) {
				return Optional.of("an address is empty; give addresses separated by commas");
			}
			if (stripped.chars().anyMatch(Character::isISOControl)) {
				return Optional.of("\"" + shown + "\" holds a control character");
			}
			try {
				new InternetAddress(stripped, true).validate();
			}
			catch (AddressException ex) {
				return Optional.of("\"" + shown + "\" is not an email address");
			}
		}
		return Optional.empty();
	}

	/**
	 * Each recipient once, as first spelt: {@code a@x.org,A@X.org} is one person, who
	 * gets one message.
	 */
	public static List<String> distinct(List<String> addresses) {
		Map<String, String> unique = new LinkedHashMap<>();
		for (String address : addresses) {
			String stripped = address.strip();
			if (!stripped.isEmpty()) {
				unique.putIfAbsent(stripped.toLowerCase(Locale.ROOT), stripped);
			}
		}
		return List.copyOf(unique.values());
	}

}
