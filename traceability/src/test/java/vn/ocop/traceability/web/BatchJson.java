package vn.ocop.traceability.web;

import java.time.LocalDate;
import java.time.ZoneId;

/** Registration bodies relative to today in Vietnam, as a producer's app would send them. */
public final class BatchJson {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    private BatchJson() {}

    /**
     * Anchovy caught 20 days ago under VietGAP, fish sauce produced 10 days ago, bottled 5 days
     * ago, tested 3 days ago, good for two years.
     */
    public static String fishSauce(String gtin, String lot) {
        return """
                {"gtin":"%s","lot":"%s","productionDate":"%s","expiryDate":"%s",
                 "quantity":1200,"unit":"PIECE","productionSite":"Xưởng chế biến HTX Cát Hải",
                 "inputs":[{"material":"Cá cơm than","originProvince":"Hải Phòng","originCommune":"Cát Hải",
                   "farm":"Tàu HP-90123-TS","supplier":"Tổ hợp tác khai thác hải sản Cát Hải",
                   "supplierLot":"CC-0925","quantity":3000,"unit":"kg",
                   "certificates":[{"scheme":"VietGAP","number":"VG-123","issuer":"Chi cục Thủy sản",
                     "validFrom":"%s","validUntil":"%s"}]}],
                 "steps":[{"kind":"HARVEST","date":"%s","place":"Cát Hải"},
                          {"kind":"PROCESSING","date":"%s","note":"Ủ chượp"},
                          {"kind":"PACKING","date":"%s"}],
                 "labTests":[{"lab":"Trung tâm Kỹ thuật TĐC 1","reportNumber":"KN-2025/123","date":"%s",
                   "results":[{"name":"Độ đạm","value":40,"unit":"g/l"},
                              {"name":"Histamin","value":120.5,"unit":"mg/kg"},
                              {"name":"Salmonella","text":"Không phát hiện"}]}],
                 "retainedSample":{"sampleId":"LM-001","place":"Kho mẫu HTX","until":"%s"}}
                """
                .formatted(
                        gtin,
                        lot,
                        TODAY.minusDays(10),
                        TODAY.plusYears(2),
                        TODAY.minusYears(1),
                        TODAY.plusYears(1),
                        TODAY.minusDays(20),
                        TODAY.minusDays(10),
                        TODAY.minusDays(5),
                        TODAY.minusDays(3),
                        TODAY.plusYears(2));
    }

    static String day(int daysFromToday) {
        return TODAY.plusDays(daysFromToday).toString();
    }
}
