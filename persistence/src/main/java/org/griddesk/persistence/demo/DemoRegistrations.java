package org.griddesk.persistence.demo;

import static org.griddesk.persistence.demo.RussianNames.pick;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import org.griddesk.core.applicants.ApplicantRepository;
import org.griddesk.core.applicants.ApplicantType;
import org.griddesk.core.common.Transactions;
import org.griddesk.core.registrations.Consents;
import org.griddesk.core.registrations.NewRegistration;
import org.griddesk.core.registrations.Registration;
import org.griddesk.core.registrations.RegistrationChange;
import org.griddesk.core.registrations.RegistrationField;
import org.griddesk.core.registrations.RegistrationForm;
import org.griddesk.core.registrations.RegistrationRepository;
import org.griddesk.core.registrations.RegistrationService;
import org.griddesk.core.registrations.RegistrationState;
import org.griddesk.core.registrations.RequiredFields;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills the registration queue with 60 portal registrations of all four types: older ones mostly confirmed (with
 * their applicants), newer ones waiting for review, some with a wrong control digit, a missing consent, a phone,
 * SNILS or INN someone else already has, some not activated within 24 hours and some still inside the window.
 * The same clock gives the same data. Works through the ports only and sends no e-mail.
 */
public final class DemoRegistrations {
    public static final int REGISTRATIONS = 60;
    /** The older registrations, reviewed before the demo's "today". */
    static final int REVIEWED = 20;
    private static final String CLERK = "Иванова Мария Сергеевна";
    private static final Logger LOG = LoggerFactory.getLogger(DemoRegistrations.class);

    private final RegistrationRepository registrations;
    private final ApplicantRepository applicants;
    private final Transactions transactions;
    private final Clock clock;

