package org.griddesk.core.registrations;

/**
 * Another registration or applicant sharing a value with the one under review. {@code otherRegistrationId} is
 * null when the match is an applicant without a portal registration here (created before this queue existed);
 * {@code applicantId} is null when the other registration is not confirmed yet. Either is a link to open.
 */
public record Duplicate(Long otherRegistrationId, Long applicantId, RegistrationField field, String value) {

    public static Duplicate ofRegistration(long registrationId, Long applicantId, RegistrationField field, String value) {
        return new Duplicate(registrationId, applicantId, field, value);
    }

    public static Duplicate ofApplicant(long applicantId, RegistrationField field, String value) {
        return new Duplicate(null, applicantId, field, value);
    }

    /**
     * Phone and confirmed e-mail are unique among accounts (seed 001): a match with an existing applicant
     * means the account already exists, and this registration cannot be confirmed as a second one.
     */
    public boolean blocksConfirmation() {
        return applicantId != null && (field == RegistrationField.PHONE || field == RegistrationField.EMAIL);
    }

    /** E.g. "СНИЛС «04911480449» уже указан в регистрации №12 (заявитель №5)". */
    public String message() {
        if (blocksConfirmation() && field == RegistrationField.PHONE) {
            return "На указанный номер уже зарегистрирован личный кабинет: " + where();
        }
        if (blocksConfirmation()) {
            return "Указанная электронная почта уже зарегистрирована в личном кабинете: " + where();
        }
        return field.title() + " «" + value + "» уже указан: " + where();
    }

    private String where() {
        if (otherRegistrationId == null) {
            return "заявитель №" + applicantId;
        }
        return "регистрация №" + otherRegistrationId + (applicantId == null ? "" : " (заявитель №" + applicantId + ")");
    }
}
