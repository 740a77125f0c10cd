package ca.peaceops.fillrate.roster;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * The officers of a roster as 64-bit fingerprints, appended in reading order and sorted
 * once at the end to find any listed twice. Appending touches memory in order, where a
 * hash set would miss the CPU caches once a row: that miss was the largest cost of the
 * whole pass. 8 bytes an officer; two different ids share a fingerprint with a chance of
 * about n²/2⁶⁵ (one in 370,000 for ten million officers), which would be reported as a
 * duplicate.
 */
final class FingerprintLog {

	private long[] fingerprints;

	private int size;

	/**
	 * @param expected the number of officers to size for, so that a roster rarely grows
	 * the log
	 */
	FingerprintLog(long expected) {
		this.fingerprints = new long[(int) Math.min(Integer.MAX_VALUE - 8, Math.max(16, expected))];
	}

	void add(long fingerprint) {
		if (this.size == this.fingerprints.length) {
			this.fingerprints = Arrays.copyOf(this.fingerprints,
					(int) Math.min(Integer.MAX_VALUE - 8, this.size + (this.size >> 1) + 16L));
		}
		this.fingerprints[this.size++] = fingerprint;
	}

	/**
	 * The fingerprints seen more than once; sorts the log, so it is asked once, at the
	 * end.
	 */
	Set<Long> duplicates() {
		Arrays.sort(this.fingerprints, 0, this.size);
		Set<Long> duplicates = new HashSet<>();
		for (int i = 1; i < this.size; i++) {
			if (this.fingerprints[i] == this.fingerprints[i - 1]) {
				duplicates.add(this.fingerprints[i]);
			}
		}
		return duplicates;
	}

}
