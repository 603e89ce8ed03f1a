package io.cascade.organization;

import java.util.Set;

/** Changes to the organisation that other modules may follow; published inside the writing transaction. */
public sealed interface OrganizationEvent {

    /** Members of these departments changed: joined, left, changed level or manager, left the company. */
    record PeopleChanged(Set<Long> departmentIds) implements OrganizationEvent {

        public PeopleChanged {
            departmentIds = Set.copyOf(departmentIds);
        }
    }

    /** An admin saved the settings. */
    record SettingsChanged(Settings before, Settings after) implements OrganizationEvent {
    }
}
