package org.griddesk.app;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javafx.application.Application;
import org.griddesk.app.cli.AuditVerifyCommand;
import org.griddesk.app.cli.HousekeepingCommand;
import org.griddesk.app.cli.SignCommand;
import org.griddesk.app.cli.VerifyCommand;
import org.griddesk.signing.bench.SigningBenchmark;

/**
 * Entry point of the launcher: without arguments the desktop application; otherwise a headless
 * subcommand for administrators and scripts.
 */
public final class GridDeskMain {
    private GridDeskMain() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            Application.launch(GridDeskApplication.class);
            return;
        }
        String command = args[0];
        int exitCode = switch (command) {
            case "sign" -> SignCommand.run(rest(args), System.out, System.err);
            case "verify" -> VerifyCommand.run(rest(args), home(), System.out, System.err);
            case "audit-verify" -> AuditVerifyCommand.run(System.out, System.err);
            case "housekeeping" -> HousekeepingCommand.run(System.out, System.err);
            case "bench-signing" -> {
                SigningBenchmark.main(rest(args).toArray(String[]::new));
                yield 0;
            }
            case "help", "--help", "-h" -> {
                printHelp();
                yield 0;
            }
            default -> {
                System.err.println("Неизвестная команда: " + command);
                printHelp();
                yield 2;
            }
        };
        System.exit(exitCode);
    }

    private static List<String> rest(String[] args) {
        return Arrays.asList(args).subList(1, args.length);
    }

    /** GRIDDESK_HOME as the application resolves it, for the workstation's trust settings. */
    private static Path home() {
        String configured = System.getenv("GRIDDESK_HOME");
        return configured == null || configured.isBlank()
                ? Path.of(System.getProperty("user.home"), ".griddesk") : Path.of(configured);
    }

    private static void printHelp() {
        System.out.println("""
                GridDesk — рабочее место сетевой организации.
                  ./griddesk             запустить приложение
                  ./griddesk help        эта справка
                  ./griddesk sign --key <ключ.p12> --password-file <файл> [--alias <имя>] <документ>
                                         подписать документ (CAdES-BES, ГОСТ Р 34.10-2012), подпись в <документ>.sig
                  ./griddesk verify [--trust <корневой.pem>]… [--crl <список.crl>]… <документ> <подпись.sig>
                                         проверить подпись; код выхода 0 — действительна, 1 — недействительна,
                                         3 — не удалось проверить; без --trust/--crl берутся $GRIDDESK_HOME/trust и /crl
                  ./griddesk housekeeping  удалить регистрации, не активированные за 24 часа (запись в журнале аудита)
                  ./griddesk audit-verify  проверить цепочку журнала аудита; код выхода 0 — журнал цел,
                                         1 — нарушен (названа первая изменённая или удалённая запись)
                  ./griddesk bench-signing [секунд]
                                         сравнить скорость подписи и проверки с OpenSSL (ГОСТ)
                Настройки базы данных: GRIDDESK_HOME, GRIDDESK_DB_URL, GRIDDESK_DB_USER, GRIDDESK_DB_PASSWORD (см. README).""");
    }
}
