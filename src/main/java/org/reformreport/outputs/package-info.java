/** What an output step records of a file it staged (path, kind, content fingerprint), for publish and delivery. */
package org.reformreport.outputs;
