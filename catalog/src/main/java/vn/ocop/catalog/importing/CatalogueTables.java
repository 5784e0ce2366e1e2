package vn.ocop.catalog.importing;

import jakarta.inject.Singleton;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.ocop.catalog.api.CertificateView;
import vn.ocop.catalog.api.OriginView;
import vn.ocop.catalog.api.PlacesApi;
import vn.ocop.catalog.api.ProducerView;
import vn.ocop.catalog.api.ProductView;
import vn.ocop.catalog.api.ProvinceView;
import vn.ocop.catalog.api.Regulation;
import vn.ocop.catalog.api.TaxonomyApi;
import vn.ocop.catalog.api.TaxonomyGroupView;
import vn.ocop.catalog.api.VariantView;

/**
 * The exported catalogue as tables with the importers' own columns: the products sheet (one row per
 * variant, with the product's certificate) reads back as products and as certificates, the
 * producers sheet as producers. Names (groups, provinces, legal forms) are written in the export's
 * language, which the importers read in either language.
 */
@Singleton
class CatalogueTables {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final ImportMessages messages;
    private final TaxonomyApi taxonomy;
    private final PlacesApi places;

    CatalogueTables(ImportMessages messages, TaxonomyApi taxonomy, PlacesApi places) {
        this.messages = messages;
        this.taxonomy = taxonomy;
        this.places = places;
    }

