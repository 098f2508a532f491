package org.reformreport.intake.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.poi.openxml4j.opc.ContentTypes;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Looks at an xlsx's zip before POI opens it, for what POI would load whole before any of the
 * reader's limits apply: the list of entries (held as objects, one per entry), and the parts it
 * parses into object trees on opening ([Content_Types].xml, the relationship parts, the core
 * properties). The JDK's zip reader keeps its entry list as one byte array, so counting there is
 * cheap; the small parts are inflated through the budget's meter, so a lying size is caught too.
 */
final class PackageCheck {

    /**
     * Far above any real part of these kinds: a few KB, [Content_Types].xml lists each of at most
     * 1,000 parts, and a sheet's relationships list its hyperlinks (8 MB is some 40,000 of them).
     * POI parses each into a DOM of several times its size.
     */
    static final long MAX_STRUCTURE_PART_BYTES = 8L * 1024 * 1024;

    private static final String CONTENT_TYPES = "[Content_Types].xml";

    private PackageCheck() {}

    static void check(Path file, ReadBudget budget) throws UnreadableFileException {
        // ISO-8859-1 names: any byte sequence is a name, so odd names cannot make the JDK refuse a file POI reads.
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.ISO_8859_1)) {
            long maxEntries = ZipSecureFile.getMaxFileCount();
            if (zip.size() > maxEntries) {
                throw new UnreadableFileException(
                        "文件内含" + zip.size() + "个部件，超过" + maxEntries + "个（上限），不是正常的Excel表格，已拒绝读取");
            }
            Set<String> names = new HashSet<>();
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                // Part names are case-insensitive; two entries of one name could be read differently by two readers.
                if (!names.add(e.nextElement().getName().toLowerCase(Locale.ROOT))) {
                    throw new UnreadableFileException("不是有效的xlsx文件（压缩包内有重名部件，可能已被篡改）");
                }
            }
            ZipEntry contentTypes = zip.getEntry(CONTENT_TYPES);
            Set<String> coreProperties = contentTypes == null ? Set.of() : coreProperties(zip, contentTypes, budget);
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                String name = entry.getName();
                if (name.toLowerCase(Locale.ROOT).endsWith(".rels") || coreProperties.contains(name)) {
                    inflate(zip, entry, budget);
                }
            }
        } catch (ZipException e) {
            throw new UnreadableFileException("不是有效的xlsx文件（压缩结构损坏或文件不完整）", e);
        } catch (IOException e) {
            throw new UnreadableFileException("文件无法读取（" + e.getMessage() + "）", e);
        } catch (ReadLimitException e) {
            throw new UnreadableFileException(e.getMessage(), e);
        }
    }

    /** Inflates [Content_Types].xml (metered) and names the parts typed as core properties. */
    private static Set<String> coreProperties(ZipFile zip, ZipEntry contentTypes, ReadBudget budget)
            throws IOException {
        Map<String, String> defaults = new HashMap<>();
        Set<String> overridden = new HashSet<>();
        try (InputStream in =
                budget.meter(zip.getInputStream(contentTypes), MAX_STRUCTURE_PART_BYTES, tooLarge(CONTENT_TYPES))) {
            var parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) {
                    String type = attributes.getValue("ContentType");
                    if (localName.equals("Default") && attributes.getValue("Extension") != null && type != null) {
                        defaults.put(attributes.getValue("Extension").toLowerCase(Locale.ROOT), type);
                    } else if (localName.equals("Override")
                            && attributes.getValue("PartName") != null
                            && ContentTypes.CORE_PROPERTIES_PART.equals(type)) {
                        overridden.add(attributes.getValue("PartName").replaceFirst("^/", ""));
                    }
                }
            });
            try {
                // the parser closes its stream when done; what it left unread is still to be counted below
                parser.parse(new InputSource(new java.io.FilterInputStream(in) {
                    @Override
                    public void close() {}
                }));
            } catch (org.xml.sax.SAXException e) {
                ReadLimitException limit = ReadLimitException.in(e);
                if (limit != null) {
                    throw limit;
                }
                // Broken content types are POI's to report when it opens the file; their size is still bounded:
            }
            in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (org.xml.sax.SAXException | javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException("No XML parser", e);
        }
        Set<String> core = new HashSet<>(overridden);
        for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
            String name = e.nextElement().getName();
            int dot = name.lastIndexOf('.');
            if (dot >= 0
                    && ContentTypes.CORE_PROPERTIES_PART.equals(
                            defaults.get(name.substring(dot + 1).toLowerCase(Locale.ROOT)))) {
                core.add(name);
            }
        }
        core.add("docProps/core.xml");
        return core;
    }

    private static void inflate(ZipFile zip, ZipEntry entry, ReadBudget budget) throws IOException {
        String reason = tooLarge(entry.getName());
        budget.declared(entry.getSize(), MAX_STRUCTURE_PART_BYTES, reason);
        try (InputStream in = budget.meter(zip.getInputStream(entry), MAX_STRUCTURE_PART_BYTES, reason)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
    }

    private static String tooLarge(String part) {
        return "文件的结构部件“" + part + "”解压后超过" + ReadLimits.size(MAX_STRUCTURE_PART_BYTES) + "，不是正常的Excel表格，已拒绝读取";
    }
}
