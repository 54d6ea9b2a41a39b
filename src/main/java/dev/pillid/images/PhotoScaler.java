package dev.pillid.images;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;

/**
 * Makes a JPEG rendition of a photo at a given width, with Java's own ImageIO and Java2D. A photo
 * file is not trusted: its dimensions are read from its header before anything is decoded, a
 * photo of more pixels than the bound is refused, and a decoder's warning (a truncated or
 * corrupt file, which ImageIO would otherwise fill with grey) fails the rendition.
 */
public class PhotoScaler {

    /** JPEG quality of renditions: small thumbnails without visible blocking on a pill's edge. */
    static final float JPEG_QUALITY = 0.8f;

    private final long maxPixels;

    public PhotoScaler(long maxPixels) {
        this.maxPixels = maxPixels;
    }

    /** A photo's width and height, as its header declares them. */
    public record Size(int width, int height) {
    }

    /** Why a photo file cannot be made into a rendition, in words fit for a client. */
    public static final class UnusablePhoto extends Exception {
        UnusablePhoto(String reason) {
            super(reason, null, false, false);
        }
    }

    /** The photo's dimensions from its header, without decoding it. */
    public Size size(Path photo) throws UnusablePhoto {
        try (ImageInputStream in = ImageIO.createImageInputStream(photo.toFile())) {
            ImageReader reader = readerFor(in);
            try {
                reader.setInput(in, true, true);
                return checked(new Size(reader.getWidth(0), reader.getHeight(0)));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new UnusablePhoto("its header cannot be read as an image");
        }
    }

    /**
     * The photo scaled to {@code width} pixels wide, its aspect ratio kept, as JPEG bytes.
     * {@code width} must be smaller than the photo's own: a rendition is never larger than its photo.
     */
    public byte[] jpeg(Path photo, int width) throws UnusablePhoto {
        BufferedImage decoded = decode(photo, width);
        if (width >= decoded.getWidth()) {
            throw new IllegalArgumentException("a rendition is narrower than its photo");
        }
        int height = Math.max(1, (int) Math.round((double) decoded.getHeight() * width / decoded.getWidth()));
        return encode(scale(opaque(decoded), width, height));
    }

    private BufferedImage decode(Path photo, int width) throws UnusablePhoto {
        try (ImageInputStream in = ImageIO.createImageInputStream(photo.toFile())) {
            ImageReader reader = readerFor(in);
            try {
                reader.setInput(in, true, true);
                Size size = checked(new Size(reader.getWidth(0), reader.getHeight(0)));
                StringBuilder warnings = new StringBuilder();
                reader.addIIOReadWarningListener(warningsInto(warnings));
                ImageReadParam param = reader.getDefaultReadParam();
                // Reading every n-th pixel of a photo many times the rendition's width keeps the
                // decoded image small; the last factor of two or more is left to the smooth scaling.
                int step = Math.max(1, size.width() / (width * 2));
                param.setSourceSubsampling(step, step, 0, 0);
                BufferedImage image = reader.read(0, param);
                if (warnings.length() > 0) {
                    throw new UnusablePhoto("it is truncated or corrupt (" + warnings + ")");
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (UnusablePhoto e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new UnusablePhoto("it cannot be decoded as an image");
        }
    }

    private Size checked(Size size) throws UnusablePhoto {
        if (size.width() < 1 || size.height() < 1) {
            throw new UnusablePhoto("it declares no pixels");
        }
        if ((long) size.width() * size.height() > maxPixels) {
            throw new UnusablePhoto("it declares " + size.width() + "x" + size.height() + " pixels, more than the "
                    + maxPixels + " a rendition is made from");
        }
        return size;
    }

    private static ImageReader readerFor(ImageInputStream in) throws UnusablePhoto {
        if (in == null) {
            throw new UnusablePhoto("it cannot be opened");
        }
        Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
        if (!readers.hasNext()) {
            throw new UnusablePhoto("it is not an image of a known format");
        }
        return readers.next();
    }

    private static IIOReadWarningListener warningsInto(StringBuilder warnings) {
        return (source, warning) -> {
            if (warnings.length() < 200) {
                warnings.append(warnings.length() == 0 ? "" : "; ").append(warning);
            }
        };
    }

    /** The image on white, in RGB: JPEG has no transparency, and ImageIO writes only some image types as JPEG. */
    private static BufferedImage opaque(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return rgb;
    }

    /**
     * Halves the image with bilinear filtering while it is more than twice the target, then makes
     * the last step with bicubic: one bicubic step over a large factor skips pixels and aliases.
     */
    private static BufferedImage scale(BufferedImage image, int width, int height) {
        BufferedImage current = image;
        while (current.getWidth() / 2 >= width && current.getHeight() / 2 >= height) {
            current = draw(current, current.getWidth() / 2, current.getHeight() / 2, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        }
        return current.getWidth() == width && current.getHeight() == height ? current
                : draw(current, width, height, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
    }

    private static BufferedImage draw(BufferedImage from, int width, int height, Object interpolation) {
        BufferedImage to = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = to.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(from, 0, 0, width, height, null);
        g.dispose();
        return to;
    }

    private static byte[] encode(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new IllegalStateException("JPEG encoding into memory failed", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
