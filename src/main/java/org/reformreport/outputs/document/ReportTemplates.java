package org.reformreport.outputs.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The report's sentences from templates/report-text.properties (and the emails' from
 * email-text.properties), UTF-8, with {名称} placeholders. An
 * office edits the file in the templates folder; the copy inside the jar is the fallback.
 */
public final class ReportTemplates {

    public static final String FILE = "report-text.properties";
    /** The email subjects and bodies, in the same form. */
    public static final String EMAIL_FILE = "email-text.properties";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]+)}");

    private final String name;
    private final Properties text;

    private ReportTemplates(String name, Properties text) {
        this.name = name;
        this.text = text;
    }

    public static ReportTemplates load(Path templatesDir) {
        return load(templatesDir, FILE);
    }

    public static ReportTemplates load(Path templatesDir, String name) {
        Properties p = new Properties();
        try {
            Path file = templatesDir.resolve(name);
            if (Files.isRegularFile(file)) {
                try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    p.load(r);
                }
            } else {
                try (InputStream in = ReportTemplates.class.getResourceAsStream("/templates/" + name)) {
                    if (in == null) {
                        throw new IllegalStateException("text template missing: " + file);
                    }
                    p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ReportTemplates(name, p);
    }

    /**
     * The sentence for a key with its placeholders filled; a missing key is a template error. The
     * template is filled in one pass: a value is put in as it is, so a file or unit named
     * "{退回明细}" is shown so, not filled in turn. A placeholder with no value stays as written.
     */
    public String fill(String key, Map<String, ?> values) {
        String template = text.getProperty(key);
        if (template == null) {
            throw new IllegalStateException("templates/" + name + " has no entry " + key);
        }
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder result = new StringBuilder(template.length() + 64);
        while (m.find()) {
            String placeholder = m.group(1);
            m.appendReplacement(
                    result,
                    Matcher.quoteReplacement(
                            values.containsKey(placeholder) ? String.valueOf(values.get(placeholder)) : m.group()));
        }
        m.appendTail(result);
        return result.toString();
    }

    public String get(String key) {
        return fill(key, Map.of());
    }

    /** Every entry as written (placeholders unfilled), by key: to check what the reports will show. */
    public Map<String, String> entries() {
        Map<String, String> entries = new java.util.TreeMap<>();
        text.stringPropertyNames().forEach(k -> entries.put(k, text.getProperty(k)));
        return entries;
    }

    public String name() {
        return name;
    }

    public boolean has(String key) {
        return text.containsKey(key);
    }
}
