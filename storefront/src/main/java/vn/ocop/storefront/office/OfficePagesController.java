package vn.ocop.storefront.office;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.ocop.catalog.api.OfficeCatalogApi;
import vn.ocop.catalog.api.OfficeSynonymsApi;
import vn.ocop.catalog.api.ProducerView;
import vn.ocop.catalog.api.SearchReindexApi;
import vn.ocop.catalog.api.SearchReindexApi.Reindex;
import vn.ocop.kernel.DomainException;
import vn.ocop.platform.identity.api.Caller;
import vn.ocop.platform.identity.api.Role;
import vn.ocop.platform.web.api.CsrfForm;
import vn.ocop.platform.web.api.CsrfProtected;
import vn.ocop.storefront.web.PageContext;
import vn.ocop.storefront.web.PageContexts;
import vn.ocop.storefront.web.Pages;
import vn.ocop.traceability.api.BatchView;
import vn.ocop.traceability.api.OfficeTraceabilityApi;

/**
 * The office's work pages: dashboard, producer verification, recalls, flagged scans, synonyms and
 * the search reindex. Each POST is a form with its CSRF token and answers with a redirect (or the
 * page again with the refusal as a message, 422).
 */
@Controller("/van-phong")
@Hidden
@Secured(Role.Names.OFFICE_ADMIN)
public class OfficePagesController {

    static final int LIST_LIMIT = 200;

    private final OfficeCatalogApi office;
    private final OfficeSynonymsApi synonyms;
    private final SearchReindexApi reindex;
    private final OfficeTraceabilityApi traceability;
    private final Reports reports;
    private final PageContexts contexts;

    OfficePagesController(
            OfficeCatalogApi office,
            OfficeSynonymsApi synonyms,
            SearchReindexApi reindex,
            OfficeTraceabilityApi traceability,
            Reports reports,
            PageContexts contexts) {
        this.office = office;
        this.synonyms = synonyms;
        this.reindex = reindex;
        this.traceability = traceability;
        this.reports = reports;
        this.contexts = contexts;
    }

    // --- dashboard ---

    public record Dashboard(
            int producersAwaiting,
            long listingsAwaiting,
            long flaggedScans,
            long recalls,
            @Nullable Reindex lastReindex) {}

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> dashboard(HttpRequest<?> request) {
        var page =
                new Dashboard(
                        office.producersAwaitingVerification().size(),
                        office.listingsAwaitingReview(),
                        traceability.flaggedCount(),
                        traceability.recalledCount(),
                        reindex.latestReindex().orElse(null));
        return Pages.render("office/dashboard", contexts.of(request), page);
    }

    // --- producer verification ---

    @Serdeable
    public record ReasonForm(@Nullable String csrfToken, @Nullable String reason)
            implements CsrfForm {}

    public record ProducersPage(
            List<ProducerView> producers,
            Map<String, String> provinceNames,
            @Nullable String done,
            @Nullable String error,
            @Nullable UUID errorFor) {}

    @Get(value = "/xac-minh", produces = MediaType.TEXT_HTML)
    HttpResponse<?> producers(HttpRequest<?> request, @Nullable @QueryValue String done) {
        return producersPage(contexts.of(request), HttpStatus.OK, done, null, null);
    }

