package org.reformreport.outputs.document;

/** The faces of an official report (GB/T 9704) by what they are used for. */
public enum FontRole {
    /** 方正小标宋: the title. */
    TITLE,
    /** 仿宋_GB2312: the body text. */
    BODY,
    /** 黑体: level-1 headings (一、), attachment labels. */
    HEADING1,
    /** 楷体_GB2312: level-2 headings (（一）). */
    HEADING2,
    /** Page numbers and figures in tables. */
    NUMBERS
}
