package ca.peaceops.fillrate.roster;

import java.util.ArrayList;
import java.util.List;

/**
 * A small table of names (mission ids, home services) looked up straight from the
 * parser's buffer, so that reading a row creates no string for a name already seen.
 */
final class CharTable {

	private String[] keys = new String[64];

	private int[] values = new int[64];

	private final List<String> names = new ArrayList<>();

	/**
	 * @return the name's index, or -1 when absent
	 */
	int find(char[] buffer, int offset, int length) {
		int mask = this.keys.length - 1;
		for (int i = hash(buffer, offset, length) & mask;; i = (i + 1) & mask) {
			String key = this.keys[i];
			if (key == null) {
				return -1;
			}
			if (equal(key, buffer, offset, length)) {
				return this.values[i];
			}
		}
	}

	/**
	 * @return the name's index, adding it if absent
	 */
	int findOrAdd(char[] buffer, int offset, int length) {
		int found = find(buffer, offset, length);
		return (found >= 0) ? found : add(new String(buffer, offset, length));
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
		char[] chars = name.toCharArray();
		int mask = this.keys.length - 1;
		int i = hash(chars, 0, chars.length) & mask;
		while (this.keys[i] != null) {
			i = (i + 1) & mask;
		}
		this.keys[i] = name;
		this.values[i] = index;
	}

	private void grow() {
		this.keys = new String[this.keys.length * 2];
		this.values = new int[this.values.length * 2];
		for (int index = 0; index < this.names.size(); index++) {
			put(this.names.get(index), index);
		}
	}

	private static int hash(char[] buffer, int offset, int length) {
		int hash = 0;
		for (int i = offset; i < offset + length; i++) {
			hash = 31 * hash + buffer[i];
		}
		return hash ^ (hash >>> 16);
	}

	private static boolean equal(String key, char[] buffer, int offset, int length) {
		if (key.length() != length) {
			return false;
		}
		for (int i = 0; i < length; i++) {
			if (key.charAt(i) != buffer[offset + i]) {
				return false;
			}
		}
		return true;
	}

}
