package org.griddesk.app.demo.portal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.griddesk.core.applicants.ApplicantType;
import org.griddesk.core.cases.ApplicationKind;
import org.griddesk.persistence.demo.SimulatedPortal;
import org.griddesk.persistence.demo.SimulatedPortal.AttachedFile;
import org.griddesk.persistence.demo.SimulatedPortal.AwaitedDocument;
import org.griddesk.persistence.demo.SimulatedPortal.LinkedMeter;
import org.griddesk.persistence.demo.SimulatedPortal.ReceiptAccount;
import org.griddesk.persistence.demo.SimulatedPortal.PortalUser;

/**
 * Customers playing the portal against the shared database through its contract only: they register (some with
 * flawed forms or another's phone or INN) and activate, send applications of every kind and messages with real files
 * (now and then a program, which GridDesk refuses), reply to their cases, and counter-sign what awaits them —
 * individuals by SMS code, sole proprietors and legal entities with their qualified keys, some with someone else's
 * certificate or over altered bytes, pass meter readings and ask to link personal accounts. About one action every
 * ten seconds per applicant.
 */
public final class PortalSimulation {
    /** What the simulated customers did, by kind. */
    public enum Action { REGISTERED, ACTIVATED, APPLIED, WROTE, REPLIED, SIGNED, READ_METER, REPORTED_FAULT, ASKED_TO_LINK }

    private static final String[] TITLES = {"Заявка на ТП жилого дома", "Заявка на ТП гаража",
            "Заявка на ТП садового дома", "Заявка на ТП торгового павильона"};

    private final SimulatedPortal portal;
    private final SimulatedApplicantKeys keys;
    private final Clock clock;
    private final Random random;
    private final Map<Action, Integer> done = new EnumMap<>(Action.class);
    private final Deque<Long> notActivated = new ArrayDeque<>();
    private List<PortalUser> users = List.of();
    private int registrations;

    public PortalSimulation(SimulatedPortal portal, SimulatedApplicantKeys keys, Clock clock, long seed) {
        this.portal = portal;
        this.keys = keys;
        this.clock = clock;
        this.random = new Random(seed);
    }

    /** Acts until {@code duration} has passed; false (nothing done) when the database has no applicants yet. */
    public boolean run(int applicants, Duration duration) throws InterruptedException {
        users = portal.users(applicants);
        if (users.isEmpty()) {
            return false;
        }
        long pauseMillis = Math.max(1, 10_000L / users.size());
        Instant end = clock.instant().plus(duration);
        while (clock.instant().isBefore(end)) {
            act(users.get(random.nextInt(users.size())));
            Thread.sleep(pauseMillis);
        }
        return true;
    }

    public Map<Action, Integer> done() {
        return Map.copyOf(done);
    }

    /** The applicants who acted: whose cases' statuses the read-back shows. */
    public List<Long> applicantIds() {
        return users.stream().map(PortalUser::applicantId).toList();
    }

    private void act(PortalUser user) {
        int dice = random.nextInt(100);
        if (dice < 10) {
            register();
        } else if (dice < 18 && !notActivated.isEmpty()) {
            portal.activate(notActivated.poll(), clock.instant());
            done.merge(Action.ACTIVATED, 1, Integer::sum);
        } else if (dice < 38) {
            apply(user);
        } else if (dice < 48) {
            portal.submit(user.applicantId(), null, "Вопрос по технологическому присоединению", null,
                    "<p>Подскажите, пожалуйста, сроки рассмотрения.</p>", List.of(), clock.instant());
            done.merge(Action.WROTE, 1, Integer::sum);
        } else if (dice < 65) {
            reply(user);
        } else if (dice < 85) {
            counterSign();
        } else if (dice < 95) {
            readMeter();
        } else {
            askToLink(user);
        }
    }

