package ca.peaceops.fillrate.snapshot;

/**
 * One thing wrong with an input file, located for the clerk who has to fix it.
 *
 * @param file the file as the user named it
 * @param line the 1-based line, or 0 when the problem has no line (an empty file)
 * @param path the JSON pointer or CSV column of the value, or empty
 * @param message what is wrong and what was expected
 */
public record InputProblem(String file, int line, String path, String message) {

	@Override
	public String toString() {
		StringBuilder text = new StringBuilder(this.file);
		if (this.line > 0) {
			text.append(':').append(this.line);
		}
		text.append(": ");
		if (!this.path.isEmpty()) {
			text.append(this.path).append(": ");
		}
		return text.append(this.message).toString();
	}

}
