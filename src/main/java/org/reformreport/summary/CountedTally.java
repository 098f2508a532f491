package org.reformreport.summary;

import java.time.LocalDate;

/** A counted weekly tally as the figures need it. */
public record CountedTally(
        String unitCode, LocalDate weekStart, MediaCounts media, OfWhichCounts ofWhich, LocalDate filledDate) {}
