/** The month's Excel workbook, written with POI's streaming writer from the summary's read model. */
package org.reformreport.outputs.workbook;
