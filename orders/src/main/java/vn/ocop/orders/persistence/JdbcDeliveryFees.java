package vn.ocop.orders.persistence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * The office's home-delivery fee table: per province code ({@code *} for every other province) and
 * weight band (up to {@code maxWeightGrams}).
 */
@Singleton
public class JdbcDeliveryFees {

    /** Any province without bands of its own. */
    public static final String ANY_PROVINCE = "*";

    private final JdbcOperations jdbc;

    JdbcDeliveryFees(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** One band of the table. */
    @Serdeable
    public record Band(String provinceCode, int maxWeightGrams, long feeVnd) {}

    /**
     * The fee of the smallest band holding the weight: the province's own bands, else the {@code *}
     * bands. Empty when the parcel is heavier than every band.
     */
    public OptionalLong fee(String provinceCode, long weightGrams) {
        return jdbc.prepareStatement(
                "SELECT fee_vnd FROM orders.delivery_fees WHERE province_code = (SELECT CASE WHEN"
                        + " EXISTS (SELECT 1 FROM orders.delivery_fees WHERE province_code = ?) THEN"
                        + " ? ELSE '*' END) AND max_weight_grams >= ? ORDER BY max_weight_grams"
                        + " LIMIT 1",
                ps -> {
                    ps.setString(1, provinceCode);
                    ps.setString(2, provinceCode);
                    ps.setLong(3, weightGrams);
                    try (ResultSet rs = ps.executeQuery()) {
                        return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
                    }
                });
    }

    public List<Band> all() {
        return jdbc.prepareStatement(
                "SELECT province_code, max_weight_grams, fee_vnd FROM orders.delivery_fees ORDER"
                        + " BY province_code, max_weight_grams",
                ps -> {
                    List<Band> out = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.add(new Band(rs.getString(1), rs.getInt(2), rs.getLong(3)));
                        }
                    }
                    return out;
                });
    }

    /** Replaces the bands of one province (or of {@code *}). */
    public void replace(String provinceCode, List<Band> bands) {
        jdbc.prepareStatement(
                "DELETE FROM orders.delivery_fees WHERE province_code = ?",
                ps -> {
                    ps.setString(1, provinceCode);
                    return ps.executeUpdate();
                });
        if (bands.isEmpty()) return;
        jdbc.prepareStatement(
                "INSERT INTO orders.delivery_fees (province_code, max_weight_grams, fee_vnd) VALUES"
                        + " (?, ?, ?)",
                ps -> {
                    for (Band b : bands) {
                        ps.setString(1, provinceCode);
                        ps.setInt(2, b.maxWeightGrams());
                        ps.setLong(3, b.feeVnd());
                        ps.addBatch();
                    }
                    return ps.executeBatch();
                });
    }
}
