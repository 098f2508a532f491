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

    private TrimmedTrueType(byte[] sfnt) throws IOException {
        super(sfnt);
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

    @Override
    public Tuple2<Integer, byte[]> subset(Set<Integer> glyphs, boolean subset) {
        Tuple2<Integer, byte[]> font = super.subset(glyphs, subset);
        if (!subset) {
            return font;
        }
        return new Tuple2<>(font.getFirst(), trim(font.getSecond(), glyphs));
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
        Table head = find(tables, "head");
        Table maxp = find(tables, "maxp");
        Table hhea = find(tables, "hhea");
        Table hmtx = find(tables, "hmtx");
        Table loca = find(tables, "loca");
        if (head == null || maxp == null || hhea == null || hmtx == null || loca == null) {
            return sfnt;
        }
        boolean longOffsets = b.getShort(head.offset() + 50) != 0;
        int glyphs = b.getShort(maxp.offset() + 4) & 0xFFFF;
        int metrics = b.getShort(hhea.offset() + 34) & 0xFFFF;
        List<byte[]> data = new ArrayList<>();
        for (Table t : tables) {
            byte[] bytes = new byte[t.length()];
            b.get(t.offset(), bytes);
            if (t.tag().equals("hmtx")) {
                ByteBuffer m = ByteBuffer.wrap(bytes);
                for (int gid = 1; gid < glyphs; gid++) {
                    if (used.contains(gid) || hasOutline(b, loca, longOffsets, gid)) {
                        continue; // a component of a composite glyph keeps its metrics too
                    }
                    int at = gid < metrics ? 4 * gid : 4 * metrics + 2 * (gid - metrics);
                    if (gid < metrics && at + 4 <= bytes.length) {
                        m.putInt(at, 0);
                    } else if (gid >= metrics && at + 2 <= bytes.length) {
                        m.putShort(at, (short) 0);
                    }
                }
            } else if (t.tag().equals("cmap")) {
                bytes = EMPTY_CMAP;
            }
            data.add(bytes);
        }
        return assemble(b.getInt(0), tables, data);
    }

    private static boolean hasOutline(ByteBuffer b, Table loca, boolean longOffsets, int gid) {
        if (longOffsets) {
            int at = loca.offset() + 4 * gid;
            return at + 8 <= loca.offset() + loca.length() && b.getInt(at + 4) != b.getInt(at);
        }
        int at = loca.offset() + 2 * gid;
        return at + 4 <= loca.offset() + loca.length() && b.getShort(at + 2) != b.getShort(at);
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
