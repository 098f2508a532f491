package org.reformreport.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Lists the inbox: every file in it and its sub-folders, in the order corrections are decided
 * (relative names by Unicode code point). Hidden files and Excel's "~$" lock files are not forms.
 */
public final class InboxScanner {

    private InboxScanner() {
    }

    public static List<Path> list(Path inbox) throws IOException {
        if (!Files.isDirectory(inbox)) {
            throw new IOException("inbox folder does not exist: " + inbox.toAbsolutePath());
        }
        try (Stream<Path> files = Files.walk(inbox)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> !isHiddenOrLock(inbox.relativize(f)))
                    .sorted(Comparator.comparing((Path f) -> relativeName(inbox, f), Submission::compareCodePoints))
                    .toList();
        }
    }

    public static String relativeName(Path inbox, Path file) {
        return inbox.relativize(file).toString().replace('\\', '/');
    }

    private static boolean isHiddenOrLock(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            if (name.startsWith(".") || name.startsWith("~$")) {
                return true;
            }
        }
        return false;
    }
}
