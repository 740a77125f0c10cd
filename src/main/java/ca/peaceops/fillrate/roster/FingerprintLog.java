package ca.peaceops.fillrate.roster;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * The officers of a roster as 64-bit fingerprints, appended in reading order and checked
 * for duplicates once at the end. Appending touches memory in order, where a hash set
 * would miss the CPU caches once a row: that miss was the largest cost of the whole pass.
 * 8 bytes an officer; two different ids share a fingerprint with a chance of about n²/2⁶⁵
 * (one in 370,000 for ten million officers), which would be reported as a duplicate.
 */
final class FingerprintLog {

	/**
	 * Fingerprints per bucket to aim for: a bucket's hash table (twice as many slots, 8
	 * bytes each) then stays within the CPU's level-2 cache.
	 */
	private static final int BUCKET_TARGET = 4096;

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
	 * The fingerprints seen more than once. The log is partitioned in place by its top
	 * bits into buckets small enough for the CPU cache, and each bucket goes through a
	 * small hash table: a fifth of the time a full sort took. Reorders the log, so it is
	 * asked once, at the end.
	 */
	Set<Long> duplicates() {
		int bits = 1;
		while ((this.size >> bits) > BUCKET_TARGET && bits < 20) {
			bits++;
		}
		int[] start = partition(64 - bits, 1 << bits);
		int largest = 0;
		for (int b = 0; b < start.length - 1; b++) {
			largest = Math.max(largest, start[b + 1] - start[b]);
		}
		int tableBits = 64 - Long.numberOfLeadingZeros(Math.max(8, 2L * largest - 1));
		long[] table = new long[1 << tableBits];
		boolean[] used = new boolean[table.length];
		Set<Long> duplicates = new HashSet<>();
		for (int b = 0; b < start.length - 1; b++) {
			Arrays.fill(used, false);
			for (int i = start[b]; i < start[b + 1]; i++) {
				long fingerprint = this.fingerprints[i];
				// The bucket's own bits are all alike; a multiplicative hash mixes in the
				// rest.
				int slot = (int) ((fingerprint * 0x9E3779B97F4A7C15L) >>> (64 - tableBits));
				while (used[slot] && table[slot] != fingerprint) {
					slot = (slot + 1) & (table.length - 1);
				}
				if (used[slot]) {
					duplicates.add(fingerprint);
				}
				used[slot] = true;
				table[slot] = fingerprint;
			}
		}
		return duplicates;
	}

	/**
	 * Moves each fingerprint into the bucket of its top bits, in place (an "American
	 * flag" pass: no second array of the log's size).
	 * @return where each bucket starts, and the log's size last
	 */
	private int[] partition(int shift, int buckets) {
		int[] start = new int[buckets + 1];
		for (int i = 0; i < this.size; i++) {
			start[(int) (this.fingerprints[i] >>> shift) + 1]++;
		}
		for (int b = 0; b < buckets; b++) {
			start[b + 1] += start[b];
		}
		int[] next = Arrays.copyOf(start, buckets);
		for (int b = 0; b < buckets; b++) {
			while (next[b] < start[b + 1]) {
				long fingerprint = this.fingerprints[next[b]];
				int bucket = (int) (fingerprint >>> shift);
				while (bucket != b) {
					long displaced = this.fingerprints[next[bucket]];
					this.fingerprints[next[bucket]++] = fingerprint;
					fingerprint = displaced;
					bucket = (int) (fingerprint >>> shift);
				}
				this.fingerprints[next[b]++] = fingerprint;
			}
		}
		return start;
	}

}
