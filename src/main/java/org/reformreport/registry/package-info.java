/**
 * Who reports and who reads: units.csv, reform-tasks.csv and leaders.csv read and validated, the
 * units active in a month, unit-code ranges, and the registry snapshot each run keeps.
 */
package org.reformreport.registry;
