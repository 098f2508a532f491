/**
 * The inbox read into stored rows: the inbox walk, each file imported once by sha256, form rows
 * parsed and validated with reasons a liaison understands, corrections superseding earlier rows.
 */
package org.reformreport.intake;
