package ca.peaceops.fillrate.report.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.verapdf.core.EncryptedPdfException;
import org.verapdf.core.ModelParsingException;
import org.verapdf.core.ValidationException;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF's PDF/UA-1 validation of a file, as its failed rules. */
public final class PdfUa {

	private static final PDFAFlavour UA1 = PDFAFlavour.fromString("ua1");

	static {
		VeraGreenfieldFoundryProvider.initialise();
	}

	private PdfUa() {
	}

	/** Each failed check as "rule clause-test: what it says", once per rule. */
	public static List<String> failures(Path pdf) {
		try (InputStream in = Files.newInputStream(pdf);
				PDFAParser parser = Foundries.defaultInstance().createParser(in, UA1);
				PDFAValidator validator = Foundries.defaultInstance().createValidator(UA1, false)) {
			ValidationResult result = validator.validate(parser);
			return result.getTestAssertions()
				.stream()
				.filter((assertion) -> assertion.getStatus() == TestAssertion.Status.FAILED)
				.map((assertion) -> assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber()
						+ ": " + assertion.getMessage())
				.distinct()
				.toList();
		}
		catch (IOException | ModelParsingException | EncryptedPdfException | ValidationException ex) {
			throw new IllegalStateException("veraPDF cannot validate " + pdf + ": " + ex.getMessage(), ex);
		}
		catch (Exception ex) {
			throw new IllegalStateException("veraPDF cannot validate " + pdf + ": " + ex.getMessage(), ex);
		}
	}

	public static void main(String[] args) {
		for (String file : args) {
			System.out.println(file + ": " + failures(Path.of(file)));
		}
	}

}
