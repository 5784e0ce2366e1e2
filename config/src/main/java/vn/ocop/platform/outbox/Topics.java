package vn.ocop.platform.outbox;

import java.util.regex.Pattern;

/** The shape of a topic name, checked where topics enter: enqueue and handler registration. */
final class Topics {

    private static final Pattern TOPIC = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}");

    private Topics() {}

    static String requireValid(String topic) {
        if (topic == null || !TOPIC.matcher(topic).matches()) {
            throw new IllegalArgumentException(
                    "Outbox topic must be 1-100 characters of a-z, 0-9, '.', '-', '_'"
                            + " starting with a letter or digit, got: "
                            + topic);
        }
        return topic;
    }
}
