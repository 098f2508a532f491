/**
 * The district and unit reports as PDF/A in the official layout (GB/T 9704): page, fonts and their
 * fallbacks, title lines, charts, the narrative from templates, report file names.
 */
package org.reformreport.outputs.document;
