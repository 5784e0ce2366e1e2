package vn.ocop.catalog.importing;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;
import vn.ocop.catalog.api.OfficeImportsApi;
import vn.ocop.platform.identity.api.Caller;

/** {@link OfficeImportsApi} over the same requests as the office's import endpoints. */
@Singleton
class OfficeImports implements OfficeImportsApi {

    private final ImportRequests requests;

    OfficeImports(ImportRequests requests) {
        this.requests = requests;
    }

    @Override
    public ImportStatus startImport(
            Caller caller, String kind, boolean dryRun, String fileName, byte[] file) {
        return of(requests.start(ImportRequests.kind(kind), dryRun, fileName, file, caller));
    }

    @Override
    public ImportStatus importJob(Caller caller, UUID id) {
        return of(requests.job(id, caller));
    }

    private static ImportStatus of(ImportJobView job) {
        ImportReport report = job.report();
        List<RowError> errors =
                report == null
                        ? List.of()
                        : report.errors().stream()
                                .map(
                                        i ->
                                                new RowError(
                                                        i.row(),
                                                        i.header() != null
                                                                ? i.header()
                                                                : i.column(),
                                                        i.messageVi(),
                                                        i.messageEn(),
                                                        i.value()))
                                .toList();
        return new ImportStatus(
                job.id(),
                job.kind().path(),
                job.dryRun(),
                job.fileName(),
                job.state().name(),
                job.rowsTotal(),
                job.rowsDone(),
                job.percent(),
                job.state() == ImportJobState.SUCCEEDED || job.state() == ImportJobState.FAILED,
                report != null && report.saved(),
                report == null ? 0 : report.created(),
                report == null ? 0 : report.updated(),
                report == null ? 0 : report.unchanged(),
                report == null ? 0 : report.errorCount(),
                errors);
    }
}
