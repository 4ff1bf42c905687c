package org.griddesk.persistence.registrations;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.griddesk.core.applicants.ApplicantType;
import org.griddesk.core.applicants.PhoneNumber;
import org.griddesk.core.applicants.Snils;
import org.griddesk.core.registrations.Consents;
import org.griddesk.core.registrations.DuplicateKeys;
import org.griddesk.core.registrations.NewRegistration;
import org.griddesk.core.registrations.Registration;
import org.griddesk.core.registrations.RegistrationField;
import org.griddesk.core.registrations.RegistrationForm;
import org.griddesk.core.registrations.RegistrationState;
import org.griddesk.core.common.SearchText;
import org.griddesk.persistence.database.Timestamps;
import org.griddesk.persistence.schema.tables.records.RegistrationRecord;

/** Maps registrations to rows and back; the key and search columns are derived here so they never go stale. */
final class RegistrationRows {
    private static final int SEARCH_TEXT_LENGTH = 8000;

    private RegistrationRows() {
    }

    static RegistrationRecord toRecord(NewRegistration registration) {
        RegistrationForm form = registration.form();
        RegistrationRecord row = new RegistrationRecord();
        row.setType(form.type().name());
        row.setLastName(form.lastName());
        row.setFirstName(form.firstName());
        row.setPatronymic(form.patronymic());
        row.setEmail(form.email());
        row.setPhone(form.phone());
        row.setSnils(form.snils());
        row.setInn(form.inn());
        row.setOgrn(form.ogrn());
        row.setOgrnip(form.ogrnip());
        row.setKpp(form.kpp());
        row.setOrganisationFullName(form.organisationFullName());
        row.setOrganisationShortName(form.organisationShortName());
        row.setAdditionalContact(form.additionalContact());
        row.setContactLastName(form.contactLastName());
        row.setContactFirstName(form.contactFirstName());
        row.setContactPatronymic(form.contactPatronymic());
        Consents consents = registration.consents();
        row.setConsentPdLawAt(Timestamps.toColumn(consents.personalDataLawAt()));
        row.setConsentProcessingAt(Timestamps.toColumn(consents.processingAt()));
        row.setConsentMarketingAt(Timestamps.toColumn(consents.marketingAt()));
        row.setRegisteredAt(Timestamps.toColumn(registration.registeredAt()));
        row.setPhoneConfirmedAt(Timestamps.toColumn(registration.phoneConfirmedAt()));
        row.setEmailConfirmedAt(Timestamps.toColumn(registration.emailConfirmedAt()));
        row.setActivatedAt(Timestamps.toColumn(registration.activatedAt()));
        row.setState(RegistrationState.NEW.name());
        row.setVerifiedFields("");
        DuplicateKeys keys = DuplicateKeys.of(form);
        row.setPhoneKey(keys.phone());
        row.setEmailKey(keys.email());
        row.setSnilsKey(keys.snils());
        row.setInnKey(keys.inn());
        row.setOgrnKey(keys.ogrn());
        row.setOgrnipKey(keys.ogrnip());
        row.setDisplayName(form.displayName());
        row.setSearchText(searchText(form));
        return row;
    }

    static Registration toRegistration(RegistrationRecord row) {
        RegistrationForm form = new RegistrationForm(ApplicantType.valueOf(row.getType()), row.getLastName(),
                row.getFirstName(), row.getPatronymic(), row.getEmail(), row.getPhone(), row.getSnils(), row.getInn(),
                row.getOgrn(), row.getOgrnip(), row.getKpp(), row.getOrganisationFullName(),
                row.getOrganisationShortName(), row.getAdditionalContact(), row.getContactLastName(),
                row.getContactFirstName(), row.getContactPatronymic());
        Consents consents = new Consents(Timestamps.fromColumn(row.getConsentPdLawAt()),
                Timestamps.fromColumn(row.getConsentProcessingAt()), Timestamps.fromColumn(row.getConsentMarketingAt()));
        return new Registration(row.getId(), row.getVersion(), form, consents,
                Timestamps.fromColumn(row.getRegisteredAt()), Timestamps.fromColumn(row.getPhoneConfirmedAt()),
                Timestamps.fromColumn(row.getEmailConfirmedAt()), Timestamps.fromColumn(row.getActivatedAt()),
                RegistrationState.valueOf(row.getState()), row.getStateReason(),
                row.getBlockedFrom() == null ? null : RegistrationState.valueOf(row.getBlockedFrom()),
                fieldsFromColumn(row.getVerifiedFields()), row.getApplicantId());
    }

    static String fieldsToColumn(Set<RegistrationField> fields) {
        return fields.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    static Set<RegistrationField> fieldsFromColumn(String value) {
        if (value == null || value.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(value.split(",")).map(RegistrationField::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(RegistrationField.class)));
    }

    /** Every form a clerk may type: the raw text, and phone and SNILS in their normal and written forms. */
    static String searchText(RegistrationForm form) {
        Set<String> parts = new LinkedHashSet<>();
        Stream.of(form.displayName(), form.lastName(), form.firstName(), form.patronymic(),
                        form.organisationFullName(), form.organisationShortName(), form.contactLastName(),
                        form.contactFirstName(), form.contactPatronymic(), form.email(), form.phone(), form.snils(),
                        form.inn(), form.ogrn(), form.ogrnip(), form.kpp(),
                        parsed(form.phone(), text -> PhoneNumber.parse(text).value()),
                        parsed(form.phone(), text -> "8" + PhoneNumber.parse(text).value().substring(2)),
                        parsed(form.phone(), text -> PhoneNumber.parse(text).formatted()),
                        parsed(form.snils(), text -> Snils.parse(text).value()),
                        parsed(form.snils(), text -> Snils.parse(text).formatted()))
                .filter(Objects::nonNull)
                .map(String::strip)
                .filter(part -> !part.isEmpty())
                .map(SearchText::normalize)
                .forEach(parts::add);
        String text = String.join(" | ", parts);
        return text.length() <= SEARCH_TEXT_LENGTH ? text : text.substring(0, SEARCH_TEXT_LENGTH);
    }

    private static String parsed(String raw, Function<String, String> form) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return form.apply(raw);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
