package org.reformreport.outputs.document;

import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.FontProgramFactory;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.io.font.otf.Glyph;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.pdf.PdfDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The report's faces, loaded once per run (reading a 26 MB .ttc takes about a second) and embedded
 * as subsets in each document. An office's own files (方正小标宋, 仿宋_GB2312 …) are used when
 * configured; otherwise open CJK faces found on the machine; with none at all, iText's non-embedded
 * STSong-Light so the job still delivers (such a PDF is not archival). Each role draws with a chain
 * of faces, its own first, then {@link #FALLBACK_FACES} and the other roles' faces, so a character its
 * own face lacks (喆, •, ², an emoji) still comes out in an embedded face; see {@link GlyphRuns}.
 */
public final class ReportFonts {

    private static final Logger log = LoggerFactory.getLogger(ReportFonts.class);

    /**
     * A font file, and for a collection (.ttc) the face inside it; {@code simulatedBold}: the role draws
     * it stroked as well as filled, a heavier face from a regular one (the title's Song).
     */
    public record FontFile(Path path, String faceContaining, boolean simulatedBold) {
        public FontFile(Path path, String faceContaining) {
            this(path, faceContaining, false);
        }
    }

    /**
     * Open faces to fall back on, by role, in order of preference (Debian package paths). TrueType
     * faces first: iText subsets a TrueType face in a document by copying the glyphs used, but a CFF
     * (Noto CJK) face by rebuilding its indexes and subroutines, about 60% of a report's time and
     * ~200 KB a face; the Noto faces stay as the fallback where the TrueType ones are not installed.
     */
    static final Map<FontRole, List<FontFile>> OPEN_FACES = Map.of(
            // 小标宋 is a heavy Song: the body's Song drawn bold (one subset serves title and body)
            FontRole.TITLE,
                    List.of(
                            new FontFile(Path.of("gbsn00lp.ttf"), null, true),
                            new FontFile(Path.of("NotoSerifCJK-Bold.ttc"), "CJKsc"),
                            new FontFile(Path.of("NotoSerifCJKsc-Bold.otf"), null)),
            FontRole.BODY,
                    List.of(
                            new FontFile(Path.of("gbsn00lp.ttf"), null),
                            new FontFile(Path.of("NotoSerifCJK-Regular.ttc"), "CJKsc")),
            // 黑体: WenQuanYi Zen Hei (fonts-wqy-zenhei), a TrueType 黑体, then Micro Hei, then Noto Sans
            FontRole.HEADING1,
                    List.of(
                            new FontFile(Path.of("wqy-zenhei.ttc"), "WenQuanYiZenHei"),
                            new FontFile(Path.of("wqy-microhei.ttc"), "WenQuanYiMicroHei"),
                            new FontFile(Path.of("NotoSansCJK-Regular.ttc"), "CJKsc"),
                            new FontFile(Path.of("NotoSansCJK-Bold.ttc"), "CJKsc")),
            // LXGW WenKai first: a full-size 楷体; AR PL KaitiM GB draws small glyphs, so （一） headings
            // looked letter-spaced
            FontRole.HEADING2,
                    List.of(
                            new FontFile(Path.of("LXGWWenKai-Regular.ttf"), null),
                            new FontFile(Path.of("gkai00mp.ttf"), null),
                            new FontFile(Path.of("NotoSerifCJK-Regular.ttc"), "CJKsc")),
            FontRole.NUMBERS,
                    List.of(
                            new FontFile(Path.of("gbsn00lp.ttf"), null),
                            new FontFile(Path.of("NotoSerifCJK-Regular.ttc"), "CJKsc")));

    /**
     * Faces every role falls back on, in this order, for characters its own face lacks: the full CJK
     * faces (rare name characters such as 喆 outside GB2312), DejaVu Sans (•, ², Latin, Greek,
     * Cyrillic, arrows, maths) and Symbola (emoji and other symbols). The other roles' faces follow.
     */
    static final List<FontFile> FALLBACK_FACES = List.of(
            new FontFile(Path.of("NotoSerifCJK-Regular.ttc"), "CJKsc"),
            new FontFile(Path.of("NotoSansCJK-Regular.ttc"), "CJKsc"),
            new FontFile(Path.of("DejaVuSans.ttf"), null),
            new FontFile(Path.of("Symbola_hint.ttf"), null),
            new FontFile(Path.of("Symbola.ttf"), null));

    static final List<Path> FONT_DIRS = List.of(Path.of("/usr/share/fonts"), Path.of("/usr/local/share/fonts"));

    /**
     * One face of a chain: a loaded font program, or iText's STSong-Light (not embedded) standing in
     * when no CJK font file exists.
     */
    static final class Face implements IntPredicate {
        private final FontProgram program;
        private final PdfFont stSong;
        private final String source;

        private Face(FontProgram program, PdfFont stSong, String source) {
            this.program = program;
            this.stSong = stSong;
            this.source = source;
        }

        /** Whether the face has a glyph for the character (what PDF/A requires of embedded fonts). */
        @Override
        public boolean test(int codePoint) {
            if (program != null) {
                Glyph glyph = program.getGlyph(codePoint);
                return glyph != null && glyph.getCode() > 0;
            }
            return stSong.containsGlyph(codePoint);
        }

        boolean embedded() {
            return program != null;
        }

        @Override
        public String toString() {
            return source;
        }
    }

    private final Map<FontRole, List<Face>> chains;
    private final Map<FontRole, GlyphRuns> runs;
    private final Map<FontRole, String> sources;
    private final Set<FontRole> simulatedBold;
    private final boolean allEmbedded;

    private ReportFonts(
            Map<FontRole, List<Face>> chains,
            Map<FontRole, String> sources,
            Set<FontRole> simulatedBold,
            boolean allEmbedded) {
        this.chains = chains;
        this.sources = sources;
        this.simulatedBold = simulatedBold;
        this.allEmbedded = allEmbedded;
        this.runs = new EnumMap<>(FontRole.class);
        chains.forEach((role, chain) -> runs.put(role, new GlyphRuns(chain)));
    }

    /**
     * @param configured files an office set per role in job-config (may be empty)
     */
    public static ReportFonts load(Map<FontRole, Path> configured) {
        return load(configured, FONT_DIRS, true);
    }

    /**
     * Reads the font programs {@link #load(Map)} will use into the per-process cache, saying nothing
     * (the step that loads them says what is missing).
     */
    public static void preload(Map<FontRole, Path> configured) {
        load(configured, FONT_DIRS, false);
    }

    /** As {@link #load(Map)}, looking for open faces in the given folders. */
    static ReportFonts load(Map<FontRole, Path> configured, List<Path> fontDirs) {
        return load(configured, fontDirs, true);
    }

    private static ReportFonts load(Map<FontRole, Path> configured, List<Path> fontDirs, boolean tell) {
        Map<FontRole, Face> own = new EnumMap<>(FontRole.class);
        Map<FontRole, String> sources = new EnumMap<>(FontRole.class);
        Set<FontRole> simulatedBold = EnumSet.noneOf(FontRole.class);
        Map<Path, Face> loaded = new java.util.HashMap<>();
        for (FontRole role : FontRole.values()) {
            Path file = configured.get(role);
            if (file != null) {
                if (!Files.isReadable(file)) {
                    throw new IllegalStateException("font file for " + role + " not readable: " + file);
                }
                own.put(role, face(new FontFile(file, null), loaded));
                sources.put(role, file.toString());
                continue;
            }
            for (FontFile candidate : OPEN_FACES.get(role)) {
                Optional<Path> found = find(candidate.path().toString(), fontDirs);
                if (found.isPresent()) {
                    own.put(role, face(new FontFile(found.get(), candidate.faceContaining()), loaded));
                    sources.put(role, found.get().toString());
                    if (candidate.simulatedBold()) {
                        simulatedBold.add(role);
                    }
                    break;
                }
            }
        }
        boolean allEmbedded = own.size() == FontRole.values().length;
        if (!allEmbedded) {
            if (tell) {
                log.warn(
                        "No CJK font file found for {}: using iText's STSong-Light, not embedded; the PDFs are not "
                                + "archival (install fonts-noto-cjk and fonts-arphic-gkai00mp, or set reform.fonts.*)",
                        java.util.Arrays.stream(FontRole.values())
                                .filter(r -> !own.containsKey(r))
                                .toList());
            }
            Face stSong = new Face(null, stSong(null), "STSong-Light");
            for (FontRole role : FontRole.values()) {
                own.putIfAbsent(role, stSong);
            }
        }
        List<Face> fallbacks = new ArrayList<>();
        for (FontFile candidate : FALLBACK_FACES) {
            find(candidate.path().toString(), fontDirs)
                    .ifPresent(path -> fallbacks.add(face(new FontFile(path, candidate.faceContaining()), loaded)));
        }
        if (tell && fallbacks.stream().noneMatch(f -> f.source.contains("Symbola") || f.source.contains("DejaVu"))) {
            log.info(
                    "No symbol fallback face (DejaVu Sans, Symbola) found: characters the report faces lack, "
                            + "such as • or emoji, are shown as {} (install fonts-dejavu-core and fonts-symbola)",
                    Character.toString(GlyphRuns.PLACEHOLDER));
        }
        Map<FontRole, List<Face>> chains = new EnumMap<>(FontRole.class);
        for (FontRole role : FontRole.values()) {
            java.util.LinkedHashSet<Face> chain = new java.util.LinkedHashSet<>();
            chain.add(own.get(role));
            chain.addAll(fallbacks);
            chain.addAll(own.values());
            chains.put(role, List.copyOf(chain));
        }
        if (!allEmbedded) {
            simulatedBold.clear();
        }
        return new ReportFonts(chains, sources, Set.copyOf(simulatedBold), allEmbedded);
    }

    /** Whether every role has an embeddable face (needed for PDF/A). */
    public boolean allEmbedded() {
        return allEmbedded;
    }

    public Map<FontRole, String> sources() {
        return sources;
    }

    /** Whether the role's text is drawn bold from a regular face (stroked as well as filled). */
    public boolean simulatesBold(FontRole role) {
        return simulatedBold.contains(role);
    }

    /** The faces a role draws with, its own first, then the fallbacks. */
    List<Face> chain(FontRole role) {
        return chains.get(role);
    }

    /** How a role's text splits over its chain. Every chain holds the same faces, so coverage is the same. */
    public GlyphRuns runs(FontRole role) {
        return runs.get(role);
    }

    /** The fonts of one document: each face of the chains becomes a PdfFont there when first used. */
    public DocumentFonts forDocument(PdfDocument pdf) {
        return new DocumentFonts(this, pdf);
    }

    /** A face as a font of one document, embedded as a subset when the document closes. */
    static PdfFont font(Face face, PdfDocument pdf) {
        if (!face.embedded()) {
            return stSong(pdf);
        }
        PdfFont font = PdfFontFactory.createFont(
                face.program, PdfEncodings.IDENTITY_H, PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED);
        font.setSubset(true);
        return font;
    }

    /** STSong-Light for a document, or with none, one to ask which characters it has. */
    private static PdfFont stSong(PdfDocument pdf) {
        try {
            return pdf == null
                    ? PdfFontFactory.createFont(
                            "STSong-Light", "UniGB-UCS2-H", PdfFontFactory.EmbeddingStrategy.PREFER_NOT_EMBEDDED)
                    : PdfFontFactory.createFont(
                            "STSong-Light", "UniGB-UCS2-H", PdfFontFactory.EmbeddingStrategy.PREFER_NOT_EMBEDDED, pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Face face(FontFile file, Map<Path, Face> loaded) {
        return loaded.computeIfAbsent(file.path(), p -> new Face(program(file), null, p.toString()));
    }

    /**
     * Font programs by file and face, loaded once per JVM: a Noto CJK face holds some 20 MB of CFF
     * data, and every partition (and every fallback chain) asks for the same few faces. iText's own
     * cache already handed the same programs to every thread; this one also spares re-reading the
     * 26 MB collections and keeps the faces passed over while looking for the SC one out of memory.
     */
    private static final Map<FontFile, FontProgram> PROGRAMS = new java.util.concurrent.ConcurrentHashMap<>();

    private static FontProgram program(FontFile file) {
        return PROGRAMS.computeIfAbsent(file, ReportFonts::read);
    }

    private static FontProgram read(FontFile file) {
        Path p = file.path();
        try {
            byte[] bytes = Files.readAllBytes(p);
            if (!TrimmedTrueType.isCollection(bytes)) {
                FontProgram trimmed = TrimmedTrueType.of(bytes, -1);
                return trimmed != null ? trimmed : FontProgramFactory.createFont(bytes, false);
            }
            for (int index = 0; ; index++) {
                FontProgram face;
                try {
                    // not cached by iText: the faces passed over (JP, KR …) are garbage at once
                    face = FontProgramFactory.createFont(bytes, index, false);
                } catch (RuntimeException endOfCollection) {
                    break;
                }
                String faceName = face.getFontNames().getFontName().toLowerCase(java.util.Locale.ROOT);
                if (file.faceContaining() == null
                        || faceName.contains(file.faceContaining().toLowerCase(java.util.Locale.ROOT))) {
                    FontProgram trimmed = TrimmedTrueType.of(bytes, index);
                    return trimmed != null ? trimmed : face;
                }
            }
            throw new IllegalStateException("no " + file.faceContaining() + " face in " + p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + p, e);
        }
    }

    private static Optional<Path> find(String fileName, List<Path> fontDirs) {
        for (Path dir : fontDirs) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                Optional<Path> hit = files.filter(
                                f -> f.getFileName().toString().equals(fileName))
                        .findFirst();
                if (hit.isPresent()) {
                    return hit;
                }
            } catch (IOException e) {
                log.debug("Cannot scan {}", dir, e);
            }
        }
        return Optional.empty();
    }
}
