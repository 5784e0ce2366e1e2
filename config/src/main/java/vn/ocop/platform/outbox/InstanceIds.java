package vn.ocop.platform.outbox;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;

/** Names this process in {@code locked_by}, so an operator can tell which instance holds a row. */
final class InstanceIds {

    private InstanceIds() {}

    static String orGenerated(String configured) {
        if (configured != null && !configured.isBlank()) {
            return configured.strip();
        }
        return host()
                + ":"
                + ProcessHandle.current().pid()
                + ":"
                + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String host() {
        try {
            String name = InetAddress.getLocalHost().getHostName();
            return name.length() <= 150 ? name : name.substring(0, 150);
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }
}
