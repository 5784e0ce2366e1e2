package vn.ocop.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.runtime.server.EmbeddedServer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.ocop.catalog.api.ProductsApi;
import vn.ocop.testkit.TestKitContextConfigurer;
import vn.ocop.testkit.WebClient;
import vn.ocop.traceability.api.PublicBatch;
import vn.ocop.traceability.api.TraceabilityApi;

/**
 * The national dataset at a small size: every kind of row is written in the numbers asked for, the
 * application's own services read them (a product, a unit's public trace record, the public list of
 * sale points), and the same seed gives the same rows in another database while another seed does
 * not. The full size is run from {@code bench/} (BENCHMARKS.md).
 */
class NationalDatasetTest {

    private static final NationalDataset.Size SMALL = new NationalDataset.Size(40, 120, 15, 4, 3);

    /** A context of the whole application on a fresh database, without the expiry job. */
    private static ApplicationContext application() {
        ApplicationContextBuilder builder = ApplicationContext.builder();
        new TestKitContextConfigurer().configure(builder);
        return builder.properties(
                        Map.of(
                                "micronaut.server.port",
                                -1,
                                "ocop.catalog.expiry-job.enabled",
                                false))
                .start();
    }

    @Test
    void writesEveryKindOfRowAndTheApplicationReadsThem() throws Exception {
        try (ApplicationContext context = application()) {
            NationalDataset.Counts counts =
                    SearchBenchmark.write(context, new NationalDataset(7L, SMALL));

            assertThat(counts)
                    .isEqualTo(
                            new NationalDataset.Counts(
                                    40, 120, 15, SMALL.batches(), SMALL.serials()));

            String[] unit = anyUnit(context);
            PublicBatch trace =
                    context.getBean(TraceabilityApi.class)
                            .publicBatch(unit[0], unit[1], unit[2], Locale.forLanguageTag("vi"))
                            .orElseThrow();
            assertThat(trace.productName()).isNotBlank();
            assertThat(trace.certificate().valid()).isTrue();
            assertThat(trace.labTests()).isNotEmpty();
            assertThat(trace.producers()).hasSize(1);

            assertThat(context.getBean(ProductsApi.class).product(trace.productId()))
                    .hasValueSatisfying(p -> assertThat(p.id()).isEqualTo(trace.productId()));

            EmbeddedServer server = context.getBean(EmbeddedServer.class).start();
            var salePoints = new WebClient(server.getURI()).get("/api/v1/sale-points");
            assertThat(salePoints.status()).isEqualTo(200);
            assertThat(salePoints.json().size()).isEqualTo(15);
        }
    }

    @Test
    void theSameSeedWritesTheSameRowsAndAnotherSeedDoesNot() throws Exception {
        String first = digestOf(7L);
        assertThat(digestOf(7L)).isEqualTo(first);
        assertThat(digestOf(8L)).isNotEqualTo(first);
    }

    private static String digestOf(long seed) throws Exception {
        try (ApplicationContext context = application()) {
            SearchBenchmark.write(context, new NationalDataset(seed, SMALL));
            return query(
                    context,
                    "SELECT (SELECT md5(string_agg(concat_ws('|', id, name, province_code), ','"
                            + " ORDER BY id)) FROM catalog.producers) || (SELECT"
                            + " md5(string_agg(concat_ws('|', id, name_vi, group_code), ',' ORDER"
                            + " BY id)) FROM catalog.products) || (SELECT"
                            + " md5(string_agg(concat_ws('|', id, name, province_code, kind), ','"
                            + " ORDER BY id)) FROM orders.sale_points) || (SELECT"
                            + " md5(string_agg(concat_ws('|', id, gtin, lot, production_date,"
                            + " quantity, details::text), ',' ORDER BY id)) FROM"
                            + " traceability.batches) || (SELECT md5(string_agg(concat_ws('|',"
                            + " batch_id, ordinal, serial), ',' ORDER BY batch_id, ordinal)) FROM"
                            + " traceability.unit_serials)")[0];
        }
    }

    /** A GTIN, lot and serial of some unit, as a label would carry them. */
    private static String[] anyUnit(ApplicationContext context) throws Exception {
        return query(
                context,
                "SELECT gtin, lot, serial FROM traceability.unit_serials ORDER BY batch_id,"
                        + " ordinal LIMIT 1");
    }

    private static String[] query(ApplicationContext context, String sql) throws Exception {
        try (Connection c =
                        DelegatingDataSource.unwrapDataSource(context.getBean(DataSource.class))
                                .getConnection();
                PreparedStatement ps = c.prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            assertThat(rs.next()).isTrue();
            String[] row = new String[rs.getMetaData().getColumnCount()];
            for (int i = 0; i < row.length; i++) {
                row[i] = rs.getString(i + 1);
            }
            return row;
        }
    }
}
