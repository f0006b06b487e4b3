package cn.gridbot.app.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Keeps the photos sent from the page under the data folder and serves them back, so an image
 * message carries a PicUrl on this app as a real one carries a URL on WeChat's media server. Only
 * JPEG, PNG, GIF and WebP are kept, recognised by their first bytes, and stored under a random name:
 * the client chooses neither the name nor the type the file is served with.
 */
@Component
@SimulatorEnabled
class MediaStore {

    static final String NAME = "[0-9a-f]{32}\\.(jpg|png|gif|webp)";
    static final int MAX_BYTES = 5 * 1024 * 1024;

    private final Path folder;

    MediaStore(SimulatorSettings settings) {
        this.folder = settings.mediaDir();
    }

    /** Stores the image; answers its name. */
    String save(byte[] bytes) {
        String extension = extensionOf(bytes).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Only JPEG, PNG, GIF or WebP images can be sent"));
        byte[] random = new byte[16];
        ThreadLocalRandom.current().nextBytes(random);
        String name = HexFormat.of().formatHex(random) + "." + extension;
        try {
            Files.createDirectories(folder);
            Files.write(folder.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store a simulator photo in " + folder, e);
        }
        return name;
    }

    /** The stored file, when the name is one this store gives out and the file exists. */
    Optional<Path> find(String name) {
        if (name == null || !name.matches(NAME)) {
            return Optional.empty();
        }
        Path file = folder.resolve(name);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    static MediaType typeOf(String name) {
        return switch (name.substring(name.lastIndexOf('.') + 1)) {
            case "png" -> MediaType.IMAGE_PNG;
            case "gif" -> MediaType.IMAGE_GIF;
            case "webp" -> MediaType.parseMediaType("image/webp");
            default -> MediaType.IMAGE_JPEG;
        };
    }

    private static Optional<String> extensionOf(byte[] b) {
        if (starts(b, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("jpg");
        }
        if (starts(b, 0x89, 'P', 'N', 'G')) {
            return Optional.of("png");
        }
        if (starts(b, 'G', 'I', 'F', '8')) {
            return Optional.of("gif");
        }
        if (starts(b, 'R', 'I', 'F', 'F') && b.length > 12 && Arrays.equals(b, 8, 12, new byte[] {'W', 'E', 'B', 'P'}, 0, 4)) {
            return Optional.of("webp");
        }
        return Optional.empty();
    }

    private static boolean starts(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
