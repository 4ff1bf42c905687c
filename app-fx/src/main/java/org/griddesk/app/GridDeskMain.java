package org.griddesk.app;

import javafx.application.Application;

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

    private static void printHelp() {
        System.out.println("""
                GridDesk — рабочее место сетевой организации.
                  ./griddesk             запустить приложение
                  ./griddesk help        эта справка
                Настройки базы данных: GRIDDESK_HOME, GRIDDESK_DB_URL, GRIDDESK_DB_USER, GRIDDESK_DB_PASSWORD (см. README).""");
    }
}
