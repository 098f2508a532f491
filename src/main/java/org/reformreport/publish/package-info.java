/**
 * A run's staged outputs checked, listed in manifest.json and swapped into place as the month's
 * folder, the previous revision kept in history.
 */
package org.reformreport.publish;
