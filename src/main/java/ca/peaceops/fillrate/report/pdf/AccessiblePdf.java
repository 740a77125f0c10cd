package ca.peaceops.fillrate.report.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.xml.xmp.DublinCoreSchema;
import com.lowagie.text.xml.xmp.XmpSchema;
import com.lowagie.text.xml.xmp.XmpWriter;

/**
 * What makes the document a PDF/UA-1 one besides its tags: it says it is tagged, shows
 * its title rather than its file name in the reader's window, and identifies itself as
 * PDF/UA in its XMP metadata, with the title there too.
 */
final class AccessiblePdf {

	private AccessiblePdf() {
	}

	/** Before the document opens. */
	static void prepare(PdfWriter writer, String title, Locale locale) {
		writer.setPdfVersion(PdfWriter.VERSION_1_7);
		writer.setTagged();
		writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
		writer.setXmpMetadata(xmp(title, locale));
	}

	private static byte[] xmp(String title, Locale locale) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (XmpWriter xmp = new XmpWriter(out)) {
			DublinCoreSchema dc = new DublinCoreSchema();
			dc.addTitle(title);
			xmp.addRdfDescription(dc);
			xmp.addRdfDescription(new PdfUaSchema());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** ISO 14289-1's identification schema: {@code pdfuaid:part} 1. */
	private static final class PdfUaSchema extends XmpSchema {

		PdfUaSchema() {
			super("xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"");
			setProperty("pdfuaid:part", "1");
		}

	}

}
