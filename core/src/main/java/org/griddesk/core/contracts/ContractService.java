package org.griddesk.core.contracts;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.griddesk.core.access.AccessControl;
import org.griddesk.core.access.Operator;
import org.griddesk.core.access.Permission;
import org.griddesk.core.audit.AuditTrail;
import org.griddesk.core.cases.CaseCard;
import org.griddesk.core.cases.CaseChange;
import org.griddesk.core.cases.CaseKind;
import org.griddesk.core.cases.CaseNotifier;
import org.griddesk.core.cases.CaseRepository;
import org.griddesk.core.cases.CaseState;
import org.griddesk.core.cases.CaseStatuses;
import org.griddesk.core.cases.DocumentItem;
import org.griddesk.core.cases.Side;
import org.griddesk.core.cases.StatusChangeListener;
import org.griddesk.core.cases.StatusNoteItem;
import org.griddesk.core.common.ConcurrentChangeException;
import org.griddesk.core.common.NotFoundException;
import org.griddesk.core.common.Transactions;
import org.griddesk.core.common.ValidationException;
import org.griddesk.core.deadlines.DeadlineService;
import org.griddesk.core.deadlines.ExecutionTerms;
import org.griddesk.core.deadlines.StageStatuses;
import org.griddesk.core.signing.DocumentSignature;
import org.griddesk.core.signing.SignatureRepository;
import org.griddesk.core.signing.SignedByBothListener;
import org.griddesk.core.signing.SigningProgress;
import org.griddesk.core.signing.SigningState;

/**
 * The contract after the signatures (seed 002): concluded when both sides have signed the offer — the case moves to
 * «Исполнение договора ТП», whose deadline is the planned completion; its stage changes by the dictionary the
 * administrator keeps, each change a status note the applicant is e-mailed; when both closing acts are signed by
 * both sides the case is closed as «Исполнен» and its deadlines stop.
 */
public final class ContractService implements SignedByBothListener {
    public static final String OFFER = "Оферта договора о технологическом присоединении";
    /** The closing acts, by the beginning of their names in the document dictionary. */
    public static final List<String> CLOSING_ACTS = List.of("Акт об осуществлении технологического присоединения",
            "Акт допуска прибора учёта");
    public static final String COMPLETED = CaseStatuses.COMPLETED;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final String STALE = "Договор уже изменён другим сотрудником. Показаны актуальные данные — повторите действие.";

    private final ContractRepository contracts;
    private final CaseRepository cases;
    private final SignatureRepository signatures;
    private final ExecutionTerms terms;
    private final StatusChangeListener deadlines;
    private final Supplier<List<String>> stages;
    private final CaseNotifier notifier;
    private final AuditTrail audit;
    private final AccessControl access;
    private final Transactions transactions;
    private final Clock clock;

