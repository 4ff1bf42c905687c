package org.griddesk.core.portal;

/** A file the applicant attached on the portal; its bytes are read through {@link PortalInbox#openFile}. */
public record PortalFile(long id, String documentName, String fileName, String comment) {
}
