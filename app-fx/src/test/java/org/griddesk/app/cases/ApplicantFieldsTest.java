package org.griddesk.app.cases;

import java.time.Instant;
import org.griddesk.core.applicants.Applicant;
import org.griddesk.core.applicants.ApplicantType;
import org.griddesk.core.applicants.Email;
import org.griddesk.core.applicants.Inn;
import org.griddesk.core.applicants.Ogrnip;
import org.griddesk.core.applicants.PersonFullName;
import org.griddesk.core.applicants.PhoneNumber;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ApplicantFieldsTest {
    @Test
    void aSoleProprietorShowsTheIdentifiersOfTheTypeAndIsFoundByInn() {
        Applicant proprietor = new Applicant(7, ApplicantType.SOLE_PROPRIETOR, new PersonFullName("Сидоров", "Пётр", "Ильич"),
                Email.parse("sidorov@example.ru"), PhoneNumber.parse("+7-961-700-56-73"), null,
                Inn.parse("420538910787"), null, Ogrnip.parse("318420500015205"), null, null, null, Instant.EPOCH);
        ApplicantFields fields = ApplicantFields.of(proprietor);
        assertThat(fields.fields()).extracting(ApplicantFields.Field::caption, ApplicantFields.Field::value).containsExactly(
                tuple("Тип", "Индивидуальный предприниматель"), tuple("ФИО", "Сидоров Пётр Ильич"),
                tuple("ИНН", "420538910787"), tuple("ОГРНИП", "318420500015205"),
                tuple("Телефон", "+7 (961) 700-56-73"), tuple("E-mail", "sidorov@example.ru"));
        assertThat(fields.searchKey()).isEqualTo("420538910787");
    }
}
