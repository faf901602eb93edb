import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/// Rewrites every jar in a folder with its entries stored instead of deflated, in place.
///
/// Why: an installer is compressed as a whole (xz in a `.deb`), and xz gains nothing on data that
/// deflate has already squeezed. Stored, the class files compress with the rest of the package: the
/// `.deb` shrinks by about 7 MB for the app's class path (docs/packaging.md, "Sizes"); the installed
/// folder grows by the same order, and reading a stored entry costs the JVM no inflating.
///
/// The content, order and times of the entries stay as they were, so a signed jar's signature,
/// which covers the uncompressed bytes, still holds. Run by the `-Ppackage` build with the JDK's
/// source launcher (JEP 330): `java packaging/StoreJarEntries.java FOLDER...`.
public final class StoreJarEntries {

    public static void main(String[] arguments) throws IOException {
        if (arguments.length == 0) {
            System.err.println("usage: java StoreJarEntries.java FOLDER... (rewrites each FOLDER/*.jar with stored entries)");
            System.exit(2);
        }
        for (String folder : arguments) {
            storeEvery(Path.of(folder));
        }
    }

    private static void storeEvery(Path folder) throws IOException {
        List<Path> jars;
        try (var files = Files.list(folder)) {
            jars = files.filter(file -> file.getFileName().toString().endsWith(".jar")).sorted().toList();
        }
        long before = 0;
        long after = 0;
        for (Path jar : jars) {
            before += Files.size(jar);
            store(jar);
            after += Files.size(jar);
        }
        System.out.printf("[store-jar-entries] %d jars in %s: %,d bytes deflated, %,d bytes stored%n",
                jars.size(), folder, before, after);
    }

    private static void store(Path jar) throws IOException {
        Path stored = jar.resolveSibling(jar.getFileName() + ".stored");
        try (var in = new ZipInputStream(Files.newInputStream(jar));
                var out = new ZipOutputStream(Files.newOutputStream(stored))) {
            out.setMethod(ZipOutputStream.STORED);
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                byte[] content = in.readAllBytes();
                out.putNextEntry(storedCopy(entry, content));
                out.write(content);
                out.closeEntry();
            }
        } catch (IOException | UncheckedIOException failure) {
            Files.deleteIfExists(stored);
            throw new IOException("cannot rewrite " + jar + " with stored entries: " + failure.getMessage(), failure);
        }
        Files.move(stored, jar, StandardCopyOption.REPLACE_EXISTING);
    }

    private static ZipEntry storedCopy(ZipEntry original, byte[] content) {
        var crc = new CRC32();
        crc.update(content);
        var entry = new ZipEntry(original.getName());
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(content.length);
        entry.setCompressedSize(content.length);
        entry.setCrc(crc.getValue());
        entry.setTime(original.getTime());
        if (original.getComment() != null) {
            entry.setComment(original.getComment());
        }
        return entry;
    }
}
