package vn.ocop.catalog.importing;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.ocop.catalog.api.CatalogError;
import vn.ocop.catalog.api.LegalForm;
import vn.ocop.catalog.api.PlacesApi;
import vn.ocop.catalog.api.ProducerInput;
import vn.ocop.catalog.api.ProducerStatus;
import vn.ocop.catalog.api.ProducerView;
import vn.ocop.catalog.producer.ProducerService;
import vn.ocop.kernel.VietnameseText;
import vn.ocop.platform.identity.api.Caller;

/**
 * Producers, one per row. A row whose legal form and registration number (or, without a number,
 * whose name and province) match a producer updates it; others register new producers, pending
 * verification unless the row says "verified".
 */
@Singleton
class ProducerRows implements RowPlanner {

    /** How offices abbreviate legal forms in their lists. */
    private static final Map<String, LegalForm> ABBREVIATIONS =
            Map.ofEntries(
                    Map.entry("HTX", LegalForm.COOPERATIVE),
                    Map.entry("THT", LegalForm.COOPERATIVE_GROUP),
                    Map.entry("CTCP", LegalForm.JOINT_STOCK_COMPANY),
                    Map.entry("Công ty CP", LegalForm.JOINT_STOCK_COMPANY),
                    Map.entry("JSC", LegalForm.JOINT_STOCK_COMPANY),
                    Map.entry("TNHH", LegalForm.LIMITED_COMPANY),
                    Map.entry("TNHH MTV", LegalForm.LIMITED_COMPANY),
                    Map.entry("Công ty TNHH MTV", LegalForm.LIMITED_COMPANY),
                    Map.entry("LLC", LegalForm.LIMITED_COMPANY),
                    Map.entry("DNTN", LegalForm.PRIVATE_ENTERPRISE),
                    Map.entry("HKD", LegalForm.HOUSEHOLD_BUSINESS),
                    Map.entry("Hộ sản xuất kinh doanh", LegalForm.HOUSEHOLD_BUSINESS),
                    Map.entry("Cơ sở", LegalForm.PRODUCTION_FACILITY),
                    Map.entry("Nhóm hộ cá thể", LegalForm.HOUSEHOLD_GROUP),
                    Map.entry("Hiệp hội", LegalForm.ASSOCIATION),
                    Map.entry("Hội nông dân", LegalForm.ASSOCIATION));

    private final ProducerService producers;
    private final PlacesApi places;
    private final CatalogQueries queries;
    private final ImportMessages messages;
    private final InputCheck check;

    ProducerRows(
            ProducerService producers,
            PlacesApi places,
            CatalogQueries queries,
            ImportMessages messages,
            InputCheck check) {
        this.producers = producers;
        this.places = places;
        this.queries = queries;
        this.messages = messages;
        this.check = check;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.PRODUCERS;
    }

    @Override
    public List<ImportUnit> plan(Sheet sheet, HeaderMap headers, Caller caller, Issues issues) {
        Choices<LegalForm> legalForms =
                new Choices<>("legal-form", LegalForm.class, messages, ABBREVIATIONS);
        List<ImportUnit> units = new ArrayList<>();
        for (Sheet.Row row : sheet.rows()) {
            RowReader cells = new RowReader(row, headers, issues);
            LegalForm legalForm = cells.choice("legalForm", legalForms);
            String province = province(cells);
            Integer members = cells.integer("memberCount");
            boolean verified = Boolean.TRUE.equals(cells.yesNo("verified"));
            if (!cells.ok()) {
                continue;
            }
            ProducerInput input =
                    new ProducerInput(
                            cells.text("producerName"),
                            legalForm,
                            cells.text("registrationNumber"),
                            province,
                            cells.text(Columns.COMMUNE),
                            cells.text("address"),
                            cells.text("representative"),
                            cells.text("phone"),
                            cells.text("email"),
                            members,
                            cells.text("storyVi"),
                            cells.text("storyEn"));
            int n = row.number();
            FieldSources sources =
                    new FieldSources(n)
                            .put("name", n, "producerName")
                            .put("legalForm", n, "legalForm")
                            .put("registrationNumber", n, "registrationNumber")
                            .put("provinceCode", n, Columns.PROVINCE)
                            .put("commune", n, Columns.COMMUNE)
                            .put("address", n, "address")
                            .put("representative", n, "representative")
                            .put("phone", n, "phone")
                            .put("email", n, "email")
                            .put("memberCount", n, "memberCount")
                            .put("storyVi", n, "storyVi")
                            .put("storyEn", n, "storyEn");
            units.add(new ImportUnit(List.of(n), sources, () -> save(input, verified)));
        }
        return units;
    }

    /** The province's code; names and pre-2025 names are resolved here (the input takes codes). */
    private String province(RowReader cells) {
        String text = cells.text(Columns.PROVINCE);
        if (text == null) {
            return null;
        }
        return places.resolve(text)
                .map(p -> p.code())
                .orElseGet(
                        () -> {
                            cells.refuse(Columns.PROVINCE, CatalogError.UNKNOWN_PROVINCE, Map.of());
                            return null;
                        });
    }

    private ImportUnit.Outcome save(ProducerInput input, boolean verified) {
        check.valid(input);
        List<UUID> existing = existing(input);
        ProducerView saved =
                existing.size() == 1
                        ? producers.update(existing.get(0), input)
                        : producers.register(input);
        if (verified && saved.status() == ProducerStatus.PENDING) {
            producers.verify(saved.id());
        }
        return existing.size() == 1 ? ImportUnit.Outcome.UPDATED : ImportUnit.Outcome.CREATED;
    }

    private List<UUID> existing(ProducerInput input) {
        String number = input.registrationNumber();
        if (number != null && !number.isBlank()) {
            return queries.producersByLegalFormAndRegistration(
                    input.legalForm().name(), number.strip());
        }
        return queries.producersByNameInProvince(
                VietnameseText.fold(input.name()), input.provinceCode());
    }
}
