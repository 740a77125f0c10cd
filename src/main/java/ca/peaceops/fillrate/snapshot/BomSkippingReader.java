package ca.peaceops.fillrate.snapshot;

import java.io.FilterReader;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;

/** Drops a leading U+FEFF, which spreadsheets write at the start of UTF-8 files. */
final class BomSkippingReader extends FilterReader {

	BomSkippingReader(Reader in) throws IOException {
		super(skipBom(new PushbackReader(in, 1)));
	}

	private static Reader skipBom(PushbackReader reader) throws IOException {
		int first = reader.read();
		if (first != -1 && first != '\uFEFF') {
			reader.unread(first);
		}
		return reader;
	}

}
