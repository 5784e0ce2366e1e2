package vn.ocop.traceability.serials;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SerialNumbersTest {

    @Test
    void the_alphabet_has_no_look_alikes_and_stays_in_character_set_82() {
        assertThat(SerialNumbers.ALPHABET).doesNotContain("0", "O", "1", "I", "L");
        assertThat(SerialNumbers.ALPHABET).matches("[!\"%&'()*+,\\-./0-9:;<=>?A-Z_a-z]+");
        assertThat(SerialNumbers.ALPHABET.chars().distinct().count())
                .isEqualTo(SerialNumbers.ALPHABET.length());
    }

    @Test
    void a_serial_carries_at_least_40_bits_of_entropy() {
        assertThat(SerialNumbers.ENTROPY_BITS).isGreaterThanOrEqualTo(40.0);
        assertThat(Math.pow(SerialNumbers.ALPHABET.length(), SerialNumbers.LENGTH))
                .isGreaterThanOrEqualTo(Math.pow(2, 40));
    }

    @Test
    void draws_are_well_formed_distinct_and_use_the_whole_alphabet() {
        SerialNumbers numbers = new SerialNumbers(new SecureRandom());
        Set<String> drawn = new HashSet<>();
        Set<Character> used = new HashSet<>();
        for (int i = 0; i < 20_000; i++) {
            String serial = numbers.next();
            assertThat(SerialNumbers.isWellFormed(serial)).as(serial).isTrue();
            drawn.add(serial);
            serial.chars().forEach(c -> used.add((char) c));
        }
        assertThat(drawn).hasSize(20_000);
        assertThat(used).hasSize(SerialNumbers.ALPHABET.length());
    }

    @Test
    void recognises_foreign_serials() {
        assertThat(SerialNumbers.isWellFormed("ABCDEFGHJK")).isTrue();
        assertThat(SerialNumbers.isWellFormed("ABCDEFGHJ0")).isFalse();
        assertThat(SerialNumbers.isWellFormed("abcdefghjk")).isFalse();
        assertThat(SerialNumbers.isWellFormed("ABCDEFGHJ")).isFalse();
        assertThat(SerialNumbers.isWellFormed(null)).isFalse();
    }
}
