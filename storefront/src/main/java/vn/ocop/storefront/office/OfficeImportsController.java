package vn.ocop.storefront.office;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;
import vn.ocop.catalog.api.OfficeImportsApi;
import vn.ocop.catalog.api.OfficeImportsApi.ImportStatus;
import vn.ocop.kernel.DomainException;
import vn.ocop.platform.identity.api.Caller;
import vn.ocop.platform.identity.api.Role;
import vn.ocop.platform.web.api.CsrfProtected;
import vn.ocop.storefront.web.PageContext;
import vn.ocop.storefront.web.PageContexts;
import vn.ocop.storefront.web.Pages;

/**
 * The office's bulk import page: upload an .xlsx or .csv of producers, products or certificates,
 * follow its progress (htmx polling), then read the row-by-row errors.
 */
@Controller("/van-phong/nhap-du-lieu")
@Hidden
@Secured(Role.Names.OFFICE_ADMIN)
public class OfficeImportsController {

    public static final List<String> KINDS = List.of("producers", "products", "certificates");

    private final OfficeImportsApi imports;
    private final PageContexts contexts;

    OfficeImportsController(OfficeImportsApi imports, PageContexts contexts) {
        this.imports = imports;
        this.contexts = contexts;
    }

    /** The upload form, and the job being followed if any. */
    public record ImportsPage(@Nullable ImportStatus job, @Nullable String error) {}

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> page(
            HttpRequest<?> request,
            Authentication authentication,
            @Nullable @io.micronaut.http.annotation.QueryValue UUID job) {
        PageContext ctx = contexts.of(request);
        ImportStatus status = null;
        if (job != null) {
            try {
                status = imports.importJob(Caller.of(authentication), job);
            } catch (DomainException e) {
                return Pages.render(
                        HttpStatus.NOT_FOUND,
                        "office/imports",
                        ctx,
                        new ImportsPage(null, OfficeMessages.of(ctx, e)));
            }
        }
        return Pages.render("office/imports", ctx, new ImportsPage(status, null));
    }

    @Post(consumes = MediaType.MULTIPART_FORM_DATA, produces = MediaType.TEXT_HTML)
    @CsrfProtected
    HttpResponse<?> upload(
            HttpRequest<?> request,
            Authentication authentication,
            @Nullable @Part("kind") String kind,
            @Nullable @Part("dryRun") String dryRun,
            @Nullable @Part("file") CompletedFileUpload file,
            @Nullable @Part("csrfToken") String csrfToken) {
        PageContext ctx = contexts.of(request);
        try {
            ImportStatus job =
                    imports.startImport(
                            Caller.of(authentication),
                            kind == null ? "" : kind,
                            "true".equals(dryRun),
                            file == null ? null : file.getFilename(),
                            bytes(file));
            return OfficePagesController.seeOther("/van-phong/nhap-du-lieu?job=" + job.id());
        } catch (DomainException e) {
            return Pages.render(
                    HttpStatus.UNPROCESSABLE_ENTITY,
                    "office/imports",
                    ctx,
                    new ImportsPage(null, OfficeMessages.of(ctx, e)));
        }
    }

    /** The job's progress and report alone, polled by htmx until it finishes. */
    @Get(value = "/{id}/tien-do", produces = MediaType.TEXT_HTML)
    HttpResponse<?> progress(
            HttpRequest<?> request, Authentication authentication, @PathVariable UUID id) {
        try {
            return Pages.render(
                    "office/importjob",
                    contexts.of(request),
                    imports.importJob(Caller.of(authentication), id));
        } catch (DomainException e) {
            return HttpResponse.notFound();
        }
    }

    private static byte[] bytes(CompletedFileUpload file) {
        if (file == null) {
            return null;
        }
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
