package vn.ocop.bench.fuzz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import vn.ocop.catalog.importing.ImportSeeds;
import vn.ocop.kernel.Money;
import vn.ocop.orders.payment.vietqr.VietQr;
import vn.ocop.orders.payment.vietqr.VietQrRequest;

/**
 * Writes the seed corpus of each fuzz target into {@code <dir>/<target>/}: valid inputs the fuzzer
 * mutates from. Usage: {@code FuzzSeeds <dir> <repository root>}; EPCIS seeds are the OpenEPCIS
 * capture examples from traceability's test resources, Digital Link seeds the GS1 parse vectors.
 */
public final class FuzzSeeds {

    private FuzzSeeds() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        Path root = Path.of(args.length > 1 ? args[1] : ".");

        Path dl = Files.createDirectories(dir.resolve("digitallink"));
        int n = 0;
        for (String line :
                Files.readAllLines(
                        root.resolve("traceability/src/test/resources/vectors/gs1-dl-parse.tsv"))) {
            if (!line.startsWith("#") && line.contains("\t")) {
                write(dl.resolve("v" + n++), line.split("\t")[0]);
            }
        }
        write(dl.resolve("batch"), "https://ocop.example.vn/01/08935049500018/10/NM-20?17=261231");
        write(dl.resolve("unit"), "https://id.gs1.org/01/08935049500018/10/ABC/21/XYZ");

        Path qr = Files.createDirectories(dir.resolve("vietqr"));
        write(
                qr.resolve("static"),
                VietQr.generate(VietQrRequest.staticForAccount("970436", "0011001932418")));
        write(
                qr.resolve("dynamic"),
                VietQr.generate(
                        VietQrRequest.dynamicForAccount(
                                "970422",
                                "1234567890",
                                Money.vnd(356_000),
                                "DH-2026-000123",
                                "Thanh toán đơn hàng OCOP")));

        Path epcis = Files.createDirectories(dir.resolve("epcis"));
        try (Stream<Path> files =
                Files.list(
                        root.resolve(
                                "traceability/src/test/resources/epcis/openepcis-0.9.2/capture"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                Files.copy(file, epcis.resolve(file.getFileName()), REPLACE);
            }
        }

        Path csv = Files.createDirectories(dir.resolve("csv"));
        write(
                csv.resolve("products.csv"),
                "\uFEFFMã SKU;Tên sản phẩm;Chủ thể;Giá (VND)\n"
                        + "NM-01;Nước mắm Cát Hải;HTX Cát Hải;120000\n"
                        + "MO-02;\"Mật ong; bạc hà\";HTX Mèo Vạc;250000\n");
        write(csv.resolve("commas.csv"), "sku,name,price\nA-1,\"Trà \"\"Shan\"\" tuyết\",90000\n");

        Path xlsx = Files.createDirectories(dir.resolve("xlsx"));
        Files.write(xlsx.resolve("products.xlsx"), ImportSeeds.workbook());
        System.out.println("seeds written to " + dir.toAbsolutePath() + " for " + TARGETS);
    }

    static final List<String> TARGETS = List.of("digitallink", "vietqr", "epcis", "csv", "xlsx");

    private static final java.nio.file.CopyOption REPLACE =
            java.nio.file.StandardCopyOption.REPLACE_EXISTING;

    private static void write(Path file, String content) throws IOException {
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
