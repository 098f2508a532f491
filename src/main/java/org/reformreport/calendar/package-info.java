/**
 * The reporting calendar: report months, weeks (Monday to Sunday) and the month a week belongs to,
 * and the submission deadline with its grace days. Plain Java.
 */
@NullMarked
package org.reformreport.calendar;

import org.jspecify.annotations.NullMarked;
