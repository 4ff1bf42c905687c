package org.griddesk.core.cases;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which files a document may be: an allow-list of office and scan formats by extension, and the file's first
 * bytes must be what that extension promises — an {@code .exe} renamed to {@code .pdf} is refused.
 */
public final class FileFormats {
    /** How many leading bytes the check reads: enough for every signature and to see binary bytes in "text". */
    public static final int HEAD_BYTES = 4096;
    /** The formats a fresh database allows; the administrator edits the list («Справочники»). */
    public static final List<String> DEFAULT = List.of("pdf", "jpg", "jpeg", "png", "tif", "tiff", "doc", "docx", "xls",
            "xlsx", "odt", "ods", "rtf", "txt", "zip", "sig");

    private enum Kind {
        PDF("документом PDF"), JPEG("изображением JPEG"), PNG("изображением PNG"), TIFF("изображением TIFF"),
        OLE("документом Microsoft Office"), ZIP("документом Office Open XML, OpenDocument или архивом ZIP"),
        RTF("документом RTF"), TEXT("текстовым файлом"), SIGNATURE("файлом электронной подписи");

        private final String title;

        Kind(String title) {
            this.title = title;
        }
    }

    private static final Map<String, Kind> BY_EXTENSION = Map.ofEntries(Map.entry("pdf", Kind.PDF),
            Map.entry("jpg", Kind.JPEG), Map.entry("jpeg", Kind.JPEG), Map.entry("png", Kind.PNG),
            Map.entry("tif", Kind.TIFF), Map.entry("tiff", Kind.TIFF), Map.entry("doc", Kind.OLE),
            Map.entry("xls", Kind.OLE), Map.entry("docx", Kind.ZIP), Map.entry("xlsx", Kind.ZIP),
            Map.entry("odt", Kind.ZIP), Map.entry("ods", Kind.ZIP), Map.entry("zip", Kind.ZIP),
            Map.entry("rtf", Kind.RTF), Map.entry("txt", Kind.TEXT), Map.entry("sig", Kind.SIGNATURE));

    private FileFormats() {
    }

    /** What is wrong with a file named {@code fileName} starting with {@code head}, in Russian; empty if nothing. */
    public static Optional<String> problem(String fileName, byte[] head, Collection<String> allowed) {
        String extension = extension(fileName);
        List<String> permitted = allowed.stream().map(e -> e.strip().toLowerCase(Locale.ROOT)).toList();
        if (extension.isEmpty() || !permitted.contains(extension)) {
            return Optional.of("Файлы этого типа не принимаются" + (extension.isEmpty() ? "" : " (." + extension + ")")
                    + ". Допустимые форматы: " + String.join(", ", permitted));
        }
        if (head.length == 0) {
            return Optional.of("Файл «" + fileName + "» пуст (0 байт)");
        }
        Kind kind = BY_EXTENSION.get(extension);
        if (kind != null && !matches(kind, head)) {
            return Optional.of("Файл «" + fileName + "» не является " + kind.title
                    + ": его содержимое не соответствует расширению ." + extension);
        }
        return Optional.empty();
    }

    static String extension(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot < 0 || dot == fileName.length() - 1 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean matches(Kind kind, byte[] head) {
        return switch (kind) {
            case PDF -> startsWith(head, "%PDF-".getBytes(StandardCharsets.US_ASCII));
            case JPEG -> startsWith(head, 0xFF, 0xD8, 0xFF);
            case PNG -> startsWith(head, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
            case TIFF -> startsWith(head, 'I', 'I', 0x2A, 0x00) || startsWith(head, 'M', 'M', 0x00, 0x2A);
            case OLE -> startsWith(head, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1);
            case ZIP -> startsWith(head, 'P', 'K', 0x03, 0x04) || startsWith(head, 'P', 'K', 0x05, 0x06);
            case RTF -> startsWith(head, "{\\rtf".getBytes(StandardCharsets.US_ASCII));
            case SIGNATURE -> (head[0] & 0xFF) == 0x30 || startsWith(head, "-----BEGIN".getBytes(StandardCharsets.US_ASCII));
            // Text has no signature: it must not hold the NUL bytes every binary format (and program) does.
            case TEXT -> !contains(head, (byte) 0) && !startsWith(head, 'M', 'Z');
        };
    }

    private static boolean startsWith(byte[] head, int... prefix) {
        if (head.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((head[i] & 0xFF) != (prefix[i] & 0xFF)) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] head, byte[] prefix) {
        return head.length >= prefix.length && Arrays.equals(head, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static boolean contains(byte[] head, byte value) {
        for (byte b : head) {
            if (b == value) {
                return true;
            }
        }
        return false;
    }
}
