package org.kalamela.adapters.export.pdf;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.LayoutProcessor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The four embedded fonts (Noto Sans and Noto Sans Malayalam, regular and bold), loaded once per process.
 *
 * <p>OpenPDF shapes complex scripts only through its {@link LayoutProcessor}, which hands each run of text to
 * the JDK's glyph layout; that processor is switched on once for the whole process and reads each font from a
 * file, so the fonts are copied out of the jar into a temporary folder first (a resource has no file of its
 * own in a jar or a native image).
 */
final class PdfFonts {

    private static final String FOLDER = "/org/kalamela/adapters/export/pdf/fonts/";

    private static volatile PdfFonts loaded;

    final BaseFont latin;
    final BaseFont latinBold;
    final BaseFont malayalam;
    final BaseFont malayalamBold;

    private PdfFonts(Path folder) {
        latin = load(folder, "NotoSans-Regular.ttf");
        latinBold = load(folder, "NotoSans-Bold.ttf");
        malayalam = load(folder, "NotoSansMalayalam-Regular.ttf");
        malayalamBold = load(folder, "NotoSansMalayalam-Bold.ttf");
    }

    static PdfFonts get() {
        PdfFonts fonts = loaded;
        if (fonts == null) {
            synchronized (PdfFonts.class) {
                fonts = loaded;
                if (fonts == null) {
                    if (!LayoutProcessor.isEnabled()) {
                        LayoutProcessor.enableKernLiga();
                    }
                    fonts = new PdfFonts(copyOutOfTheJar());
                    loaded = fonts;
                }
            }
        }
        return fonts;
    }

    /** The font for text in the given script and weight, at the given size. */
    Font font(boolean malayalamScript, boolean bold, float size) {
        BaseFont base = malayalamScript ? (bold ? malayalamBold : malayalam) : (bold ? latinBold : latin);
        return new Font(base, size);
    }

    private static BaseFont load(Path folder, String name) {
        String file = folder.resolve(name).toString();
        try {
            BaseFont font = BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            LayoutProcessor.loadFont(font, file);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the embedded font " + name, e);
        }
    }

    private static Path copyOutOfTheJar() {
        try {
            Path folder = Files.createTempDirectory("kalamela-fonts");
            folder.toFile().deleteOnExit();
            for (String name : new String[] {"NotoSans-Regular.ttf", "NotoSans-Bold.ttf",
                    "NotoSansMalayalam-Regular.ttf", "NotoSansMalayalam-Bold.ttf"}) {
                try (InputStream in = PdfFonts.class.getResourceAsStream(FOLDER + name)) {
                    if (in == null) {
                        throw new IllegalStateException("the font " + name + " is missing from the build");
                    }
                    Path file = folder.resolve(name);
                    Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                    file.toFile().deleteOnExit();
                }
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack the embedded fonts", e);
        }
    }
}
