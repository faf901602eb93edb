package dev.stash2plex.app.docker;

import com.github.dockerjava.transport.SSLConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The TLS client side of a {@code tcp://} engine with {@code DOCKER_TLS_VERIFY}: Docker's three files in
 * {@code DOCKER_CERT_PATH} ({@code ca.pem}, {@code cert.pem}, {@code key.pem}), read with the JDK alone.
 * docker-java's own reader needs Bouncy Castle, 10 MiB of the installer for a setup few users have.
 * The key may be PKCS#8 ({@code BEGIN PRIVATE KEY}, what OpenSSL 3 writes), PKCS#1 RSA or SEC1 EC (what
 * older OpenSSL and docker-machine wrote); an encrypted key is refused with a sentence saying so.
 */
final class ClientCertificates implements SSLConfig {

    static final String CA = "ca.pem";
    static final String CERTIFICATE = "cert.pem";
    static final String KEY = "key.pem";

    private static final Pattern PEM = Pattern.compile(
            "-----BEGIN ([A-Z0-9 ]+)-----\\R(.*?)-----END \\1-----", Pattern.DOTALL);
    private static final byte[] RSA_ALGORITHM = der(0x30, concat(der(0x06, new byte[] {
            0x2a, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xf7, 0x0d, 0x01, 0x01, 0x01}), new byte[] {0x05, 0x00}));
    private static final byte[] EC_PUBLIC_KEY_OID = der(0x06, new byte[] {0x2a, (byte) 0x86, 0x48, (byte) 0xce, 0x3d, 0x02, 0x01});
    private static final byte[] VERSION_ZERO = {0x02, 0x01, 0x00};

    private final Path folder;

    ClientCertificates(Path folder) {
        this.folder = folder;
    }

    @Override
    public SSLContext getSSLContext() throws KeyStoreException {
        try {
            List<Certificate> authorities = certificates(CA);
            List<Certificate> chain = certificates(CERTIFICATE);
            PrivateKey key = privateKey();
            char[] none = new char[0];
            KeyStore mine = KeyStore.getInstance("PKCS12");
            mine.load(null, none);
            mine.setKeyEntry("client", key, none, chain.toArray(Certificate[]::new));
            KeyStore trusted = KeyStore.getInstance("PKCS12");
            trusted.load(null, none);
            for (int i = 0; i < authorities.size(); i++) {
                trusted.setCertificateEntry("ca-" + i, authorities.get(i));
            }
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(mine, none);
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
            return context;
        } catch (KeyStoreException e) {
            throw e;
        } catch (GeneralSecurityException | IOException e) {
            throw new KeyStoreException("Cannot use the TLS files in " + folder + " (DOCKER_CERT_PATH): " + e.getMessage(), e);
        }
    }

    private List<Certificate> certificates(String file) throws IOException, GeneralSecurityException {
        try (InputStream in = Files.newInputStream(folder.resolve(file))) {
            List<Certificate> found = new ArrayList<>(CertificateFactory.getInstance("X.509").generateCertificates(in));
            if (found.isEmpty()) {
                throw new KeyStoreException(problem(file, "holds no certificate"));
            }
            return found;
        } catch (NoSuchFileException e) {
            throw new KeyStoreException(problem(file, "is missing; Docker's TLS setup puts ca.pem, cert.pem and key.pem there"));
        }
    }

    private PrivateKey privateKey() throws IOException, GeneralSecurityException {
        String text;
        try {
            text = Files.readString(folder.resolve(KEY), StandardCharsets.US_ASCII);
        } catch (NoSuchFileException e) {
            throw new KeyStoreException(problem(KEY, "is missing; Docker's TLS setup puts ca.pem, cert.pem and key.pem there"));
        }
        Matcher block = PEM.matcher(text);
        while (block.find()) {
            String kind = block.group(1);
            String body = block.group(2);
            if (kind.equals("ENCRYPTED PRIVATE KEY") || body.contains("ENCRYPTED")) {
                throw new KeyStoreException(problem(KEY, "is protected by a passphrase; Docker needs it without one "
                        + "(openssl pkey -in key.pem -out key.pem writes it so)"));
            }
            byte[] bytes = Base64.getMimeDecoder().decode(body.strip());
            switch (kind) {
                case "PRIVATE KEY":
                    return pkcs8(bytes);
                case "RSA PRIVATE KEY":
                    return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(
                            der(0x30, concat(VERSION_ZERO, RSA_ALGORITHM, der(0x04, bytes)))));
                case "EC PRIVATE KEY":
                    return KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(ecAsPkcs8(bytes)));
                default:
                    // e.g. EC PARAMETERS before the key: look further
            }
        }
        throw new KeyStoreException(problem(KEY, "holds no private key in PEM form (BEGIN PRIVATE KEY)"));
    }

    private String problem(String file, String what) {
        return folder.resolve(file) + " " + what;
    }

    private static PrivateKey pkcs8(byte[] bytes) throws GeneralSecurityException {
        PKCS8EncodedKeySpec spec = new PKCS8EncodedKeySpec(bytes);
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(spec);
        } catch (GeneralSecurityException notRsa) {
            return KeyFactory.getInstance("EC").generatePrivate(spec);
        }
    }

    /** SEC1 (RFC 5915) wrapped as PKCS#8: its curve, from the {@code [0]} field, goes into the algorithm. */
    private static byte[] ecAsPkcs8(byte[] sec1) throws KeyStoreException {
        Der outer = Der.read(sec1, 0);
        int at = outer.contentStart();
        while (at < outer.end()) {
            Der field = Der.read(sec1, at);
            if (field.tag() == 0xa0) {
                byte[] curve = java.util.Arrays.copyOfRange(sec1, field.contentStart(), field.end());
                return der(0x30, concat(VERSION_ZERO, der(0x30, concat(EC_PUBLIC_KEY_OID, curve)), der(0x04, sec1)));
            }
            at = field.end();
        }
        throw new KeyStoreException("The EC key names no curve");
    }

    /** One DER element's place in a byte array. */
    private record Der(int tag, int contentStart, int end) {

        static Der read(byte[] bytes, int at) throws KeyStoreException {
            if (at + 2 > bytes.length) {
                throw new KeyStoreException("The key is cut short");
            }
            int tag = bytes[at] & 0xff;
            int length = bytes[at + 1] & 0xff;
            int start = at + 2;
            if (length > 0x7f) {
                int octets = length & 0x7f;
                length = 0;
                for (int i = 0; i < octets; i++) {
                    length = (length << 8) | (bytes[start + i] & 0xff);
                }
                start += octets;
            }
            if (start + length > bytes.length) {
                throw new KeyStoreException("The key is cut short");
            }
            return new Der(tag, start, start + length);
        }
    }

    private static byte[] der(int tag, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 6);
        out.write(tag);
        int length = content.length;
        if (length < 0x80) {
            out.write(length);
        } else {
            int octets = length > 0xffffff ? 4 : length > 0xffff ? 3 : length > 0xff ? 2 : 1;
            out.write(0x80 | octets);
            for (int i = octets - 1; i >= 0; i--) {
                out.write(length >>> (8 * i));
            }
        }
        out.writeBytes(content);
        return out.toByteArray();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
