package ca.peaceops.fillrate.snapshot;

/**
 * Where a record sits in its file, so that a problem with one of its fields names the
 * right line.
 */
public interface Where {

	InputProblem problem(String field, String message);

}
