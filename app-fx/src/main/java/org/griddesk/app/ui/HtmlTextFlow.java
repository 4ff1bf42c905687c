package org.griddesk.app.ui;

import java.util.List;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Shows a sanitised message as formatted text (bold, italic, underline, paragraphs, lists, headings) without a
 * WebView per message: a case may hold dozens of them.
 */
public final class HtmlTextFlow {
    private static final List<String> BLOCKS = List.of("p", "div", "li", "h1", "h2", "h3", "h4", "blockquote", "tr");

    private HtmlTextFlow() {
    }

    public static TextFlow render(String html) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("message-text");
        Element body = Jsoup.parseBodyFragment(html == null ? "" : html).body();
        append(flow, body, new Style(false, false, false, 0));
        // Drop the trailing line breaks left by the last block.
        while (!flow.getChildren().isEmpty() && flow.getChildren().getLast() instanceof Text last
                && last.getText().equals("\n")) {
            flow.getChildren().removeLast();
        }
        return flow;
    }

    private record Style(boolean bold, boolean italic, boolean underline, int listDepth) {
        Style with(String tag) {
            return switch (tag) {
                case "b", "strong", "h1", "h2", "h3", "h4" -> new Style(true, italic, underline, listDepth);
                case "i", "em" -> new Style(bold, true, underline, listDepth);
                case "u" -> new Style(bold, italic, true, listDepth);
                case "ul", "ol" -> new Style(bold, italic, underline, listDepth + 1);
                default -> this;
            };
        }
    }

    private static void append(TextFlow flow, Node node, Style style) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode text) {
                if (!text.isBlank()) {
                    flow.getChildren().add(styled(text.text(), style));
                }
            } else if (child instanceof Element element) {
                String tag = element.tagName();
                if (tag.equals("br")) {
                    flow.getChildren().add(new Text("\n"));
                    continue;
                }
                if (tag.equals("li")) {
                    flow.getChildren().add(new Text("  ".repeat(style.listDepth()) + "• "));
                }
                append(flow, element, style.with(tag));
                if (BLOCKS.contains(tag)) {
                    flow.getChildren().add(new Text("\n"));
                }
            }
        }
    }

    private static Text styled(String content, Style style) {
        Text text = new Text(content);
        Font base = Font.getDefault();
        text.setFont(Font.font(base.getFamily(), style.bold() ? FontWeight.BOLD : FontWeight.NORMAL,
                style.italic() ? FontPosture.ITALIC : FontPosture.REGULAR, base.getSize()));
        text.setUnderline(style.underline());
        return text;
    }
}
