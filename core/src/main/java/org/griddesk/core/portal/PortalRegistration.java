package org.griddesk.core.portal;

import org.griddesk.core.registrations.NewRegistration;

/** A registration form the portal wrote, not yet taken in. */
public record PortalRegistration(long id, NewRegistration registration) {
}
