package org.kalamela.adapters.export.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** A printed PDF read back with PDFBox: its pages' text, its fonts, a page rendered to an image. */
final class PdfFile implements AutoCloseable {

    private final PDDocument document;

    PdfFile(byte[] bytes) throws IOException {
        this.document = Loader.loadPDF(bytes);
    }

    int pages() {
        return document.getNumberOfPages();
    }

    String text(int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }

    /** The names of the fonts page 1 uses, e.g. {@code ABCDEF+NotoSansMalayalam-Bold} (embedded subsets). */
    List<String> fontsOfFirstPage() throws IOException {
        PDPage page = document.getPage(0);
        List<String> names = new ArrayList<>();
        for (var name : page.getResources().getFontNames()) {
            PDFont font = page.getResources().getFont(name);
            names.add(font.getName() + (font.isEmbedded() ? " (embedded)" : ""));
        }
        return names;
    }

    /** Renders a page (from 1) at {@code dpi} and keeps it as a test artefact under target/. */
    BufferedImage render(int page, int dpi, String artefact) throws IOException {
        BufferedImage image = new PDFRenderer(document).renderImageWithDPI(page - 1, dpi);
        Path folder = Files.createDirectories(Path.of("target", "pdf-artefacts"));
        ImageIO.write(image, "png", folder.resolve(artefact + ".png").toFile());
        return image;
    }

    @Override
    public void close() throws IOException {
        document.close();
    }
}
