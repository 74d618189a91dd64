package org.kalamela.adapters.export.pdf;

import java.awt.image.BufferedImage;

/** Where the dark pixels of an image are: what a reader of the printed page would see. */
record Ink(int left, int top, int right, int bottom) {

    private static final int DARK = 128;

    int width() {
        return right - left + 1;
    }

    /** The box around the first line of ink from the top of the image (rows down to the first blank row). */
    static Ink firstLine(BufferedImage image) {
        int top = -1;
        int bottom = image.getHeight() - 1;
        for (int y = 0; y < image.getHeight(); y++) {
            boolean inked = rowHasInk(image, y);
            if (top < 0 && inked) {
                top = y;
            } else if (top >= 0 && !inked) {
                bottom = y - 1;
                break;
            }
        }
        if (top < 0) {
            throw new AssertionError("the image has no ink at all");
        }
        int left = image.getWidth();
        int right = -1;
        for (int y = top; y <= bottom; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (dark(image.getRGB(x, y))) {
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                }
            }
        }
        return new Ink(left, top, right, bottom);
    }

    private static boolean rowHasInk(BufferedImage image, int y) {
        for (int x = 0; x < image.getWidth(); x++) {
            if (dark(image.getRGB(x, y))) {
                return true;
            }
        }
        return false;
    }

    private static boolean dark(int rgb) {
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        return (r + g + b) / 3 < DARK;
    }
}
