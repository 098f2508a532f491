package org.reformreport.delivery;

import java.util.List;

/**
 * One message of a month's delivery, as planned before anything is sent.
 *
 * @param fingerprint what the attachments say (their content fingerprints), to compare with what
 *                    the recipient received before
 * @param correction  the recipient received a different version of this report before: 更正
 * @param unchanged   the recipient already received exactly this: it is recorded, not sent
 */
public record PlannedMessage(
        MessageKey key,
        String recipientName,
        String unitName,
        List<Attachment> attachments,
        String fingerprint,
        boolean correction,
        boolean unchanged) {

    /** A file of the published month, relative to its folder, with the sha256 of its bytes. */
    public record Attachment(String path, String sha256) {

        /** The name the recipient sees: the file's own name, without the 单位报告/ folder. */
        public String fileName() {
            return path.substring(path.lastIndexOf('/') + 1);
        }
    }
}
