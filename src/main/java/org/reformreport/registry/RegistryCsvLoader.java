package org.reformreport.registry;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.reformreport.calendar.ReportMonth;
import org.reformreport.support.EmailAddresses;

/**
 * Loads and validates job-config/units.csv and job-config/reform-tasks.csv. Columns are matched by
 * header name; every broken line is collected so the administrator can fix them all in one go.
 */
public final class RegistryCsvLoader {

    public static final String UNITS_FILE = "units.csv";
    public static final String TASKS_FILE = "reform-tasks.csv";
    /** Who receives the district report and workbook; optional (no file, no leader mail). */
    public static final String LEADERS_FILE = "leaders.csv";

    /** The width of registry_unit.parent_code: a unit's code or a short name of the body above. */
    private static final int MAX_PARENT = 32;
    /**
     * The widest text each stored column takes (registry_unit, registry_task, mail_outbox); a longer
     * value is a line to fix, said in the file's own words, not an SQL error at the snapshot.
     */
    private static final Map<String, Integer> UNIT_WIDTHS =
            orderedWidths("单位名称", 200, "单位类型", 100, "联络员", 100, "联络员电话", 50, "联络员邮箱", 320, "负责人", 100, "负责人邮箱", 320);

    private static final Map<String, Integer> TASK_WIDTHS = orderedWidths("任务名称", 500, "领衔领导", 200);
    private static final Map<String, Integer> LEADER_WIDTHS = orderedWidths("姓名", 200, "职务", 200, "邮箱", 320);
    private static final Pattern UNIT_CODE = Pattern.compile("[A-Za-z0-9_-]{1,32}");
    private static final Pattern PARTICIPANT_SEPARATORS = Pattern.compile("[;；、]");
    private static final Pattern MONTH_TEXT = Pattern.compile("\\d{4}-\\d{2}");

    /** The registry plus what is wrong but does not stop a run (e.g. a malformed email address). */
    public record Loaded(Registry registry, List<RegistryProblem> warnings) {}

    public Loaded load(Path configDir) {
        List<RegistryProblem> errors = new ArrayList<>();
        List<RegistryProblem> warnings = new ArrayList<>();
        List<Unit> units = readUnits(configDir.resolve(UNITS_FILE), errors, warnings);
        Map<String, Unit> unitsByCode = new HashMap<>();
        units.forEach(u -> unitsByCode.put(Registry.codeKey(u.code()), u));
        List<ReformTask> tasks = readTasks(configDir.resolve(TASKS_FILE), unitsByCode, errors);
        if (!errors.isEmpty()) {
            throw new RegistryException(errors);
        }
        return new Loaded(new Registry(units, tasks), warnings);
    }

