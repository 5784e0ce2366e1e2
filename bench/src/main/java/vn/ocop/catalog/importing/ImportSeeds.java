package vn.ocop.catalog.importing;

import java.util.ArrayList;
import java.util.List;

/** Seed files for the import fuzz targets: a real workbook as the office's template produces. */
public final class ImportSeeds {

    private ImportSeeds() {}

    public static byte[] workbook() {
        List<String> headers =
                List.of("Mã SKU", "Tên sản phẩm", "Chủ thể", "Giá (VND)", "Hạng sao", "Ngày");
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("NM-01", "Nước mắm Cát Hải", "HTX Cát Hải", 120000, 4, "2026-01-05"));
        rows.add(List.of("MO-02", "Mật ong bạc hà Mèo Vạc", "HTX Mèo Vạc", 250000L, 5, ""));
        return Workbooks.write(
                List.of(
                        new Workbooks.Table(
                                "Sản phẩm",
                                headers,
                                List.of(true, true, true, true, false, false),
                                rows)));
    }
}
