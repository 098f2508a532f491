package org.reformreport.outputs.document;

import com.itextpdf.commons.datastructures.Tuple2;
import com.itextpdf.io.font.TrueTypeFont;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A TrueType face whose per-document subsets carry only what a PDF's CID font needs. iText keeps the
 * glyphs a document uses but copies the face's whole {@code hmtx} (4 bytes for each of Zen Hei's 45,000
 * glyphs, ~30 KB compressed) and {@code cmap} (~18 KB for AR PL SungtiL GB's) into every subset; a PDF
 * reaches glyphs by CID (Identity CIDToGIDMap) and takes widths from /W, so here the metrics of the
 * glyphs left out are zeroed (they compress to nothing) and the cmap shrinks to an empty Unicode table.
 * The glyphs kept, their metrics and the widths in the PDF are iText's own, unchanged.
 */
final class TrimmedTrueType extends TrueTypeFont {

    /** The face's own file, its tables, and where each glyph's outline lies in glyf (loca, in bytes). */
    private final byte[] sfnt;

    private final List<Table> tables;
    private final int[] glyphOffsets;
    private final boolean shortLoca;
    private final int horizontalMetrics;

    private TrimmedTrueType(byte[] sfnt) throws IOException {
        super(sfnt);
        this.sfnt = sfnt;
        ByteBuffer b = ByteBuffer.wrap(sfnt);
        this.tables = tables(b, 0);
        Table head = find(tables, "head");
        Table maxp = find(tables, "maxp");
        Table hhea = find(tables, "hhea");
        Table loca = find(tables, "loca");
        if (head == null
                || maxp == null
                || hhea == null
                || loca == null
                || find(tables, "glyf") == null
                || find(tables, "hmtx") == null) {
            this.glyphOffsets = null;
            this.shortLoca = false;
            this.horizontalMetrics = 0;
            return;
        }
        this.shortLoca = b.getShort(head.offset() + 50) == 0;
        this.horizontalMetrics = b.getShort(hhea.offset() + 34) & 0xFFFF;
        int glyphs = b.getShort(maxp.offset() + 4) & 0xFFFF;
        int[] offsets = new int[glyphs + 1];
        for (int g = 0; g <= glyphs; g++) {
            offsets[g] = shortLoca ? (b.getShort(loca.offset() + 2 * g) & 0xFFFF) * 2 : b.getInt(loca.offset() + 4 * g);
        }
        this.glyphOffsets = offsets;
    }

    /**
     * The face, or for a collection (.ttc) face {@code index} taken out as a font file of its own, or
     * null when its outlines are not TrueType (CFF: left to iText as it is).
     */
    static TrimmedTrueType of(byte[] file, int index) throws IOException {
        byte[] sfnt = isCollection(file) ? face(file, index) : file;
        int version = ByteBuffer.wrap(sfnt).getInt(0);
        if (version != 0x00010000 && version != 0x74727565 /* 'true' */) {
            return null;
        }
        return new TrimmedTrueType(sfnt);
    }

    /**
     * The subset a document embeds, as iText's subsetter makes it and then trimmed, but cut from
     * the face's bytes at once: iText copies the metrics of every glyph up to the highest one used a
     * byte at a time through a synchronised source, for each of a report's three faces, and that was
     * a third of a unit report's time.
     */
    @Override
    public Tuple2<Integer, byte[]> subset(Set<Integer> glyphs, boolean subset) {
        if (!subset) {
            return super.subset(glyphs, false);
        }
        Tuple2<Integer, byte[]> own = glyphOffsets == null ? null : cut(glyphs);
        return own != null ? own : itextSubsetTrimmed(glyphs);
    }

    /** iText's own subset, trimmed: what {@link #cut} makes without iText (and where it cannot). */
    Tuple2<Integer, byte[]> itextSubsetTrimmed(Set<Integer> glyphs) {
        Tuple2<Integer, byte[]> font = super.subset(glyphs, true);
        return new Tuple2<>(font.getFirst(), trim(font.getSecond(), glyphs));
    }

    /** The tables iText's subsetter keeps, in the order it writes them. */
    private static final List<String> SUBSET_TABLES =
            List.of("cvt ", "fpgm", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "prep", "cmap", "OS/2");

    /**
     * The glyphs used, .notdef and every component of a composite glyph, with the face's tables cut
     * down to them as iText's subsetter cuts them: glyf and loca up to the highest glyph, maxp's and
     * (when it had more) hhea's glyph counts, hmtx up to the highest glyph; then trimmed. Null when the
     * face does not read as expected (a glyph beyond loca, a composite running off its data).
     */
    Tuple2<Integer, byte[]> cut(Set<Integer> used) {
        int glyphCount = glyphOffsets.length - 1;
        java.util.BitSet flat = new java.util.BitSet(glyphCount);
        java.util.ArrayDeque<Integer> todo = new java.util.ArrayDeque<>(used);
        todo.add(0);
        Table glyf = find(tables, "glyf");
        ByteBuffer b = ByteBuffer.wrap(sfnt);
        while (!todo.isEmpty()) {
            int gid = todo.poll();
            if (gid < 0 || gid >= glyphCount) {
                return null;
            }
            if (flat.get(gid)) {
                continue;
            }
            flat.set(gid);
            int from = glyf.offset() + glyphOffsets[gid];
            int to = glyf.offset() + glyphOffsets[gid + 1];
            if (to - from >= 10 && b.getShort(from) < 0) {
                if (!components(b, from + 10, to, todo)) {
                    return null;
                }
            }
        }
        int maxGid = flat.length() - 1;
        List<Table> kept = new ArrayList<>();
        List<byte[]> data = new ArrayList<>();
        for (String tag : SUBSET_TABLES) {
            Table t = find(tables, tag);
            if (t == null) {
                continue;
            }
            byte[] bytes = switch (tag) {
                case "glyf" -> glyphData(flat, glyf);
                case "loca" -> loca(flat, maxGid);
                case "maxp" -> withShort(t, 4, maxGid + 1);
                case "hhea" -> horizontalMetrics > maxGid + 1 ? withShort(t, 34, maxGid + 1) : copy(t);
                case "hmtx" -> metrics(t, flat, maxGid);
                default -> copy(t);
            };
            kept.add(new Table(tag, 0, bytes.length));
            data.add(bytes);
        }
        return new Tuple2<>(maxGid + 1, trimmed(0x00010000, kept, data, used));
    }

    /** Adds a composite glyph's components to {@code todo}; false when its data ends before its components do. */
    private static boolean components(ByteBuffer b, int at, int end, java.util.Deque<Integer> todo) {
        while (true) {
            if (at + 4 > end) {
                return false;
            }
            int flags = b.getShort(at) & 0xFFFF;
            todo.add(b.getShort(at + 2) & 0xFFFF);
            if ((flags & 0x20) == 0) { // MORE_COMPONENTS
                return true;
            }
            at += 4 + ((flags & 0x01) != 0 ? 4 : 2); // ARG_1_AND_2_ARE_WORDS
            if ((flags & 0x08) != 0) { // WE_HAVE_A_SCALE
                at += 2;
            } else if ((flags & 0x40) != 0) { // WE_HAVE_AN_X_AND_Y_SCALE
                at += 4;
            } else if ((flags & 0x80) != 0) { // WE_HAVE_A_TWO_BY_TWO
                at += 8;
            }
        }
    }

    private byte[] glyphData(java.util.BitSet flat, Table glyf) {
        int size = 0;
        for (int g = flat.nextSetBit(0); g >= 0; g = flat.nextSetBit(g + 1)) {
            size += glyphOffsets[g + 1] - glyphOffsets[g];
        }
        byte[] out = new byte[size];
        int at = 0;
        for (int g = flat.nextSetBit(0); g >= 0; g = flat.nextSetBit(g + 1)) {
            int length = glyphOffsets[g + 1] - glyphOffsets[g];
            System.arraycopy(sfnt, glyf.offset() + glyphOffsets[g], out, at, length);
            at += length;
        }
        return out;
    }

    private byte[] loca(java.util.BitSet flat, int maxGid) {
        ByteBuffer out = ByteBuffer.allocate((maxGid + 2) * (shortLoca ? 2 : 4));
        int offset = 0;
        for (int g = 0; g <= maxGid + 1; g++) {
            if (shortLoca) {
                out.putShort((short) (offset / 2));
            } else {
                out.putInt(offset);
            }
            if (g <= maxGid && flat.get(g)) {
                offset += glyphOffsets[g + 1] - glyphOffsets[g];
            }
        }
        return out.array();
    }

    /** hmtx for glyphs 0 to maxGid: the long metrics as the face has them, the side bearings of the glyphs kept. */
    private byte[] metrics(Table hmtx, java.util.BitSet flat, int maxGid) {
        int longMetrics = Math.min(horizontalMetrics, maxGid + 1);
        byte[] out = new byte[4 * longMetrics + 2 * Math.max(0, maxGid + 1 - horizontalMetrics)];
        System.arraycopy(sfnt, hmtx.offset(), out, 0, 4 * longMetrics);
        for (int g = horizontalMetrics; g <= maxGid; g++) {
            if (flat.get(g)) {
                int from = hmtx.offset() + 4 * horizontalMetrics + 2 * (g - horizontalMetrics);
                int to = 4 * longMetrics + 2 * (g - horizontalMetrics);
                System.arraycopy(sfnt, from, out, to, 2);
            }
        }
        return out;
    }

    private byte[] copy(Table t) {
        byte[] bytes = new byte[t.length()];
        System.arraycopy(sfnt, t.offset(), bytes, 0, t.length());
        return bytes;
    }

    private byte[] withShort(Table t, int at, int value) {
        byte[] bytes = copy(t);
        ByteBuffer.wrap(bytes).putShort(at, (short) value);
        return bytes;
    }

    static boolean isCollection(byte[] file) {
        return file.length > 12 && file[0] == 't' && file[1] == 't' && file[2] == 'c' && file[3] == 'f';
    }

    private record Table(String tag, int offset, int length) {}

    private static List<Table> tables(ByteBuffer b, int directory) {
        int count = b.getShort(directory + 4) & 0xFFFF;
        List<Table> tables = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int r = directory + 12 + 16 * i;
            byte[] tag = new byte[4];
            b.get(r, tag);
            tables.add(new Table(
                    new String(tag, java.nio.charset.StandardCharsets.ISO_8859_1), b.getInt(r + 8), b.getInt(r + 12)));
        }
        return tables;
    }

    /** Face {@code index} of a collection as a font file of its own (its tables copied out). */
    static byte[] face(byte[] collection, int index) {
        ByteBuffer b = ByteBuffer.wrap(collection);
        int faces = b.getInt(8);
        if (index < 0 || index >= faces) {
            throw new IllegalArgumentException("no face " + index + " in a collection of " + faces);
        }
        int directory = b.getInt(12 + 4 * index);
        List<Table> tables = tables(b, directory);
        List<byte[]> data = new ArrayList<>();
        for (Table t : tables) {
            byte[] bytes = new byte[t.length()];
            b.get(t.offset(), bytes);
            data.add(bytes);
        }
        return assemble(b.getInt(directory), tables, data);
    }

    /** The subset with the metrics of the glyphs it leaves out zeroed and an empty cmap. */
    static byte[] trim(byte[] sfnt, Set<Integer> used) {
        ByteBuffer b = ByteBuffer.wrap(sfnt);
        List<Table> tables = tables(b, 0);
        List<byte[]> data = new ArrayList<>();
        for (Table t : tables) {
            byte[] bytes = new byte[t.length()];
            b.get(t.offset(), bytes);
            data.add(bytes);
        }
        return trimmed(b.getInt(0), tables, data, used);
    }

    /** A font file of these tables, with the metrics of glyphs neither used nor drawn zeroed and an empty cmap. */
    private static byte[] trimmed(int version, List<Table> tables, List<byte[]> data, Set<Integer> used) {
        byte[] head = dataOf(tables, data, "head");
        byte[] maxp = dataOf(tables, data, "maxp");
        byte[] hhea = dataOf(tables, data, "hhea");
        byte[] hmtx = dataOf(tables, data, "hmtx");
        byte[] loca = dataOf(tables, data, "loca");
        if (head == null || maxp == null || hhea == null || hmtx == null || loca == null) {
            return assemble(version, tables, data);
        }
        boolean longOffsets = ByteBuffer.wrap(head).getShort(50) != 0;
        int glyphs = ByteBuffer.wrap(maxp).getShort(4) & 0xFFFF;
        int metrics = ByteBuffer.wrap(hhea).getShort(34) & 0xFFFF;
        ByteBuffer l = ByteBuffer.wrap(loca);
        ByteBuffer m = ByteBuffer.wrap(hmtx);
        for (int gid = 1; gid < glyphs; gid++) {
            if (used.contains(gid) || hasOutline(l, longOffsets, gid)) {
                continue; // a component of a composite glyph keeps its metrics too
            }
            int at = gid < metrics ? 4 * gid : 4 * metrics + 2 * (gid - metrics);
            if (gid < metrics && at + 4 <= hmtx.length) {
                m.putInt(at, 0);
            } else if (gid >= metrics && at + 2 <= hmtx.length) {
                m.putShort(at, (short) 0);
            }
        }
        List<byte[]> out = new ArrayList<>(data);
        for (int i = 0; i < tables.size(); i++) {
            if (tables.get(i).tag().equals("cmap")) {
                out.set(i, EMPTY_CMAP);
            }
        }
        return assemble(version, tables, out);
    }

    private static byte[] dataOf(List<Table> tables, List<byte[]> data, String tag) {
        for (int i = 0; i < tables.size(); i++) {
            if (tables.get(i).tag().equals(tag)) {
                return data.get(i);
            }
        }
        return null;
    }

    private static boolean hasOutline(ByteBuffer loca, boolean longOffsets, int gid) {
        if (longOffsets) {
            int at = 4 * gid;
            return at + 8 <= loca.capacity() && loca.getInt(at + 4) != loca.getInt(at);
        }
        int at = 2 * gid;
        return at + 4 <= loca.capacity() && loca.getShort(at + 2) != loca.getShort(at);
    }

    /** A cmap with one Unicode (3,1) format 4 subtable mapping nothing (its one closing segment). */
    private static final byte[] EMPTY_CMAP = {
        0,
        0,
        0,
        1, // version, one subtable
        0,
        3,
        0,
        1,
        0,
        0,
        0,
        12, // Windows Unicode BMP, at 12
        0,
        4,
        0,
        24,
        0,
        0, // format 4, length 24, language
        0,
        2,
        0,
        2,
        0,
        0,
        0,
        0, // segCountX2 1 segment, searchRange, entrySelector, rangeShift
        (byte) 0xFF,
        (byte) 0xFF,
        0,
        0, // endCode 0xFFFF, reservedPad
        (byte) 0xFF,
        (byte) 0xFF, // startCode
        0,
        1, // idDelta
        0,
        0 // idRangeOffset
    };

    private static Table find(List<Table> tables, String tag) {
        return tables.stream().filter(t -> t.tag().equals(tag)).findFirst().orElse(null);
    }

    /** A font file of these tables, 4-byte aligned, with their checksums and head's adjustment. */
    private static byte[] assemble(int version, List<Table> tables, List<byte[]> data) {
        int count = tables.size();
        int size = 12 + 16 * count;
        for (byte[] d : data) {
            size += (d.length + 3) & ~3;
        }
        ByteBuffer out = ByteBuffer.allocate(size);
        int power = Integer.highestOneBit(Math.max(1, count));
        out.putInt(version)
                .putShort((short) count)
                .putShort((short) (power * 16))
                .putShort((short) Integer.numberOfTrailingZeros(power))
                .putShort((short) (count * 16 - power * 16));
        int offset = 12 + 16 * count;
        int headAt = -1;
        for (int i = 0; i < count; i++) {
            byte[] d = data.get(i);
            if (tables.get(i).tag().equals("head") && d.length >= 12) {
                ByteBuffer.wrap(d).putInt(8, 0); // checkSumAdjustment is computed over the whole file
                headAt = offset;
            }
            out.put(tables.get(i).tag().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))
                    .putInt(checksum(d, 0, d.length))
                    .putInt(offset)
                    .putInt(d.length);
            out.put(offset, d);
            offset += (d.length + 3) & ~3;
        }
        byte[] file = out.array();
        if (headAt >= 0) {
            ByteBuffer.wrap(file).putInt(headAt + 8, 0xB1B0AFBA - checksum(file, 0, file.length));
        }
        return file;
    }

    private static int checksum(byte[] d, int from, int length) {
        int sum = 0;
        for (int i = from; i < from + length; i += 4) {
            int word = 0;
            for (int k = 0; k < 4; k++) {
                word = (word << 8) | (i + k < from + length ? d[i + k] & 0xFF : 0);
            }
            sum += word;
        }
        return sum;
    }
}
