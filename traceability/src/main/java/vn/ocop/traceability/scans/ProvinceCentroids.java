package vn.ocop.traceability.scans;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * A point for each of the 34 provincial-level units (codes of the catalogue's {@code PlacesApi}):
 * the seat of its People's Committee after the 1 July 2025 reorganisation, rounded to 0.1°. Source:
 * coordinates of those seat cities as published by OpenStreetMap / Wikipedia (WGS 84), looked up by
 * hand in November 2026; good to a few kilometres, which is all a travel check at province
 * granularity needs.
 */
final class ProvinceCentroids {

    private ProvinceCentroids() {}

    private static final Map<String, double[]> SEATS =
            Map.ofEntries(
                    Map.entry("ha-noi", new double[] {21.0, 105.8}),
                    Map.entry("hue", new double[] {16.5, 107.6}),
                    Map.entry("hai-phong", new double[] {20.9, 106.7}),
                    Map.entry("da-nang", new double[] {16.1, 108.2}),
                    Map.entry("ho-chi-minh", new double[] {10.8, 106.7}),
                    Map.entry("can-tho", new double[] {10.0, 105.8}),
                    Map.entry("an-giang", new double[] {10.0, 105.1}),
                    Map.entry("bac-ninh", new double[] {21.3, 106.2}),
                    Map.entry("ca-mau", new double[] {9.2, 105.2}),
                    Map.entry("cao-bang", new double[] {22.7, 106.3}),
                    Map.entry("dak-lak", new double[] {12.7, 108.0}),
                    Map.entry("dien-bien", new double[] {21.4, 103.0}),
                    Map.entry("dong-nai", new double[] {10.9, 106.8}),
                    Map.entry("dong-thap", new double[] {10.4, 106.4}),
                    Map.entry("gia-lai", new double[] {13.8, 109.2}),
                    Map.entry("ha-tinh", new double[] {18.3, 105.9}),
                    Map.entry("hung-yen", new double[] {20.6, 106.1}),
                    Map.entry("khanh-hoa", new double[] {12.2, 109.2}),
                    Map.entry("lai-chau", new double[] {22.4, 103.5}),
                    Map.entry("lam-dong", new double[] {11.9, 108.4}),
                    Map.entry("lang-son", new double[] {21.9, 106.8}),
                    Map.entry("lao-cai", new double[] {21.7, 104.9}),
                    Map.entry("nghe-an", new double[] {18.7, 105.7}),
                    Map.entry("ninh-binh", new double[] {20.3, 106.0}),
                    Map.entry("phu-tho", new double[] {21.3, 105.4}),
                    Map.entry("quang-ngai", new double[] {15.1, 108.8}),
                    Map.entry("quang-ninh", new double[] {21.0, 107.1}),
                    Map.entry("quang-tri", new double[] {17.5, 106.6}),
                    Map.entry("son-la", new double[] {21.3, 103.9}),
                    Map.entry("tay-ninh", new double[] {10.5, 106.4}),
                    Map.entry("thai-nguyen", new double[] {21.6, 105.8}),
                    Map.entry("thanh-hoa", new double[] {19.8, 105.8}),
                    Map.entry("tuyen-quang", new double[] {21.8, 105.2}),
                    Map.entry("vinh-long", new double[] {10.3, 106.0}));

    static Optional<BigDecimal[]> of(String provinceCode) {
        return Optional.ofNullable(provinceCode)
                .map(SEATS::get)
                .map(p -> new BigDecimal[] {BigDecimal.valueOf(p[0]), BigDecimal.valueOf(p[1])});
    }

    static int size() {
        return SEATS.size();
    }

    /** Great-circle distance in kilometres (haversine, mean Earth radius 6371 km). */
    static double km(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double a =
                Math.sin(dp / 2) * Math.sin(dp / 2)
                        + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 6371 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    }
}
