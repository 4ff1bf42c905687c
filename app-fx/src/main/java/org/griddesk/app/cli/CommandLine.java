package org.griddesk.app.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Options ("--name value", repeatable) and positional arguments of a headless subcommand. */
record CommandLine(Map<String, List<String>> options, List<String> positional) {

    /** Thrown for wrong usage; the message is for the operator. */
    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    static CommandLine parse(List<String> args, Set<String> known) throws UsageException {
        Map<String, List<String>> options = new LinkedHashMap<>();
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith("--")) {
                if (!known.contains(arg)) {
                    throw new UsageException("Неизвестный параметр " + arg);
                }
                if (i + 1 >= args.size()) {
                    throw new UsageException("После " + arg + " укажите значение");
                }
                options.computeIfAbsent(arg, name -> new ArrayList<>()).add(args.get(++i));
            } else {
                positional.add(arg);
            }
        }
        return new CommandLine(options, positional);
    }

    List<String> all(String option) {
        return options.getOrDefault(option, List.of());
    }

    String single(String option) throws UsageException {
        List<String> values = all(option);
        if (values.size() != 1) {
            throw new UsageException("Укажите " + option + " ровно один раз");
        }
        return values.getFirst();
    }
}
