/**
 * What every stage may use and that knows nothing of the month: file hashes, content fingerprints
 * and their stable names, e-mail address checks. Imports nothing of ours.
 */
@NullMarked
package org.reformreport.support;

import org.jspecify.annotations.NullMarked;
