package org.reformreport.outputs.document;

import com.itextpdf.kernel.geom.PageSize;

/** The page of GB/T 9704-2012 in points (1 mm = 2.8346 pt). */
public final class OfficialPage {

    public static final float MM = 72f / 25.4f;
    public static final PageSize SIZE = PageSize.A4;
    public static final float TOP = 37 * MM;
    public static final float LEFT = 28 * MM;
    public static final float BLOCK_WIDTH = 156 * MM;
    public static final float BLOCK_HEIGHT = 225 * MM;
    public static final float RIGHT = SIZE.getWidth() - LEFT - BLOCK_WIDTH;
    public static final float BOTTOM = SIZE.getHeight() - TOP - BLOCK_HEIGHT;

    /** 三号 body text, 22 lines of 28 characters filling the block. */
    public static final float BODY_SIZE = 16f;

    public static final float LINE_PITCH = BLOCK_HEIGHT / 22f;
    /** 28 characters of 16 pt are 448 pt; the block is 442.2 pt wide. */
    public static final float CHARACTER_SPACING = (BLOCK_WIDTH - 28 * BODY_SIZE) / 28f;

    public static final float TITLE_SIZE = 22f; // 二号
    public static final float PAGE_NUMBER_SIZE = 14f; // 四号
    public static final float TABLE_SIZE = 12f; // 小四
    public static final float INDENT = 2 * BODY_SIZE;

    /** The 版头's red: GB/T 9704 asks for red; pure red as offices print it (RGB 230, 0, 18). */
    public static final int MAST_HEAD_RED = 0xE60012;

    /** 版头 names up to this size (二号 × 1.6); a longer name is set smaller to fit the block's width. */
    public static final float MAST_HEAD_MAX_SIZE = TITLE_SIZE * 1.6f;

    /** Below this size (一号) a long name keeps its height and is narrowed instead, as offices' 版头 are. */
    public static final float MAST_HEAD_MIN_SIZE = 26f;

    /** The red rule's width: GB/T 9704 leaves it open; 1 mm reads as the strong line printed 版头 have. */
    public static final float MAST_HEAD_RULE = 1.0f * MM;

    /** A 版头 name of this many characters and 文件: its size and horizontal scaling (1 or less). */
    public record MastHeadFit(float size, float scaling) {

        public static MastHeadFit of(int characters) {
            int chars = Math.max(1, characters);
            float width = BLOCK_WIDTH - BODY_SIZE; // half a character free each side
            float size = Math.min(MAST_HEAD_MAX_SIZE, Math.max(MAST_HEAD_MIN_SIZE, width / chars));
            return new MastHeadFit(size, Math.min(1f, width / (chars * size)));
        }
    }

    private OfficialPage() {}
}
