package org.griddesk.core.operators;

/** An operator together with the stored password hash: only the authentication service sees it. */
public record OperatorAccount(Operator operator, String passwordHash) {
}