    public ContractService(ContractRepository contracts, CaseRepository cases, SignatureRepository signatures,
                           ExecutionTerms terms, StatusChangeListener deadlines, Supplier<List<String>> stages,
                           CaseNotifier notifier, AuditTrail audit, AccessControl access, Transactions transactions,
                           Clock clock) {
        this.contracts = contracts;
        this.cases = cases;
        this.signatures = signatures;
        this.terms = terms;
        this.deadlines = deadlines;
        this.stages = stages;
        this.notifier = notifier;
        this.audit = audit;
        this.access = access;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The stages a clerk may choose, in the administrator's order. */
    public List<String> stages() {
        return stages.get();
    }

    public Optional<ContractState> contract(Operator actor, long caseId) {
        access.require(actor, Permission.VIEW_CASES);
        return contracts.find(caseId).map(contract -> new ContractState(contract,
                terms.plannedCompletion(caseId).orElse(null), actsToSign(caseId)));
    }

    /**
     * Inside the signing's transaction: an application's offer signed by both concludes the contract, dated the day of
     * the second signature, and moves the case to «Исполнение договора ТП» — unless a clerk changed the case meanwhile,
     * then the status stays theirs to set.
     */
    @Override
    public void signedByBoth(long caseId, DocumentItem document, Instant at) {
        if (!document.documentName().startsWith(OFFER) || card(caseId).kind() != CaseKind.APPLICATION
                || contracts.find(caseId).isPresent()) {
            return;
        }
        CaseState state = cases.state(caseId).orElseThrow(() -> new NotFoundException("Обращение не найдено"));
        String number = state.registrationNumber() != null ? state.registrationNumber() : "б/н-" + caseId;
        LocalDate day = LocalDate.ofInstant(at, clock.getZone());
        List<String> known = stages.get();
        String first = known.isEmpty() ? StageStatuses.CONTRACT_EXECUTION : known.getFirst();
        if (!contracts.create(new Contract(caseId, 0, number, day, document.id(), first, null))) {
            return;
        }
        cases.appendHistory(caseId, new CaseChange(at, DeadlineService.SYSTEM, "Договор заключён", null,
                "№ " + number + " от " + DAY.format(day) + ", стадия «" + first + "»"));
        String execution = StageStatuses.CONTRACT_EXECUTION;
        if (!execution.equals(state.status()) && cases.updateStatusAndNumber(caseId, state.version(), state.status(),
                execution, state.registrationNumber(), at)) {
            cases.appendHistory(caseId, new CaseChange(at, DeadlineService.SYSTEM, "Текущий статус", state.status(),
                    execution));
            deadlines.statusChanged(caseId, execution, DeadlineService.SYSTEM, at);
            notifier.statusChanged(card(caseId), state.status(), execution);
        }
    }

    /** «Изменить стадию»: the stage's name is added as a status note, which the applicant is also e-mailed. */
    public ContractState changeStage(Operator actor, long caseId, long seenVersion, String stage) {
        access.require(actor, Permission.EDIT_CASES);
        String wanted = stage == null ? "" : stage.strip();
        if (!stages.get().contains(wanted)) {
            throw new ValidationException("Выберите стадию из справочника");
        }
        return transactions.inTransaction(() -> {
            Contract current = existing(caseId);
            if (current.completed()) {
                throw new ValidationException("Договор исполнен: стадия больше не меняется");
            }
            if (current.stage().equals(wanted)) {
                throw new ValidationException("Договор уже в стадии «" + wanted + "»");
            }
            if (current.version() != seenVersion || !contracts.changeStage(caseId, seenVersion, wanted)) {
                throw new ConcurrentChangeException(STALE);
            }
            Instant now = clock.instant();
            cases.addItem(caseId, new StatusNoteItem(0, Side.ORGANISATION, now, actor.fullName(), wanted));
            cases.appendHistory(caseId, new CaseChange(now, actor.fullName(), "Стадия исполнения договора",
                    current.stage(), wanted));
            audit.record(actor, "Стадия исполнения договора", "Договор №" + current.number(), current.stage(), wanted);
            notifier.statusNoteAdded(card(caseId), wanted);
            return contract(actor, caseId).orElseThrow();
        });
    }

    /** «Договор исполнен»: both closing acts signed by both sides; the case becomes «Исполнен», its deadlines stop. */
    public ContractState complete(Operator actor, long caseId, long seenVersion) {
        access.require(actor, Permission.EDIT_CASES);
        return transactions.inTransaction(() -> {
            Contract current = existing(caseId);
            if (current.completed()) {
                throw new ValidationException("Договор уже исполнен");
            }
            List<String> missing = actsToSign(caseId);
            if (!missing.isEmpty()) {
                throw new ValidationException("Сначала обе стороны должны подписать: " + String.join(", ", missing));
            }
            Instant now = clock.instant();
            CaseState state = cases.state(caseId).orElseThrow(() -> new NotFoundException("Обращение не найдено"));
            if (current.version() != seenVersion || !contracts.complete(caseId, seenVersion, LocalDate.ofInstant(now, clock.getZone()))
                    || !cases.updateStatusAndNumber(caseId, state.version(), state.status(), COMPLETED,
                    state.registrationNumber(), now)) {
                throw new ConcurrentChangeException(STALE);
            }
            cases.appendHistory(caseId, new CaseChange(now, actor.fullName(), "Текущий статус", state.status(), COMPLETED));
            deadlines.statusChanged(caseId, COMPLETED, actor.fullName(), now);
            audit.record(actor, "Договор исполнен", "Договор №" + current.number(), state.status(), COMPLETED);
            notifier.statusChanged(card(caseId), state.status(), COMPLETED);
            return contract(actor, caseId).orElseThrow();
        });
    }

    private Contract existing(long caseId) {
        return contracts.find(caseId).orElseThrow(() -> new ValidationException("У обращения нет договора: оферта "
                + "ещё не подписана обеими сторонами"));
    }

    private CaseCard card(long caseId) {
        return cases.load(caseId).orElseThrow(() -> new NotFoundException("Обращение не найдено"));
    }

    /** The closing acts without a document of that name signed by both sides. */
    private List<String> actsToSign(long caseId) {
        Map<Long, List<DocumentSignature>> byDocument = signatures.forCase(caseId);
        List<DocumentItem> documents = card(caseId).timeline().stream().filter(DocumentItem.class::isInstance)
                .map(DocumentItem.class::cast).filter(DocumentItem::requiresTwoSidedSignature).toList();
        return CLOSING_ACTS.stream().filter(act -> documents.stream().noneMatch(document ->
                document.documentName().startsWith(act) && SigningProgress.of(document.id(),
                        byDocument.getOrDefault(document.id(), List.of())).state() == SigningState.SIGNED)).toList();
    }
}
