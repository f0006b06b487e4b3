package cn.gridbot.app.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.web.server.ResponseStatusException;

/** Only real images are kept, under names the store chooses, and only those names are served. */
class MediaStoreTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0};

    @TempDir
    Path folder;

    @Test
    void keepsAPngUnderARandomNameAndFindsIt() {
        MediaStore store = new MediaStore(new SimulatorSettings(true, folder));
        String name = store.save(PNG);
        assertThat(name).matches(MediaStore.NAME).endsWith(".png");
        assertThat(store.find(name)).hasValueSatisfying(p -> assertThat(p).startsWith(folder));
        assertThat(MediaStore.typeOf(name).toString()).isEqualTo("image/png");
    }

    @Test
    void refusesWhatIsNotAnImageAndNamesItDidNotGive() throws Exception {
        MediaStore store = new MediaStore(new SimulatorSettings(true, folder));
        assertThatThrownBy(() -> store.save("<html><script>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ResponseStatusException.class).hasMessageContaining("415");
        Files.writeString(folder.resolve("secret.txt"), "x");
        assertThat(store.find("secret.txt")).isEmpty();
        assertThat(store.find("../secret.txt")).isEmpty();
        assertThat(store.find("0123456789abcdef0123456789abcdef.png")).isEmpty();
    }
}
