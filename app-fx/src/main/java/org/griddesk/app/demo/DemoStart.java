package org.griddesk.app.demo;

import java.nio.file.Files;
import java.util.List;
import java.util.function.Consumer;
import org.griddesk.app.login.DemoAccount;
import org.griddesk.core.operators.AuthenticationService;
import org.griddesk.persistence.demo.DemoAccountSpec;
import org.griddesk.persistence.demo.DemoData;
import org.griddesk.persistence.demo.DemoRegistrations;
import org.griddesk.persistence.demo.DemoRetail;
import org.griddesk.core.common.Transactions;
import org.griddesk.signing.demo.DemoSignatures;

/**
 * Demo mode's first start: demo cases and documents, personal accounts, their signatures, registrations; and what the
 * login shows.
 */
public final class DemoStart {
    private final DemoData data;
    private final DemoSignatures signatures;
    private final DemoRegistrations registrations;
    private final DemoRetail retail;
    private final Transactions transactions;
    private final AuthenticationService authentication;

    public DemoStart(DemoData data, DemoSignatures signatures, DemoRegistrations registrations, DemoRetail retail,
                     Transactions transactions, AuthenticationService authentication) {
        this.data = data;
        this.retail = retail;
        this.transactions = transactions;
        this.signatures = signatures;
        this.registrations = registrations;
        this.authentication = authentication;
    }

    /** Fails on unique logins when another workstation filled the same database first. */
    public void fillCases() {
        data.fill();
        transactions.run(retail::fill);
    }

    /** After {@link #fillCases()}: the organisation's signer signs, applicants counter-sign, registrations arrive. */
    public void fillSignaturesAndRegistrations(Consumer<String> stage) {
        DemoAccountSpec signer = DemoData.ACCOUNTS.stream().filter(DemoAccountSpec::canSignForOrganisation)
                .findFirst().orElseThrow();
        stage.accept("Первый запуск: подписание демонстрационных документов (2 из 3)…");
        signatures.fill(authentication.logIn(signer.login(), signer.password().toCharArray()));
        stage.accept("Первый запуск: демонстрационные регистрации с портала (3 из 3)…");
        registrations.fill();
    }

    public List<DemoAccount> accounts() {
        return DemoData.ACCOUNTS.stream()
                .map(account -> new DemoAccount(account.login(), account.password(), account.role()))
                .toList();
    }

    /** Where the organisation's demo key is, once it has been written. */
    public String keyNotice() {
        return Files.isRegularFile(signatures.keyFile())
                ? "Ключ для подписи от имени организации (учётная запись signer): файл " + signatures.keyFile()
                + ", пароль " + DemoSignatures.KEY_PASSWORD : "";
    }
}
