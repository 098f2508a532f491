/**
 * Reading one form file within limits: streaming xlsx (bounded shared strings, sheet XML) and CSV
 * in the encodings liaisons send, cells formatted as a liaison typed them.
 */
package org.reformreport.intake.read;
