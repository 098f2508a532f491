package org.reformreport.outputs.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.reformreport.support.FingerprintName;

/**
 * The month's ranking notice (情况通报) as an office issues it: 版头, title, 主送, the four sections,
 * 附件说明, 落款, the ranking table as its one attachment, and the 版记.
 *
 * <p>The 版记 comes last, after the attachment, at the bottom of the document's last page:
 * GB/T 9704 7.4 puts the 版记 on the last page of the document, and 8 has the attachment bound
 * before the 版记 with the body ("附件应当另面编排，并在版记之前"). It is not pushed to an even
 * page: the notice goes out as a file and is printed by whoever receives it, where a blank page
 * before the 版记 would only be a sheet of paper.
 *
 * @param authority      the issuing authority (版头 and 落款)
 * @param documentNumber 区委改办〔2026〕12号
 * @param copiesTo       the 抄送 organs, in order
 * @param printingOffice 印发机关
 */
@FingerprintName("org.reformreport.document.RankingNotice")
public record RankingNotice(String authority, String documentNumber, List<String> copiesTo, String printingOffice) {

    public RankingNotice {
        copiesTo = List.copyOf(copiesTo);
    }

    /** What the notice says, part by part, for every format it is written in. */
    public List<DocumentPart> parts(DistrictMonth month, ReportTemplates templates, LocalDate issued) {
        NoticeNarrative narrative = new NoticeNarrative(templates);
        String date = OfficeNumbers.date(issued);
        List<DocumentPart> parts = new ArrayList<>();
        parts.add(new DocumentPart.MastHead(authority, documentNumber));
        parts.add(new DocumentPart.Title(narrative.title(month)));
        parts.add(new DocumentPart.Addressees(narrative.addressees()));
        parts.addAll(narrative.body(month));
        parts.add(new DocumentPart.AttachmentNote(List.of(narrative.attachmentNote(month))));
        parts.add(new DocumentPart.Signature(authority, date));
        // The only attachment: "附件" without a number (GB/T 9704 7.3.6).
        parts.add(new DocumentPart.AttachmentPage(0, narrative.attachmentTitle(month)));
        parts.add(DistrictReportWriter.rankingTable(month));
        String copies = copiesTo.isEmpty()
                ? ""
                : templates.fill("notice.copies-to", java.util.Map.of("机关", String.join("，", copiesTo)));
        parts.add(new DocumentPart.Colophon(copies, printingOffice, date));
        return parts;
    }
}
