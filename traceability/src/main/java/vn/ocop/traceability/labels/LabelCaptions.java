package vn.ocop.traceability.labels;

/** The words printed before the values, in the label's language ("Lô", "HSD" / "Lot", "Expiry"). */
public record LabelCaptions(String lot, String expiry, String bestBefore, String serial) {

    public static final LabelCaptions VIETNAMESE =
            new LabelCaptions("Lô", "HSD", "Dùng tốt nhất trước", "Số sê-ri");
}
