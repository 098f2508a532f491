package org.reformreport.delivery;

import java.util.Locale;

/**
 * Who a message is for and what it carries: a recipient (lower case) and either the leaders' pack
 * or one unit's report. Within a month, the same key in a later revision is the same message again.
 */
public record MessageKey(String recipient, Kind kind, String unitCode) {

    public enum Kind {
        /** The district report and the workbook. */
        LEADER,
        /** One unit's own report. */
        UNIT
    }

    public MessageKey {
        recipient = normalize(recipient);
        unitCode = unitCode == null ? "" : unitCode;
    }

    public static String normalize(String address) {
        return address.strip().toLowerCase(Locale.ROOT);
    }
}
