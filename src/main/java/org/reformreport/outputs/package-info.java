/** What an output step records of a file it staged (path, kind, content fingerprint), for publish and delivery. */
@NullMarked
package org.reformreport.outputs;

import org.jspecify.annotations.NullMarked;
