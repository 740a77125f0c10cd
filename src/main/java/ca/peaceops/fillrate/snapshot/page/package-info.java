/**
 * The RCMP "Current operations" page, HTML as published or saved as text, in English or
 * French, every layout since 2012: its reader, the words its values are written in
 * ({@code PageWords}), and the importer that merges both languages.
 */
package ca.peaceops.fillrate.snapshot.page;
