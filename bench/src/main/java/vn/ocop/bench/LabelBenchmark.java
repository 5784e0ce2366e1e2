package vn.ocop.bench;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import vn.ocop.platform.qr.api.ErrorCorrection;
import vn.ocop.traceability.digitallink.DigitalLink;
import vn.ocop.traceability.labels.Label;
import vn.ocop.traceability.labels.LabelCaptions;
import vn.ocop.traceability.labels.LabelSheet;
import vn.ocop.traceability.labels.LabelTemplate;
import vn.ocop.traceability.serials.SerialNumbers;

/**
 * Label PDF throughput against the bare QR encoder, in the same JVM and run: N unit Digital Links
 * (random serials) are (a) encoded with ZXing's {@code QRCodeWriter} and nothing else, and (b)
 * written as a label PDF with {@link LabelSheet} (encode, draw, text, compress, save to a file).
 * One warm-up round, then R measured rounds of each; prints codes/s per round, the medians and
 * their ratio (goal: labels at least 0.5× the raw encoder), with the load average. Without template
 * arguments every template is measured.
 *
 * <pre>mvn -B -q -DskipTests package -pl bench -am
 * java -Xmx1g -cp 'bench/target/lib/*:bench/target/bench-0.1.0-SNAPSHOT.jar' \
 *   vn.ocop.bench.LabelBenchmark 1000 5 A4_4X10 A4_3X8 ROLL_40X30_203DPI ROLL_40X30_300DPI</pre>
 */
public final class LabelBenchmark {

    private LabelBenchmark() {}

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<LabelTemplate> templates = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            templates.add(LabelTemplate.valueOf(args[i]));
        }
        if (templates.isEmpty()) {
            templates = List.of(LabelTemplate.values());
        }
        List<String> uris = uris(count);
        Path dir = Files.createTempDirectory("ocop-label-bench");
        System.out.printf(
                "labels=%d runs=%d java=%s cpus=%d load=%.2f%n",
                count,
                runs,
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(),
                load());
        for (LabelTemplate template : templates) {
            double[] raw = new double[runs];
            double[] pdf = new double[runs];
            long bytes = 0;
            encode(uris);
            bytes = labels(uris, template, dir.resolve("warm-up.pdf"));
            for (int r = 0; r < runs; r++) {
                raw[r] = rate(count, encode(uris));
                long start = System.nanoTime();
                bytes = labels(uris, template, dir.resolve("run-" + r + ".pdf"));
                pdf[r] = rate(count, System.nanoTime() - start);
                System.out.printf(
                        "%s run %d: raw encode %.0f codes/s, label PDF %.0f codes/s%n",
                        template, r + 1, raw[r], pdf[r]);
            }
            double rawMedian = median(raw);
            double pdfMedian = median(pdf);
            System.out.printf(
                    "%s median: raw encode %.0f codes/s, label PDF %.0f codes/s, ratio %.2f,"
                            + " file %.1f MB, load %.2f%n",
                    template, rawMedian, pdfMedian, pdfMedian / rawMedian, bytes / 1e6, load());
        }
    }

    private static List<String> uris(int count) {
        SerialNumbers serials = new SerialNumbers(new SecureRandom());
        List<String> uris = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            uris.add(
                    DigitalLink.forUnit(
                            "https://ocop.example.vn",
                            "08931234567897",
                            "NM-2026/01",
                            serials.next()));
        }
        return uris;
    }

    /** Nanoseconds to encode every URI with ZXing alone (level M, as the labels use). */
    private static long encode(List<String> uris) throws Exception {
        QRCodeWriter writer = new QRCodeWriter();
        Map<EncodeHintType, Object> hints =
                Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        long start = System.nanoTime();
        int sink = 0;
        for (String uri : uris) {
            BitMatrix matrix = writer.encode(uri, BarcodeFormat.QR_CODE, 0, 0, hints);
            sink += matrix.getWidth();
        }
        long elapsed = System.nanoTime() - start;
        if (sink == 0) {
            throw new IllegalStateException("nothing encoded");
        }
        return elapsed;
    }

    private static long labels(List<String> uris, LabelTemplate template, Path file)
            throws Exception {
        try (LabelSheet sheet =
                new LabelSheet(template, LabelCaptions.VIETNAMESE, ErrorCorrection.M)) {
            for (String uri : uris) {
                sheet.add(
                        new Label(
                                uri,
                                "Nước mắm Cát Hải thượng hạng 40 độ đạm",
                                "NM-2026/01",
                                LocalDate.of(2028, 11, 22),
                                null,
                                uri.substring(uri.length() - SerialNumbers.LENGTH)));
            }
            sheet.save(file);
        }
        long size = Files.size(file);
        Files.delete(file);
        return size;
    }

    /** The system's one-minute load average (what {@code uptime} shows first). */
    private static double load() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                .getSystemLoadAverage();
    }

    private static double rate(int count, long nanos) {
        return count / (nanos / 1e9);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
