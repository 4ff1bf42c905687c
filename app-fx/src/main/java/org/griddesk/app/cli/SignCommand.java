package org.griddesk.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.griddesk.signing.CadesSigner;
import org.griddesk.signing.KeyEntry;
import org.griddesk.signing.Pkcs12KeySource;
import org.griddesk.signing.SigningException;
import org.griddesk.signing.SigningKey;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code griddesk sign --key key.p12 --password-file file [--alias name] document}: writes the detached
 * CAdES-BES signature to {@code document.sig}. The password is read from a file so it never shows in a
 * process list or shell history.
 */
@Command(name = "sign", synopsisHeading = "Использование: ",
        customSynopsis = "./griddesk sign --key <ключ.p12> --password-file <файл-с-паролем> [--alias <имя>] <документ>",
        description = "Подписать документ (CAdES-BES, ГОСТ Р 34.10-2012); подпись сохраняется в <документ>.sig")
final class SignCommand implements Callable<Integer> {
    @Option(names = "--key", required = true, paramLabel = "<ключ.p12>", description = "файл ключа PKCS#12")
    private String key;

    @Option(names = "--password-file", required = true, paramLabel = "<файл>", description = "файл с паролем (первая строка)")
    private String passwordFile;

    @Option(names = "--alias", paramLabel = "<имя>", description = "ключ в файле; по умолчанию первый")
    private String alias;

    @Parameters(arity = "1", paramLabel = "<документ>", description = "подписываемый файл")
    private String document;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try {
            Path file = CommandFiles.existing(spec, document);
            Pkcs12KeySource source = new Pkcs12KeySource(CommandFiles.existing(spec, key));
            char[] password = readPassword(CommandFiles.existing(spec, passwordFile));
            SigningKey unlocked = source.unlock(alias == null ? firstAlias(source) : alias, password);
            Path signature = file.resolveSibling(file.getFileName() + ".sig");
            Files.write(signature, new CadesSigner().sign(file, unlocked));
            spec.commandLine().getOut().println("Подпись сохранена: " + signature);
            return 0;
        } catch (SigningException | IOException e) {
            spec.commandLine().getErr().println("Документ не подписан: " + e.getMessage());
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
