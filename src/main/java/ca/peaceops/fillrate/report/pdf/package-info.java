/** The managers' PDF report. The only package that knows OpenPDF. */
package ca.peaceops.fillrate.report.pdf;