    /**
     * «Передать показания» within the branch's window (the portal refuses outside it and below the last value, so
     * such never reach the database); now and then a slip of the finger, ten times too much, for a clerk to correct,
 * or a notice that the meter is faulty instead.
     */
    private void readMeter() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
        List<LinkedMeter> meters = portal.linkedMeters(200).stream()
                .filter(meter -> meter.window().contains(today)).toList();
        if (meters.isEmpty()) {
            return;
        }
        LinkedMeter meter = meters.get(random.nextInt(meters.size()));
        if (random.nextInt(10) == 0) {
            portal.notifyFault(meter.meterId(), "Счётчик не показывает потребление, прошу проверить", clock.instant());
            done.merge(Action.REPORTED_FAULT, 1, Integer::sum);
            return;
        }
        BigDecimal last = meter.lastBilled() == null ? BigDecimal.ZERO : meter.lastBilled();
        BigDecimal used = BigDecimal.valueOf(50 + random.nextInt(250));
        portal.submitReading(meter.meterId(), last.add(random.nextInt(12) == 0 ? used.multiply(BigDecimal.TEN) : used),
                clock.instant());
        done.merge(Action.READ_METER, 1, Integer::sum);
    }

    /** «+ Добавить лицевой счет»: mostly someone's real account as its receipt shows it, now and then a wrong number. */
    private void askToLink(PortalUser user) {
        ReceiptAccount account = portal.account(random.nextInt(1_000));
        if (account == null) {
            return;
        }
        ReceiptAccount asked = random.nextInt(6) == 0
                ? new ReceiptAccount(account.branchId(), "00" + account.number(), account.ownerName()) : account;
        portal.requestLink(user.applicantId(), asked, random.nextBoolean(), clock.instant());
        done.merge(Action.ASKED_TO_LINK, 1, Integer::sum);
    }

    /** One in five never follows the e-mail's link. */
    private void register() {
        ApplicantType type = ApplicantType.values()[registrations % ApplicantType.values().length];
        long id = portal.register(type, 100_000 + registrations++, random, clock.instant());
        if (random.nextInt(5) > 0) {
            notActivated.add(id);
        }
        done.merge(Action.REGISTERED, 1, Integer::sum);
    }

    private void apply(PortalUser user) {
        ApplicationKind kind = ApplicationKind.values()[random.nextInt(ApplicationKind.values().length)];
        String title = kind == ApplicationKind.NEW_CONNECTION ? TITLES[random.nextInt(TITLES.length)] : kind.title();
        BigDecimal capacity = BigDecimal.valueOf(5 + random.nextInt(150));
        AttachedFile form = SimulatedFiles.pdf("Заявка на технологическое присоединение", "Заявка.pdf",
                "Application for grid connection, " + capacity + " kW");
        List<AttachedFile> files = random.nextInt(20) == 0 ? List.of(form, SimulatedFiles.program())
                : List.of(form, SimulatedFiles.pdf("План расположения энергопринимающих устройств", "План.pdf", "Site plan"));
        portal.submit(user.applicantId(), kind.name(), title, capacity, "<p>Прошу рассмотреть заявку.</p>", files,
                clock.instant());
        done.merge(Action.APPLIED, 1, Integer::sum);
    }

    private void reply(PortalUser user) {
        List<Long> cases = portal.casesOf(user.applicantId(), 5);
        if (cases.isEmpty()) {
            apply(user);
            return;
        }
        List<AttachedFile> files = random.nextBoolean() ? List.of()
                : List.of(SimulatedFiles.pdf("Доверенность", "Доверенность.pdf", "Power of attorney"));
        portal.reply(user.applicantId(), cases.get(random.nextInt(cases.size())),
                "<p>Направляю запрошенные сведения.</p>", files, clock.instant());
        done.merge(Action.REPLIED, 1, Integer::sum);
    }

    /** Individuals confirm by SMS (one in ten from another phone); others sign, one in eight wrongly, one in eight altered. */
    private void counterSign() {
        List<AwaitedDocument> awaited = portal.awaitingApplicant(20);
        if (awaited.isEmpty()) {
            return;
        }
        AwaitedDocument document = awaited.get(random.nextInt(awaited.size()));
        PortalUser signer = document.signer();
        Instant now = clock.instant();
        if (signer.type() == ApplicantType.INDIVIDUAL || signer.type() == ApplicantType.PROXY) {
            String phone = random.nextInt(10) == 0 ? "+79990000000" : signer.phone();
            portal.counterSignSimple(document.documentId(), phone,
                    codeHash(document.documentId(), String.format("%06d", random.nextInt(1_000_000))), now);
        } else {
            int flaw = random.nextInt(8);
            byte[] content = document.content().clone();
            if (flaw == 1 && content.length > 0) {
                content[content.length / 2] ^= 1;
            }
            portal.counterSignQualified(document.documentId(), keys.sign(signer, content, flaw == 0), now);
        }
        done.merge(Action.SIGNED, 1, Integer::sum);
    }

    /** The contract's recipe: lower-case hex SHA-256 of "documentId:code". */
    static String codeHash(long documentId, String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest((documentId + ":" + code).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