    @Post(
            value = "/xac-minh/{id}/duyet",
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    @CsrfProtected
    HttpResponse<?> verify(HttpRequest<?> request, @PathVariable UUID id, @Body ReasonForm form) {
        PageContext ctx = contexts.of(request);
        try {
            office.verifyProducer(id);
            return seeOther("/van-phong/xac-minh?done=verified");
        } catch (DomainException e) {
            return producersPage(
                    ctx, HttpStatus.UNPROCESSABLE_ENTITY, null, OfficeMessages.of(ctx, e), id);
        }
    }

    @Post(
            value = "/xac-minh/{id}/tu-choi",
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    @CsrfProtected
    HttpResponse<?> reject(HttpRequest<?> request, @PathVariable UUID id, @Body ReasonForm form) {
        PageContext ctx = contexts.of(request);
        try {
            office.rejectProducer(id, form.reason());
            return seeOther("/van-phong/xac-minh?done=rejected");
        } catch (DomainException e) {
            return producersPage(
                    ctx, HttpStatus.UNPROCESSABLE_ENTITY, null, OfficeMessages.of(ctx, e), id);
        }
    }

    private HttpResponse<?> producersPage(
            PageContext ctx, HttpStatus status, String done, String error, UUID errorFor) {
        List<ProducerView> queue = office.producersAwaitingVerification();
        Map<String, String> names = new HashMap<>();
        queue.forEach(
                p -> names.put(p.provinceCode(), reports.provinceName(ctx, p.provinceCode())));
        var page = new ProducersPage(queue, names, known(done), error, errorFor);
        return Pages.render(status, "office/producers", ctx, page);
    }

    // --- recalls ---

    @Serdeable
    public record RecallForm(
            @Nullable String csrfToken,
            @Nullable String gtin,
            @Nullable String lot,
            @Nullable String reason)
            implements CsrfForm {}

    public record RecallsPage(
            List<BatchView> recalled,
            RecallForm form,
            @Nullable String done,
            @Nullable String error) {}

    @Get(value = "/thu-hoi", produces = MediaType.TEXT_HTML)
    HttpResponse<?> recalls(HttpRequest<?> request, @Nullable @QueryValue String done) {
        var empty = new RecallForm(null, "", "", "");
        return Pages.render(
                "office/recalls",
                contexts.of(request),
                new RecallsPage(
                        traceability.recalledBatches(LIST_LIMIT), empty, known(done), null));
    }

    @Post(
            value = "/thu-hoi",
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    @CsrfProtected
    HttpResponse<?> recall(
            HttpRequest<?> request, Authentication authentication, @Body RecallForm form) {
        PageContext ctx = contexts.of(request);
        try {
            traceability.recall(Caller.of(authentication), form.gtin(), form.lot(), form.reason());
            return seeOther("/van-phong/thu-hoi?done=recalled");
        } catch (DomainException e) {
            var shown = new RecallForm(null, form.gtin(), form.lot(), form.reason());
            return Pages.render(
                    HttpStatus.UNPROCESSABLE_ENTITY,
                    "office/recalls",
                    ctx,
                    new RecallsPage(
                            traceability.recalledBatches(LIST_LIMIT),
                            shown,
                            null,
                            OfficeMessages.of(ctx, e)));
        }
    }

    // --- flagged scans ---

    @Get(value = "/quet-bat-thuong", produces = MediaType.TEXT_HTML)
    HttpResponse<?> flagged(HttpRequest<?> request) {
        return Pages.render(
                "office/flagged", contexts.of(request), traceability.flaggedScans(LIST_LIMIT));
    }

    // --- synonyms ---

    @Serdeable
    public record SynonymForm(
            @Nullable String csrfToken,
            @Nullable String term,
            @Nullable String alternatives,
            @Nullable String kind)
            implements CsrfForm {

        OfficeSynonymsApi.SynonymInput input() {
            List<String> split =
                    alternatives == null || alternatives.isBlank()
                            ? List.of()
                            : Arrays.stream(alternatives.split("[,;\\n]"))
                                    .map(String::strip)
                                    .filter(s -> !s.isEmpty())
                                    .toList();
            return new OfficeSynonymsApi.SynonymInput(term, split, kind);
        }
    }

    public record SynonymsPage(
            List<OfficeSynonymsApi.Synonym> synonyms,
            SynonymForm form,
            @Nullable Long editing,
            @Nullable String done,
            @Nullable String error) {

        public static final List<String> KINDS = List.of("PRODUCT", "PLACE", "SPELLING");

        public String joined(OfficeSynonymsApi.Synonym s) {
            return String.join(", ", s.alternatives());
        }
    }

    @Get(value = "/tu-dong-nghia", produces = MediaType.TEXT_HTML)
    HttpResponse<?> synonyms(
            HttpRequest<?> request,
            @Nullable @QueryValue String done,
            @Nullable @QueryValue Long sua) {
        SynonymForm form = new SynonymForm(null, "", "", "PRODUCT");
        Long editing = null;
        if (sua != null) {
            Optional<OfficeSynonymsApi.Synonym> found =
                    synonyms.synonyms().stream().filter(s -> s.id() == sua).findFirst();
            if (found.isPresent()) {
                var s = found.get();
                form =
                        new SynonymForm(
                                null, s.term(), String.join(", ", s.alternatives()), s.kind());
                editing = sua;
            }
        }
        return Pages.render(
                "office/synonyms",
                contexts.of(request),
                new SynonymsPage(synonyms.synonyms(), form, editing, known(done), null));
    }

    @Post(
            value = "/tu-dong-nghia",
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    @CsrfProtected
    HttpResponse<?> addSynonym(HttpRequest<?> request, @Body SynonymForm form) {
        return saveSynonym(request, null, form);
    }

    @Post(
            value = "/tu-dong-nghia/{id}",
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    @CsrfProtected
    HttpResponse<?> changeSynonym(
            HttpRequest<?> request, @PathVariable long id, @Body SynonymForm form) {
        return saveSynonym(request, id, form);
    }

    @Post(
            value = "/tu-dong-nghia/{id}/xoa",
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    @CsrfProtected
    HttpResponse<?> removeSynonym(
            HttpRequest<?> request, @PathVariable long id, @Body SynonymForm form) {
        PageContext ctx = contexts.of(request);
        try {
            synonyms.removeSynonym(id);
            return seeOther("/van-phong/tu-dong-nghia?done=removed");
        } catch (DomainException e) {
            return synonymsRefused(ctx, null, new SynonymForm(null, "", "", "PRODUCT"), e);
        }
    }

    private HttpResponse<?> saveSynonym(HttpRequest<?> request, Long id, SynonymForm form) {
        PageContext ctx = contexts.of(request);
        try {
            if (id == null) {
                synonyms.addSynonym(form.input());
            } else {
                synonyms.changeSynonym(id, form.input());
            }
            return seeOther("/van-phong/tu-dong-nghia?done=" + (id == null ? "added" : "changed"));
        } catch (DomainException e) {
            return synonymsRefused(ctx, id, form, e);
        }
    }

    private HttpResponse<?> synonymsRefused(
            PageContext ctx, Long id, SynonymForm form, DomainException e) {
        var shown = new SynonymForm(null, form.term(), form.alternatives(), form.kind());
        return Pages.render(
                HttpStatus.UNPROCESSABLE_ENTITY,
                "office/synonyms",
                ctx,
                new SynonymsPage(synonyms.synonyms(), shown, id, null, OfficeMessages.of(ctx, e)));
    }

    // --- search reindex ---

    @Serdeable
    public record StartForm(@Nullable String csrfToken) implements CsrfForm {}

    /** The reindex page: the latest job, none before the first. */
    public record ReindexPage(@Nullable Reindex job) {}

    @Get(value = "/chi-muc", produces = MediaType.TEXT_HTML)
    HttpResponse<?> reindexPage(HttpRequest<?> request) {
        return Pages.render(
                "office/reindex",
                contexts.of(request),
                new ReindexPage(reindex.latestReindex().orElse(null)));
    }

    @Post(
            value = "/chi-muc",
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    @CsrfProtected
    HttpResponse<?> startReindex(@Body StartForm form) {
        reindex.startReindex();
        return seeOther("/van-phong/chi-muc");
    }

    /** The progress bar alone, which the page polls with htmx while the job runs. */
    @Get(value = "/chi-muc/{id}/tien-do", produces = MediaType.TEXT_HTML)
    HttpResponse<?> reindexProgress(HttpRequest<?> request, @PathVariable UUID id) {
        return reindex.reindex(id)
                .<HttpResponse<?>>map(
                        job -> Pages.render("office/progress", contexts.of(request), job))
                .orElseGet(HttpResponse::notFound);
    }

    static HttpResponse<?> seeOther(String location) {
        return HttpResponse.seeOther(URI.create(location));
    }

    /** Only our own confirmation words come back in the page (never echoed free text). */
    private static String known(String done) {
        return done != null && done.matches("[a-z]{1,20}") ? done : null;
    }
}
