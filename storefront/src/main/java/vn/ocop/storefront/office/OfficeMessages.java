package vn.ocop.storefront.office;

import java.util.LinkedHashSet;
import java.util.Set;
import vn.ocop.kernel.DomainException;
import vn.ocop.kernel.FieldViolation;
import vn.ocop.storefront.web.PageContext;

/** A refusal from a module as text in the page's language. */
final class OfficeMessages {

    private OfficeMessages() {}

    static String of(PageContext ctx, DomainException e) {
        Set<String> texts = new LinkedHashSet<>();
        for (FieldViolation v : e.violations()) {
            texts.add(
                    ctx.messages()
                            .getMessage("violation." + v.code(), ctx.locale())
                            .or(
                                    () ->
                                            ctx.messages()
                                                    .getMessage(
                                                            "problem." + v.code() + ".title",
                                                            ctx.locale()))
                            .map(t -> fieldName(ctx, v.field()) + ": " + t)
                            .orElse(fieldName(ctx, v.field()) + ": " + v.message()));
        }
        if (texts.isEmpty()) {
            String code = e.errorCode().code();
            texts.add(
                    ctx.messages()
                            .getMessage("problem." + code + ".title", ctx.locale())
                            .orElse(ctx.t("office.error.generic")));
        }
        return String.join(" · ", texts);
    }

    private static String fieldName(PageContext ctx, String field) {
        String base = field.replaceAll("\\[\\d+]", "");
        return ctx.messages().getMessage("office.field." + base, ctx.locale()).orElse(field);
    }
}
