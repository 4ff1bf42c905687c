package org.griddesk.app.archfixture.second;

/** A deliberate package cycle with {@code first}. */
public class Second {
    public org.griddesk.app.archfixture.first.First other;
}
