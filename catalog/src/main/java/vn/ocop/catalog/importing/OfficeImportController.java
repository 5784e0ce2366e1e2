package vn.ocop.catalog.importing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
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
 * The office's bulk import of producers, products and certificates. The request body is the .xlsx
 * or .csv file itself.
 */
@Controller("/api/v1/office/imports")
@Secured(Role.Names.OFFICE_ADMIN)
@Tag(name = "Import and export")
class OfficeImportController {

    /** One summary for both ways of sending the file (the spec shows them as one operation). */
    private static final String UPLOAD =
            "Import producers, products or certificates from an .xlsx or .csv file, sent as the"
                    + " multipart part \"file\" or as the request body with the file's content"
                    + " type (dryRun=true: report only, nothing saved); 202 with the job to poll,"
                    + " or 200 with a dry run's report";

    private final ImportRequests requests;
    private final ImportTemplates templates;

    OfficeImportController(ImportRequests requests, ImportTemplates templates) {
        this.requests = requests;
        this.templates = templates;
    }

    @Post(uri = "/{kind}", consumes = MediaType.MULTIPART_FORM_DATA)
    @CsrfProtected
    @Operation(summary = UPLOAD)
    HttpResponse<ImportJobView> uploadForm(
            @PathVariable String kind,
            @QueryValue(defaultValue = "false") boolean dryRun,
            @Nullable @Part("file") CompletedFileUpload file,
            @Nullable @Part("csrfToken") String csrfToken,
            Authentication authentication) {
        ImportJobView job =
                requests.start(
                        ImportRequests.kind(kind),
                        dryRun,
                        file == null ? null : file.getFilename(),
                        ImportRequests.bytes(file),
                        Caller.of(authentication));
        return respond(job, "/api/v1/office/imports/");
    }

    @Post(
            uri = "/{kind}",
            consumes = {
                ImportMediaTypes.XLSX,
                ImportMediaTypes.CSV,
                ImportMediaTypes.EXCEL_CSV,
                ImportMediaTypes.OCTET_STREAM
            })
    @Operation(summary = UPLOAD)
    HttpResponse<ImportJobView> upload(
            @PathVariable String kind,
            @QueryValue(defaultValue = "false") boolean dryRun,
            @Nullable @QueryValue String fileName,
            @Nullable @Body byte[] file,
            Authentication authentication) {
        ImportJobView job =
                requests.start(
                        ImportRequests.kind(kind),
                        dryRun,
                        fileName,
                        file,
                        Caller.of(authentication));
        return respond(job, "/api/v1/office/imports/");
    }

    @Get("/{jobId}")
    @Operation(summary = "An import job: state, rows done of total, and its report once finished")
    ImportJobView job(@PathVariable UUID jobId, Authentication authentication) {
        return requests.job(jobId, Caller.of(authentication));
    }

    @Get(
            uri = "/templates/{kind}.xlsx",
            produces = {ImportMediaTypes.XLSX, MediaType.APPLICATION_JSON})
    @Operation(summary = "An empty workbook with the columns of an import, and instructions")
    HttpResponse<byte[]> template(@PathVariable String kind, HttpRequest<?> request) {
        return templates.response(ImportRequests.kind(kind), request);
    }

    static HttpResponse<ImportJobView> respond(ImportJobView job, String path) {
        if (job.dryRun() && job.state().finished()) {
            return HttpResponse.ok(job);
        }
        return HttpResponse.accepted().header(HttpHeaders.LOCATION, path + job.id()).body(job);
    }
}
