package vn.ocop.catalog.api;

/**
 * Regulated categories: alcohol and herbal/functional food need a declaration number (công bố sản
 * phẩm); tobacco is listed but never sold online.
 */
public enum Regulation {
    NONE,
    ALCOHOL,
    HERBAL_FUNCTIONAL,
    TOBACCO;

    public boolean needsDeclaration() {
        return this == ALCOHOL || this == HERBAL_FUNCTIONAL;
    }
}
