package org.reformreport.delivery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reformreport.outputs.ReportOutput;
import org.reformreport.registry.Leader;
import org.reformreport.registry.Unit;
import org.reformreport.support.ContentFingerprint;
import org.reformreport.support.EmailAddresses;

/**
 * Who gets what for a month (spec §8): every leader the district report and the workbook (and the
 * district report's Word document, unless settings say not to, and the ranking notice when there
 * is one); each
 * unit's head and liaison that unit's report and nothing else. An address listed for two units
 * gets two messages, each with its own unit's report. A message whose content the recipient
 * already received in an earlier revision is not sent again; one whose content changed is a 更正.
 */
public final class DeliveryPlanner {

    private final boolean wordToLeaders;

    /** Leaders get the Word document of the district report too. */
    public DeliveryPlanner() {
        this(true);
    }

    /** @param wordToLeaders whether leaders get the district report's Word document (reform.word.attach-to-leaders) */
    public DeliveryPlanner(boolean wordToLeaders) {
        this.wordToLeaders = wordToLeaders;
    }

    /** What the month's delivery will do, and the units nobody can be mailed for. */
    public record Plan(List<PlannedMessage> messages, List<Unit> unitsWithoutAddress) {

        public long toSend() {
            return messages.stream().filter(m -> !m.unchanged()).count();
        }
    }

    /**
     * @param outputs      the run's documents with their content fingerprints
     * @param sha256ByPath the published files' sha256 (manifest.json), by path relative to the month
     * @param units        the registry's units by code (the unit reports say which are active)
     * @param lastSent     per message key, the fingerprint of what was last delivered in an earlier
     *                     revision of the month
     */
    public Plan plan(
            List<Leader> leaders,
            Map<String, Unit> units,
            List<ReportOutput> outputs,
            Map<String, String> sha256ByPath,
            Map<MessageKey, String> lastSent) {
        List<PlannedMessage> messages = new ArrayList<>();
        // in the order the leaders' message names them: 1. the report, 2. the workbook, 3. its Word
        // version, then the ranking notice (and its Word version) when there is one
        List<ReportOutput.Kind> leaderKinds = java.util.stream.Stream.of(
                        ReportOutput.Kind.DISTRICT,
                        ReportOutput.Kind.WORKBOOK,
                        ReportOutput.Kind.DISTRICT_WORD,
                        ReportOutput.Kind.NOTICE,
                        ReportOutput.Kind.NOTICE_WORD)
                .filter(k -> wordToLeaders || !k.isWordVersion())
                .toList();
        List<ReportOutput> leaderPack = outputs.stream()
                .filter(o -> leaderKinds.contains(o.kind()))
                .sorted(java.util.Comparator.comparing(o -> leaderKinds.indexOf(o.kind())))
                .toList();
        if (!leaderPack.isEmpty()) {
            for (Leader leader : leaders) {
                messages.add(message(
                        new MessageKey(leader.email(), MessageKey.Kind.LEADER, null),
                        leader.name(),
                        null,
                        leaderPack,
                        sha256ByPath,
                        lastSent));
            }
        }
        List<Unit> withoutAddress = new ArrayList<>();
        for (ReportOutput report : outputs) {
            if (report.kind() != ReportOutput.Kind.UNIT) {
                continue;
            }
            Unit unit = units.get(report.unitCode());
            if (unit == null) {
                throw new IllegalStateException("unit report for " + report.unitCode() + " but no such unit");
            }
            Map<String, String> recipients = new LinkedHashMap<>(); // address → name; one message per address
            addRecipient(recipients, unit.headEmail(), unit.head());
            addRecipient(recipients, unit.liaisonEmail(), unit.liaison());
            if (recipients.isEmpty()) {
                withoutAddress.add(unit);
            }
            recipients.forEach((address, name) -> messages.add(message(
                    new MessageKey(address, MessageKey.Kind.UNIT, unit.code()),
                    name,
                    unit.name(),
                    List.of(report),
                    sha256ByPath,
                    lastSent)));
        }
        return new Plan(messages, withoutAddress);
    }

    private static void addRecipient(Map<String, String> recipients, String address, String name) {
        if (EmailAddresses.isAddress(address)) {
            recipients.putIfAbsent(MessageKey.normalize(address), name == null ? "" : name);
        }
    }

    private static PlannedMessage message(
            MessageKey key,
            String name,
            String unitName,
            List<ReportOutput> documents,
            Map<String, String> sha256ByPath,
            Map<MessageKey, String> lastSent) {
        List<PlannedMessage.Attachment> attachments = new ArrayList<>();
        ContentFingerprint fingerprint =
                new ContentFingerprint().add(key.kind()).add(key.unitCode());
        for (ReportOutput d : documents) {
            String sha = sha256ByPath.get(d.path());
            if (sha == null) {
                throw new IllegalStateException("document " + d.path() + " is not in the published month");
            }
            attachments.add(new PlannedMessage.Attachment(d.path(), sha));
            // a Word document says what its PDF says: attaching it (or not) is no new content
            if (!d.kind().isWordVersion()) {
                fingerprint.add(d.fingerprint());
            }
        }
        String content = fingerprint.hex();
        String before = lastSent.get(key);
        return new PlannedMessage(
                key,
                name,
                unitName,
                List.copyOf(attachments),
                content,
                before != null && !before.equals(content),
                content.equals(before));
    }
}
