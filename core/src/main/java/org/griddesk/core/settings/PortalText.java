package org.griddesk.core.settings;

/** One page's text: sanitised HTML, and the version an editor must have seen to save over it. */
public record PortalText(PortalPage page, String html, long version) {
    public PortalText {
        html = html == null ? "" : html;
    }
}
