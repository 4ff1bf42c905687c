package org.griddesk.signing.demo;

import org.bouncycastle.asn1.DERNumericString;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.griddesk.core.applicants.ApplicantType;
import org.griddesk.core.applicants.PersonFullName;
import org.griddesk.signing.QualifiedOids;

/** The subject of an applicant's own qualified certificate, as an accredited centre would write it. */
public final class ApplicantSubjects {
    private ApplicantSubjects() {
    }

    /** {@code inn}, {@code ogrn} and {@code ogrnip} are those of the type (a legal entity's INN has 10 digits). */
    public static X500Name of(ApplicantType type, PersonFullName person, String organisationShortName, String inn,
                              String ogrn, String ogrnip) {
        X500NameBuilder subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "RU")
                .addRDN(BCStyle.SURNAME, person.lastName())
                .addRDN(BCStyle.GIVENNAME, person.firstName()
                        + (person.patronymic() == null ? "" : " " + person.patronymic()));
        switch (type) {
            case LEGAL_ENTITY -> subject.addRDN(BCStyle.O, organisationShortName)
                    .addRDN(BCStyle.CN, organisationShortName)
                    .addRDN(QualifiedOids.INN_LE, new DERNumericString(inn))
                    .addRDN(QualifiedOids.OGRN, new DERNumericString(ogrn));
            case SOLE_PROPRIETOR -> subject.addRDN(BCStyle.CN, "Индивидуальный предприниматель " + person.display())
                    .addRDN(QualifiedOids.INN, new DERNumericString(inn))
                    .addRDN(QualifiedOids.OGRNIP, new DERNumericString(ogrnip));
            default -> subject.addRDN(BCStyle.CN, person.display());
        }
        return subject.build();
    }
}
