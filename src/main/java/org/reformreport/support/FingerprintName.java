package org.reformreport.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The name a record is fingerprinted under ({@link ContentFingerprint}). It stays when the class is
 * renamed or moved, so a refactoring does not change the fingerprints stored for published reports
 * (and the next re-run does not mail every recipient a 【更正】). Records that existed before the
 * names were introduced keep the class names they had then.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface FingerprintName {
    String value();
}
