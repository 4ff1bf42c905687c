package org.griddesk.app.cases;

import java.nio.file.Files;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.griddesk.app.signing.SignDocumentViewModel;
import org.griddesk.app.signing.CheckedDocument;
import org.griddesk.app.signing.SignatureReportViewModel;
import org.griddesk.app.ui.BackgroundTask;
import org.griddesk.app.ui.UiContext;
import org.griddesk.app.ui.UserMessages;
import org.griddesk.core.access.Operator;
import org.griddesk.core.access.Permission;
import org.griddesk.core.cases.DocumentItem;
import org.griddesk.core.signing.CheckedSignature;
import org.griddesk.core.signing.DocumentSignature;
import org.griddesk.core.signing.OrganisationSigner;
import org.griddesk.core.signing.SigningProgress;

/** The two-sided documents of a card: where signing stands, «Подписать», and each signature's file and check. */
public class CaseSignaturesViewModel {
    private final CaseCardViewModel card;
    private final CaseScreenServices services;
    private final ObservableMap<Long, SigningProgress> progress = FXCollections.observableHashMap();
    private final ObservableMap<Long, SigningProgress> progressView = FXCollections.unmodifiableObservableMap(progress);
    private final ReadOnlyStringWrapper organisationName = new ReadOnlyStringWrapper("");

    CaseSignaturesViewModel(CaseCardViewModel card, CaseScreenServices services) {
        this.card = card;
        this.services = services;
    }

    /** Before the timeline is redrawn, so a document never shows a stale signing state. */
    void show(Map<Long, SigningProgress> loaded, String organisation) {
        organisationName.set(organisation);
        progress.clear();
        progress.putAll(loaded);
    }

    /** "Подписать": the key the operator unlocked signs in the background; the card then shows the new state. */
    public void sign(DocumentItem document, OrganisationSigner signer) {
        AtomicReference<String> signerName = new AtomicReference<>("");
        card.change("Подписание документа…", operator -> {
                    signerName.set(services.signing().signAsOrganisation(operator, card.caseId(), document.id(), signer)
                            .signerName());
                    return services.cases().refresh(operator, card.caseId());
                },
                loaded -> {
                    card.show(loaded, false);
                    card.notice("Документ «" + document.documentName() + "» подписан: " + signerName.get());
                },
                failure -> card.ui().dialogs().showError("Документ не подписан", UserMessages.describe(failure)));
    }

    /** "Скачать подпись": the detached CMS as a .sig file next to the document's name. */
    public void downloadSignature(DocumentItem document, DocumentSignature signature) {
        UiContext ui = card.ui();
        Operator operator = card.operator();
        ui.dialogs().chooseFileToSave("Сохранить подпись", document.fileName() + ".sig").ifPresent(target ->
                ui.executor().execute(BackgroundTask.of("Сохранение подписи…", () -> {
                            Files.write(target, services.signing().signatureFile(operator, signature.id()));
                            return target;
                        })
                        .onSuccess(saved -> card.notice("Подпись сохранена: " + saved))
                        .onFailure(failure -> ui.dialogs().showError("Подпись не сохранена", UserMessages.describe(failure)))));
    }

    /** "Проверить подпись": checks again with today's trusted roots and CRLs, then hands the report over. */
    public void verifySignature(DocumentItem document, DocumentSignature signature,
                                Consumer<SignatureReportViewModel> showReport) {
        UiContext ui = card.ui();
        Operator operator = card.operator();
        ui.executor().execute(BackgroundTask.of("Проверка подписи…",
                        () -> services.signing().verify(operator, card.caseId(), signature.id()))
                .onSuccess((CheckedSignature checked) -> showReport.accept(new SignatureReportViewModel(
                        new CheckedDocument(card.caseLabel(), document.documentName(), document.fileName(),
                                document.sha256(), operator.fullName(), services.clock().instant(),
                                services.clock().getZone()), checked, services.pdf(), ui)))
                .onFailure(failure -> ui.dialogs().showError("Подпись не проверена", UserMessages.describe(failure))));
    }

    /** The signing dialog for {@code document}: key sources of this workstation, opened in the background. */
    public SignDocumentViewModel newSigningDialog(DocumentItem document) {
        return new SignDocumentViewModel(document, organisationName.get(), services.keys(), card.ui());
    }

    public boolean canSign() {
        return card.operator().may(Permission.SIGN_FOR_ORGANISATION);
    }

    /** Progress of the two-sided documents, by document id. */
    public ObservableMap<Long, SigningProgress> progress() {
        return progressView;
    }

    /** Read with the card in the background, never while the timeline is drawn. */
    public ReadOnlyStringProperty organisationNameProperty() {
        return organisationName.getReadOnlyProperty();
    }
}
