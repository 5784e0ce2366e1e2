package vn.ocop.testkit;

import com.sun.security.auth.module.UnixSystem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.List;
import java.util.stream.Stream;

/**
 * Elasticsearch refuses to run as root. When the tests run as root (CI containers do), the node
 * runs as {@code nobody} through {@code setpriv}, and the directories it writes are handed over.
 */
final class UnprivilegedUser {

    static final String USER = "nobody";
    static final String GROUP = "nogroup";

    private UnprivilegedUser() {}

    static boolean needed() {
        return new UnixSystem().getUid() == 0;
    }

    /** What to put before a command so that it runs as {@code nobody} when we are root. */
    static List<String> commandPrefix() {
        return needed()
                ? List.of("setpriv", "--reuid=" + USER, "--regid=" + GROUP, "--clear-groups")
                : List.of();
    }

    /** Makes everything under {@code dir} owned by {@code nobody:nogroup} when we are root. */
    static void handOver(Path dir) {
        if (!needed()) {
            return;
        }
        UserPrincipalLookupService lookup = dir.getFileSystem().getUserPrincipalLookupService();
        try (Stream<Path> paths = Files.walk(dir)) {
            var user = lookup.lookupPrincipalByName(USER);
            GroupPrincipal group = lookup.lookupPrincipalByGroupName(GROUP);
            for (Path path : (Iterable<Path>) paths::iterator) {
                PosixFileAttributeView view =
                        Files.getFileAttributeView(path, PosixFileAttributeView.class);
                view.setOwner(user);
                view.setGroup(group);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not hand " + dir + " over to " + USER, e);
        }
    }
}
