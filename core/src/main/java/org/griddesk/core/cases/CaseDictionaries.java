package org.griddesk.core.cases;

import java.util.List;

/** Port: what the administrator allows in cases now — file formats of documents, symbols in registration numbers. */
public interface CaseDictionaries {
    /** File extensions, lower case, without the dot. */
    List<String> documentFormats();

    /** The characters besides letters and digits a registration number may have. */
    List<String> numberSymbols();

    /** For rules tested without a database: the lists a fresh database starts with. */
    CaseDictionaries DEFAULT = new CaseDictionaries() {
        @Override
        public List<String> documentFormats() {
            return FileFormats.DEFAULT;
        }

        @Override
        public List<String> numberSymbols() {
            return RegistrationNumbers.DEFAULT_SYMBOLS;
        }
    };
}
