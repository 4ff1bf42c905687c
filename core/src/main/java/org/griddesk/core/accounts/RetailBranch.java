package org.griddesk.core.accounts;

/** «Филиал»: a supplier of the retailer the customer picks when linking an account. */
public record RetailBranch(long id, String name, String supplier) {
}
