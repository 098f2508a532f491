package org.reformreport.outputs.document;

import com.itextpdf.io.font.otf.Glyph;
import com.itextpdf.io.font.otf.GlyphLine;
import com.itextpdf.layout.splitting.DefaultSplitCharacters;
import com.itextpdf.layout.splitting.ISplitCharacters;

/**
 * Chinese line breaking (禁则): a line may break between any two ideographs, but never before closing
 * punctuation (，。、：；！？）》」』”’％ …) nor after opening punctuation (（《「『“‘〔 …).
 */
public final class ChineseLineBreaks implements ISplitCharacters {

    static final String NO_LINE_START = "，。、：；！？）》」』】〕”’％‰…—·,.:;!?)]}%";
    static final String NO_LINE_END = "（《「『【〔“‘([{";

    private final DefaultSplitCharacters latin = new DefaultSplitCharacters();

    @Override
    public boolean isSplitCharacter(GlyphLine text, int glyphPos) {
        int current = unicode(text.get(glyphPos));
        if (current >= 0 && NO_LINE_END.indexOf(current) >= 0) {
            return false;
        }
        if (glyphPos + 1 < text.getEnd()) {
            int next = unicode(text.get(glyphPos + 1));
            if (next >= 0 && NO_LINE_START.indexOf(next) >= 0) {
                return false;
            }
            if (isCjk(current) || isCjk(next)) {
                return true;
            }
        }
        return latin.isSplitCharacter(text, glyphPos);
    }

    private static int unicode(Glyph glyph) {
        return glyph.hasValidUnicode() ? glyph.getUnicode() : -1;
    }

    private static boolean isCjk(int c) {
        return c >= 0x2E80 && c <= 0x9FFF
                || c >= 0xF900 && c <= 0xFAFF
                || c >= 0xFF00 && c <= 0xFFEF
                || c >= 0x3000 && c <= 0x303F;
    }
}
