package org.reformreport.summary;

import org.reformreport.intake.PromotionLevel;

/** An experience a unit reported for the month as adopted at some level (for 主要成效). */
public record ExperienceLine(
        String unitCode, String unitName, String taskCode, String experience, PromotionLevel promotion) {}
