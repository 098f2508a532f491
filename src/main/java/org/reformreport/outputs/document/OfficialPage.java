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

    private OfficialPage() {}
}
