package org.reformreport.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reformreport.outputs.ReportOutput;
import org.reformreport.registry.Leader;
import org.reformreport.registry.Unit;

class DeliveryPlannerTest {

    private static final String DISTRICT = "改革工作月报_2026年10月.pdf";
    private static final String WORKBOOK = "改革工作月报_2026年10月.xlsx";
    private static final String WORD = "改革工作月报_2026年10月.docx";

    private static Unit unit(String code, String name, String liaisonEmail, String headEmail) {
        return new Unit(code, name, "乡镇街道", null, "联络员" + code, "", liaisonEmail, "负责人" + code, headEmail, null, null);
    }

    private final Map<String, Unit> units = new HashMap<>();
    private final List<Leader> leaders =
            List.of(new Leader("王书记", "区委书记", "Wang@PC.example.cn"), new Leader("李主任", "改革办主任", "li@pc.example.cn"));

    DeliveryPlannerTest() {
        units.put("A", unit("A", "甲街道", "a@pc.example.cn", "a-head@pc.example.cn"));
        units.put("B", unit("B", "乙镇", "shared@pc.example.cn", "shared@pc.example.cn")); // one address for both roles
        units.put("C", unit("C", "丙镇", "SHARED@pc.example.cn", "")); // the same person serves C too
        units.put("D", unit("D", "丁乡", "", "not-an-address")); // nobody to mail
    }

    private static List<ReportOutput> outputs(String fingerprintOfA) {
        return List.of(
                new ReportOutput(DISTRICT, ReportOutput.Kind.DISTRICT, null, "d1"),
                new ReportOutput(WORKBOOK, ReportOutput.Kind.WORKBOOK, null, "w1"),
                new ReportOutput(WORD, ReportOutput.Kind.DISTRICT_WORD, null, "d1"),
                new ReportOutput("单位报告/A_甲街道.pdf", ReportOutput.Kind.UNIT, "A", fingerprintOfA),
                new ReportOutput("单位报告/B_乙镇.pdf", ReportOutput.Kind.UNIT, "B", "b1"),
                new ReportOutput("单位报告/C_丙镇.pdf", ReportOutput.Kind.UNIT, "C", "c1"),
                new ReportOutput("单位报告/D_丁乡.pdf", ReportOutput.Kind.UNIT, "D", "dd1"));
    }

    private static Map<String, String> shas() {
        Map<String, String> shas = new HashMap<>();
        for (ReportOutput o : outputs("a1")) {
            shas.put(o.path(), "sha-of-" + o.path());
        }
        return shas;
    }

    private DeliveryPlanner.Plan plan(String fingerprintOfA, Map<MessageKey, String> lastSent) {
        return new DeliveryPlanner().plan(leaders, units, outputs(fingerprintOfA), shas(), lastSent);
    }

    private static List<String> files(PlannedMessage m) {
        return m.attachments().stream().map(PlannedMessage.Attachment::path).toList();
    }

    @Test
    void leadersGetTheDistrictReportAndWorkbookUnitsOnlyTheirOwnReport() {
        DeliveryPlanner.Plan plan = plan("a1", Map.of());
        Map<String, List<List<String>>> byRecipient = new HashMap<>();
        plan.messages()
                .forEach(m -> byRecipient
                        .computeIfAbsent(m.key().recipient(), k -> new java.util.ArrayList<>())
                        .add(files(m)));
        assertThat(byRecipient)
                .containsOnlyKeys(
                        "wang@pc.example.cn",
                        "li@pc.example.cn",
                        "a@pc.example.cn",
                        "a-head@pc.example.cn",
                        "shared@pc.example.cn");
        assertThat(byRecipient.get("wang@pc.example.cn")).containsExactly(List.of(DISTRICT, WORKBOOK, WORD));
        assertThat(byRecipient.get("a@pc.example.cn")).containsExactly(List.of("单位报告/A_甲街道.pdf"));
        assertThat(byRecipient.get("a-head@pc.example.cn")).containsExactly(List.of("单位报告/A_甲街道.pdf"));
        // liaison of B and C: one message per unit, each with that unit's report alone; head and
        // liaison of B being one address, B's report goes there once
        assertThat(byRecipient.get("shared@pc.example.cn"))
                .containsExactlyInAnyOrder(List.of("单位报告/B_乙镇.pdf"), List.of("单位报告/C_丙镇.pdf"));
        assertThat(plan.unitsWithoutAddress()).extracting(Unit::code).containsExactly("D");
        assertThat(plan.messages()).allSatisfy(m -> {
            assertThat(m.correction()).isFalse();
            assertThat(m.unchanged()).isFalse();
            assertThat(m.attachments()).allSatisfy(a -> assertThat(a.sha256()).isEqualTo("sha-of-" + a.path()));
        });
        assertThat(plan.toSend()).isEqualTo(6);
    }

    @Test
    void aReportReceivedUnchangedIsNotSentAgainAChangedOneIsACorrection() {
        Map<MessageKey, String> lastSent = new HashMap<>();
        plan("a1", Map.of()).messages().forEach(m -> lastSent.put(m.key(), m.fingerprint()));

        DeliveryPlanner.Plan same = plan("a1", lastSent);
        assertThat(same.messages()).allMatch(PlannedMessage::unchanged);
        assertThat(same.toSend()).isZero();

        DeliveryPlanner.Plan corrected = plan("a2", lastSent);
        assertThat(corrected.messages().stream().filter(m -> !m.unchanged()))
                .allSatisfy(m -> assertThat(m.correction()).isTrue())
                .extracting(m -> m.key().recipient())
                .containsExactlyInAnyOrder("a@pc.example.cn", "a-head@pc.example.cn");
    }

    @Test
    void someoneWhoNeverReceivedTheMonthGetsItPlainNotAsACorrection() {
        Map<MessageKey, String> lastSent = new HashMap<>();
        plan("a1", Map.of()).messages().stream()
                .filter(m -> !m.key().recipient().equals("a@pc.example.cn"))
                .forEach(m -> lastSent.put(m.key(), m.fingerprint()));
        DeliveryPlanner.Plan plan = plan("a2", lastSent);
        PlannedMessage toLiaison = plan.messages().stream()
                .filter(m -> m.key().recipient().equals("a@pc.example.cn"))
                .findFirst()
                .orElseThrow();
        assertThat(toLiaison.correction()).isFalse();
        assertThat(toLiaison.unchanged()).isFalse();
    }

    @Test
    void leadersGetNoWordDocumentWhenSettingsSaySoAndNoCorrectionForTheSwitch() {
        DeliveryPlanner.Plan with = plan("a1", Map.of());
        DeliveryPlanner.Plan without = new DeliveryPlanner(false).plan(leaders, units, outputs("a1"), shas(), Map.of());
        PlannedMessage toLeader = without.messages().stream()
                .filter(m -> m.key().kind() == MessageKey.Kind.LEADER)
                .findFirst()
                .orElseThrow();
        assertThat(files(toLeader)).containsExactly(DISTRICT, WORKBOOK);
        assertThat(without.messages()).allSatisfy(m -> assertThat(files(m)).doesNotContain(WORD));
        // the Word document says what the PDF says: a leader who had the PDF alone has the month unchanged
        Map<MessageKey, String> lastSent = new HashMap<>();
        without.messages().forEach(m -> lastSent.put(m.key(), m.fingerprint()));
        assertThat(plan("a1", lastSent).messages()).allMatch(PlannedMessage::unchanged);
        assertThat(with.messages()).hasSameSizeAs(without.messages());
    }
}
