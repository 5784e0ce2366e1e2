package vn.ocop.catalog.importing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import vn.ocop.platform.identity.api.Caller;
import vn.ocop.platform.identity.api.Role;
import vn.ocop.platform.web.api.CsrfProtected;

/**
 * A producer member's import of its own products: every row must name the member's producer among
 * the product's producers.
 */
@Controller("/api/v1/producer/imports")
@Secured(Role.Names.PRODUCER_MEMBER)
@Tag(name = "Import and export")
class ProducerImportController {

    private static final String UPLOAD =
            "Import the member's own products from an .xlsx or .csv file, sent as the multipart"
                    + " part \"file\" or as the request body with the file's content type"
                    + " (dryRun=true: report only)";

    private final ImportRequests requests;
    private final ImportTemplates templates;

    ProducerImportController(ImportRequests requests, ImportTemplates templates) {
        this.requests = requests;
        this.templates = templates;
    }

    @Post(uri = "/products", consumes = MediaType.MULTIPART_FORM_DATA)
    @CsrfProtected
    @Operation(summary = UPLOAD)
    HttpResponse<ImportJobView> uploadForm(
            @QueryValue(defaultValue = "false") boolean dryRun,
            @Nullable @Part("file") CompletedFileUpload file,
            @Nullable @Part("csrfToken") String csrfToken,
            Authentication authentication) {
        ImportJobView job =
                requests.start(
                        ImportKind.PRODUCTS,
                        dryRun,
                        file == null ? null : file.getFilename(),
                        ImportRequests.bytes(file),
                        Caller.of(authentication));
        return OfficeImportController.respond(job, "/api/v1/producer/imports/");
    }

    @Post(
            uri = "/products",
            consumes = {
                ImportMediaTypes.XLSX,
                ImportMediaTypes.CSV,
                ImportMediaTypes.EXCEL_CSV,
                ImportMediaTypes.OCTET_STREAM
            })
    @Operation(summary = UPLOAD)
    HttpResponse<ImportJobView> upload(
            @QueryValue(defaultValue = "false") boolean dryRun,
            @Nullable @QueryValue String fileName,
            @Nullable @Body byte[] file,
            Authentication authentication) {
        ImportJobView job =
                requests.start(
                        ImportKind.PRODUCTS, dryRun, fileName, file, Caller.of(authentication));
        return OfficeImportController.respond(job, "/api/v1/producer/imports/");
    }

    @Get("/{jobId}")
    @Operation(summary = "One of the member's producer's import jobs")
    ImportJobView job(@PathVariable UUID jobId, Authentication authentication) {
        return requests.job(jobId, Caller.of(authentication));
    }

    @Get(
            uri = "/templates/products.xlsx",
            produces = {ImportMediaTypes.XLSX, MediaType.APPLICATION_JSON})
    @Operation(summary = "An empty products workbook with instructions")
    HttpResponse<byte[]> template(HttpRequest<?> request) {
        return templates.response(ImportKind.PRODUCTS, request);
    }
}
