package org.griddesk.core.applicants;

/** Surname, name and patronymic of a person or of an organisation's contact person. */
public record PersonFullName(String lastName, String firstName, String patronymic) {

    public String display() {
        StringBuilder text = new StringBuilder(lastName).append(' ').append(firstName);
        if (patronymic != null && !patronymic.isBlank()) {
            text.append(' ').append(patronymic);
        }
        return text.toString();
    }
}
