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
import vn.ocop.kernel.ProblemKind;
import vn.ocop.platform.identity.api.Caller;
import vn.ocop.platform.web.ProblemTranslator;
import vn.ocop.platform.web.api.Problem;
import vn.ocop.storefront.web.PageContext;
import vn.ocop.storefront.web.PageContexts;
import vn.ocop.storefront.web.Pages;

/** What the producer operations pages share: the caller, refusals as pages, redirects. */
@Singleton
class ProducerOpsSupport {

    private final PageContexts contexts;
    private final ProblemTranslator problems;

    ProducerOpsSupport(PageContexts contexts, ProblemTranslator problems) {
        this.contexts = contexts;
        this.problems = problems;
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

    /** The refusal in the page's language: title, detail and a message per field. */
    FormErrors errors(HttpRequest<?> request, DomainException e) {
        Problem problem =
                problems.problem(
                        request,
                        e.errorCode(),
                        e.errorCode().kind().status(),
                        e.getMessage(),
                        e.violations(),
                        e.arguments());
        Map<String, String> fields = new LinkedHashMap<>();
        List<Problem.FieldError> errors = problem.errors() == null ? List.of() : problem.errors();
        for (Problem.FieldError error : errors) {
            fields.putIfAbsent(error.field(), error.message());
        }
        return new FormErrors(problem.title(), problem.detail(), fields);
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