    public DemoRegistrations(RegistrationRepository registrations, ApplicantRepository applicants,
                             Transactions transactions, Clock clock) {
        this.registrations = registrations;
        this.applicants = applicants;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** All or nothing, in one transaction. */
    public void fill() {
        Random random = new Random(4004);
        Instant now = clock.instant();
        transactions.run(() -> {
            List<RegistrationForm> earlier = new ArrayList<>();
            List<String> accountPhones = new ArrayList<>();
            for (int i = 0; i < REGISTRATIONS; i++) {
                DemoRegistrant registrant = DemoRegistrant.random(ApplicantType.values()[i % 4], random, i);
                RegistrationForm form = withDefects(registrant.form(), i, earlier, accountPhones, random);
                Instant registered = registeredAt(i, now, random);
                Instant activated = activatedAt(i, registered, random);
                Consents consents = consents(i, registered, random);
                Instant phoneConfirmed = i == 23 ? null : registered.plusSeconds(60 + random.nextInt(120));
                boolean clean = form.equals(registrant.form()) && consents.mandatoryGiven() && phoneConfirmed != null;
                long id = registrations.create(new NewRegistration(form, consents, registered, phoneConfirmed,
                        activated, activated));
                registrations.appendHistory(id, new RegistrationChange(registered, RegistrationService.PORTAL,
                        "Регистрация на портале", null, RegistrationState.NEW.title()));
                if (i < REVIEWED) {
                    review(registrations.findById(id).orElseThrow(), registrant, clean, i, random, accountPhones);
                }
                earlier.add(form);
            }
        });
        LOG.info("Demo data: {} registrations", REGISTRATIONS);
    }

    /** The flaws, by position, so that every kind shows up among both reviewed and waiting registrations. */
    static RegistrationForm withDefects(RegistrationForm form, int i, List<RegistrationForm> earlier,
                                                List<String> accountPhones, Random random) {
        RegistrationForm result = form;
        if (i % 9 == 4) {
            RegistrationField identifier = switch (form.type()) {
                case INDIVIDUAL, PROXY -> RegistrationField.SNILS;
                case SOLE_PROPRIETOR -> RegistrationField.OGRNIP;
                case LEGAL_ENTITY -> RegistrationField.INN;
            };
            result = result.with(identifier, wrongLastDigit(form.value(identifier)));
        }
        if (i % 11 == 10) {
            List<String> phones = i % 2 == 0 || earlier.isEmpty() ? accountPhones
                    : earlier.stream().map(RegistrationForm::phone).toList();
            if (!phones.isEmpty()) {
                result = result.with(RegistrationField.PHONE, pick(phones, random));
            }
        }
        if (i % 7 == 5) {
            RegistrationField shared = form.type() == ApplicantType.INDIVIDUAL || form.type() == ApplicantType.PROXY
                    ? RegistrationField.SNILS : RegistrationField.INN;
            List<RegistrationForm> sameType = earlier.stream().filter(other -> other.type() == form.type()).toList();
            if (!sameType.isEmpty()) {
                result = result.with(shared, pick(sameType, random).value(shared));
            }
        }
        if (i % 17 == 8) {
            result = result.with(RegistrationField.PATRONYMIC, null);
        }
        if (i == 30) {
            result = result.with(RegistrationField.KPP, "7736АБ001");
        }
        if (i == 37) {
            result = result.with(RegistrationField.LAST_NAME, form.lastName() + "1");
        }
        return result;
    }

    private static String wrongLastDigit(String value) {
        char last = value.charAt(value.length() - 1);
        return value.substring(0, value.length() - 1) + (char) ('0' + (last - '0' + 1) % 10);
    }

    /** Reviewed ones weeks ago; then, from the 20th on, every fifth inside the 24-hour window, every fifth past it. */
    private static Instant registeredAt(int i, Instant now, Random random) {
        if (i < REVIEWED) {
            return now.minus(Duration.ofDays(90 - i * 4L)).plusSeconds(random.nextInt(8 * 3600));
        }
        return switch (i % 5) {
            case 0 -> now.minus(Duration.ofMinutes(30 + random.nextInt(22 * 60)));
            case 1 -> now.minus(Duration.ofHours(25 + random.nextInt(5 * 24)));
            default -> now.minus(Duration.ofMinutes(3 * 60 + (long) (REGISTRATIONS - i) * 240 + random.nextInt(120)));
        };
    }

    private static Instant activatedAt(int i, Instant registered, Random random) {
        if (i >= REVIEWED && i % 5 <= 1) {
            return null;
        }
        return registered.plusSeconds(300 + random.nextInt(7200));
    }

    private static Consents consents(int i, Instant registered, Random random) {
        Instant marketing = random.nextInt(3) == 0 ? registered : null;
        if (i % 13 == 6) {
            return i % 2 == 0 ? new Consents(registered, null, marketing) : new Consents(null, registered, marketing);
        }
        return new Consents(registered, registered, marketing);
    }

    /** What a clerk decided about an older registration; only clean ones are confirmed and become applicants. */
    private void review(Registration registration, DemoRegistrant registrant, boolean clean, int i, Random random,
                        List<String> accountPhones) {
        Instant at = registration.activatedAt().plus(Duration.ofHours(2 + random.nextInt(30)));
        if (!clean && i % 13 == 6) {
            decide(registration, RegistrationState.CORRECTION_REQUESTED, "Отметьте обязательные согласия на обработку "
                    + "персональных данных", null, at);
        } else if (!clean && i % 9 == 4) {
            decide(registration, RegistrationState.CORRECTION_REQUESTED, "Проверьте идентификатор: не сходится "
                    + "контрольное число", null, at);
        } else if (clean && i == 17) {
            decide(registration, RegistrationState.REJECTED, "Сведения о заявителе не подтверждены", null, at);
        } else if (clean) {
            long applicantId = applicants.create(registrant.applicant(registration.registeredAt()));
            accountPhones.add(registration.form().phone());
            Registration confirmed = decide(registration, RegistrationState.CONFIRMED, null, applicantId, at);
            if (i == 15) {
                Registration blocked = confirmed.reviewed(RegistrationState.BLOCKED, "Заявка от имени другого лица",
                        RegistrationState.CONFIRMED, confirmed.verifiedFields(), applicantId);
                save(confirmed, blocked, "Блокировка учётной записи", at.plus(Duration.ofDays(3)),
                        "Заблокирована. Причина: Заявка от имени другого лица");
            }
        }
    }

    private Registration decide(Registration registration, RegistrationState state, String reason, Long applicantId,
                                Instant at) {
        Registration reviewed = registration.reviewed(state, reason,
                null, applicantId == null ? registration.verifiedFields() : new HashSet<>(RequiredFields.filled(registration.form())),
                applicantId);
        String what = switch (state) {
            case CONFIRMED -> "Подтверждение регистрации";
            case REJECTED -> "Отклонение регистрации";
            default -> "Запрос исправления";
        };
        String after = state == RegistrationState.CONFIRMED ? state.title() + ", создан заявитель №" + applicantId
                : state.title() + ". Причина: " + reason;
        return save(registration, reviewed, what, at, after);
    }

    private Registration save(Registration before, Registration after, String what, Instant at, String afterText) {
        registrations.updateReview(after, before.version());
        registrations.appendHistory(before.id(), new RegistrationChange(at, CLERK, what, before.state().title(), afterText));
        return registrations.findById(before.id()).orElseThrow();
    }
}
