package vn.ocop.traceability.epcis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EpcIdentifiersTest {

    @Test
    void reads_gtin_and_lot_from_a_digital_link_on_any_host() {
        assertThat(Identifiers.lot("https://ocop.example.vn/01/08935049500018/10/NM%2F01"))
                .contains(new Identifiers.LotOf("08935049500018", "NM/01"));
        assertThat(Identifiers.lot("https://id.gs1.org/01/08935049500018/10/ABC/21/XYZ"))
                .contains(new Identifiers.LotOf("08935049500018", "ABC"));
        assertThat(Identifiers.gtin("https://id.gs1.org/01/08935049500018/21/XYZ"))
                .contains("08935049500018");
        assertThat(Identifiers.lot("https://id.gs1.org/01/08935049500018/21/XYZ")).isEmpty();
    }

    @Test
    void reads_gtin_and_lot_from_epc_urns() {
        // company prefix 893504, item reference 9500001 with indicator digit 9 first
        assertThat(Identifiers.gtin("urn:epc:id:sgtin:893504.0950001.1"))
                .contains("08935049500018");
        assertThat(Identifiers.lot("urn:epc:class:lgtin:893504.0950001.NM-01"))
                .contains(new Identifiers.LotOf("08935049500018", "NM-01"));
        assertThat(Identifiers.gtin("urn:epc:id:sscc:893504.0000000001")).isEmpty();
        assertThat(Identifiers.gtin("urn:uuid:5f2d7a0e-1111-4c5d-9e8f-000000000000")).isEmpty();
    }

    @Test
    void bare_cbv_words_stand_for_their_urn_and_web_forms() {
        assertThat(Cbv.bizStep("urn:epcglobal:cbv:bizstep:commissioning"))
                .isEqualTo("commissioning");
        assertThat(Cbv.bizStep("https://ref.gs1.org/cbv/BizStep-inspecting"))
                .isEqualTo("inspecting");
        assertThat(Cbv.disposition("https://gs1.org/voc/Disp-recalled")).isEqualTo("recalled");
        assertThat(Cbv.bizStep("urn:example:step:brewing")).isEqualTo("urn:example:step:brewing");
    }
}
