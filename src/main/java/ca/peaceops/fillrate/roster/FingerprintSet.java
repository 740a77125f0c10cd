package ca.peaceops.fillrate.roster;

/**
 * The officers seen so far, as 64-bit fingerprints in one open-addressing table: 8 bytes
 * an officer and no object per row. Two different ids share a fingerprint with a chance
 * of about n²/2⁶⁵ (one in 370,000 for ten million officers); that would be reported as a
 * duplicate.
 */
final class FingerprintSet {

	private long[] slots;

	private int size;

	/**
	 * Filled to at most this fraction: probes stay short, and ten million fit in 2²⁴
	 * slots.
	 */
	private static final double LOAD = 0.8;

	/**
	 * @param expected the number of entries to size for, so that a roster never resizes
	 */
	FingerprintSet(long expected) {
		long wanted = Math.max(16, (long) (expected / LOAD) + 1);
		this.slots = new long[(int) Math.min(1 << 30, Long.highestOneBit(wanted - 1) << 1)];
	}

	/**
	 * @return false if the fingerprint was already there
	 */
	boolean add(long fingerprint) {
		long key = (fingerprint == 0) ? 1 : fingerprint;
		if (this.size >= this.slots.length * LOAD) {
			grow();
		}
		int mask = this.slots.length - 1;
		for (int i = (int) mix(key) & mask;; i = (i + 1) & mask) {
			if (this.slots[i] == 0) {
				this.slots[i] = key;
				this.size++;
				return true;
			}
			if (this.slots[i] == key) {
				return false;
			}
		}
	}

	private void grow() {
		long[] old = this.slots;
		this.slots = new long[old.length * 2];
		this.size = 0;
		for (long key : old) {
			if (key != 0) {
				add(key);
			}
		}
	}

	private static long mix(long key) {
		long h = key * 0x9E3779B97F4A7C15L;
		return h ^ (h >>> 32);
	}

}
