package org.reformreport.intake;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Lists the inbox: every entry in it and its sub-folders, in the order corrections are decided
 * (relative names by Unicode code point). Hidden files and Excel's "~$" lock files are not forms.
 * Whatever cannot be read as a file (a folder the job may not open, a FIFO, a socket, a broken
 * link, a link to a folder) is listed too, with the reason, so that it reaches the manifest and
 * 数据问题 instead of disappearing or stopping the run; a FIFO is never opened (that would block).
 */
public final class InboxScanner {

    /** An inbox entry: a file to read, or something that cannot be read, with the reason for the office. */
    public record Entry(Path path, String problem) {
        public boolean readable() {
            return problem == null;
        }
    }

    private InboxScanner() {}

    /** The files to read, without the entries that cannot be read (for sizes and progress). */
    public static List<Path> list(Path inbox) throws IOException {
        return entries(inbox).stream().filter(Entry::readable).map(Entry::path).toList();
    }

    public static List<Entry> entries(Path inbox) throws IOException {
        if (!Files.isDirectory(inbox)) {
            throw new IOException("inbox folder does not exist: " + inbox.toAbsolutePath());
        }
        List<Entry> entries = new ArrayList<>();
        Files.walkFileTree(inbox, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (!dir.equals(inbox) && isHiddenOrLock(inbox.relativize(dir))) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (!isHiddenOrLock(inbox.relativize(file))) {
                    entries.add(new Entry(file, problemOf(inbox, file, attrs)));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                if (!isHiddenOrLock(inbox.relativize(file))) {
                    entries.add(new Entry(
                            file,
                            Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)
                                    ? "文件夹无法打开（" + why(e) + "），其中的报表均未读取，请管理员检查文件夹权限"
                                    : "文件无法打开（" + why(e) + "）"));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                if (e != null && !isHiddenOrLock(inbox.relativize(dir))) {
                    // listing broke off part-way: what was listed is read, the rest is reported
                    entries.add(new Entry(dir, "文件夹未能读完（" + why(e) + "），其中部分报表可能未读取"));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return entries.stream()
                .sorted(Comparator.comparing((Entry e) -> relativeName(inbox, e.path()), Submission::compareCodePoints))
                .toList();
    }

    /** Why an entry the walk found is not a file to read, or null when it is one. */
    private static String problemOf(Path inbox, Path file, BasicFileAttributes attrs) {
        BasicFileAttributes target = attrs;
        if (attrs.isSymbolicLink()) {
            try {
                target = Files.readAttributes(file, BasicFileAttributes.class); // a link to a form is read
                // … but only within the inbox: a link to /etc/shadow would put its lines into the
                // reasons on 数据问题, which goes to leaders by email
                if (target.isRegularFile() && !file.toRealPath().startsWith(inbox.toRealPath())) {
                    return "是指向收件箱以外的链接，未读取（请将报表本身放入收件箱）";
                }
            } catch (IOException broken) {
                return "是失效的链接（指向的文件不存在或无法访问），未读取";
            }
        }
        if (target.isDirectory()) {
            return "是指向文件夹的链接，未读取（请将报表直接放入收件箱）";
        }
        return problemOfFile(file, target);
    }

    /**
     * Why a path that is no folder cannot be read as a form, or null when it can: a file the job may
     * not read, or no file at all (a FIFO is never opened: that would block).
     *
     * @param target the attributes of the file itself (a link followed)
     */
    static String problemOfFile(Path file, BasicFileAttributes target) {
        if (target.isRegularFile()) {
            return Files.isReadable(file) ? null : "文件无法打开（没有读取权限），请管理员检查文件权限";
        }
        return "不是普通文件（可能是管道、套接字或设备），未读取";
    }

    /** An I/O failure in words an administrator acts on. */
    static String why(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "没有读取权限";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "文件已被移走或删除";
        }
        if (e instanceof java.nio.file.FileSystemLoopException) {
            return "链接形成循环";
        }
        return "读取出错：" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    static String relativeName(Path inbox, Path file) {
        String name = inbox.relativize(file).toString().replace('\\', '/');
        return name.indexOf('\uFFFD') < 0 ? name : nameFromBytes(inbox, file, name);
    }

    /**
     * The name of a file whose name is not UTF-8, read from its bytes. Java shows every such byte as
     * U+FFFD, so two files differing only there (bad\xFF.csv, bad\xFE.csv) shared one name, one
     * manifest line and the re-sent-file rules. The usual case is a zip made on Chinese Windows and
     * unpacked here, its names in GBK: those read as GB18030. Any other byte is written as %XX.
     */
    private static String nameFromBytes(Path inbox, Path file, String shown) {
        String base = inbox.toAbsolutePath().toUri().getRawPath();
        String full = file.toAbsolutePath().toUri().getRawPath();
        if (!full.startsWith(base)) {
            return shown;
        }
        List<String> parts = new ArrayList<>();
        for (String part : full.substring(base.length()).split("/")) {
            if (!part.isEmpty()) {
                parts.add(partFromBytes(percentDecoded(part)));
            }
        }
        return String.join("/", parts);
    }

    /** One folder or file name: UTF-8, else GB18030, else UTF-8 with each undecodable byte as %XX. */
    private static String partFromBytes(byte[] bytes) {
        String text = strictly(java.nio.charset.StandardCharsets.UTF_8, bytes);
        if (text == null) {
            text = strictly(java.nio.charset.Charset.forName("GB18030"), bytes);
        }
        if (text != null) {
            return text;
        }
        StringBuilder name = new StringBuilder();
        java.nio.charset.CharsetDecoder utf8 = java.nio.charset.StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length);
        while (in.hasRemaining()) {
            java.nio.charset.CoderResult result = utf8.decode(in, out, true);
            out.flip();
            name.append(out);
            out.clear();
            if (result.isError()) {
                for (int n = 0; n < result.length(); n++) {
                    name.append(String.format("%%%02X", in.get() & 0xFF));
                }
            }
        }
        return name.toString();
    }

    /** The bytes of a raw URI path segment: the URI of a Unix path keeps ASCII and escapes every other byte. */
    private static byte[] percentDecoded(String segment) {
        java.io.ByteArrayOutputStream raw = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c == '%' && i + 2 < segment.length()) {
                raw.write(Integer.parseInt(segment.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                raw.write(c);
            }
        }
        return raw.toByteArray();
    }

    private static String strictly(java.nio.charset.Charset charset, byte[] bytes) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return null;
        }
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
