package vn.ocop.storefront.producer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.ocop.catalog.api.OriginInput;
import vn.ocop.catalog.api.ProductInput;
import vn.ocop.catalog.api.ProductView;
import vn.ocop.catalog.api.VariantInput;
import vn.ocop.catalog.api.VariantView;
import vn.ocop.kernel.DomainException;
import vn.ocop.kernel.FieldViolation;
import vn.ocop.storefront.producer.ListingForm.VariantForm;

/**
 * Turns the posted form into the catalogue's {@link ProductInput}, noting a message key per field
 * the page itself can refuse (blank, not a number, too long); the catalogue checks the rest (group,
 * province, GTIN check digit, duplicate SKU) and its refusals are mapped back onto the form's
 * fields by {@link #fieldErrors}.
 */
final class ListingInputs {

    private ListingInputs() {}

    /** The errors of a form and, when there are none, the input to save. */
    record Checked(Map<String, String> errors, ProductInput input) {}

    static Checked check(ListingForm form, List<UUID> producerIds, ProductView existing) {
        Map<String, String> errors = new LinkedHashMap<>();
        required(errors, "nameVi", form.nameVi(), 300);
        optional(errors, "nameEn", form.nameEn(), 300);
        optional(errors, "descriptionVi", form.descriptionVi(), 20000);
        optional(errors, "descriptionEn", form.descriptionEn(), 20000);
        required(errors, "group", form.group(), 32);
        optional(errors, "subgroup", form.subgroup(), 48);
        required(errors, "province", form.province(), 60);
        required(errors, "commune", form.commune(), 200);
        optional(errors, "village", form.village(), 200);
        List<VariantForm> rows = form.filledVariants();
        if (rows.isEmpty()) {
            errors.put("variants", "producer.listing.error.variantRequired");
        }
        List<VariantInput> variants = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            VariantForm row = rows.get(i);
            String at = "variants[" + i + "].";
            required(errors, at + "sku", row.sku(), 64);
            required(errors, at + "nameVi", row.nameVi(), 200);
            Long price = wholeNumber(errors, at + "price", row.price(), true);
            Long weight = wholeNumber(errors, at + "weightGrams", row.weightGrams(), false);
            if (weight != null && weight == 0) {
                errors.put(at + "weightGrams", "producer.listing.error.notPositive");
            }
            optional(errors, at + "gtin", row.gtin(), 14);
            if (price != null) {
                variants.add(
                        new VariantInput(
                                strip(row.sku()),
                                strip(row.nameVi()),
                                englishName(existing, strip(row.sku())),
                                price,
                                weight == null
                                        ? null
                                        : Math.toIntExact(Math.min(weight, 10_000_000)),
                                blankToNull(row.gtin())));
            }
        }
        if (!errors.isEmpty()) {
            return new Checked(errors, null);
        }
        List<OriginInput> origins = new ArrayList<>();
        origins.add(
                new OriginInput(
                        strip(form.province()),
                        strip(form.commune()),
                        blankToNull(form.village()),
                        formerDistrict(existing, strip(form.province()), strip(form.commune()))));
        if (existing != null) {
            existing.origins().stream()
                    .skip(1)
                    .map(
                            o ->
                                    new OriginInput(
                                            o.provinceCode(),
                                            o.commune(),
                                            o.village(),
                                            o.historicalDistrict()))
                    .forEach(origins::add);
        }
        ProductInput input =
                new ProductInput(
                        strip(form.nameVi()),
                        blankToNull(form.nameEn()),
                        blankToNull(form.descriptionVi()),
                        blankToNull(form.descriptionEn()),
                        strip(form.group()),
                        blankToNull(form.subgroup()),
                        producerIds,
                        origins,
                        variants,
                        existing == null ? null : existing.regulated(),
                        existing == null ? null : existing.declarationNumber(),
                        existing != null && existing.perishable(),
                        existing == null ? null : existing.shelfLifeDays(),
                        existing != null && existing.service());
        return new Checked(errors, input);
    }

    /**
     * Whether the posted form differs from the listing's own form in prices only (same variants in
     * the same order, same texts, origin and group): then the change keeps a published listing
     * published.
     */
    static boolean onlyPricesDiffer(ListingForm current, ListingForm posted) {
        List<VariantForm> was = current.filledVariants();
        List<VariantForm> now = posted.filledVariants();
        if (was.size() != now.size()
                || !same(current.nameVi(), posted.nameVi())
                || !same(current.nameEn(), posted.nameEn())
                || !same(current.descriptionVi(), posted.descriptionVi())
                || !same(current.descriptionEn(), posted.descriptionEn())
                || !same(current.group(), posted.group())
                || !same(current.subgroup(), posted.subgroup())
                || !same(current.province(), posted.province())
                || !same(current.commune(), posted.commune())
                || !same(current.village(), posted.village())) {
            return false;
        }
        for (int i = 0; i < was.size(); i++) {
            VariantForm a = was.get(i);
            VariantForm b = now.get(i);
            if (!same(a.sku(), b.sku())
                    || !same(a.nameVi(), b.nameVi())
                    || !same(a.weightGrams(), b.weightGrams())
                    || !same(a.gtin(), b.gtin())) {
                return false;
            }
        }
        return true;
    }

    private static boolean same(String a, String b) {
        return strip(a).equals(strip(b));
    }

    /**
     * The catalogue's refusal as form errors: its field names ({@code origins[0].province}, {@code
     * variants[1].priceVnd}) renamed to the form's, the message being the code's title.
     */
    static Map<String, String> fieldErrors(DomainException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldViolation v : e.violations()) {
            errors.putIfAbsent(formField(v.field()), "problem." + v.code() + ".title");
        }
        if (errors.isEmpty()) {
            errors.put("form", "problem." + e.errorCode().code() + ".title");
        }
        return errors;
    }

    static String formField(String field) {
        if (field == null) {
            return "form";
        }
        if (field.startsWith("origins[")) {
            return field.substring(field.indexOf('.') + 1);
        }
        if (field.startsWith("variants[") && field.endsWith(".priceVnd")) {
            return field.replace(".priceVnd", ".price");
        }
        if (field.startsWith("producerIds")) {
            return "form";
        }
        return field;
    }

    private static void required(Map<String, String> errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.put(field, "producer.listing.error.required");
        } else {
            optional(errors, field, value, max);
        }
    }

    private static void optional(Map<String, String> errors, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            errors.put(field, "producer.listing.error.tooLong");
        }
    }

    /** A whole number as shoppers write prices: "120000", "120.000" or "120 000". */
    private static Long wholeNumber(
            Map<String, String> errors, String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.put(field, "producer.listing.error.required");
            }
            return null;
        }
        String digits = value.strip().replace(".", "").replace(" ", "").replace(",", "");
        if (!digits.matches("\\d{1,12}")) {
            errors.put(field, "producer.listing.error.wholeNumber");
            return null;
        }
        return Long.parseLong(digits);
    }

    /** The form has no former district; the first origin's is kept while it is the same place. */
    private static String formerDistrict(ProductView existing, String province, String commune) {
        if (existing == null || existing.origins().isEmpty()) {
            return null;
        }
        var first = existing.origins().get(0);
        return first.provinceCode().equals(province) && first.commune().equals(commune)
                ? first.historicalDistrict()
                : null;
    }

    /** The form has no English variant name; an existing one is kept (matched by SKU). */
    private static String englishName(ProductView existing, String sku) {
        if (existing == null) {
            return null;
        }
        return existing.variants().stream()
                .filter(v -> v.sku().equals(sku))
                .findFirst()
                .map(VariantView::nameEn)
                .orElse(null);
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
