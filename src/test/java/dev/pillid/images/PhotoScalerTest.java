package dev.pillid.images;

import dev.pillid.testing.TestPhotos;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PhotoScalerTest {

    @TempDir
    Path dir;

    final PhotoScaler scaler = new PhotoScaler(40_000_000L);

    @Test
    void scalesToTheWidthKeepingTheAspectRatio() throws Exception {
        Path photo = dir.resolve("wide.jpg");
        TestPhotos.writeJpeg(photo, 1000, 400, 3);
        BufferedImage thumbnail = ImageIO.read(new ByteArrayInputStream(scaler.jpeg(photo, 120)));
        assertEquals(120, thumbnail.getWidth());
        assertEquals(48, thumbnail.getHeight());
    }

    @Test
    void readsTheSizeFromTheHeader() throws Exception {
        Path photo = dir.resolve("photo.jpg");
        TestPhotos.writeJpeg(photo, 300, 263, 5);
        assertEquals(new PhotoScaler.Size(300, 263), scaler.size(photo));
    }

    @Test
    void refusesAPhotoDeclaringMorePixelsThanTheBoundBeforeDecodingIt() throws Exception {
        Path photo = HostilePhotos.declaringHugeSize(dir.resolve("huge.jpg"));
        PhotoScaler.UnusablePhoto refused = assertThrows(PhotoScaler.UnusablePhoto.class, () -> scaler.jpeg(photo, 120));
        assertTrue(refused.getMessage().contains("50000x50000"), refused.getMessage());
        assertThrows(PhotoScaler.UnusablePhoto.class, () -> scaler.size(photo));
    }

    @Test
    void refusesATruncatedPhotoRatherThanFillingItWithGrey() throws Exception {
        Path photo = HostilePhotos.truncated(dir.resolve("cut.jpg"));
        PhotoScaler.UnusablePhoto refused = assertThrows(PhotoScaler.UnusablePhoto.class, () -> scaler.jpeg(photo, 120));
        assertTrue(refused.getMessage().contains("truncated"), refused.getMessage());
    }

    @Test
    void refusesAFileThatIsNoImage() throws Exception {
        Path photo = HostilePhotos.notAnImage(dir.resolve("page.jpg"));
        assertThrows(PhotoScaler.UnusablePhoto.class, () -> scaler.size(photo));
        assertThrows(PhotoScaler.UnusablePhoto.class, () -> scaler.jpeg(photo, 120));
    }

    @Test
    void aSmallerBoundRefusesAnOrdinaryPhoto() throws Exception {
        Path photo = dir.resolve("photo.jpg");
        TestPhotos.writeJpeg(photo, 300, 263, 5);
        assertThrows(PhotoScaler.UnusablePhoto.class, () -> new PhotoScaler(300 * 262).jpeg(photo, 120));
    }
}
