package vn.ocop.traceability.epcis;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.ocop.traceability.domain.LabResult;

/**
 * Lab results as EPCIS sensor reports. A lab indicator (histamine, total nitrogen, lead …) is not
 * one of GS1's measurement types, so each report has type {@code ocop:LabResult} and names the
 * indicator in {@code ocop:analyte}; the unit as written goes to {@code ocop:unit}, and also to
 * {@code uom} when it has a UN/ECE Recommendation 20 code.
 */
final class LabReports {

    private static final Map<String, String> UNECE =
            Map.ofEntries(
                    Map.entry("mg/kg", "MGK"),
                    Map.entry("g/l", "GL"),
                    Map.entry("mg/l", "M1"),
                    Map.entry("%", "P1"),
                    Map.entry("ppm", "59"),
                    Map.entry("°c", "CEL"),
                    Map.entry("kg", "KGM"),
                    Map.entry("g", "GRM"),
                    Map.entry("tấn", "TNE"),
                    Map.entry("t", "TNE"),
                    Map.entry("l", "LTR"),
                    Map.entry("lít", "LTR"),
                    Map.entry("ml", "MLT"));

    private LabReports() {}

    static Optional<String> uom(String unit) {
        return unit == null
                ? Optional.empty()
                : Optional.ofNullable(UNECE.get(unit.strip().toLowerCase(Locale.ROOT)));
    }

    static void write(List<LabResult> results, ArrayNode reports) {
        for (LabResult result : results) {
            ObjectNode report = reports.addObject();
            report.put("type", "ocop:LabResult");
            report.put("ocop:analyte", result.name());
            if (result.value() != null) {
                report.put("value", result.value());
            }
            if (result.text() != null) {
                report.put("stringValue", result.text());
            }
            if (result.unit() != null) {
                uom(result.unit()).ifPresent(code -> report.put("uom", code));
                report.put("ocop:unit", result.unit());
            }
        }
    }
}
