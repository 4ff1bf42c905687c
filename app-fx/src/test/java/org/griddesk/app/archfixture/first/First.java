package org.griddesk.app.archfixture.first;

/** A deliberate package cycle with {@code second}. */
public class First {
    public org.griddesk.app.archfixture.second.Second other;
}