    /**
     * The leaders from leaders.csv (姓名, 职务, 邮箱). A missing file means no leader mail; a malformed
     * or repeated address is an error, since that leader would silently go without the report.
     */
    public List<Leader> loadLeaders(Path configDir) {
        Path file = configDir.resolve(LEADERS_FILE);
        List<Leader> leaders = new ArrayList<>();
        if (!Files.exists(file)) {
            return leaders;
        }
        List<RegistryProblem> errors = new ArrayList<>();
        Map<String, Long> lineOfEmail = new HashMap<>();
        try (CSVParser parser = open(file, LEADERS_FILE, errors, List.of("姓名", "邮箱"))) {
            if (parser != null) {
                for (CSVRecord record : parser) {
                    long line = record.getRecordNumber() + 1;
                    if (isBlankRecord(record)) {
                        continue;
                    }
                    String name = get(record, "姓名");
                    String email = get(record, "邮箱");
                    String key = email.toLowerCase(java.util.Locale.ROOT);
                    List<String> tooLong = new ArrayList<>();
                    checkWidths(record, LEADER_WIDTHS, tooLong);
                    if (name.isEmpty()) {
                        errors.add(new RegistryProblem(LEADERS_FILE, line, "姓名为空"));
                    } else if (!tooLong.isEmpty()) {
                        tooLong.forEach(r -> errors.add(new RegistryProblem(LEADERS_FILE, line, r)));
                    } else if (!EmailAddresses.isAddress(email)) {
                        errors.add(new RegistryProblem(
                                LEADERS_FILE, line, email.isEmpty() ? "邮箱为空" : "邮箱(" + email + ")不是有效的邮箱地址"));
                    } else if (lineOfEmail.containsKey(key)) {
                        errors.add(new RegistryProblem(
                                LEADERS_FILE, line, "邮箱 " + email + " 重复（第" + lineOfEmail.get(key) + "行已有）"));
                    } else {
                        lineOfEmail.put(key, line);
                        leaders.add(new Leader(name, get(record, "职务"), email));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            errors.add(new RegistryProblem(LEADERS_FILE, 0, "无法读取：" + e.getMessage()));
        }
        if (!errors.isEmpty()) {
            throw new RegistryException(errors);
        }
        return leaders;
    }

    private List<Unit> readUnits(Path file, List<RegistryProblem> errors, List<RegistryProblem> warnings) {
        String name = UNITS_FILE;
        List<Unit> units = new ArrayList<>();
        Map<String, Long> lineOfCode = new HashMap<>();
        try (CSVParser parser = open(file, name, errors, List.of("单位编码", "单位名称", "单位类型"))) {
            if (parser == null) {
                return units;
            }
            for (CSVRecord record : parser) {
                long line = record.getRecordNumber() + 1;
                if (isBlankRecord(record)) {
                    continue;
                }
                List<String> reasons = new ArrayList<>();
                String code = get(record, "单位编码");
                if (code.isEmpty()) {
                    reasons.add("单位编码为空");
                } else if (!UNIT_CODE.matcher(code).matches()) {
                    reasons.add("单位编码(" + code + ")只能由1至32位字母、数字、-或_组成");
                } else if (lineOfCode.containsKey(Registry.codeKey(code))) {
                    reasons.add("单位编码 " + code + " 重复（第" + lineOfCode.get(Registry.codeKey(code)) + "行已有）");
                }
                String unitName = get(record, "单位名称");
                if (unitName.isEmpty()) {
                    reasons.add("单位名称为空");
                }
                String group = get(record, "单位类型");
                if (group.isEmpty()) {
                    reasons.add("单位类型为空");
                }
                ReportMonth from = month(record, "启用月份", reasons);
                ReportMonth until = month(record, "停用月份", reasons);
                if (from != null && until != null && until.isBefore(from)) {
                    reasons.add("停用月份(" + until + ")早于启用月份(" + from + ")");
                }
                String parent = get(record, "上级单位编码");
                if (parent.length() > MAX_PARENT) {
                    reasons.add("上级单位编码(" + parent + ")不能超过" + MAX_PARENT + "个字符");
                }
                checkWidths(record, UNIT_WIDTHS, reasons);
                String liaisonEmail = get(record, "联络员邮箱");
                String headEmail = get(record, "负责人邮箱");
                checkEmail(name, line, "联络员邮箱", liaisonEmail, warnings);
                checkEmail(name, line, "负责人邮箱", headEmail, warnings);
                if (!reasons.isEmpty()) {
                    reasons.forEach(r -> errors.add(new RegistryProblem(name, line, r)));
                    continue;
                }
                lineOfCode.put(Registry.codeKey(code), line);
                units.add(new Unit(
                        code,
                        unitName,
                        group,
                        parent.isEmpty() ? null : parent,
                        get(record, "联络员"),
                        get(record, "联络员电话"),
                        liaisonEmail,
                        get(record, "负责人"),
                        headEmail,
                        from,
                        until));
            }
        } catch (IOException | RuntimeException e) {
            errors.add(new RegistryProblem(name, 0, "无法读取：" + e.getMessage()));
        }
        checkParents(units, lineOfCode, errors);
        return units;
    }

    /**
     * 上级单位编码 names another unit or a body that is not itself a reporting unit (the district, a
     * county office): only a cycle among units is an error, reported once per cycle with every unit
     * in it and its line, at the line of the unit that comes first in the file.
     */
    private void checkParents(List<Unit> units, Map<String, Long> lineOfCode, List<RegistryProblem> errors) {
        Map<String, Unit> byKey = new HashMap<>();
        units.forEach(u -> byKey.put(Registry.codeKey(u.code()), u));
        Map<String, String> parentOf = new HashMap<>();
        for (Unit unit : units) {
            if (unit.parentCode() != null && byKey.containsKey(Registry.codeKey(unit.parentCode()))) {
                parentOf.put(Registry.codeKey(unit.code()), Registry.codeKey(unit.parentCode()));
            }
        }
        Set<String> done = new HashSet<>();
        for (Unit unit : units) {
            // Follow the parents from this unit until a unit already walked, a body outside the
            // registry, or a unit seen on this walk: then the walk from there on is a new cycle.
            List<String> path = new ArrayList<>();
            Set<String> onPath = new HashSet<>();
            String code = Registry.codeKey(unit.code());
            while (code != null && !done.contains(code) && onPath.add(code)) {
                path.add(code);
                code = parentOf.get(code);
            }
            if (code != null && onPath.contains(code)) {
                List<String> cycle = path.subList(path.indexOf(code), path.size());
                String first = cycle.stream()
                        .min(java.util.Comparator.comparing(lineOfCode::get))
                        .orElseThrow();
                List<String> named = new ArrayList<>();
                int at = cycle.indexOf(first);
                for (int i = 0; i <= cycle.size(); i++) {
                    String member = cycle.get((at + i) % cycle.size());
                    named.add(
                            byKey.get(member).code() + (i < cycle.size() ? "（第" + lineOfCode.get(member) + "行）" : ""));
                }
                errors.add(new RegistryProblem(
                        UNITS_FILE,
                        lineOfCode.get(first),
                        cycle.size() == 1
                                ? "上级单位编码不能是本单位（" + byKey.get(first).code() + "）"
                                : "上级单位形成循环：" + String.join(" → ", named)));
            }
            done.addAll(path);
        }
    }

    private List<ReformTask> readTasks(Path file, Map<String, Unit> units, List<RegistryProblem> errors) {
        String name = TASKS_FILE;
        List<ReformTask> tasks = new ArrayList<>();
        Map<String, Long> lineOfCode = new HashMap<>();
        try (CSVParser parser = open(file, name, errors, List.of("任务编号", "任务名称", "牵头单位编码", "开始月份", "计划完成月份", "类别"))) {
            if (parser == null) {
                return tasks;
            }
            for (CSVRecord record : parser) {
                long line = record.getRecordNumber() + 1;
                if (isBlankRecord(record)) {
                    continue;
                }
                List<String> reasons = new ArrayList<>();
                String code = get(record, "任务编号");
                if (code.isEmpty()) {
                    reasons.add("任务编号为空");
                } else if (code.length() > 64) {
                    reasons.add("任务编号(" + code + ")超过64个字符");
                } else if (lineOfCode.containsKey(Registry.codeKey(code))) {
                    reasons.add("任务编号 " + code + " 重复（第" + lineOfCode.get(Registry.codeKey(code)) + "行已有）");
                }
                String title = get(record, "任务名称");
                if (title.isEmpty()) {
                    reasons.add("任务名称为空");
                }
                String lead = get(record, "牵头单位编码");
                if (lead.isEmpty()) {
                    reasons.add("牵头单位编码为空");
                } else if (!units.containsKey(Registry.codeKey(lead))) {
                    reasons.add("牵头单位编码 " + lead + " 不在单位名册中");
                } else {
                    lead = units.get(Registry.codeKey(lead)).code();
                }
                Set<String> participants = new LinkedHashSet<>();
                for (String p : PARTICIPANT_SEPARATORS.split(get(record, "配合单位编码"))) {
                    String participant = p.strip();
                    if (participant.isEmpty()) {
                        continue;
                    }
                    Unit unit = units.get(Registry.codeKey(participant));
                    if (unit == null) {
                        reasons.add("配合单位编码 " + participant + " 不在单位名册中");
                    } else {
                        participants.add(unit.code());
                    }
                }
                ReportMonth start = month(record, "开始月份", reasons);
                ReportMonth planned = month(record, "计划完成月份", reasons);
                if (start == null && get(record, "开始月份").isEmpty()) {
                    reasons.add("开始月份为空");
                }
                if (planned == null && get(record, "计划完成月份").isEmpty()) {
                    reasons.add("计划完成月份为空");
                }
                if (start != null && planned != null && planned.isBefore(start)) {
                    reasons.add("计划完成月份(" + planned + ")早于开始月份(" + start + ")");
                }
                checkWidths(record, TASK_WIDTHS, reasons);
                String categoryLabel = get(record, "类别");
                TaskCategory category = TaskCategory.fromLabel(categoryLabel).orElse(null);
                if (category == null) {
                    reasons.add("类别(" + categoryLabel + ")须为重点改革或一般改革");
                }
                if (!reasons.isEmpty()) {
                    reasons.forEach(r -> errors.add(new RegistryProblem(name, line, r)));
                    continue;
                }
                lineOfCode.put(Registry.codeKey(code), line);
                tasks.add(
                        new ReformTask(code, title, get(record, "领衔领导"), lead, participants, start, planned, category));
            }
        } catch (IOException | RuntimeException e) {
            errors.add(new RegistryProblem(name, 0, "无法读取：" + e.getMessage()));
        }
        return tasks;
    }

    /** Opens a registry CSV (UTF-8, BOM allowed) and checks its required headers; null when it cannot be used. */
    private CSVParser open(Path file, String name, List<RegistryProblem> errors, List<String> required)
            throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            errors.add(new RegistryProblem(name, 0, "文件不存在：" + file.toAbsolutePath()));
            return null;
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            errors.add(new RegistryProblem(name, 0, "文件须为UTF-8编码（可在Excel中“另存为 CSV UTF-8”）"));
            return null;
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        Reader reader = new StringReader(text);
        CSVParser parser = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true)
                .setAllowMissingColumnNames(true)
                .get()
                .parse(reader);
        Set<String> headers = new HashSet<>(parser.getHeaderNames());
        List<String> missing =
                required.stream().filter(h -> !headers.contains(h)).toList();
        if (!missing.isEmpty()) {
            errors.add(new RegistryProblem(name, 1, "表头缺少列：" + String.join("、", missing)));
            parser.close();
            return null;
        }
        return parser;
    }

    private static Map<String, Integer> orderedWidths(Object... columnsAndWidths) {
        Map<String, Integer> widths = new java.util.LinkedHashMap<>();
        for (int i = 0; i < columnsAndWidths.length; i += 2) {
            widths.put((String) columnsAndWidths[i], (Integer) columnsAndWidths[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(widths);
    }

    private static void checkWidths(CSVRecord record, Map<String, Integer> widths, List<String> reasons) {
        widths.forEach((column, width) -> {
            int length = get(record, column).length();
            if (length > width) {
                reasons.add(column + "过长（" + length + "个字符，最多" + width + "个）");
            }
        });
    }

    private static ReportMonth month(CSVRecord record, String column, List<String> reasons) {
        String text = get(record, column);
        if (text.isEmpty()) {
            return null;
        }
        if (MONTH_TEXT.matcher(text).matches()) {
            try {
                return new ReportMonth(YearMonth.parse(text));
            } catch (DateTimeParseException e) {
                // falls through to the reason below
            }
        }
        reasons.add(column + "(" + text + ")须为YYYY-MM格式的月份");
        return null;
    }

    private static void checkEmail(
            String file, long line, String column, String value, List<RegistryProblem> warnings) {
        if (!value.isEmpty() && !EmailAddresses.isAddress(value)) {
            warnings.add(new RegistryProblem(file, line, column + "(" + value + ")不是有效的邮箱地址，将不向其发送"));
        }
    }

    private static boolean isBlankRecord(CSVRecord record) {
        for (String value : record) {
            if (value != null && !value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static String get(CSVRecord record, String header) {
        if (!record.isMapped(header) || !record.isSet(header)) {
            return "";
        }
        String value = record.get(header);
        return value == null ? "" : value.strip();
    }
}
