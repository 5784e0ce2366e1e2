package vn.ocop.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

class ElasticsearchNodeSourceTest {

    private static final String ZIP = "/m2/elasticsearch-8.19.21.zip";
    private final AtomicInteger dockerAsked = new AtomicInteger();

    private BooleanSupplier docker(boolean answers) {
        return () -> {
            dockerAsked.incrementAndGet();
            return answers;
        };
    }

    @Test
    void an_external_url_wins_without_asking_docker() {
        assertThat(ElasticsearchNodeSource.choose("http://es:9200", docker(true), ZIP))
                .isEqualTo(ElasticsearchNodeSource.EXTERNAL_URL);
        assertThat(dockerAsked).hasValue(0);
    }

    @Test
    void a_blank_url_counts_as_unset() {
        assertThat(ElasticsearchNodeSource.choose("  ", docker(true), ZIP))
                .isEqualTo(ElasticsearchNodeSource.DOCKER);
    }

    @Test
    void docker_is_preferred_to_the_zip_when_an_engine_answers() {
        assertThat(ElasticsearchNodeSource.choose(null, docker(true), ZIP))
                .isEqualTo(ElasticsearchNodeSource.DOCKER);
        assertThat(dockerAsked).hasValue(1);
    }

    @Test
    void the_zip_is_used_when_no_docker_engine_answers() {
        assertThat(ElasticsearchNodeSource.choose(null, docker(false), ZIP))
                .isEqualTo(ElasticsearchNodeSource.INTEG_TEST_ZIP);
    }

    @Test
    void an_unresolved_maven_property_is_not_a_zip() {
        assertThatThrownBy(
                        () ->
                                ElasticsearchNodeSource.choose(
                                        null,
                                        docker(false),
                                        "${org.elasticsearch.distribution.integ-test-zip:elasticsearch:zip}"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("OCOP_TEST_ELASTICSEARCH_URL");
    }

    @Test
    void refuses_when_there_is_no_url_no_docker_and_no_zip() {
        assertThatThrownBy(() -> ElasticsearchNodeSource.choose(null, docker(false), null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ocop.test.elasticsearch.zip");
    }
}
