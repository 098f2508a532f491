package org.reformreport.delivery;

import java.util.Locale;

/**
 * Who a message is for and what it carries: a recipient (lower case) and either the leaders' pack
 * or one unit's report (or, in the weekly round, a receipt, a reminder or a notice to the office).
 * Within a month, the same key in a later revision is the same message again.
 */
public record MessageKey(String recipient, Kind kind, String unitCode) {

    public enum Kind {
        /** The district report and the workbook. */
        LEADER,
        /** One unit's own report. */
        UNIT,
        /** The weekly round: a receipt (回执) for one file's rows of one unit, to its liaison. */
        RECEIPT,
        /** The weekly round: a reminder (催报) of a week's missing tally, to a unit's liaison (and head). */
        REMINDER,
        /** The weekly round: to the office itself (a file nobody could be told about, the list of units reminded). */
        OFFICE;

        /** Whether messages of this kind belong to the weekly round, worded when planned, not to a month's run. */
        public boolean weekly() {
            return this == RECEIPT || this == REMINDER || this == OFFICE;
        }
    }

    public MessageKey {
        recipient = normalize(recipient);
        unitCode = unitCode == null ? "" : unitCode;
    }

    public static String normalize(String address) {
        return address.strip().toLowerCase(Locale.ROOT);
    }
}
