package ca.peaceops.fillrate.snapshot;

import java.util.List;
import java.util.stream.Collectors;

/** Input that cannot be reported on; each problem is one line a clerk can act on. */
public class BadInputException extends RuntimeException {

	private final List<InputProblem> problems;

	public BadInputException(List<InputProblem> problems) {
		super(problems.stream().map(InputProblem::toString).collect(Collectors.joining("\n")));
		this.problems = List.copyOf(problems);
	}

	public BadInputException(String file, String message) {
		this(List.of(new InputProblem(file, 0, "", message)));
	}

	public List<InputProblem> problems() {
		return this.problems;
	}

}
