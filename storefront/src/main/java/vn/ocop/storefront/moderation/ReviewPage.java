package vn.ocop.storefront.moderation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.ocop.catalog.api.CertificateView;
import vn.ocop.catalog.api.EvaluationLevel;
import vn.ocop.catalog.api.ProducerView;
import vn.ocop.catalog.api.ProductView;
import vn.ocop.catalog.api.ProvinceView;
import vn.ocop.catalog.api.TaxonomyGroupView;

/**
 * One listing under review: its content and producers, its certificate history, the certificate
 * form (with the star bands for showing stars as typed, and the stars the server gives the score
 * shown when the form comes back; 0 for none), the reason typed for a rejection, the message key
 * per refused field and a notice key after a successful action.
 */
public record ReviewPage(
        ProductView product,
        List<ProducerView> producers,
        List<CertificateView> certificates,
        CertificateForm certificate,
        List<BigDecimal> starBands,
        int stars,
        String reason,
        Map<String, String> errors,
        String notice,
        List<TaxonomyGroupView> groups,
        List<ProvinceView> provinces) {

    /** "Group / subgroup" by name in the page's language; the code when unknown. */
    public String groupName(String group, String subgroup, Locale locale) {
        return groups.stream()
                .filter(g -> g.code().equals(group))
                .findFirst()
                .map(
                        g ->
                                g.name(locale)
                                        + g.subgroups().stream()
                                                .filter(s -> s.code().equals(subgroup))
                                                .findFirst()
                                                .map(s -> " / " + s.name(locale))
                                                .orElse(""))
                .orElse(group);
    }

    public String provinceName(String code, Locale locale) {
        return provinces.stream()
                .filter(p -> p.code().equals(code))
                .findFirst()
                .map(p -> p.name(locale))
                .orElse(code);
    }

    public String error(String field) {
        return errors.get(field);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public List<EvaluationLevel> levels() {
        return List.of(EvaluationLevel.values());
    }

    /** The bands as a JavaScript array literal of numbers, highest first: [90,70,50,30]. */
    public String bandsJson() {
        return "["
                + String.join(",", starBands.stream().map(BigDecimal::toPlainString).toList())
                + "]";
    }
}
