package org.reformreport.support;

import java.util.regex.Pattern;

/** Whether a text is one address mail can be sent to: registries, settings and delivery ask the same question here. */
public final class EmailAddresses {

    private static final Pattern ADDRESS = Pattern.compile("[^@\\s;,]+@[^@\\s;,]+\\.[^@\\s;,]+");

    private EmailAddresses() {}

    /** One address (surrounding blanks ignored); lists, display names and blanks are not. */
    public static boolean isAddress(String value) {
        return value != null && ADDRESS.matcher(value.strip()).matches();
    }
}
