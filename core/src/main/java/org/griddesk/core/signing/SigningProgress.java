package org.griddesk.core.signing;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.griddesk.core.cases.Side;

/** The signatures of one document and what they add up to; the wording is the portal's (seeds 002/003). */
public record SigningProgress(long documentId, SigningState state, Optional<DocumentSignature> organisation,
                              Optional<DocumentSignature> applicant, List<DocumentSignature> rejected) {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    public SigningProgress {
        rejected = List.copyOf(rejected);
    }

    public static SigningProgress of(long documentId, List<DocumentSignature> signatures) {
        Optional<DocumentSignature> organisation = accepted(signatures, Side.ORGANISATION);
        Optional<DocumentSignature> applicant = accepted(signatures, Side.APPLICANT);
        SigningState state = organisation.isEmpty() ? SigningState.AWAITING_ORGANISATION
                : applicant.isEmpty() ? SigningState.AWAITING_APPLICANT : SigningState.SIGNED;
        return new SigningProgress(documentId, state, organisation, applicant,
                signatures.stream().filter(signature -> !signature.accepted()).toList());
    }

    private static Optional<DocumentSignature> accepted(List<DocumentSignature> signatures, Side side) {
        return signatures.stream().filter(signature -> signature.side() == side && signature.accepted()).findFirst();
    }

    /** Lines under the document in the timeline, e.g. "Ожидается подписание документа со стороны пользователя". */
    public List<String> describe(String organisationName, ZoneId zone) {
        List<String> lines = new ArrayList<>();
        switch (state) {
            case AWAITING_ORGANISATION -> {
                lines.add("Не подписано со стороны " + organisationName);
                lines.add("Ожидается подписание документа со стороны " + organisationName);
            }
            case AWAITING_APPLICANT -> {
                lines.add(signedBy(organisationName, organisation.orElseThrow(), zone));
                lines.add("Ожидается подписание документа со стороны пользователя");
            }
            case SIGNED -> {
                lines.add("Дата подписания: " + DAY.withZone(zone).format(applicant.orElseThrow().signedAt()));
                lines.add(signedBy(organisationName, organisation.orElseThrow(), zone));
                lines.add(signedBy("пользователя", applicant.orElseThrow(), zone));
            }
        }
        for (DocumentSignature refused : rejected) {
            lines.add("Подпись пользователя от " + DAY.withZone(zone).format(refused.signedAt()) + " не принята: "
                    + refused.rejectionReason());
        }
        return lines;
    }

    private static String signedBy(String whose, DocumentSignature signature, ZoneId zone) {
        return "Подписано со стороны " + whose + ": " + signature.signerName() + " ("
                + signature.kind().title().toLowerCase() + ", " + DAY.withZone(zone).format(signature.signedAt()) + ")";
    }
}
