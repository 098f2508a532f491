package org.reformreport.demo;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** In-memory model of the demo inbox files, built first so expectations and bytes come from one source. */
final class FormFiles {

    static final String ISO_DATE = "yyyy-mm-dd";
    static final String CN_DATE = "yyyy\"年\"m\"月\"d\"日\"";

    private FormFiles() {}

    /** One cell as a liaison left it; a missing map entry is an empty cell. */
    sealed interface Cell permits Text, Num, Day {}

    record Text(String value) implements Cell {}

    record Num(double value) implements Cell {}

    /** A real date cell shown with the given Excel number format. */
    record Day(LocalDate value, String format) implements Cell {}

    sealed interface DemoFile permits Workbook, Csv, Blob {
        /** Relative to the inbox, '/' separated. */
        String path();

        /** The day the file reached the office: becomes the file's modification time. */
        LocalDate sentOn();
    }

    /** A sheet with optional merged title lines above the header; without a header it is a notes sheet. */
    static final class Sheet {
        final String name;
        final List<String> titles;
        final List<String> header;
        final List<Map<String, Cell>> rows = new ArrayList<>();
        final List<String> notes = new ArrayList<>();

        Sheet(String name, List<String> titles, List<String> header) {
            this.name = name;
            this.titles = List.copyOf(titles);
            this.header = header == null ? null : List.copyOf(header);
        }

        static Sheet notes(String name, List<String> lines) {
            Sheet sheet = new Sheet(name, List.of(), null);
            sheet.notes.addAll(lines);
            return sheet;
        }

        /** Adds a data row and returns its 1-based Excel row number. */
        int add(Map<String, Cell> row) {
            rows.add(row);
            return titles.size() + 1 + rows.size();
        }
    }

    static final class Workbook implements DemoFile {
        private final String path;
        private final LocalDate sentOn;
        final List<Sheet> sheets = new ArrayList<>();

        Workbook(String path, LocalDate sentOn) {
            this.path = path;
            this.sentOn = sentOn;
        }

        @Override
        public String path() {
            return path;
        }

        @Override
        public LocalDate sentOn() {
            return sentOn;
        }
    }

    static final class Csv implements DemoFile {
        private final String path;
        private final LocalDate sentOn;
        final Charset charset;
        final boolean bom;
        final List<String> header;
        final List<Map<String, String>> records = new ArrayList<>();

        Csv(String path, LocalDate sentOn, Charset charset, boolean bom, List<String> header) {
            this.path = path;
            this.sentOn = sentOn;
            this.charset = charset;
            this.bom = bom;
            this.header = List.copyOf(header);
        }

        /** Adds a record and returns its 1-based record number, the header record being 1. */
        int add(Map<String, String> record) {
            records.add(record);
            return records.size() + 1;
        }

        @Override
        public String path() {
            return path;
        }

        @Override
        public LocalDate sentOn() {
            return sentOn;
        }
    }

    /** A file that is not a spreadsheet at all. */
    record Blob(String path, LocalDate sentOn, byte[] bytes) implements DemoFile {}
}
