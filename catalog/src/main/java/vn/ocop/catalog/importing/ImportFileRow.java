package vn.ocop.catalog.importing;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.util.UUID;

/** An uploaded file, kept until its job finishes so that any instance can run the job. */
@MappedEntity(value = "import_files", schema = "catalog")
record ImportFileRow(@Id UUID jobId, byte[] content) {}
