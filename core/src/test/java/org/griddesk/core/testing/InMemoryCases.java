package org.griddesk.core.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.griddesk.core.applicants.Applicant;
import org.griddesk.core.cases.CaseCard;
import org.griddesk.core.cases.CaseChange;
import org.griddesk.core.cases.CaseKind;
import org.griddesk.core.cases.CasePage;
import org.griddesk.core.cases.CaseQuery;
import org.griddesk.core.cases.CaseRepository;
import org.griddesk.core.cases.CaseService;
import org.griddesk.core.cases.CaseState;
import org.griddesk.core.cases.CaseStatuses;
import org.griddesk.core.cases.DocumentItem;
import org.griddesk.core.cases.MessageItem;
import org.griddesk.core.cases.DocumentStore;
import org.griddesk.core.cases.NewCase;
import org.griddesk.core.cases.RegistrationNumbers;
import org.griddesk.core.cases.Side;
import org.griddesk.core.cases.StatusNoteItem;
import org.griddesk.core.cases.StoredContent;
import org.griddesk.core.cases.TimelineItem;
import org.griddesk.core.common.ValidationException;

/** Just enough of the case and document ports to test the service's rules without a database. */
public class InMemoryCases implements CaseRepository, DocumentStore {
    private record State(long version, String status, String number, Long assignee) {
        State(long version, String status, String number) {
            this(version, status, number, null);
        }
    }

    private final Map<Long, State> cases = new HashMap<>();
    private final Map<Long, List<TimelineItem>> items = new HashMap<>();
    private final Map<Long, List<CaseChange>> history = new HashMap<>();
    private final Map<Long, byte[]> contents = new HashMap<>();
    private final Map<Long, Applicant> applicants = new HashMap<>();
    private long nextId = 1;
    private long lastSuggested;

    @Override
    public long create(NewCase newCase) {
        long id = nextId++;
        cases.put(id, new State(0, CaseStatuses.INITIAL, null));
        items.put(id, new ArrayList<>());
        history.put(id, new ArrayList<>());
        return id;
    }

    /** Queries are tested against real databases; here they only have to get past the permission check. */
    @Override
    public CasePage find(CaseQuery query) {
        return new CasePage(List.of(), 0, List.of());
    }

    @Override
    public void forEachMatching(CaseQuery query, java.util.function.Consumer<org.griddesk.core.cases.CaseSummary> row) {
    }

    @Override
    public Optional<CaseCard> load(long caseId) {
        State state = cases.get(caseId);
        if (state == null) {
            return Optional.empty();
        }
        return Optional.of(new CaseCard(caseId, state.version(), CaseKind.APPLICATION, "Заявка", applicants.get(caseId), state.status(),
                state.number(), Instant.EPOCH, Instant.EPOCH, items.get(caseId).reversed(), history.get(caseId).reversed()));
    }

    @Override
    public Optional<CaseState> state(long caseId) {
        return Optional.ofNullable(cases.get(caseId)).map(state -> new CaseState(caseId, state.version(), state.status(),
                state.number(), state.assignee()));
    }

    @Override
    public boolean assign(long caseId, Long expectedAssigneeId, Long assigneeId) {
        State state = cases.get(caseId);
        if (!Objects.equals(state.assignee(), expectedAssigneeId)) {
            return false;
        }
        cases.put(caseId, new State(state.version(), state.status(), state.number(), assigneeId));
        return true;
    }

    @Override
    public boolean updateStatusAndNumber(long caseId, long expectedVersion, String previousStatus, String status,
                                         String number, Instant at) {
        State state = cases.get(caseId);
        if (state.version() != expectedVersion) {
            return false;
        }
        // As the database's unique index does.
        if (number != null && cases.entrySet().stream()
                .anyMatch(entry -> entry.getKey() != caseId && Objects.equals(entry.getValue().number(), number))) {
            throw RegistrationNumbers.alreadyTaken(number);
        }
        cases.put(caseId, new State(expectedVersion + 1, status, number, state.assignee()));
        return true;
    }

    @Override
    public long nextNumericRegistrationNumber() {
        long largest = cases.values().stream().map(State::number).filter(n -> n != null && n.matches("\\d+"))
                .mapToLong(Long::parseLong).max().orElse(0);
        lastSuggested = Math.max(lastSuggested, largest) + 1;
        return lastSuggested;
    }

    @Override
    public long addItem(long caseId, TimelineItem item) {
        long id = nextId++;
        TimelineItem stored = switch (item) {
            case DocumentItem d -> new DocumentItem(id, d.side(), d.createdAt(), d.author(), d.documentName(), d.fileName(),
                    d.size(), d.sha256(), d.comment(), d.contentId(), d.requiresTwoSidedSignature());
            case MessageItem m -> new MessageItem(id, m.side(), m.createdAt(), m.author(), m.html());
            case StatusNoteItem s -> new StatusNoteItem(id, s.side(), s.createdAt(), s.author(), s.text());
        };
        items.get(caseId).add(stored);
        return id;
    }

    @Override
    public Optional<TimelineItem> findItem(long caseId, long itemId) {
        return items.get(caseId).stream().filter(item -> item.id() == itemId).findFirst();
    }

    @Override
    public void deleteItem(long caseId, long itemId, Instant at) {
        items.get(caseId).removeIf(item -> item.id() == itemId);
    }

    @Override
    public void appendHistory(long caseId, CaseChange change) {
        history.get(caseId).add(change);
    }

    @Override
    public void markChanged(long caseId, Instant at) {
        // The queue's sort order is tested against real databases.
    }

    @Override
    public StoredContent store(InputStream content, long maxBytes) {
        try {
            byte[] bytes = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new ValidationException(CaseService.DOCUMENT_TOO_LARGE);
            }
            long id = nextId++;
            contents.put(id, bytes);
            return new StoredContent(id, bytes.length, "sha");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void copyTo(long contentId, OutputStream target) {
        try {
            target.write(contents.get(contentId));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public InputStream open(long contentId) {
        return new java.io.ByteArrayInputStream(contents.get(contentId));
    }

    @Override
    public void delete(long contentId) {
        contents.remove(contentId);
    }

    public void setApplicant(long caseId, Applicant applicant) {
        applicants.put(caseId, applicant);
    }

    public boolean hasContent(long contentId) {
        return contents.containsKey(contentId);
    }

    public void putApplicantNote(long caseId, String text) {
        addItem(caseId, new StatusNoteItem(0, Side.APPLICANT, Instant.EPOCH, "Заявитель", text));
    }

    public static byte[] read(InMemoryCases store, long contentId) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.copyTo(contentId, out);
        return out.toByteArray();
    }
}
