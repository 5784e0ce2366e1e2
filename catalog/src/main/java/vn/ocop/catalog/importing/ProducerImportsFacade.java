package vn.ocop.catalog.importing;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import vn.ocop.catalog.api.ProducerImportsApi;
import vn.ocop.platform.identity.api.Caller;

/** {@link ProducerImportsApi} over the same requests as the producer's import endpoints. */
@Singleton
class ProducerImportsFacade implements ProducerImportsApi {

    private final ImportRequests requests;
    private final ImportTemplates templates;

    ProducerImportsFacade(ImportRequests requests, ImportTemplates templates) {
        this.requests = requests;
        this.templates = templates;
    }

    @Override
    public ImportStatus startProductImport(Caller caller, String fileName, byte[] content) {
        return status(requests.start(ImportKind.PRODUCTS, false, fileName, content, caller));
    }

    @Override
    public ImportStatus importJob(Caller caller, UUID jobId) {
        return status(requests.job(jobId, caller));
    }

    @Override
    public byte[] productTemplate(Locale locale) {
        return templates.workbook(ImportKind.PRODUCTS, ImportTemplates.language(locale));
    }

    private static ImportStatus status(ImportJobView job) {
        ImportReport report = job.report();
        List<RowError> errors =
                report == null
                        ? List.of()
                        : report.errors().stream()
                                .map(
                                        e ->
                                                new RowError(
                                                        e.row(),
                                                        e.columnVi() != null
                                                                ? e.columnVi()
                                                                : e.header(),
                                                        e.columnEn() != null
                                                                ? e.columnEn()
                                                                : e.header(),
                                                        e.code(),
                                                        e.messageVi(),
                                                        e.messageEn(),
                                                        e.value()))
                                .toList();
        return new ImportStatus(
                job.id(),
                job.fileName(),
                job.state().name(),
                job.rowsTotal(),
                job.rowsDone(),
                job.percent(),
                report != null && report.saved(),
                report == null ? 0 : report.created(),
                report == null ? 0 : report.updated(),
                report == null ? 0 : report.unchanged(),
                report == null ? 0 : report.errorCount(),
                errors);
    }
}
