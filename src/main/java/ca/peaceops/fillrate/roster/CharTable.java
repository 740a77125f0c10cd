package ca.peaceops.fillrate.roster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A small table of names (mission ids, home services) looked up straight from the
 * parser's buffer, so that reading a row creates no string for a name already seen. Keys
 * are {@link RawText raw}: a name's UTF-8 bytes, one char each.
 */
final class CharTable {

	/**
	 * The names' characters, compared with the buffer by the JDK's vectorised array
	 * comparison.
	 */
	private char[][] keys = new char[64][];

	private int[] values = new int[64];

	private final List<String> names = new ArrayList<>();

	/**
	 * @return the name's index, or -1 when absent
	 */
	int find(char[] buffer, int offset, int length) {
		int mask = this.keys.length - 1;
		for (int i = hash(buffer, offset, length) & mask;; i = (i + 1) & mask) {
			char[] key = this.keys[i];
			if (key == null) {
				return -1;
			}
			if (Arrays.equals(key, 0, key.length, buffer, offset, offset + length)) {
				return this.values[i];
			}
		}
	}

	int add(String name) {
		if (this.names.size() * 2 >= this.keys.length) {
			grow();
		}
		int index = this.names.size();
		this.names.add(name);
		put(name, index);
		return index;
	}

	String name(int index) {
		return this.names.get(index);
	}

	int size() {
		return this.names.size();
	}

	private void put(String name, int index) {
		char[] chars = RawText.of(name);
		int mask = this.keys.length - 1;
		int i = hash(chars, 0, chars.length) & mask;
		while (this.keys[i] != null) {
			i = (i + 1) & mask;
		}
		this.keys[i] = chars;
		this.values[i] = index;
	}

	private void grow() {
		this.keys = new char[this.keys.length * 2][];
		this.values = new int[this.values.length * 2];
		for (int index = 0; index < this.names.size(); index++) {
			put(this.names.get(index), index);
		}
	}

	/**
	 * The length and a few characters: enough to tell a few hundred names apart, and far
	 * cheaper than every character of a long name ("Service de police de la Ville de
	 * Montréal") on every row.
	 */
	private static int hash(char[] buffer, int offset, int length) {
		if (length == 0) {
			return 0;
		}
		int hash = length;
		hash = 31 * hash + buffer[offset];
		hash = 31 * hash + buffer[offset + length - 1];
		hash = 31 * hash + buffer[offset + length / 2];
		hash = 31 * hash + buffer[offset + length / 4];
		hash = 31 * hash + buffer[offset + 3 * length / 4];
		return hash ^ (hash >>> 16);
	}

}