    Workbooks.Table products(List<CatalogExport.Entry> entries, Locale locale) {
        Map<String, TaxonomyGroupView> groups =
                taxonomy.groups().stream()
                        .collect(Collectors.toMap(TaxonomyGroupView::code, Function.identity()));
        List<List<Object>> rows = new ArrayList<>();
        for (CatalogExport.Entry entry : entries) {
            ProductView p = entry.product();
            List<VariantView> variants = p.variants().stream().filter(VariantView::active).toList();
            if (variants.isEmpty()) {
                continue;
            }
            TaxonomyGroupView group = groups.get(p.group());
            for (VariantView v : variants) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put(Columns.PRODUCT_KEY, variants.get(0).sku());
                row.put(Columns.NAME, p.nameVi());
                row.put("nameEn", p.nameEn());
                row.put("group", group == null ? p.group() : group.name(locale));
                row.put("subgroup", subgroupName(group, p.subgroup(), locale));
                row.put(
                        Columns.PRODUCERS,
                        entry.producers().stream()
                                .map(ProducerView::name)
                                .collect(Collectors.joining("; ")));
                origins(p.origins(), locale, row);
                row.put("description", blank(p.descriptionVi()));
                row.put("descriptionEn", blank(p.descriptionEn()));
                row.put(
                        "regulated",
                        p.regulated() == Regulation.NONE
                                ? null
                                : label("regulated." + p.regulated().name(), locale));
                row.put("declarationNumber", p.declarationNumber());
                row.put("perishable", yesNo(p.perishable(), locale));
                row.put("shelfLifeDays", p.shelfLifeDays());
                row.put("service", yesNo(p.service(), locale));
                row.put(Columns.SKU, v.sku());
                row.put("variantName", v.nameVi());
                row.put("variantNameEn", v.nameEn());
                row.put("price", v.priceVnd());
                row.put("weight", v.weightGrams());
                row.put("gtin", gtin13(v.gtin()));
                certificate(p.certificate(), locale, row);
                row.put(Columns.LISTED, yesNo(true, locale));
                row.put(
                        "updatedAt",
                        p.updatedAt() == null
                                ? null
                                : p.updatedAt().atZone(VIETNAM).toOffsetDateTime().toString());
                rows.add(Columns.CATALOGUE_EXPORT.stream().map(c -> row.get(c.key())).toList());
            }
        }
        return table(ImportKind.PRODUCTS, Columns.CATALOGUE_EXPORT, rows, locale);
    }

    Workbooks.Table producers(List<CatalogExport.Entry> entries, Locale locale) {
        Map<UUID, ProducerView> producers = new LinkedHashMap<>();
        entries.forEach(e -> e.producers().forEach(p -> producers.putIfAbsent(p.id(), p)));
        List<List<Object>> rows = new ArrayList<>();
        for (ProducerView p : producers.values()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("producerName", p.name());
            row.put("legalForm", label("legal-form." + p.legalForm().name(), locale));
            row.put("registrationNumber", p.registrationNumber());
            row.put(Columns.PROVINCE, provinceName(p.provinceCode(), locale));
            row.put(Columns.COMMUNE, p.commune());
            row.put("address", p.address());
            row.put("representative", p.representative());
            row.put("phone", p.phone());
            row.put("email", p.email());
            row.put("memberCount", p.memberCount());
            row.put("storyVi", blank(p.storyVi()));
            row.put("storyEn", blank(p.storyEn()));
            row.put("verified", yesNo(true, locale));
            rows.add(Columns.PRODUCERS_FILE.stream().map(c -> row.get(c.key())).toList());
        }
        return table(ImportKind.PRODUCERS, Columns.PRODUCERS_FILE, rows, locale);
    }

    private Workbooks.Table table(
            ImportKind kind, List<Column> columns, List<List<Object>> rows, Locale locale) {
        return new Workbooks.Table(
                ImportTemplates.sheetName(kind, locale),
                columns.stream().map(c -> messages.column(c.key(), locale)).toList(),
                columns.stream().map(Column::required).toList(),
                rows);
    }

    /** One province for all communes when they share it, else one per commune. */
    private void origins(List<OriginView> origins, Locale locale, Map<String, Object> row) {
        List<String> provinces =
                origins.stream().map(o -> provinceName(o.provinceCode(), locale)).toList();
        row.put(Columns.PROVINCE, joinedOrOne(provinces));
        row.put(
                Columns.COMMUNE,
                String.join("; ", origins.stream().map(OriginView::commune).toList()));
        row.put("village", joinedOrOne(origins.stream().map(o -> orEmpty(o.village())).toList()));
        row.put(
                "historicalDistrict",
                joinedOrOne(origins.stream().map(o -> orEmpty(o.historicalDistrict())).toList()));
    }

    private static String joinedOrOne(List<String> values) {
        if (values.stream().allMatch(String::isEmpty)) {
            return null;
        }
        return values.stream().distinct().count() == 1 ? values.get(0) : String.join("; ", values);
    }

    private void certificate(CertificateView c, Locale locale, Map<String, Object> row) {
        row.put("roundYear", c.roundYear());
        row.put("score", c.score());
        row.put("stars", c.stars());
        row.put("level", label("level." + c.level().name(), locale));
        row.put("authority", c.authority());
        row.put("decisionNumber", c.decisionNumber());
        row.put("decisionDate", c.decisionDate());
        row.put("validFrom", c.validFrom());
        row.put("validUntil", c.validUntil());
    }

    private String subgroupName(TaxonomyGroupView group, String code, Locale locale) {
        if (code == null || group == null) {
            return code;
        }
        return group.subgroups().stream()
                .filter(s -> s.code().equals(code))
                .map(s -> s.name(locale))
                .findFirst()
                .orElse(code);
    }

    private String provinceName(String code, Locale locale) {
        return places.province(code).map((ProvinceView p) -> p.name(locale)).orElse(code);
    }

    private String label(String key, Locale locale) {
        return messages.text("import.value." + key, locale);
    }

    private String yesNo(boolean value, Locale locale) {
        return messages.text(value ? "import.value.yes" : "import.value.no", locale);
    }

    /** GTIN-13 (what is printed under the bars) when the stored GTIN-14 starts with 0. */
    static String gtin13(String gtin14) {
        if (gtin14 == null) {
            return null;
        }
        return gtin14.length() == 14 && gtin14.charAt(0) == '0' ? gtin14.substring(1) : gtin14;
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
