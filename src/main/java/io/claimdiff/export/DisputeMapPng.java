package io.claimdiff.export;

import io.claimdiff.project.AtomicFiles;
import io.claimdiff.project.DisputeMap;
import io.claimdiff.project.Party;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code export -f png}: the dispute map as a picture, drawn by the same layout as its SVG
 * ({@link DisputeMapSvg#draw}) with Java 2D, headless; for a slide or an article.
 */
public final class DisputeMapPng implements ReportExporter {

    /** Twice the SVG's size, so the text stays sharp on a slide. */
    private static final int SCALE = 2;

    @Override
    public String id() {
        return "png";
    }

    @Override
    public String name() {
        return "Dispute map (PNG)";
    }

    @Override
    public String extension() {
        return "png";
    }

    @Override
    public void export(Report report, Path out) throws IOException {
        DisputeMap map = DisputeMap.of(report.state(), DisputeMap.Filter.acceptedOnly(report.options().confirmedOnly()));
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(render(map, report.parties()), "png", png);
        AtomicFiles.write(out, png.toByteArray());
    }

    /** The map as an image. */
    public static BufferedImage render(DisputeMap map, List<Party> parties) {
        Graphics2D[] g = new Graphics2D[1];
        BufferedImage[] image = new BufferedImage[1];
        DisputeMapSvg.draw(map, parties, new DisputeMapSvg.Canvas() {
            @Override
            public void size(int width, int height) {
                image[0] = new BufferedImage(width * SCALE, height * SCALE, BufferedImage.TYPE_INT_RGB);
                g[0] = image[0].createGraphics();
                g[0].setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                g[0].setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                g[0].scale(SCALE, SCALE);
                g[0].setColor(Color.WHITE);
                g[0].fillRect(0, 0, width, height);
            }

            @Override
            public void rect(int x, int y, int w, int h, String fill, int radius, String cssClass) {
                g[0].setColor(Color.decode(fill));
                g[0].fillRoundRect(x, y, w, h, 2 * radius, 2 * radius);
            }

            @Override
            public void text(int x, int y, String content, String fill, int size, boolean bold) {
                g[0].setColor(Color.decode(fill));
                g[0].setFont(new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, size));
                g[0].drawString(content, x, y);
            }

            @Override
            public void bracket(int x, int top, int bottom) {
                g[0].setColor(Color.decode("#1d2433"));
                g[0].setStroke(new BasicStroke(1.5f));
                g[0].drawPolyline(new int[] {x + 6, x, x, x + 6}, new int[] {top, top, bottom, bottom}, 4);
            }

            @Override
            public void dot(int cx, int cy, int r, String fill) {
                g[0].setColor(Color.decode(fill));
                g[0].fillOval(cx - r, cy - r, 2 * r, 2 * r);
            }
        });
        g[0].dispose();
        return image[0];
    }
}
