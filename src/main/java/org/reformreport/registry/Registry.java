package org.reformreport.registry;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reformreport.calendar.ReportMonth;

/** The units and reform tasks a run works with, looked up by code. */
public final class Registry {

    private final Map<String, Unit> units;
    private final Map<String, ReformTask> tasks;

    public Registry(Collection<Unit> units, Collection<ReformTask> tasks) {
        Map<String, Unit> u = new LinkedHashMap<>();
        units.forEach(unit -> u.put(codeKey(unit.code()), unit));
        Map<String, ReformTask> t = new LinkedHashMap<>();
        tasks.forEach(task -> t.put(codeKey(task.code()), task));
        this.units = Collections.unmodifiableMap(u);
        this.tasks = Collections.unmodifiableMap(t);
    }

    /** Looks a unit up by code as a liaison may type it (case and full-width digits do not matter). */
    public Optional<Unit> unit(String code) {
        return Optional.ofNullable(units.get(codeKey(code)));
    }

    public Optional<ReformTask> task(String code) {
        return Optional.ofNullable(tasks.get(codeKey(code)));
    }

    /**
     * The key codes are compared by: full-width forms folded (ＦＧＪ → FGJ), blanks trimmed, upper
     * case. MySQL's default collations compare this way too, so H2 and MySQL agree.
     */
    public static String codeKey(String code) {
        return code == null
                ? ""
                : java.text.Normalizer.normalize(code, java.text.Normalizer.Form.NFKC)
                        .strip()
                        .toUpperCase(java.util.Locale.ROOT);
    }

    public Collection<Unit> units() {
        return units.values();
    }

    public Collection<ReformTask> tasks() {
        return tasks.values();
    }

    public List<Unit> unitsActiveIn(ReportMonth month) {
        return units.values().stream().filter(u -> u.isActiveIn(month)).toList();
    }

    /** A hash of everything the intake's rules look up, to tell whether the registry changed. */
    public String fingerprint() {
        StringBuilder sb = new StringBuilder();
        units.values().stream()
                .map(Unit::code)
                .sorted()
                .forEach(c -> sb.append("U:").append(c).append('\n'));
        tasks.values().stream()
                .sorted(java.util.Comparator.comparing(ReformTask::code))
                .forEach(t -> sb.append("T:")
                        .append(t.code())
                        .append('|')
                        .append(t.leadUnitCode())
                        .append('|')
                        .append(String.join(
                                ",", t.participantCodes().stream().sorted().toList()))
                        .append('\n'));
        try {
            return java.util.HexFormat.of()
                    .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                            .digest(sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
