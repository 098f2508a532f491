package org.reformreport.support;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A SHA-256 over what a document says rather than over its bytes: a PDF or xlsx made twice from
 * the same figures differs in its timestamps and ids, and a re-run must not mail a report again
 * for that. Records are taken apart component by component, maps in key order, BigDecimals by
 * value (2.50 = 2.5); every token is length-prefixed, so no two different contents run together.
 * A record is tagged with its {@link FingerprintName}, not its class name, so moving or renaming a
 * class leaves stored fingerprints valid; renaming a component or an enum constant does change them
 * (ContentFingerprintTest pins a fixed model's fingerprint to catch that).
 */
public final class ContentFingerprint {

    private final MessageDigest digest;

    public ContentFingerprint() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String of(@Nullable Object... parts) {
        ContentFingerprint f = new ContentFingerprint();
        for (Object part : parts) {
            f.add(part);
        }
        return f.hex();
    }

    public ContentFingerprint add(@Nullable Object value) {
        if (value == null) {
            token("0", "");
        } else if (value instanceof Record r) {
            token("R", nameOf(r.getClass()));
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                token("C", c.getName());
                add(component(r, c));
            }
            token(")", "");
        } else if (value instanceof Map<?, ?> m) {
            List<Map.Entry<String, Object>> entries = new ArrayList<>();
            m.forEach((k, v) -> entries.add(Map.entry(String.valueOf(k), v == null ? "" : v)));
            entries.sort(Map.Entry.comparingByKey());
            token("M", Integer.toString(entries.size()));
            for (Map.Entry<String, Object> e : entries) {
                token("K", e.getKey());
                add(e.getValue());
            }
        } else if (value instanceof Collection<?> c) {
            token("L", Integer.toString(c.size()));
            c.forEach(this::add);
        } else if (value instanceof BigDecimal d) {
            token("D", d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString());
        } else if (value instanceof int[] a) {
            token("I", java.util.Arrays.toString(a));
        } else if (value instanceof Object[] a) {
            add(List.of(a));
        } else {
            token("S", value.toString());
        }
        return this;
    }

    /** The record's stable name; a record without one is refused, so no class name slips into a fingerprint. */
    static String nameOf(Class<?> record) {
        FingerprintName name = record.getAnnotation(FingerprintName.class);
        if (name == null) {
            throw new IllegalArgumentException(record.getName() + " is fingerprinted but has no @FingerprintName");
        }
        return name.value();
    }

    public String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }

    private void token(String type, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        digest.update(type.getBytes(StandardCharsets.US_ASCII));
        digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) ':');
        digest.update(bytes);
    }

    private static Object component(Record r, RecordComponent c) {
        try {
            java.lang.reflect.Method accessor = c.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(
                    "cannot read " + c.getName() + " of " + r.getClass().getName(), e);
        }
    }
}
