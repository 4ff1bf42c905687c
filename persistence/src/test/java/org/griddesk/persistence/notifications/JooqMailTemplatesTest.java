package org.griddesk.persistence.notifications;

import java.util.Arrays;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.griddesk.core.notifications.MailTemplate;
import org.griddesk.core.notifications.NotificationKind;
import org.griddesk.core.notifications.Placeholder;
import org.griddesk.persistence.database.Database;
import org.griddesk.persistence.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

class JooqMailTemplatesTest {
    private static final Pattern TOKEN = Pattern.compile("\\{\\{([^}]*)}}");
    private static final Set<String> KNOWN = Arrays.stream(Placeholder.values()).map(Placeholder::key)
            .collect(Collectors.toSet());

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void everyKindIsSeededInRussianWithKnownPlaceholdersAndSigned(TestDatabase vendor) {
        try (Database database = vendor.open()) {
            JooqMailTemplates templates = new JooqMailTemplates(database.dsl());

            assertThat(templates.all()).extracting(MailTemplate::kind).containsExactly(NotificationKind.values());
            for (MailTemplate template : templates.all()) {
                assertThat(template.subject()).as(template.kind().name()).matches(".*[А-Яа-яЁё].*").doesNotContain("\n");
                assertThat(template.body()).as(template.kind().name())
                        .startsWith("Здравствуйте").contains("{{organisation}}");
                assertThat(tokens(template.subject() + template.body())).as(template.kind().name()).isSubsetOf(KNOWN);
            }
            assertThat(templates.get(NotificationKind.REGISTRATION_REJECTED).body()).contains("{{reason}}");
            assertThat(templates.get(NotificationKind.REGISTRATION_CORRECTION).body()).contains("{{reason}}");
            assertThat(templates.get(NotificationKind.CASE_STATUS_CHANGED).body())
                    .contains("{{oldStatus}}").contains("{{newStatus}}").contains("{{caseNumber}}");
            assertThat(templates.get(NotificationKind.SIGNATURE_AWAITED).subject()).contains("{{document}}");
            assertThat(templates.get(NotificationKind.NEW_REGISTRATION).body())
                    .contains("{{applicant}}").contains("{{applicantType}}").contains("{{registeredAt}}");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anAdministratorsEditIsKept(TestDatabase vendor) {
        try (Database database = vendor.open()) {
            JooqMailTemplates templates = new JooqMailTemplates(database.dsl());
            MailTemplate edited = new MailTemplate(NotificationKind.ORGANISATION_MESSAGE, "Вам ответили: «{{caseTitle}}»",
                    "Добрый день, {{applicant}}!\n\nЕсть ответ.\n\n{{organisation}}");

            templates.save(edited);

            assertThat(templates.get(NotificationKind.ORGANISATION_MESSAGE)).isEqualTo(edited);
            assertThat(templates.all()).contains(edited).hasSize(NotificationKind.values().length);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aMissingRowFallsBackAndCanBeWrittenAgain(TestDatabase vendor) {
        try (Database database = vendor.open()) {
            database.dsl().execute("DELETE FROM mail_template WHERE kind = 'SIGNATURE_AWAITED'");
            JooqMailTemplates templates = new JooqMailTemplates(database.dsl());

            assertThat(templates.get(NotificationKind.SIGNATURE_AWAITED).subject()).isEqualTo("Документ ожидает подписания");
            MailTemplate restored = new MailTemplate(NotificationKind.SIGNATURE_AWAITED, "Подпишите «{{document}}»", "Текст");
            templates.save(restored);
            assertThat(templates.get(NotificationKind.SIGNATURE_AWAITED)).isEqualTo(restored);
        }
    }

    private static Set<String> tokens(String text) {
        Matcher matcher = TOKEN.matcher(text);
        Set<String> found = new java.util.HashSet<>();
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
