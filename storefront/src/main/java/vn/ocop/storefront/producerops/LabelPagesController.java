package vn.ocop.storefront.producerops;

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
import io.micronaut.http.server.types.files.SystemFile;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.ocop.catalog.api.OwnProductsApi;
import vn.ocop.kernel.DomainException;
import vn.ocop.platform.identity.api.Caller;
import vn.ocop.platform.identity.api.Role;
import vn.ocop.platform.web.api.CsrfForm;
import vn.ocop.platform.web.api.CsrfProtected;
import vn.ocop.storefront.web.PageContext;
import vn.ocop.storefront.web.Pages;
import vn.ocop.traceability.api.BatchView;
import vn.ocop.traceability.api.ProducerBatchesApi;
import vn.ocop.traceability.api.ProducerBatchesApi.LabelJobStatus;

/**
 * Printing QR labels (in tem): choose a batch, a template, how many and whether each label gets its
 * own serial; the job runs in the background while the page shows a progress bar (an htmx fragment
 * polled every second), then the PDF downloads.
 */
@Controller("/nha-san-xuat/tem")
@Hidden
@Secured(Role.Names.PRODUCER_MEMBER)
public class LabelPagesController {

    @Serdeable
    public record LabelForm(
            @Nullable String csrfToken,
            @Nullable String batchId,
            @Nullable String template,
            @Nullable String quantity,
            @Nullable String serials,
            @Nullable String language)
            implements CsrfForm {}

    public record BatchChoice(UUID id, String label) {}

    public record FormPage(
            List<BatchChoice> batches, List<String> templates, LabelForm form, FormErrors errors) {}

    public record JobPage(LabelJobStatus job, String batchLabel) {}

    private final ProducerBatchesApi batches;
    private final OwnProductsApi products;
    private final ProducerOpsSupport support;

    LabelPagesController(
            ProducerBatchesApi batches, OwnProductsApi products, ProducerOpsSupport support) {
        this.batches = batches;
        this.products = products;
        this.support = support;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> form(
            HttpRequest<?> request,
            Authentication authentication,
            @Nullable @QueryValue("lo") String batchId) {
        PageContext ctx = support.context(request);
        LabelForm form =
                new LabelForm(null, batchId == null ? "" : batchId, "A4_3X8", "24", "", ctx.lang());
        return Pages.render(
                "producerops/labels", ctx, formPage(ctx, authentication, form, FormErrors.NONE));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    @CsrfProtected
    HttpResponse<?> start(
            HttpRequest<?> request, Authentication authentication, @Body LabelForm form) {
        PageContext ctx = support.context(request);
        UUID batchId = uuid(form.batchId());
        Integer quantity = integer(form.quantity());
        if (batchId == null
                || (form.quantity() != null && !form.quantity().isBlank() && quantity == null)) {
            Map<String, String> fields =
                    batchId == null
                            ? Map.of("batchId", ctx.t("pops.labels.error.batch"))
                            : Map.of("quantity", ctx.t("pops.error.number"));
            return Pages.render(
                    HttpStatus.UNPROCESSABLE_ENTITY,
                    "producerops/labels",
                    ctx,
                    formPage(
                            ctx,
                            authentication,
                            form,
                            new FormErrors(ctx.t("pops.error.unreadable"), null, fields)));
        }
        try {
            LabelJobStatus job =
                    batches.startLabelJob(
                            ProducerOpsSupport.caller(authentication),
                            batchId,
                            new ProducerBatchesApi.LabelJobStart(
                                    form.template(),
                                    "on".equals(form.serials()) || "true".equals(form.serials())
                                            ? "NEW_SERIALS"
                                            : "BATCH",
                                    quantity,
                                    form.language() == null || form.language().isBlank()
                                            ? ctx.lang()
                                            : form.language()));
            return ProducerOpsSupport.seeOther("/nha-san-xuat/tem/" + job.id());
        } catch (DomainException e) {
            return support.refused(
                    request,
                    e,
                    errors -> formPage(ctx, authentication, form, errors),
                    "producerops/labels");
        }
    }

    @Get(value = "/{jobId}", produces = MediaType.TEXT_HTML)
    HttpResponse<?> job(
            HttpRequest<?> request, Authentication authentication, @PathVariable UUID jobId) {
        PageContext ctx = support.context(request);
        try {
            return Pages.render("producerops/label-job", ctx, jobPage(ctx, authentication, jobId));
        } catch (DomainException e) {
            return support.asPage(request, e).orElseThrow(() -> e);
        }
    }

    /** The progress fragment htmx polls; it stops polling once the job has finished. */
    @Get(value = "/{jobId}/trang-thai", produces = MediaType.TEXT_HTML)
    HttpResponse<?> status(
            HttpRequest<?> request, Authentication authentication, @PathVariable UUID jobId) {
        PageContext ctx = support.context(request);
        try {
            return Pages.render(
                    "producerops/label-progress", ctx, jobPage(ctx, authentication, jobId));
        } catch (DomainException e) {
            return support.asPage(request, e).orElseThrow(() -> e);
        }
    }

    @Get(
            value = "/{jobId}/tep",
            produces = {MediaType.APPLICATION_PDF, MediaType.TEXT_HTML})
    HttpResponse<?> file(
            HttpRequest<?> request, Authentication authentication, @PathVariable UUID jobId) {
        try {
            var path = batches.labelFile(ProducerOpsSupport.caller(authentication), jobId);
            return HttpResponse.ok(
                    new SystemFile(path.toFile(), MediaType.APPLICATION_PDF_TYPE)
                            .attach("tem-qr-" + jobId + ".pdf"));
        } catch (DomainException e) {
            return support.asPage(request, e)
                    .orElseGet(() -> ProducerOpsSupport.seeOther("/nha-san-xuat/tem/" + jobId));
        }
    }

    private JobPage jobPage(PageContext ctx, Authentication authentication, UUID jobId) {
        Caller caller = ProducerOpsSupport.caller(authentication);
        LabelJobStatus job = batches.labelJob(caller, jobId);
        String label =
                batches.batches(caller).stream()
                        .filter(b -> b.id().equals(job.batchId()))
                        .findFirst()
                        .map(b -> batchLabel(b, labels(ctx, caller)))
                        .orElse("");
        return new JobPage(job, label);
    }

    private FormPage formPage(
            PageContext ctx, Authentication authentication, LabelForm form, FormErrors errors) {
        Caller caller = ProducerOpsSupport.caller(authentication);
        Map<String, String> labels = labels(ctx, caller);
        List<BatchChoice> choices =
                batches.batches(caller).stream()
                        .filter(b -> !b.recalled())
                        .map(b -> new BatchChoice(b.id(), batchLabel(b, labels)))
                        .toList();
        return new FormPage(choices, batches.labelTemplates(), form, errors);
    }

    private Map<String, String> labels(PageContext ctx, Caller caller) {
        return ProducerOpsPages.variantLabels(ctx, products.ownProducts(caller));
    }

    private static String batchLabel(BatchView b, Map<String, String> labels) {
        return b.lot() + " — " + labels.getOrDefault(b.variantSku(), b.variantSku());
    }

    private static UUID uuid(String text) {
        try {
            return text == null || text.isBlank() ? null : UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Integer integer(String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
