package org.griddesk.core.accounts;

/** «Лицевой счёт» with its owner's contacts, the e-receipt subscription, autopay and the kept balance. */
public record PersonalAccount(long id, RetailBranch branch, String number, String ownerName, String address,
                              String phone, String email, boolean eReceipt, boolean autopay, Balance balance) {
}
