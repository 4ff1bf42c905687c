package org.griddesk.core.notifications;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A Russian subject and body with {{placeholders}}, as an administrator may edit them. */
public record MailTemplate(NotificationKind kind, String subject, String body) {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-zA-Z]+)\\s*}}");

    /** Unknown placeholders stay visible rather than vanish, so a typo in a template is noticed. */
    public MailMessage render(String to, Map<String, String> values) {
        return new MailMessage(to, fill(subject, values), fill(body, values));
    }

    private static String fill(String text, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            matcher.appendReplacement(out, Matcher.quoteReplacement(value != null ? value : matcher.group()));
        }
        return matcher.appendTail(out).toString();
    }
}
