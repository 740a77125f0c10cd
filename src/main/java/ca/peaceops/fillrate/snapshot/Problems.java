package ca.peaceops.fillrate.snapshot;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every problem in one file, so that a clerk fixes them all in one pass instead
 * of one per run. Stops collecting at a limit, since past it the file is most likely of
 * the wrong kind.
 */
public final class Problems {

	static final int LIMIT = 50;

	private final List<InputProblem> problems = new ArrayList<>();

	private int dropped;

	public void add(InputProblem problem) {
		if (this.problems.size() < LIMIT) {
			this.problems.add(problem);
		}
		else {
			this.dropped++;
		}
	}

	boolean isEmpty() {
		return this.problems.isEmpty();
	}

	public void throwIfAny() {
		if (this.problems.isEmpty()) {
			return;
		}
		List<InputProblem> all = new ArrayList<>(this.problems);
		if (this.dropped > 0) {
			InputProblem last = all.get(all.size() - 1);
			all.add(new InputProblem(last.file(), 0, "", "and " + this.dropped + " more problems not shown"));
		}
		throw new BadInputException(all);
	}

}
