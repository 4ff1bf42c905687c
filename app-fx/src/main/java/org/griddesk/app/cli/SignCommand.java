package org.griddesk.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.griddesk.signing.CadesSigner;
import org.griddesk.signing.KeyEntry;
import org.griddesk.signing.Pkcs12KeySource;
import org.griddesk.signing.SigningException;
import org.griddesk.signing.SigningKey;

/**
 * {@code griddesk sign --key key.p12 --password-file file [--alias name] document}: writes the detached
 * CAdES-BES signature to {@code document.sig}. The password is read from a file so it never shows in a
 * process list or shell history.
 */
public final class SignCommand {
    static final String USAGE_TEXT = "./griddesk sign --key <ключ.p12> --password-file <файл-с-паролем> [--alias <имя>] "
            + "<документ>";

    private SignCommand() {
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        try {
            CommandLine line = CommandLine.parse(args, Set.of("--key", "--password-file", "--alias"));
            if (line.positional().size() != 1) {
                throw new CommandLine.UsageException("Укажите один документ");
            }
            Path document = VerifyCommand.existing(line.positional().getFirst());
            Pkcs12KeySource source = new Pkcs12KeySource(VerifyCommand.existing(line.single("--key")));
            char[] password = readPassword(VerifyCommand.existing(line.single("--password-file")));
            String alias = line.all("--alias").isEmpty() ? firstAlias(source) : line.single("--alias");
            SigningKey key = source.unlock(alias, password);
            Path signature = document.resolveSibling(document.getFileName() + ".sig");
            Files.write(signature, new CadesSigner().sign(document, key));
            out.println("Подпись сохранена: " + signature);
            return 0;
        } catch (CommandLine.UsageException e) {
            err.println(e.getMessage());
            err.println("Использование: " + USAGE_TEXT);
            return VerifyCommand.USAGE;
        } catch (SigningException | IOException e) {
            err.println("Документ не подписан: " + e.getMessage());
            return 1;
        }
    }

    private static String firstAlias(Pkcs12KeySource source) throws SigningException {
        List<KeyEntry> entries = source.entries();
        if (entries.isEmpty()) {
            throw new SigningException("В файле ключа нет ключей");
        }
        return entries.getFirst().alias();
    }

    /** The first line of the file: editors and `echo` add a line break that is not part of the password. */
    private static char[] readPassword(Path file) throws IOException {
        String content = Files.readString(file, StandardCharsets.UTF_8);
        int end = content.indexOf('\n');
        String first = end < 0 ? content : content.substring(0, end);
        return (first.endsWith("\r") ? first.substring(0, first.length() - 1) : first).toCharArray();
    }
}
