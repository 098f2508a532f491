/**
 * A run's staged outputs checked, listed in manifest.json and swapped into place as the month's
 * folder, the previous revision kept in history.
 */
@NullMarked
package org.reformreport.publish;

import org.jspecify.annotations.NullMarked;
