package vn.ocop.catalog.importing;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import org.junit.jupiter.api.Test;

class ImportReportTest {

    @Test
    void a_stored_report_whose_empty_error_list_was_left_out_reads_back_with_no_errors()
            throws Exception {
        String stored =
                "{\"kind\":\"PRODUCTS\",\"dryRun\":true,\"valid\":true,\"saved\":false,"
                        + "\"rowsTotal\":191,\"created\":0,\"updated\":0,\"unchanged\":140,"
                        + "\"errorCount\":0}";

        ImportReport report =
                ObjectMapper.getDefault().readValue(stored, Argument.of(ImportReport.class));

        assertThat(report.errors()).isEmpty();
        assertThat(report.unchanged()).isEqualTo(140);
    }
}
