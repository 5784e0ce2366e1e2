package vn.ocop.storefront.producerops;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
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
import java.util.UUID;
import vn.ocop.catalog.api.ProducerImportsApi;
import vn.ocop.catalog.api.ProducerImportsApi.ImportStatus;
import vn.ocop.kernel.DomainException;
import vn.ocop.platform.identity.api.Role;
import vn.ocop.platform.web.api.CsrfProtected;
import vn.ocop.storefront.web.PageContext;
import vn.ocop.storefront.web.Pages;

/**
 * The Excel import (nhập Excel) of the producer's own products: upload a .xlsx or .csv file, watch
 * the job's progress (an htmx fragment polled every second), then read the report, row by row,
 * column and reason in the page's language. A file with a refused row saves nothing.
 */
@Controller("/nha-san-xuat/nhap-excel")
@Hidden
@Secured(Role.Names.PRODUCER_MEMBER)
public class ImportPagesController {

    private static final String XLSX =
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public record UploadPage(FormErrors errors) {}

    public record JobPage(ImportStatus job) {}

    private final ProducerImportsApi imports;
    private final ProducerOpsSupport support;

    ImportPagesController(ProducerImportsApi imports, ProducerOpsSupport support) {
        this.imports = imports;
        this.support = support;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> form(HttpRequest<?> request) {
        return Pages.render(
                "producerops/import", support.context(request), new UploadPage(FormErrors.NONE));
    }

    @Post(consumes = MediaType.MULTIPART_FORM_DATA, produces = MediaType.TEXT_HTML)
    @CsrfProtected
    HttpResponse<?> upload(
            HttpRequest<?> request,
            Authentication authentication,
            @Nullable @Part("file") CompletedFileUpload file,
            @Nullable @Part("csrfToken") String csrfToken) {
        try {
            ImportStatus job =
                    imports.startProductImport(
                            ProducerOpsSupport.caller(authentication),
                            file == null ? null : file.getFilename(),
                            bytes(file));
            return ProducerOpsSupport.seeOther("/nha-san-xuat/nhap-excel/" + job.id());
        } catch (DomainException e) {
            return support.refused(request, e, UploadPage::new, "producerops/import");
        }
    }

    @Get(value = "/mau.xlsx", produces = XLSX)
    HttpResponse<byte[]> template(HttpRequest<?> request) {
        PageContext ctx = support.context(request);
        return HttpResponse.ok(imports.productTemplate(ctx.locale()))
                .contentType(XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"ocop-products-template.xlsx\"");
    }

    @Get(value = "/{jobId}", produces = MediaType.TEXT_HTML)
    HttpResponse<?> job(
            HttpRequest<?> request, Authentication authentication, @PathVariable UUID jobId) {
        return render(request, authentication, jobId, "producerops/import-job");
    }

    /** The progress fragment htmx polls; once the job has finished it carries the report. */
    @Get(value = "/{jobId}/trang-thai", produces = MediaType.TEXT_HTML)
    HttpResponse<?> status(
            HttpRequest<?> request, Authentication authentication, @PathVariable UUID jobId) {
        return render(request, authentication, jobId, "producerops/import-progress");
    }

    private HttpResponse<?> render(
            HttpRequest<?> request, Authentication authentication, UUID jobId, String view) {
        try {
            return Pages.render(
                    view,
                    support.context(request),
                    new JobPage(
                            imports.importJob(ProducerOpsSupport.caller(authentication), jobId)));
        } catch (DomainException e) {
            return support.asPage(request, e).orElseThrow(() -> e);
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
