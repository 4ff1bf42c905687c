package org.griddesk.core.cases;

public record StatusCount(String status, long count) {
}
