package org.reformreport.intake.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Tells a UTF-8 CSV (with or without BOM) from a GB18030/GBK one, as WPS and Excel export them.
 * juniversalchardet does the statistics; its answer is narrowed to the two encodings forms may use.
 */
final class CsvCharset {

    public static final Charset GB18030 = Charset.forName("GB18030");
    private static final int SAMPLE_BYTES = 1 << 20;

    /** The detected charset and how many leading bytes (a BOM) to skip. */
    public record Detected(Charset charset, int bomLength) {}

    private CsvCharset() {}

    public static Detected detect(Path file) throws IOException {
        byte[] sample;
        try (InputStream in = Files.newInputStream(file)) {
            sample = in.readNBytes(SAMPLE_BYTES);
        }
        if (sample.length >= 3
                && (sample[0] & 0xFF) == 0xEF
                && (sample[1] & 0xFF) == 0xBB
                && (sample[2] & 0xFF) == 0xBF) {
            return new Detected(StandardCharsets.UTF_8, 3);
        }
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(sample, 0, sample.length);
        detector.dataEnd();
        String guess = detector.getDetectedCharset();
        if (guess == null || "UTF-8".equalsIgnoreCase(guess) || "US-ASCII".equalsIgnoreCase(guess)) {
            // null means nothing but ASCII was seen (or too little to say): UTF-8 reads that unchanged.
            return new Detected(isUtf8(sample) ? StandardCharsets.UTF_8 : GB18030, 0);
        }
        if (guess.toUpperCase().startsWith("GB") || "HZ-GB-2312".equalsIgnoreCase(guess)) {
            return new Detected(GB18030, 0);
        }
        // Short Chinese samples are sometimes taken for Big5 or EUC-KR; forms are only UTF-8 or GB18030.
        return new Detected(isUtf8(sample) ? StandardCharsets.UTF_8 : GB18030, 0);
    }

    /** Strict UTF-8 check of the sample, forgiving a multi-byte sequence cut off at the sample's end. */
    static boolean isUtf8(byte[] sample) {
        int end = sample.length;
        int back = 0;
        while (back < 3 && end - back - 1 >= 0 && (sample[end - back - 1] & 0xC0) == 0x80) {
            back++;
        }
        if (end - back - 1 >= 0 && (sample[end - back - 1] & 0xC0) == 0xC0) {
            end = end - back - 1;
        }
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Arrays.copyOf(sample, end)));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
