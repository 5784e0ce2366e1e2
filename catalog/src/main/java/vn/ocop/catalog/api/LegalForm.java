package vn.ocop.catalog.api;

/** Legal forms of OCOP producers (chủ thể OCOP) named in the provincial OCOP plans. */
public enum LegalForm {
    /** Hợp tác xã (HTX). */
    COOPERATIVE,
    /** Tổ hợp tác. */
    COOPERATIVE_GROUP,
    /** Công ty cổ phần (JSC). */
    JOINT_STOCK_COMPANY,
    /** Công ty TNHH (incl. single-member). */
    LIMITED_COMPANY,
    /** Doanh nghiệp tư nhân (DNTN). */
    PRIVATE_ENTERPRISE,
    /** Hộ sản xuất kinh doanh có đăng ký. */
    HOUSEHOLD_BUSINESS,
    /** Cơ sở sản xuất. */
    PRODUCTION_FACILITY,
    /** Nhóm hộ cá thể. */
    HOUSEHOLD_GROUP,
    /** Làng nghề. */
    CRAFT_VILLAGE,
    /** Hội, hiệp hội (producers' or farmers' association). */
    ASSOCIATION,
    /** Other community bodies (eco-tourism team, temple board…). */
    OTHER
}
