package ca.peaceops.fillrate.roster;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class FingerprintLogTests {

	@ParameterizedTest
	@ValueSource(ints = { 0, 1, 2, 4097, 100_000, 1_200_000 })
	void findsExactlyTheFingerprintsAddedMoreThanOnce(int count) {
		Random random = new Random(count);
		FingerprintLog log = new FingerprintLog(count / 2);
		Set<Long> seen = new HashSet<>();
		Set<Long> expected = new HashSet<>();
		for (int i = 0; i < count; i++) {
			// Every hundredth fingerprint repeats one seen before; some share their top
			// bits, some their low bits, and zero and the extremes are among them.
			long fingerprint = switch (i % 100) {
				case 7 -> seen.iterator().next();
				case 11 -> 0L;
				case 13 -> Long.MIN_VALUE;
				case 17 -> -1L;
				case 19 -> random.nextLong() & 0xFFFFL;
				case 23 -> random.nextLong() | 0xFFFF_0000_0000_0000L;
				default -> random.nextLong();
			};
			if (!seen.add(fingerprint)) {
				expected.add(fingerprint);
			}
			log.add(fingerprint);
		}

		assertThat(log.duplicates()).isEqualTo(expected);
	}

}
