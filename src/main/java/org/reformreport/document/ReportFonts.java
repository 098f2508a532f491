package org.reformreport.document;

import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.FontProgramFactory;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.pdf.PdfDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The report's faces, loaded once per run (reading a 26 MB .ttc takes about a second) and embedded
 * as subsets in each document. An office's own files (方正小标宋, 仿宋_GB2312 …) are used when
 * configured; otherwise open CJK faces found on the machine; with none at all, iText's non-embedded
 * STSong-Light so the job still delivers (such a PDF is not archival).
 */
public final class ReportFonts {

    private static final Logger log = LoggerFactory.getLogger(ReportFonts.class);

    /** A font file, and for a collection (.ttc) the face inside it. */
    public record FontFile(Path path, String faceContaining) {
    }

    /** Open faces to fall back on, by role, in order of preference (Debian package paths). */
    static final Map<FontRole, List<FontFile>> OPEN_FACES = Map.of(
            FontRole.TITLE, List.of(new FontFile(Path.of("NotoSerifCJK-Bold.ttc"), "CJKsc"),
                    new FontFile(Path.of("NotoSerifCJKsc-Bold.otf"), null), new FontFile(Path.of("gbsn00lp.ttf"), null)),
            // TrueType Song first for body and numbers: its subsets are a few KB, Noto's CFF ones ~200 KB.
            FontRole.BODY, List.of(new FontFile(Path.of("gbsn00lp.ttf"), null),
                    new FontFile(Path.of("NotoSerifCJK-Regular.ttc"), "CJKsc")),
            FontRole.HEADING1, List.of(new FontFile(Path.of("NotoSansCJK-Regular.ttc"), "CJKsc"),
                    new FontFile(Path.of("NotoSansCJK-Bold.ttc"), "CJKsc")),
            FontRole.HEADING2, List.of(new FontFile(Path.of("gkai00mp.ttf"), null),
                    new FontFile(Path.of("LXGWWenKai-Regular.ttf"), null),
                    new FontFile(Path.of("NotoSerifCJK-Regular.ttc"), "CJKsc")),
            FontRole.NUMBERS, List.of(new FontFile(Path.of("gbsn00lp.ttf"), null),
                    new FontFile(Path.of("NotoSerifCJK-Regular.ttc"), "CJKsc")));

    static final List<Path> FONT_DIRS = List.of(Path.of("/usr/share/fonts"), Path.of("/usr/local/share/fonts"));

    private final Map<FontRole, FontProgram> programs;
    private final Map<FontRole, String> sources;

    private ReportFonts(Map<FontRole, FontProgram> programs, Map<FontRole, String> sources) {
        this.programs = programs;
        this.sources = sources;
    }

    /**
     * @param configured files an office set per role in job-config (may be empty)
     */
    public static ReportFonts load(Map<FontRole, Path> configured) {
        return load(configured, FONT_DIRS);
    }

    /** As {@link #load(Map)}, looking for open faces in the given folders. */
    static ReportFonts load(Map<FontRole, Path> configured, List<Path> fontDirs) {
        Map<FontRole, FontProgram> programs = new EnumMap<>(FontRole.class);
        Map<FontRole, String> sources = new EnumMap<>(FontRole.class);
        Map<Path, FontProgram> loaded = new java.util.HashMap<>();
        for (FontRole role : FontRole.values()) {
            Path own = configured.get(role);
            if (own != null) {
                if (!Files.isReadable(own)) {
                    throw new IllegalStateException("font file for " + role + " not readable: " + own);
                }
                programs.put(role, program(new FontFile(own, null), loaded));
                sources.put(role, own.toString());
                continue;
            }
            for (FontFile candidate : OPEN_FACES.get(role)) {
                Optional<Path> found = find(candidate.path().toString(), fontDirs);
                if (found.isPresent()) {
                    FontFile file = new FontFile(found.get(), candidate.faceContaining());
                    programs.put(role, program(file, loaded));
                    sources.put(role, found.get().toString());
                    break;
                }
            }
        }
        if (programs.size() < FontRole.values().length) {
            log.warn("No CJK font file found for {}: using iText's STSong-Light, not embedded; the PDFs are not "
                    + "archival (install fonts-noto-cjk and fonts-arphic-gkai00mp, or set reform.fonts.*)",
                    java.util.Arrays.stream(FontRole.values()).filter(r -> !programs.containsKey(r)).toList());
        }
        return new ReportFonts(programs, sources);
    }

    /** Whether every role has an embeddable face (needed for PDF/A). */
    public boolean allEmbedded() {
        return programs.size() == FontRole.values().length;
    }

    public Map<FontRole, String> sources() {
        return sources;
    }

    /**
     * The fonts of one document by role. A PdfFont belongs to one document; roles sharing a face
     * share one PdfFont, so each face is embedded once.
     */
    public Map<FontRole, PdfFont> forDocument(PdfDocument pdf) {
        Map<FontRole, PdfFont> fonts = new EnumMap<>(FontRole.class);
        Map<FontProgram, PdfFont> byProgram = new java.util.IdentityHashMap<>();
        for (FontRole role : FontRole.values()) {
            FontProgram program = programs.get(role);
            fonts.put(role, program == null ? forDocument(role, pdf)
                    : byProgram.computeIfAbsent(program, p -> forDocument(role, pdf)));
        }
        return fonts;
    }

    /** A font for one document: the loaded face, embedded as a subset when the document closes. */
    public PdfFont forDocument(FontRole role, PdfDocument pdf) {
        try {
            FontProgram program = programs.get(role);
            if (program == null) {
                return PdfFontFactory.createFont("STSong-Light", "UniGB-UCS2-H",
                        PdfFontFactory.EmbeddingStrategy.PREFER_NOT_EMBEDDED, pdf);
            }
            PdfFont font = PdfFontFactory.createFont(program, PdfEncodings.IDENTITY_H,
                    PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED);
            font.setSubset(true);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FontProgram program(FontFile file, Map<Path, FontProgram> loaded) {
        return loaded.computeIfAbsent(file.path(), p -> {
            try {
                String name = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
                if (!name.endsWith(".ttc")) {
                    return FontProgramFactory.createFont(p.toString(), true);
                }
                byte[] bytes = Files.readAllBytes(p);
                for (int index = 0; ; index++) {
                    FontProgram face;
                    try {
                        face = FontProgramFactory.createFont(bytes, index, true);
                    } catch (RuntimeException endOfCollection) {
                        break;
                    }
                    String faceName = face.getFontNames().getFontName().toLowerCase(java.util.Locale.ROOT);
                    if (file.faceContaining() == null
                            || faceName.contains(file.faceContaining().toLowerCase(java.util.Locale.ROOT))) {
                        return face;
                    }
                }
                throw new IllegalStateException("no " + file.faceContaining() + " face in " + p);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read font " + p, e);
            }
        });
    }

    private static Optional<Path> find(String fileName, List<Path> fontDirs) {
        for (Path dir : fontDirs) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                Optional<Path> hit = files.filter(f -> f.getFileName().toString().equals(fileName)).findFirst();
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
