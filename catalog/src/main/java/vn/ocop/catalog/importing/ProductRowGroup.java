package vn.ocop.catalog.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.ocop.catalog.api.CatalogError;
import vn.ocop.catalog.api.OriginInput;
import vn.ocop.catalog.api.ProductInput;
import vn.ocop.catalog.api.Regulation;
import vn.ocop.catalog.api.VariantInput;
import vn.ocop.platform.identity.api.Caller;

/**
 * The rows of one product, read into the product's input. Product columns take the first filled
 * cell among the rows (a later row that disagrees is refused); variant columns are read per row.
 */
final class ProductRowGroup {

    private static final List<String> PRODUCT_LEVEL =
            List.of(
                    Columns.NAME,
                    "nameEn",
                    "group",
                    "subgroup",
                    Columns.PRODUCERS,
                    Columns.PROVINCE,
                    Columns.COMMUNE,
                    "village",
                    "historicalDistrict",
                    "description",
                    "descriptionEn",
                    "regulated",
                    "declarationNumber",
                    "perishable",
                    "shelfLifeDays",
                    "service");

    private final List<Sheet.Row> rows;
    private final List<RowReader> readers = new ArrayList<>();
    private final Map<String, RowReader> productCells = new HashMap<>();

    ProductRowGroup(List<Sheet.Row> rows, HeaderMap headers, Issues issues) {
        this.rows = rows;
        rows.forEach(row -> readers.add(new RowReader(row, headers, issues)));
        for (String column : PRODUCT_LEVEL) {
            productCells.put(column, productCell(column));
        }
    }

    /**
     * The row holding a product column's value: the first with the cell filled. A later row with
     * another value in it is refused.
     */
    private RowReader productCell(String column) {
        RowReader source = null;
        for (RowReader reader : readers) {
            String text = reader.text(column);
            if (text == null) {
                continue;
            }
            if (source == null) {
                source = reader;
            } else if (!same(text, source.text(column))) {
                reader.refuse(column, ImportError.CONFLICTING_VALUE, Map.of());
            }
        }
        return source == null ? readers.get(0) : source;
    }

    private static boolean same(String a, String b) {
        return a.strip().replaceAll("\\s+", " ").equals(b.strip().replaceAll("\\s+", " "));
    }

    ProductInput read(
            Caller caller,
            Choices<Regulation> regulations,
            Taxonomy.Names names,
            ProducerMatcher.Session producerNames) {
        RowReader producerCell = productCells.get(Columns.PRODUCERS);
        List<UUID> producerIds = producerNames.resolve(producerCell, Columns.PRODUCERS);
        if (producerIds != null
                && !caller.isOffice()
                && producerIds.stream().noneMatch(caller::mayActForProducer)) {
            producerCell.refuse(Columns.PRODUCERS, CatalogError.NOT_YOUR_PRODUCER, Map.of());
        }
        String group = names.group(text("group"));
        String subgroup = names.subgroup(group, text("subgroup"));
        List<OriginInput> origins = origins();
        Regulation regulated = productCells.get("regulated").choice("regulated", regulations);
        Boolean perishable = productCells.get("perishable").yesNo("perishable");
        Integer shelfLife = productCells.get("shelfLifeDays").integer("shelfLifeDays");
        Boolean service = productCells.get("service").yesNo("service");
        List<VariantInput> variants = new ArrayList<>();
        for (RowReader row : readers) {
            String gtin = row.text("gtin");
            variants.add(
                    new VariantInput(
                            row.text(Columns.SKU),
                            row.text("variantName"),
                            row.text("variantNameEn"),
                            row.wholeNumber("price"),
                            row.integer("weight"),
                            gtin == null ? null : Cells.gtin(gtin)));
        }
        if (readers.stream().anyMatch(r -> !r.ok())) {
            return null;
        }
        return new ProductInput(
                text(Columns.NAME),
                text("nameEn"),
                text("description"),
                text("descriptionEn"),
                group,
                subgroup,
                producerIds,
                origins,
                variants,
                regulated,
                text("declarationNumber"),
                Boolean.TRUE.equals(perishable),
                shelfLife,
                Boolean.TRUE.equals(service));
    }

    /**
     * Origins: communes separated by ";" in one province, or one province per commune. A village
     * and a former district apply to every commune or are given one per commune.
     */
    private List<OriginInput> origins() {
        List<String> provinces = ProducerMatcher.split(text(Columns.PROVINCE));
        List<String> communes = ProducerMatcher.split(text(Columns.COMMUNE));
        List<String> villages = ProducerMatcher.split(text("village"));
        List<String> districts = ProducerMatcher.split(text("historicalDistrict"));
        int count = Math.max(1, Math.max(provinces.size(), communes.size()));
        if (!pairs(provinces, count)
                || !pairs(villages, count)
                || !pairs(districts, count)
                || !pairs(communes, count)) {
            productCells
                    .get(Columns.COMMUNE)
                    .refuse(Columns.COMMUNE, ImportError.ORIGIN_MISMATCH, Map.of());
            return List.of();
        }
        List<OriginInput> origins = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            origins.add(
                    new OriginInput(
                            pick(provinces, i),
                            pick(communes, i),
                            pick(villages, i),
                            pick(districts, i)));
        }
        return origins;
    }

    private static boolean pairs(List<String> values, int count) {
        return values.size() <= 1 || values.size() == count;
    }

    private static String pick(List<String> values, int i) {
        if (values.isEmpty()) {
            return null;
        }
        return values.size() == 1 ? values.get(0) : values.get(i);
    }

    private String text(String column) {
        return productCells.get(column).text(column);
    }

    FieldSources sources() {
        FieldSources sources = new FieldSources(rows.get(0).number());
        map(sources, "nameVi", Columns.NAME);
        map(sources, "nameEn", "nameEn");
        map(sources, "descriptionVi", "description");
        map(sources, "descriptionEn", "descriptionEn");
        map(sources, "group", "group");
        map(sources, "subgroup", "subgroup");
        map(sources, "producerIds", Columns.PRODUCERS);
        map(sources, "origins", Columns.PROVINCE);
        map(sources, "regulated", "regulated");
        map(sources, "declarationNumber", "declarationNumber");
        map(sources, "perishable", "perishable");
        map(sources, "shelfLifeDays", "shelfLifeDays");
        map(sources, "service", "service");
        int origins = Math.max(1, ProducerMatcher.split(text(Columns.COMMUNE)).size());
        for (int i = 0; i < origins; i++) {
            String path = "origins[" + i + "]";
            map(sources, path + ".province", Columns.PROVINCE);
            map(sources, path + ".commune", Columns.COMMUNE);
            map(sources, path + ".village", "village");
            map(sources, path + ".historicalDistrict", "historicalDistrict");
        }
        sources.put("variants", rows.get(0).number(), Columns.SKU);
        sources.put("sku", rows.get(0).number(), Columns.SKU);
        sources.put("priceVnd", rows.get(0).number(), "price");
        for (int i = 0; i < rows.size(); i++) {
            int n = rows.get(i).number();
            String path = "variants[" + i + "]";
            sources.put(path, n, Columns.SKU)
                    .put(path + ".sku", n, Columns.SKU)
                    .put(path + ".nameVi", n, "variantName")
                    .put(path + ".nameEn", n, "variantNameEn")
                    .put(path + ".priceVnd", n, "price")
                    .put(path + ".weightGrams", n, "weight")
                    .put(path + ".gtin", n, "gtin");
        }
        return sources;
    }

    private void map(FieldSources sources, String field, String column) {
        sources.put(field, productCells.get(column).number(), column);
    }
}
