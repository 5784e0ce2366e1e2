package vn.ocop.storefront.producerops;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.ocop.kernel.DomainException;
import vn.ocop.kernel.FieldViolation;
import vn.ocop.kernel.ProblemKind;
import vn.ocop.platform.identity.api.Caller;
import vn.ocop.storefront.web.PageContext;
import vn.ocop.storefront.web.PageContexts;
import vn.ocop.storefront.web.Pages;

/** What the producer operations pages share: the caller, refusals as pages, redirects. */
@Singleton
class ProducerOpsSupport {

    private final PageContexts contexts;

    ProducerOpsSupport(PageContexts contexts) {
        this.contexts = contexts;
    }

    PageContext context(HttpRequest<?> request) {
        return contexts.of(request);
    }

    static Caller caller(Authentication authentication) {
        return Caller.of(authentication);
    }

    static HttpResponse<?> seeOther(String path) {
        return HttpResponse.seeOther(URI.create(path));
    }

    /**
     * Another producer's batch, job or transfer is 403 (forbidden page), an unknown one 404; any
     * other refusal is empty, for the form to show.
     */
    Optional<HttpResponse<?>> asPage(HttpRequest<?> request, DomainException e) {
        ProblemKind kind = e.errorCode().kind();
        if (kind == ProblemKind.FORBIDDEN) {
            return Optional.of(
                    Pages.render(
                            HttpStatus.FORBIDDEN, "producerops/forbidden", context(request), ""));
        }
        if (kind == ProblemKind.NOT_FOUND) {
            return Optional.of(
                    Pages.render(HttpStatus.NOT_FOUND, "not-found", context(request), ""));
        }
        return Optional.empty();
    }

    /**
     * The refusal in the page's language, from the modules' bundles as the API's problem documents
     * have it: the title under {@code problem.<code>.title}, each field's message under {@code
     * violation.<code>} (the code's English title and the violation's message as fallbacks).
     */
    FormErrors errors(HttpRequest<?> request, DomainException e) {
        PageContext ctx = context(request);
        String title =
                ctx.messages()
                        .getMessage("problem." + e.errorCode().code() + ".title", ctx.locale())
                        .orElse(e.errorCode().title());
        Map<String, String> fields = new LinkedHashMap<>();
        List<FieldViolation> violations = e.violations() == null ? List.of() : e.violations();
        for (FieldViolation v : violations) {
            fields.putIfAbsent(
                    v.field(),
                    ctx.messages()
                            .getMessage("violation." + v.code(), ctx.locale(), e.arguments())
                            .orElse(v.message()));
        }
        return new FormErrors(title, null, fields);
    }

    /** A page whose form was refused, with the refusal shown (422), or the 403/404 page. */
    HttpResponse<?> refused(
            HttpRequest<?> request,
            DomainException e,
            java.util.function.Function<FormErrors, Object> page,
            String view) {
        return asPage(request, e)
                .orElseGet(
                        () ->
                                Pages.render(
                                        HttpStatus.UNPROCESSABLE_ENTITY,
                                        view,
                                        context(request),
                                        page.apply(errors(request, e))));
    }
}
