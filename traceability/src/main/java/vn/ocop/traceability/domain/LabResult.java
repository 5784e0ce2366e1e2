package vn.ocop.traceability.domain;

import java.math.BigDecimal;

/**
 * One measured indicator of a lab report, e.g. histamine 120 mg/kg, or a textual finding such as
 * "không phát hiện" (not detected).
 */
public record LabResult(String name, BigDecimal value, String text, String unit) {
    public LabResult {
        name = Texts.clean(name);
        text = Texts.clean(text);
        unit = Texts.clean(unit);
    }
}
