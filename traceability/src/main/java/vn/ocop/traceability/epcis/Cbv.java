package vn.ocop.traceability.epcis;

/**
 * Core Business Vocabulary values come as bare words ({@code commissioning}), URNs ({@code
 * urn:epcglobal:cbv:bizstep:commissioning}) or Web URIs ({@code
 * https://ref.gs1.org/cbv/BizStep-commissioning}); queries compare them as the bare word.
 */
public final class Cbv {
    private Cbv() {}

    public static String bizStep(String value) {
        return bare(value, "urn:epcglobal:cbv:bizstep:", "BizStep-");
    }

    public static String disposition(String value) {
        return bare(value, "urn:epcglobal:cbv:disp:", "Disp-");
    }

    private static String bare(String value, String urnPrefix, String webPrefix) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.startsWith(urnPrefix)) {
            return v.substring(urnPrefix.length());
        }
        for (String host :
                new String[] {
                    "https://ref.gs1.org/cbv/", "https://gs1.org/voc/", "http://gs1.org/voc/"
                }) {
            if (v.startsWith(host + webPrefix)) {
                return v.substring(host.length() + webPrefix.length());
            }
        }
        return v;
    }
}
