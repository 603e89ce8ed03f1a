package io.cascade.organization.internal;

public record MemberCount(Long departmentId, long count) {
}
