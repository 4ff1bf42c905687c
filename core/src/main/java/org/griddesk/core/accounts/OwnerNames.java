package org.griddesk.core.accounts;

import java.util.List;
import org.griddesk.core.common.SearchText;

/** Whether the name a portal user gave is the account owner's: every word given is one of the owner's, in any order. */
final class OwnerNames {
    private OwnerNames() {
    }

    static boolean match(String owner, String given) {
        List<String> ownerWords = SearchText.words(owner);
        List<String> givenWords = SearchText.words(given);
        return !givenWords.isEmpty() && ownerWords.containsAll(givenWords);
    }
}
